package app.touchbase;

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
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

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
    static final ArchRule writeSideDoesNotReadProjections = noClasses().that().resideInAPackage("..write..")
            .should().dependOnClassesThat().resideInAPackage("..read..");

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses().that().resideInAPackage("app.touchbase.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("..write..", "..read..", "app.touchbase.contact..",
                    "app.touchbase.nexttouch..", "app.touchbase.interaction..", "app.touchbase.cadence..");

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
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

    /** Initialisers of final collections run in every constructor; they are not state changes. */
    private static boolean isFinal(JavaFieldAccess access) {
        return access.getTarget().resolveMember().map(field -> field.getModifiers().contains(JavaModifier.FINAL)).orElse(false);
    }
}
