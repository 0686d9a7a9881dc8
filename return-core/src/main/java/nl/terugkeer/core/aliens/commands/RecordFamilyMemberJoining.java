package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.FamilyJoinKind;
import nl.terugkeer.core.aliens.FamilyMember;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a family member joined the family after the registration (gezinslid toegevoegd): a child born
 * ({@code BORN}) or a child or partner who joined the family in the Netherlands ({@code JOINED}), from
 * {@code joinedOn}.
 */
public record RecordFamilyMemberJoining(
        @TargetAggregateIdentifier AlienId alienId,
        FamilyMember.Relationship relationship,
        LocalDate dateOfBirth,
        FamilyJoinKind kind,
        LocalDate joinedOn) {}
