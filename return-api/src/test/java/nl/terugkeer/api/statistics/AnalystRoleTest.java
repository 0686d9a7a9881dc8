package nl.terugkeer.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import nl.terugkeer.api.DatabaseOwner;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The analysts' database role (issue 10): {@code return_analyst} has no login of its own; a login made as the runbook
 * says (docs/runbooks/analyst-sql-access.md: a personal login role in {@code return_analyst}) connects, reads the
 * analytics schema, and cannot read the events, the other projections, the access log or anything else, nor write.
 */
@ReturnApiTest
class AnalystRoleTest {

    private static final String LOGIN = "analyst_test_login";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void seed() {
        AnalyticsFixture.seed(port, jdbc);
    }

    @Test
    void givenTheMigrations_whenTheRoleIsLookedUp_thenReturnAnalystExistsWithoutLoginOrPowers() {
        var role = jdbc.sql("SELECT rolcanlogin, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles"
                        + " WHERE rolname = 'return_analyst'")
                .query()
                .singleRow();

        assertThat(role).containsEntry("rolcanlogin", false).containsEntry("rolsuper", false);
        assertThat(role).containsEntry("rolcreaterole", false).containsEntry("rolcreatedb", false);
    }

    @Test
    void givenTheRole_whenEveryTableOutsideAnalyticsIsChecked_thenItMayReadNone() {
        List<String> readable = jdbc.sql("""
                        SELECT n.nspname || '.' || c.relname FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relkind IN ('r', 'v', 'm', 'p')
                          AND n.nspname NOT IN ('analytics', 'pg_catalog', 'information_schema')
                          AND has_table_privilege('return_analyst', c.oid, 'SELECT')
                        """).query(String.class).list();
        List<String> analytics = jdbc.sql("""
                        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'analytics' AND c.relkind = 'r'
                          AND NOT has_table_privilege('return_analyst', c.oid, 'SELECT')
                        """).query(String.class).list();

        assertThat(readable).isEmpty();
        assertThat(analytics).as("analytics tables it may not read").isEmpty();
    }

    @Test
    void givenALoginInTheRole_whenItConnects_thenItReadsAnalyticsAndIsRefusedEventsProjectionsAndTheAccessLog() {
        EmbeddedPostgres embedded =
                context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable();
        assumeTrue(embedded != null, "logs in without a password on the embedded cluster only");
        try (DatabaseOwner owner = DatabaseOwner.of(context)) {
            // the runbook's step, as the owner: a personal login that is a member of return_analyst
            owner.jdbc()
                    .sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + LOGIN + "') THEN"
                            + " CREATE ROLE " + LOGIN + " LOGIN IN ROLE return_analyst; END IF; END $$")
                    .update();
        }
        SingleConnectionDataSource connection =
                new SingleConnectionDataSource(embedded.getJdbcUrl(LOGIN, "postgres"), LOGIN, "", true);
        try {
            JdbcClient analyst = JdbcClient.create(connection);
            assertThat(analyst.sql("SELECT current_user").query(String.class).single())
                    .isEqualTo(LOGIN);
            assertThat(analyst.sql("SELECT count(*) FROM analytics.case_fact")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(19);
            assertThat(analyst.sql("SELECT count(*) FROM analytics.entitlement_period")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(0);
            assertThat(analyst.sql("SELECT count(*) FROM analytics.stock_flow_month")
                            .query(Long.class)
                            .single())
                    .isPositive();
            for (String refused : List.of(
                    "SELECT * FROM domainevententry LIMIT 1",
                    "SELECT * FROM public.domainevententry LIMIT 1",
                    "SELECT * FROM snapshotevententry LIMIT 1",
                    "SELECT * FROM tokenentry LIMIT 1",
                    "SELECT * FROM projections.case_status LIMIT 1",
                    "SELECT * FROM projections.person_overview LIMIT 1",
                    "SELECT * FROM projections.case_history LIMIT 1",
                    "SELECT * FROM projections.entitlement_period LIMIT 1",
                    "SELECT * FROM projections.analytics_person LIMIT 1",
                    "SELECT * FROM projections.analytics_case_person LIMIT 1",
                    "SELECT * FROM access_log.entry LIMIT 1",
                    "INSERT INTO analytics.stock_flow_month (municipality_code, region, month, open_at_start, inflow,"
                            + " inflow_municipality, inflow_dtenv, inflow_ind, inflow_police, inflow_kmar, outflow,"
                            + " outflow_departed, outflow_lawful_residence, outflow_deceased, outflow_administrative,"
                            + " open_at_end) VALUES ('GM0000', 'x', '2026-01-01', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,"
                            + " 0)",
                    "DELETE FROM analytics.case_fact",
                    "CREATE TABLE analytics.sneaky (id int)")) {
                assertThatThrownBy(() -> analyst.sql(refused).query().listOfRows())
                        .as(refused)
                        .hasStackTraceContaining("permission denied");
            }
        } finally {
            connection.destroy();
        }
    }
}
