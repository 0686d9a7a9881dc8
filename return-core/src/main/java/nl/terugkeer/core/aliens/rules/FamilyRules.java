package nl.terugkeer.core.aliens.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.FamilyJoinKind;
import nl.terugkeer.core.aliens.FamilyMember;
import nl.terugkeer.core.aliens.FamilyMembership;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.shared.Rejection;

/**
 * Rules for changes in the family after the registration (gezinssamenstelling). Who belongs to the family decides the
 * family location, which lasts until the youngest child turns 18 (DTV-GL), and the detention limit for families with
 * minor children (Vc A5).
 */
public final class FamilyRules {

    private FamilyRules() {}

    // Plain fact: nobody joins a family before being born; a child born joins on or after its date of birth.
    public static Optional<Rejection> bornOnOrBeforeJoining(LocalDate dateOfBirth, LocalDate joinedOn) {
        return dateOfBirth.isAfter(joinedOn)
                ? Optional.of(Rejection.of(
                        AlienRejection.FAMILY_MEMBER_BORN_AFTER_JOINING,
                        "dateOfBirth " + dateOfBirth + " is after joinedOn " + joinedOn))
                : Optional.empty();
    }

    // Plain fact: a birth in the family adds a child of the person, not a partner or a parent.
    public static Optional<Rejection> birthIsOfAChild(FamilyJoinKind kind, FamilyMember.Relationship relationship) {
        return kind == FamilyJoinKind.BORN && relationship != FamilyMember.Relationship.CHILD
                ? Optional.of(Rejection.of(
                        AlienRejection.BIRTH_IS_OF_A_CHILD, "kind BORN needs relationship CHILD, not " + relationship))
                : Optional.empty();
    }

    // ADR 16: a member is named by the entry that recorded them and their position in it.
    public static Optional<Rejection> memberRecorded(LegalPosition position, long sequence, int memberPosition) {
        return position.familyMember(sequence, memberPosition).isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        AlienRejection.FAMILY_MEMBER_UNKNOWN,
                        "no family member at sequence " + sequence + ", position " + memberPosition));
    }

    // Plain fact: only a member who is part of the family on that day can leave it, and leaves it once.
    public static Optional<Rejection> memberPresentOn(FamilyMembership member, LocalDate leftOn) {
        if (member.hasLeft()) {
            return Optional.of(Rejection.of(
                    AlienRejection.FAMILY_MEMBER_NOT_PRESENT, "the member already left on " + member.leftOn()));
        }
        return member.presentOn(leftOn)
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        AlienRejection.FAMILY_MEMBER_NOT_PRESENT,
                        "the member is not part of the family on leftOn " + leftOn));
    }
}
