package nl.terugkeer.api.openapi;

import java.util.List;
import java.util.Map;

/**
 * The fields each command requires (its handler refuses the command with {@code MISSING_REQUIRED_FIELD} without
 * them), for the {@code required} list of the command's body schema. {@code RequiredFieldsTest} sends every command
 * with each field left out and checks that exactly these are refused as missing, so this table cannot drift from
 * the model.
 */
final class RequiredFields {

    private RequiredFields() {}

    private static final Map<String, List<String>> BY_COMMAND = Map.ofEntries(
            Map.entry("ApplyProvisionalDeferral", List.of("appliedOn", "validUntil")),
            Map.entry("AssignCaseManager", List.of("assignedOn", "caseManager")),
            Map.entry("AuthoriseRepresentative", List.of("from", "kind", "representativeName")),
            Map.entry("CloseCase", List.of("closedOn", "reason")),
            Map.entry("CorrectAlienEntry", List.of("correctedOn", "reason")),
            Map.entry("CorrectCaseEntry", List.of("correctedOn", "reason")),
            Map.entry("DecideAsylumApplication", List.of("decidedOn", "outcome")),
            Map.entry("DecideInterimRelief", List.of("decidedOn", "outcome")),
            Map.entry("DecideRegularApplication", List.of("decidedOn", "outcome")),
            Map.entry("EndDepartureDeferral", List.of("endedOn")),
            Map.entry("EndPlacement", List.of("endedOn")),
            Map.entry("EndRepresentation", List.of("endedOn")),
            Map.entry("EscalateCase", List.of("escalatedOn", "reason")),
            Map.entry("EstablishBuitenschuld", List.of("establishedOn")),
            Map.entry("EstablishIdentity", List.of("establishedOn")),
            Map.entry("EstablishNationality", List.of("establishedOn", "nationality")),
            Map.entry("EstablishStatelessness", List.of("establishedOn")),
            Map.entry("ExtendAreaRestriction", List.of("decidedOn", "lastDay")),
            Map.entry("ExtendDepartureTerm", List.of("decidedOn", "lastDay")),
            Map.entry("ExtendDetention", List.of("extendedOn", "extendedUntil")),
            Map.entry("ExtendVblStay", List.of("extendedOn", "extendedUntil")),
            Map.entry("FileAsylumApplication", List.of("filedOn", "kind")),
            Map.entry("FileRegularApplication", List.of("filedOn", "purpose")),
            Map.entry("GrantDepartureDeferral", List.of("grantedOn", "validUntil")),
            Map.entry("GrantReflectionPeriod", List.of("grantedOn", "endsOn")),
            Map.entry("GrantResidencePermit", List.of("grantedOn", "kind", "validFrom", "validUntil")),
            Map.entry("GrantReturnSupport", List.of("grantedOn", "kind")),
            Map.entry("ImposeAreaRestriction", List.of("imposedOn", "kind", "area", "lastDay")),
            Map.entry("ImposeEntryBan", List.of("imposedOn")),
            Map.entry("ImposeReportingObligation", List.of("imposedOn", "frequency")),
            Map.entry("IssueNoFaultAdvice", List.of("issuedOn", "outcome")),
            Map.entry("IssueReturnDecision", List.of("issuedOn", "occasion", "departureTerm")),
            Map.entry("LiftAreaRestriction", List.of("liftedOn", "reason")),
            Map.entry("LiftDetention", List.of("liftedOn")),
            Map.entry("LiftReportingObligation", List.of("liftedOn")),
            Map.entry("OfferReturnSupport", List.of("offeredOn", "kind")),
            Map.entry("OrderDetention", List.of("basis", "ground", "orderedOn", "maximumEndOn")),
            Map.entry("PlaceInFamilyLocation", List.of("placedOn")),
            Map.entry("PlaceInVbl", List.of("placedOn")),
            Map.entry("RecordAmvFollowUpCare", List.of("startedOn")),
            Map.entry("RecordBmaAdvice", List.of("advisedOn", "permanentlyUnableToTravel")),
            Map.entry("RecordBuitenschuldExclusion", List.of("recordedOn", "exclusion")),
            Map.entry("RecordCaseReview", List.of("heldOn", "outcome")),
            Map.entry("RecordCheckIn", List.of("checkedInOn")),
            Map.entry("RecordDeparture", List.of("departedOn", "type")),
            Map.entry("RecordDepartureInterview", List.of("heldOn")),
            Map.entry("RecordEquatedCategory", List.of("from", "category")),
            Map.entry("RecordFamilyBond", List.of("recordedOn", "bondSince", "enteredOn", "countries")),
            Map.entry("RecordFamilyMemberJoining", List.of("joinedOn", "relationship", "dateOfBirth", "kind")),
            Map.entry("RecordFamilyMemberLeaving", List.of("leftOn", "reason")),
            Map.entry("RecordIndAnswer", List.of("receivedOn", "answer")),
            Map.entry(
                    "RecordMinorBuitenschuldFacts",
                    List.of("recordedOn", "bornOn", "firstApplicationOn", "adequateReceptionInCountryOfOrigin")),
            Map.entry("RecordMissedCheckIn", List.of("missedOn")),
            Map.entry("RecordNonArrival", List.of("sentOn", "deadline")),
            Map.entry("RecordOwnDepartureAttempt", List.of("attemptedOn", "missionApproached")),
            Map.entry("RecordPresentationOutcome", List.of("heldOn", "outcome")),
            Map.entry("RecordReceptionFraud", List.of("establishedOn")),
            Map.entry("RecordReturnProspect", List.of("recordedOn", "expectedDepartureBy")),
            Map.entry("RecordReturnStatement", List.of("recordedOn", "signed")),
            Map.entry("RecordSufficientMeans", List.of("from")),
            Map.entry("RecordTravelDocumentObtained", List.of("obtainedOn", "kind", "validUntil")),
            Map.entry("RefuseDepartureDeferral", List.of("refusedOn")),
            Map.entry("RefuseResidencePermit", List.of("refusedOn", "kind")),
            Map.entry("RegisterAlien", List.of("alienId", "name", "dateOfBirth", "claimedNationality", "registeredOn")),
            Map.entry("RegisterObstacle", List.of("registeredOn", "type")),
            Map.entry("ReopenCase", List.of("reopenedOn", "reason")),
            Map.entry("RequestDepartureDeferral", List.of("requestedOn", "ground")),
            Map.entry("RequestDocuments", List.of("requestedOn", "documents", "requestedFrom")),
            Map.entry("RequestIndInformation", List.of("requestedOn", "channel", "question")),
            Map.entry("RequestInterimRelief", List.of("requestedOn")),
            Map.entry("RequestLaissezPasser", List.of("requestedOn", "country", "purpose")),
            Map.entry("RequestMediation", List.of("requestedOn")),
            Map.entry("ResolveObstacle", List.of("resolvedOn", "type", "resolution")),
            Map.entry("ScheduleEmbassyPresentation", List.of("scheduledOn", "form", "presentationOn")),
            Map.entry("SignalReturn", List.of("caseId", "alienId", "source", "signalledOn")));

    static List<String> of(Class<?> command) {
        return BY_COMMAND.getOrDefault(command.getSimpleName(), List.of());
    }
}
