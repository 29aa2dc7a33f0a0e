package app.touchbase;

import com.mongodb.client.MongoCollection;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "app.touchbase", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("app.touchbase.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule apiHoldsOnlyRecordsEnumsErrorsAndContracts = classes()
            .that().resideInAPackage("..api..")
            .should(new ArchCondition<>("be records, enums, exceptions or interfaces") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean allowed = type.isRecord() || type.isEnum() || type.isInterface()
                            || type.isAssignableTo(Throwable.class) || type.isNestedClass();
                    events.add(new SimpleConditionEvent(type, allowed, type.getName() + " is a plain class in an api package"));
                }
            });

    @ArchTest
    static final ArchRule apiDependsOnlyOnOtherApis = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..write..", "..read..", "app.touchbase.platform..", "app.touchbase.replay");

    @ArchTest
    static final ArchRule readSideDoesNotUseTheWriteSide = noClasses().that().resideInAPackage("..read..")
            .should().dependOnClassesThat().resideInAPackage("..write..")
            .because("projections learn about changes only from events");

    @ArchTest
    static final ArchRule projectionsWriteOncePerBatch = noClasses().that().resideInAPackage("..read..")
            .and().areAnnotatedWith(ProcessingGroup.class)
            .should().callMethodWhere(target(owner(assignableTo(MongoCollection.class)))
                    .and(target(nameMatching("insert.*|replace.*|update.*|delete.*|bulkWrite|findOneAnd.*"))))
            .because("a projection writes through ReadModelCollection, which sends a batch's writes at once");

    @ArchTest
    static final ArchRule writeSideDoesNotReadProjections = noClasses().that().resideInAPackage("..write..")
            .should().dependOnClassesThat().resideInAPackage("..read..");

    @ArchTest
    static final ArchRule platformDependsOnlyOnPlatformAndShared = noClasses().that().resideInAPackage("app.touchbase.platform..")
            .should().dependOnClassesThat(resideInAPackage("app.touchbase..")
                    .and(resideOutsideOfPackages("app.touchbase.platform..", "app.touchbase.shared..")))
            .because("storage and Axon wiring serve every feature and know none");

    @ArchTest
    static final ArchRule aFeaturesReadAndWriteSidesAreItsOwn = classes().that().resideInAnyPackage("..read..", "..write..")
            .should(new ArchCondition<>("be used only within their own feature") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (Dependency dependency : type.getDirectDependenciesToSelf()) {
                        JavaClass origin = dependency.getOriginClass();
                        if (!featureOf(origin).equals(featureOf(type))) {
                            events.add(SimpleConditionEvent.violated(type, origin.getName() + " reaches into "
                                    + type.getName() + ": share it through the feature's api or its root package"));
                        }
                    }
                }
            });

    /** The first package below app.touchbase: contact, nexttouch, mail, … */
    private static String featureOf(JavaClass type) {
        String below = type.getPackageName().substring("app.touchbase.".length());
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time")))))
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("projections and aggregates must be deterministic: time comes from events or the injected Clock");

    @ArchTest
    static final ArchRule onlyTheClockBeanReadsTheSystemClock = noClasses()
            .that().doNotHaveFullyQualifiedName("app.touchbase.platform.axon.AxonProcessingConfiguration")
            .should().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone");

    @ArchTest
    static final ArchRule commandHandlersOnlyApplyEvents = codeUnits()
            .that().areAnnotatedWith(CommandHandler.class)
            .and().areDeclaredInClassesThat().areAnnotatedWith(Aggregate.class)
            .should(new ArchCondition<>("not assign aggregate fields (state changes belong in @EventSourcingHandler)") {
                @Override
                public void check(JavaCodeUnit handler, ConditionEvents events) {
                    for (JavaFieldAccess access : handler.getFieldAccesses()) {
                        boolean assignsOwnField = access.getAccessType() == JavaFieldAccess.AccessType.SET
                                && access.getTargetOwner().equals(handler.getOwner())
                                && !isFinal(access);
                        if (assignsOwnField) {
                            events.add(SimpleConditionEvent.violated(handler, handler.getFullName() + " assigns "
                                    + access.getTarget().getName() + " " + access.getSourceCodeLocation()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule aggregatesTakeNoSnapshots = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should(new ArchCondition<>("take no snapshots (the event storage never reads them)") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    String trigger = type.getAnnotationOfType(Aggregate.class).snapshotTriggerDefinition();
                    events.add(new SimpleConditionEvent(type, trigger.isEmpty(), type.getName() + " takes snapshots with " + trigger));
                }
            });

    @ArchTest
    static final ArchRule noSnapshotsAreConfigured = noClasses()
            .should().dependOnClassesThat().areAssignableTo(SnapshotTriggerDefinition.class)
            .orShould().dependOnClassesThat().areAssignableTo(Snapshotter.class)
            .because("the event storage never reads snapshots");

    /** Initialisers of final collections run in every constructor; they are not state changes. */
    private static boolean isFinal(JavaFieldAccess access) {
        return access.getTarget().resolveMember().map(field -> field.getModifiers().contains(JavaModifier.FINAL)).orElse(false);
    }
}
