package nl.terugkeer.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    /** The controllers, by resource. */
    private static final String[] RESOURCES = {
        "nl.terugkeer.api.cases..",
        "nl.terugkeer.api.aliens..",
        "nl.terugkeer.api.commands..",
        "nl.terugkeer.api.worklists..",
        "nl.terugkeer.api.feed..",
        "nl.terugkeer.api.integrity..",
        "nl.terugkeer.api.operations..",
        "nl.terugkeer.api.statistics.."
    };

    /** The packages of the service depend on each other one way only (ADR 0003, the table of allowed arrows). */
    @ArchTest
    static final ArchRule api_packages_have_no_cycles =
            slices().matching("nl.terugkeer.api.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule api_packages_depend_as_the_table_in_adr_0003_says = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("http")
            .definedBy("nl.terugkeer.api.http..")
            .layer("security")
            .definedBy("nl.terugkeer.api.security..")
            .layer("commandside")
            .definedBy("nl.terugkeer.api.commandside..")
            .layer("concurrency")
            .definedBy("nl.terugkeer.api.concurrency..")
            .layer("accesslog")
            .definedBy("nl.terugkeer.api.accesslog..")
            .layer("resources")
            .definedBy(RESOURCES)
            .layer("openapi")
            .definedBy("nl.terugkeer.api.openapi..")
            .layer("config")
            .definedBy("nl.terugkeer.api.config..")
            .whereLayer("http")
            .mayNotAccessAnyLayer()
            .whereLayer("security")
            .mayOnlyAccessLayers("http")
            .whereLayer("commandside")
            .mayOnlyAccessLayers("http")
            .whereLayer("concurrency")
            .mayOnlyAccessLayers("http", "security")
            .whereLayer("accesslog")
            .mayOnlyAccessLayers("http", "security", "commandside")
            .whereLayer("resources")
            .mayOnlyAccessLayers("http", "security", "concurrency", "commandside", "accesslog")
            .whereLayer("openapi")
            .mayOnlyAccessLayers("http", "security", "concurrency", "resources")
            .whereLayer("config")
            .mayNotBeAccessedByAnyLayer();
}
