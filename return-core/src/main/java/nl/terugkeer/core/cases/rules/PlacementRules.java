package nl.terugkeer.core.cases.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.PersonFacts;
import nl.terugkeer.core.cases.Placement;
import nl.terugkeer.core.shared.Rejection;

/** Rules for placement in the VBL (vrijheidsbeperkende locatie) and a family location (gezinslocatie). */
public final class PlacementRules {

    public static final int VBL_TERM_IN_WEEKS = 12;

    private PlacementRules() {}

    // DTV-VBL, COA-terugkeerlocaties (docs/domain/brief.md §1.6): the VBL is for people with a prospect of return
    // within 12 weeks.
    public static Optional<Rejection> returnProspectWithin12Weeks(CaseState state, LocalDate placedOn) {
        return returnProspectBy(state, placedOn.plusWeeks(VBL_TERM_IN_WEEKS));
    }

    // LTV-VBL (docs/domain/brief.md §1.6): after 12 weeks a longer stay only if return is in sight within the
    // extension.
    public static Optional<Rejection> returnProspectBy(CaseState state, LocalDate until) {
        return state.returnProspect()
                        .filter(p -> !p.expectedDepartureBy().isAfter(until))
                        .isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.VBL_NEEDS_RETURN_PROSPECT, "no recorded prospect of return by " + until));
    }

    // LTV-VBL (docs/domain/brief.md §1.6): families with minor children go to a family location instead of the VBL.
    public static Optional<Rejection> notAFamilyWithMinorChildren(PersonFacts facts) {
        return facts.familyWithMinorChildren()
                ? Optional.of(Rejection.of(CaseRejection.VBL_NOT_FOR_FAMILIES, "the person has minor children"))
                : Optional.empty();
    }

    // DTV-GL, VV-GL (docs/domain/brief.md §1.6): the family location shelters families with minor children.
    public static Optional<Rejection> aFamilyWithMinorChildren(PersonFacts facts) {
        return facts.familyWithMinorChildren()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.FAMILY_LOCATION_NEEDS_MINOR_CHILDREN, "the person has no minor children"));
    }

    // Rva art. 1(d), Vw art. 59c: shelter is for people at liberty, not for the detained.
    public static Optional<Rejection> notDetained(CaseState state) {
        return state.isDetained()
                ? Optional.of(Rejection.of(CaseRejection.PLACEMENT_WHILE_DETAINED, "the person is detained"))
                : Optional.empty();
    }

    // LTV-VBL (docs/domain/brief.md §1.6): one place of shelter at a time; a move ends the former placement first.
    public static Optional<Rejection> notPlaced(CaseState state) {
        return state.placement().isPresent()
                ? Optional.of(Rejection.of(
                        CaseRejection.ALREADY_PLACED,
                        "already placed in " + state.placement().get().kind()))
                : Optional.empty();
    }

    // LTV-VBL: only a stay in the VBL can be extended.
    public static Optional<Rejection> inVbl(CaseState state) {
        return state.vblPlacement().isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(CaseRejection.NOT_IN_VBL, "the person is not in the VBL"));
    }

    // LTV-VBL: only a current placement can end.
    public static Optional<Rejection> placed(CaseState state) {
        return state.placement().isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(CaseRejection.NOT_PLACED, "the person is not placed"));
    }

    // Vc A6 (model M102), LTV-VBM (docs/domain/brief.md §1.6): the art. 56 measure runs at most 12 weeks, extendable
    // per term.
    public static Optional<Rejection> extensionAtMost12Weeks(Placement vbl, LocalDate extendedUntil) {
        LocalDate maximum = vbl.endsOn().plusWeeks(VBL_TERM_IN_WEEKS);
        return extendedUntil.isAfter(maximum)
                ? Optional.of(Rejection.of(CaseRejection.VBL_EXTENSION_TOO_LONG, "extendedUntil is after " + maximum))
                : Optional.empty();
    }
}
