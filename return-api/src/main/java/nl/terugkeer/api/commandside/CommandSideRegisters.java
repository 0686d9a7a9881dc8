package nl.terugkeer.api.commandside;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CaseReopened;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.Rejection;
import nl.terugkeer.core.shared.RuleViolation;
import nl.terugkeer.core.shared.VNumber;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The command side's own lookup tables for rules that span aggregates: persons that exist and the one open case
 * per person. A subscribing processor keeps them inside the command's transaction, so a command that would break
 * the rule rolls back with its events, also when two nodes race.
 */
@ProcessingGroup(CommandSideRegisters.PROCESSING_GROUP)
public class CommandSideRegisters {

    public static final String PROCESSING_GROUP = "command-side-registers";

    private final JdbcClient jdbc;

    public CommandSideRegisters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isRegistered(AlienId alienId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM command_side.alien_register WHERE alien_id = :id)")
                .param("id", alienId.value())
                .query(Boolean.class)
                .single();
    }

    public Optional<CaseId> openCaseOf(AlienId alienId) {
        return jdbc.sql("SELECT case_id FROM command_side.case_register WHERE alien_id = :id AND open")
                .param("id", alienId.value())
                .query(UUID.class)
                .optional()
                .map(CaseId::new);
    }

    public Optional<AlienId> alienOf(CaseId caseId) {
        return jdbc.sql("SELECT alien_id FROM command_side.case_register WHERE case_id = :id")
                .param("id", caseId.value())
                .query(UUID.class)
                .optional()
                .map(AlienId::new);
    }

    /** The persons of the given cases (one query), for the access log of a list of cases. */
    public List<AlienId> aliensOf(Collection<CaseId> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("SELECT DISTINCT alien_id FROM command_side.case_register WHERE case_id = ANY(:ids)")
                .param("ids", caseIds.stream().map(CaseId::value).toArray(UUID[]::new))
                .query(UUID.class)
                .list()
                .stream()
                .map(AlienId::new)
                .toList();
    }

    @EventHandler
    void on(AlienRegistered event) {
        jdbc.sql("INSERT INTO command_side.alien_register (alien_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .param("id", event.alienId().value())
                .update();
        if (event.vNumber() != null) {
            claimVNumber(event.alienId(), event.vNumber());
        }
    }

    /**
     * One registered person per V-number (issue 9). A concurrent claim of the same number waits for the other
     * transaction; the loser's registration rolls back with its event.
     */
    private void claimVNumber(AlienId alienId, VNumber vNumber) {
        int claimed = jdbc.sql("""
                        INSERT INTO command_side.v_number_register (v_number, alien_id) VALUES (:vNumber, :id)
                        ON CONFLICT DO NOTHING""")
                .param("vNumber", vNumber.value())
                .param("id", alienId.value())
                .update();
        if (claimed == 0) {
            UUID holder = jdbc.sql("SELECT alien_id FROM command_side.v_number_register WHERE v_number = :vNumber")
                    .param("vNumber", vNumber.value())
                    .query(UUID.class)
                    .single();
            if (!holder.equals(alienId.value())) {
                throw new VNumberTaken(new AlienId(holder));
            }
        }
    }

    @EventHandler
    void on(ReturnSignalled event) {
        guardOneOpenCase(event.alienId(), () -> jdbc.sql("""
                                INSERT INTO command_side.case_register (case_id, alien_id, open)
                                VALUES (:caseId, :alienId, true) ON CONFLICT (case_id) DO NOTHING
                                """)
                .param("caseId", event.caseId().value())
                .param("alienId", event.alienId().value())
                .update());
    }

    @EventHandler
    void on(CaseClosed event) {
        setOpen(event.caseId(), false);
    }

    @EventHandler
    void on(CaseReopened event) {
        alienOf(event.caseId()).ifPresent(alienId -> guardOneOpenCase(alienId, () -> setOpen(event.caseId(), true)));
    }

    private void setOpen(CaseId caseId, boolean open) {
        jdbc.sql("UPDATE command_side.case_register SET open = :open WHERE case_id = :id")
                .param("open", open)
                .param("id", caseId.value())
                .update();
    }

    private static void guardOneOpenCase(AlienId alienId, Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException anotherOpenCase) {
            throw new RuleViolation(Rejection.of(
                    CaseRejection.ALIEN_HAS_OPEN_CASE, "another return case of this person was opened concurrently"));
        }
    }
}
