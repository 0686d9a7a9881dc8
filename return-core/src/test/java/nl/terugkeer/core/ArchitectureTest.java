package nl.terugkeer.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.terugkeer.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_uses_no_spring_jdbc_or_persistence = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule events_do_not_know_their_aggregates = noClasses()
            .that()
            .resideInAPackage("..events..")
            .should()
            .dependOnClassesThat()
            .haveSimpleName("Case")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("Alien");

    @ArchTest
    static final ArchRule rules_are_pure_and_do_not_touch_axon = noClasses()
            .that()
            .resideInAPackage("..rules..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.axonframework..");
}
