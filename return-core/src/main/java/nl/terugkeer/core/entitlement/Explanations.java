package nl.terugkeer.core.entitlement;

import static nl.terugkeer.core.entitlement.Days.writtenOut;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.ArrivalDeadline;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DeferralKind;
import nl.terugkeer.core.aliens.EquatedCategory;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.cases.DetentionBasis;

/**
 * The explanations of the entitlement answers, in Dutch as a case worker reads them: legal citations only, no code
 * names, dates written out, every "tot en met" a last day included. One method per template; each is pinned by a
 * golden file in the tests.
 */
final class Explanations {

    private Explanations() {}

    static String unaccompaniedMinor(LocalDate lastDay) {
        return "Alleenstaande minderjarige vreemdeling: recht op opvang tot en met " + writtenOut(lastDay)
                + ", de dag waarop hij of zij 18 jaar wordt (artikel 6 Rva 2005).";
    }

    static String asylumReception(AsylumApplicationKind kind, LocalDate filedOn) {
        return kind == AsylumApplicationKind.FIRST
                ? "Asielaanvraag ingediend op " + writtenOut(filedOn)
                        + ": recht op opvang door het COA zolang de aanvraag loopt (artikelen 1 en 3 Rva 2005)."
                : "Herhaalde asielaanvraag ingediend op " + writtenOut(filedOn)
                        + ": recht op opvang door het COA zolang de aanvraag loopt (artikelen 1 en 3 Rva 2005;"
                        + " Kamerbrief over het terugkeerbeleid).";
    }

    static String art64(DeferralKind kind, LocalDate deferralLastDay, LocalDate receptionLastDay) {
        return (kind == DeferralKind.PROVISIONAL ? "Voorlopig uitstel van vertrek" : "Uitstel van vertrek")
                + " op grond van artikel 64 Vw tot en met " + writtenOut(deferralLastDay)
                + ": recht op opvang tot en met " + writtenOut(receptionLastDay)
                + ", vier weken daarna (artikelen 3, derde lid, onder f, en 7, eerste lid, onder d, Rva 2005).";
    }

    static String interimRelief(
            LocalDate requestedOn, DecisionOutcome outcome, LocalDate decidedOn, LocalDate lastDay) {
        String requested =
                "Voorlopige voorziening tegen de afwijzing van de asielaanvraag gevraagd op " + writtenOut(requestedOn);
        if (outcome == null) {
            return requested + ": de opvang loopt door zolang op het verzoek niet is beslist (artikel 5 Rva 2005).";
        }
        return outcome == DecisionOutcome.GRANTED
                ? requested + " en toegewezen op " + writtenOut(decidedOn)
                        + ": recht op opvang zolang de voorziening geldt (artikel 3, derde lid, onder a, Rva 2005)."
                : requested + " en afgewezen op " + writtenOut(decidedOn) + ": de opvang loopt door tot en met "
                        + writtenOut(lastDay) + ", vier weken daarna (artikel 5 Rva 2005).";
    }

    static String interimReliefRefused(LocalDate lastDay) {
        return "De voorlopige voorziening is afgewezen; de opvang liep tot en met " + writtenOut(lastDay)
                + ", vier weken daarna (artikel 5 Rva 2005).";
    }

    static String equatedCategory(EquatedCategory category, LocalDate from, LocalDate until) {
        return equatedCategoryName(category) + " sinds " + writtenOut(from) + ": recht op opvang"
                + (until == null ? " zolang dat zo is" : " tot en met " + writtenOut(until)) + " ("
                + equatedCategorySource(category) + ").";
    }

    static String equatedCategoryEnded(EquatedCategory category, LocalDate lastDay) {
        return equatedCategoryName(category) + ": de opvang liep tot en met " + writtenOut(lastDay) + " ("
                + equatedCategorySource(category) + ").";
    }

    private static String equatedCategoryName(EquatedCategory category) {
        return switch (category) {
            case ECTHR_INTERIM_MEASURE -> "Voorlopige maatregel van het EHRM";
            case SAME_SITUATION_AS_ART_64 ->
                "Feitelijk in dezelfde situatie als bij uitstel van vertrek (artikel 64 Vw)";
        };
    }

    private static String equatedCategorySource(EquatedCategory category) {
        return switch (category) {
            case ECTHR_INTERIM_MEASURE -> "artikel 3, derde lid, onder l, Rva 2005";
            case SAME_SITUATION_AS_ART_64 -> "artikel 3, derde lid, onder g en m tot en met o, Rva 2005";
        };
    }

    static String notArrived(ArrivalDeadline deadline, LocalDate sentOn, LocalDate lastDay) {
        return switch (deadline) {
            case TRANSFER_48_HOURS ->
                "Overgeplaatst op " + writtenOut(sentOn)
                        + " en niet binnen 48 uur aangekomen: de opvang liep tot en met " + writtenOut(lastDay)
                        + " (artikel 7, eerste lid, onder i, Rva 2005).";
            case REFERRAL_24_HOURS ->
                "Verwezen op " + writtenOut(sentOn) + " en niet binnen 24 uur gemeld: de opvang liep tot en met "
                        + writtenOut(lastDay) + " (artikel 4, derde lid, onder a, Rva 2005).";
        };
    }

    static String amvFollowUpCare(LocalDate startedOn) {
        return "Vervolgopvang door de voogdijinstelling sinds " + writtenOut(startedOn)
                + ": de opvang als alleenstaande minderjarige door het COA is geëindigd (artikel 6 Rva 2005).";
    }

    static String fraud(LocalDate establishedOn) {
        return "Fraude vastgesteld op " + writtenOut(establishedOn)
                + ": de opvang eindigt direct (artikel 7, eerste lid, onder k, Rva 2005).";
    }

    static String departureTerm(LocalDate decidedOn, int days, boolean extended, LocalDate lastDay) {
        return "Asielaanvraag afgewezen op " + writtenOut(decidedOn) + ": de opvang loopt door tot en met "
                + writtenOut(lastDay) + ", de laatste dag van de "
                + (extended
                        ? "verlengde vertrektermijn (artikel 62, derde lid, Vw;"
                        : "vertrektermijn van " + days + " dagen (artikel 62 Vw;")
                + " artikelen 5 en 7, eerste lid, onder b, Rva 2005).";
    }

    static String sufficientMeans(LocalDate from, LocalDate until) {
        return "Voldoende eigen middelen vastgesteld vanaf " + writtenOut(from)
                + (until == null ? "" : " tot en met " + writtenOut(until))
                + ": zolang die er zijn, bestaat geen recht op opvang op grond van de Rva 2005 (artikel 2 Rva 2005).";
    }

    static String familyLocation(LocalDate lastDay) {
        return "Gezin met minderjarige kinderen: opvang in een gezinslocatie tot vertrek, uiterlijk tot en met "
                + writtenOut(lastDay) + ", de dag voordat het jongste kind 18 jaar wordt (artikel 56 Vw;"
                + " beleid gezinslocaties DT&V).";
    }

    static String vbl(LocalDate lastDay) {
        return "Geplaatst in de vrijheidsbeperkende locatie met zicht op terugkeer: opvang tot en met "
                + writtenOut(lastDay) + " (artikel 56 Vw; beleid vrijheidsbeperkende locatie DT&V/COA).";
    }

    static String rvbAllowance(boolean permitGranted, LocalDate lastDay) {
        return (permitGranted
                        ? "Verblijfsvergunning als slachtoffer van mensenhandel"
                        : "Bedenktijd als slachtoffer van mensenhandel")
                + ": verstrekkingen uit de Rvb (geen opvang door het COA)"
                + (lastDay == null ? "" : " tot en met " + writtenOut(lastDay))
                + " (artikelen 2 en 3 Rvb; Vc B8/3).";
    }

    static String departed(DepartureType type, LocalDate departedOn) {
        return "Vertrek vastgelegd op " + writtenOut(departedOn) + " (" + departureType(type)
                + "): het terugkeertraject en de opvang daarin zijn beëindigd (artikel 61 Vw;"
                + " artikel 7, eerste lid, Rva 2005). Een later feit dat recht geeft, opent een nieuwe periode.";
    }

    static String missedTwice(LocalDate firstMiss, LocalDate secondMiss, LocalDate lastDay) {
        return "Twee keer achter elkaar niet gemeld (" + writtenOut(firstMiss) + " en " + writtenOut(secondMiss)
                + "): de opvang eindigt twee weken na de eerste keer, dus na " + writtenOut(lastDay)
                + " (artikel 7, eerste lid, onder j, Rva 2005).";
    }

    static String entryBan(LocalDate imposedOn) {
        return "Inreisverbod opgelegd op " + writtenOut(imposedOn)
                + ": de opvang eindigt direct (artikel 7, eerste lid, onder h, Rva 2005).";
    }

    static String lawfulResidence(PermitKind kind, LocalDate validUntil) {
        return "Geldige verblijfsvergunning (" + permitKind(kind) + ")"
                + (validUntil == null ? "" : " tot en met " + writtenOut(validUntil))
                + ": rechtmatig verblijf, dus geen opvang in het terugkeertraject (artikel 8 Vw).";
    }

    static String detained(DetentionBasis basis, LocalDate orderedOn) {
        return "In vreemdelingenbewaring sinds " + writtenOut(orderedOn) + " (" + detentionBasis(basis)
                + "): geen opvang zolang de bewaring duurt (artikel 1, onder d, Rva 2005; artikel 5, onder b, Rvb).";
    }

    static String repeatedApplicationGivesNone(LocalDate filedOn) {
        return "Herhaalde asielaanvraag ingediend op " + writtenOut(filedOn)
                + ": volgens het ingestelde beleid geen opvang (artikel 10, eerste lid, onder e, Rva 2005).";
    }

    static String art64OnlyRequested(LocalDate requestedOn) {
        return "Op " + writtenOut(requestedOn) + " is alleen een beroep gedaan op artikel 64 Vw; dat geeft geen"
                + " recht op opvang (artikel 4, derde lid, onder d, Rva 2005).";
    }

    static String provisionalArt64GivesNone(LocalDate from) {
        return "Voorlopig uitstel van vertrek sinds " + writtenOut(from) + " geeft alleen een afgewezen"
                + " asielzoeker recht op opvang (Vc A3/7).";
    }

    static String buitenschuldGivesNone(LocalDate establishedOn) {
        return "Buitenschuld vastgesteld op " + writtenOut(establishedOn) + ": dat geeft op zichzelf geen recht op"
                + " opvang; een verleende buitenschuldvergunning geeft rechtmatig verblijf (Vc B8/4).";
    }

    static String regularApplicationGivesNone(LocalDate filedOn) {
        return "Reguliere aanvraag ingediend op " + writtenOut(filedOn) + ": die geeft geen recht op opvang en houdt"
                + " het einde van de opvang niet tegen (artikel 7, tweede lid, Rva 2005).";
    }

    static String departureTermEnded(LocalDate lastDay) {
        return "De vertrektermijn is verstreken; de opvang liep tot en met " + writtenOut(lastDay)
                + " (artikel 62 Vw; artikel 7, eerste lid, onder b, Rva 2005).";
    }

    static String art64Ended(LocalDate lastDay) {
        return "Het uitstel van vertrek is geëindigd; de opvang liep tot en met " + writtenOut(lastDay)
                + ", vier weken daarna (artikel 7, eerste lid, onder d, Rva 2005).";
    }

    static String vblEnded(LocalDate lastDay) {
        return "Het verblijf in de vrijheidsbeperkende locatie liep tot en met " + writtenOut(lastDay)
                + " (artikel 56 Vw; beleid vrijheidsbeperkende locatie DT&V/COA).";
    }

    static String episodeEnded(EntitlementKind kind, LocalDate lastDay) {
        String what =
                switch (kind) {
                    case UNACCOMPANIED_MINOR -> "De opvang als alleenstaande minderjarige (artikel 6 Rva 2005)";
                    case FAMILY_LOCATION -> "De opvang in de gezinslocatie (artikel 56 Vw; beleid gezinslocaties DT&V)";
                    case RVB_ALLOWANCE -> "De verstrekkingen uit de Rvb (artikelen 2 en 3 Rvb; Vc B8/3)";
                    default -> "De opvang";
                };
        return what + " liep tot en met " + writtenOut(lastDay) + ".";
    }

    static String noEntitlingFact() {
        return "Er is niets vastgelegd dat recht geeft op opvang (Rva 2005).";
    }

    private static String departureType(DepartureType type) {
        return switch (type) {
            case INDEPENDENT -> "zelfstandig vertrek";
            case FORCED -> "gedwongen vertrek";
            case WITHOUT_SUPERVISION -> "zelfstandig vertrek zonder toezicht";
        };
    }

    private static String permitKind(PermitKind kind) {
        return switch (kind) {
            case ASYLUM -> "asiel";
            case REGULAR -> "regulier";
            case BUITENSCHULD -> "buitenschuld";
            case HUMAN_TRAFFICKING -> "slachtoffer mensenhandel";
        };
    }

    private static String detentionBasis(DetentionBasis basis) {
        return switch (basis) {
            case ART_59 -> "artikel 59 Vw";
            case ART_59A -> "artikel 59a Vw";
            case ART_59B -> "artikel 59b Vw";
        };
    }
}
