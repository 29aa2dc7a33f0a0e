package app.touchbase.ui;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.time.Clock;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "app.touchbase", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule uiUsesOnlyApiRecordsOfTheBackend = noClasses().that().resideInAPackage("app.touchbase.ui..")
            .should().dependOnClassesThat(resideInAPackage("app.touchbase..")
                    .and(resideOutsideOfPackages("app.touchbase..api..", "app.touchbase.ui..")))
            .because("the UI talks to the backend only through Axon gateways and api records");

    @ArchTest
    static final ArchRule uiUsesOnlyAxonGateways = noClasses().that().resideInAPackage("app.touchbase.ui..")
            .should().dependOnClassesThat(resideInAPackage("org.axonframework..")
                    .and(resideOutsideOfPackages("org.axonframework.commandhandling.gateway..",
                            "org.axonframework.queryhandling", "org.axonframework.messaging.responsetypes..")))
            .because("the UI talks to the backend only through Axon gateways and api records");

    @ArchTest
    static final ArchRule viewsReadTimeFromTheInjectedClock = noClasses().that().resideInAPackage("app.touchbase.ui..")
            .should().callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time")))))
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("views show days in the owner's zone from the injected Clock, so tests can move time");

    @ArchTest
    static final ArchRule baseDependsOnNoPage = noClasses().that().resideInAPackage("app.touchbase.ui.base..")
            .should().dependOnClassesThat(resideInAPackage("app.touchbase.ui..")
                    .and(resideOutsideOfPackage("app.touchbase.ui.base..")))
            .because("the shared parts of the UI serve every page and know none of them (the navigation, MainLayout, "
                    + "sits in app.touchbase.ui above the pages)");
}
