package nl.terugkeer.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.terugkeer", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    @ArchTest
    static final ArchRule projections_do_not_see_aggregates_or_commands = noClasses()
            .that()
            .resideInAPackage("nl.terugkeer.projections..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..core.cases.commands..", "..core.aliens.commands..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("nl.terugkeer.core.cases.Case")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("nl.terugkeer.core.aliens.Alien");

    @ArchTest
    static final ArchRule controllers_read_through_queries_not_tables = noClasses()
            .that()
            .resideInAnyPackage("nl.terugkeer.api.cases..", "nl.terugkeer.api.aliens..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule core_does_not_depend_on_projections_or_api = noClasses()
            .that()
            .resideInAPackage("nl.terugkeer.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.terugkeer.projections..", "nl.terugkeer.api..");
}
