package nl.terugkeer.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A request that fails because the database is gone is answered 503 problem+json with Retry-After, never 500 with
 * the container's default body (issue 14). The failures are those seen when PostgreSQL was stopped under load:
 * Hikari's timeout, the driver's connection errors and PostgreSQL's shutdown states, wrapped by Spring and Axon.
 */
class DatabaseOutageTest {

    @Test
    void givenTheFailuresOfAnOutage_whenClassified_thenEachIsAnOutageAndAnOrdinaryErrorIsNot() {
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException(
                        "Could not open JDBC Connection",
                        new SQLTransientConnectionException("embedded-postgres - Connection is not available"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new CommandExecutionException(
                        "append failed", new RuntimeException(new SQLException("terminating connection", "57P01")))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new ServletException(new IllegalStateException(
                        new SQLException("An I/O error occurred while sending to the backend.", "08006")))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException(
                        "no connection", new SQLException(new ConnectException()))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        // seen in bench/faults.sh pg-restart: the commit's connection died, and the rollback found it closed
        assertThat(DatabaseOutage.isCause(new ServletException(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed")))))
                .isTrue();

        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalArgumentException("bad input")))
                .isFalse();
    }

    @Test
    void givenACommandThatFailsForTheOutage_whenFiltered_then503ProblemWithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new DatabaseOutageFilter().doFilter(new MockHttpServletRequest("POST", "/v1/cases"), response, (req, res) -> {
            throw new ServletException(new CannotCreateTransactionException(
                    "Could not open JDBC Connection", new SQLTransientConnectionException("timed out")));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "DATABASE_UNAVAILABLE");
    }

    @Test
    void givenAnOrdinaryFailure_whenFiltered_thenItIsNotDisguisedAsAnOutage() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> new DatabaseOutageFilter()
                        .doFilter(new MockHttpServletRequest("POST", "/v1/cases"), response, (req, res) -> {
                            throw new IllegalStateException("a bug");
                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(response.getHeader("Retry-After")).isNull();
    }
}
