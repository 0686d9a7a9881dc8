package nl.terugkeer.core.aliens;

import java.time.LocalDate;

/**
 * One family member as the legal position knows them (gezinslid): who they are to the person and when they were born,
 * since when they belong to the family and until when.
 *
 * <p>A member is identified by the entry that recorded them: {@code sequence} is that entry's sequence number (0 for
 * the registration) and {@code position} their place (from 1) in that entry's list; a join records one member, at
 * position 1. Stored events are never edited, so the pair never changes meaning (ADR 16).
 *
 * @param joinKind null for a member listed at the registration
 * @param joinedOn null for a member listed at the registration: part of the family from birth
 * @param leftOn the day the member left (no longer part of the family on that day), null while part of it
 */
public record FamilyMembership(
        long sequence,
        int position,
        FamilyMember.Relationship relationship,
        LocalDate dateOfBirth,
        FamilyJoinKind joinKind,
        LocalDate joinedOn,
        FamilyLeaveReason leaveReason,
        LocalDate leftOn) {

    public boolean fromRegistration() {
        return joinKind == null;
    }

    public boolean isChild() {
        return relationship == FamilyMember.Relationship.CHILD;
    }

    /**
     * Part of the family on {@code date}: born (when the date of birth is known) and joined on or before it, and not
     * left on or before it.
     */
    public boolean presentOn(LocalDate date) {
        return (dateOfBirth == null || !dateOfBirth.isAfter(date))
                && (joinedOn == null || !joinedOn.isAfter(date))
                && (leftOn == null || date.isBefore(leftOn));
    }

    /** Under 18 on {@code date}: the 18th birthday is the first day of adulthood. */
    public boolean minorOn(LocalDate date) {
        return dateOfBirth != null && dateOfBirth.plusYears(18).isAfter(date);
    }

    public boolean hasLeft() {
        return leftOn != null;
    }

    FamilyMembership left(FamilyLeaveReason reason, LocalDate on) {
        return new FamilyMembership(sequence, position, relationship, dateOfBirth, joinKind, joinedOn, reason, on);
    }
}
