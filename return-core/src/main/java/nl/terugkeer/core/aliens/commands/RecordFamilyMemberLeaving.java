package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.FamilyLeaveReason;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a family member is no longer part of the family from {@code leftOn} (gezinslid vertrokken). The member
 * is named by the entry that recorded them: {@code memberSequence} (0 for the registration) and
 * {@code memberPosition}, their place from 1 in that entry's list (1 when left out).
 */
public record RecordFamilyMemberLeaving(
        @TargetAggregateIdentifier AlienId alienId,
        long memberSequence,
        Integer memberPosition,
        FamilyLeaveReason reason,
        LocalDate leftOn) {}
