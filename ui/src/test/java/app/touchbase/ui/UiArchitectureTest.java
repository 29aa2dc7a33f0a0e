package app.touchbase.ui;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
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
}
