package nl.terugkeer.api.commands;

import java.util.List;
import java.util.Optional;
import nl.terugkeer.core.aliens.commands.ApplyProvisionalDeferral;
import nl.terugkeer.core.aliens.commands.AuthoriseRepresentative;
import nl.terugkeer.core.aliens.commands.CorrectAlienEntry;
import nl.terugkeer.core.aliens.commands.DecideAsylumApplication;
import nl.terugkeer.core.aliens.commands.DecideInterimRelief;
import nl.terugkeer.core.aliens.commands.DecideRegularApplication;
import nl.terugkeer.core.aliens.commands.EndDepartureDeferral;
import nl.terugkeer.core.aliens.commands.EndRepresentation;
import nl.terugkeer.core.aliens.commands.EstablishIdentity;
import nl.terugkeer.core.aliens.commands.EstablishNationality;
import nl.terugkeer.core.aliens.commands.EstablishStatelessness;
import nl.terugkeer.core.aliens.commands.ExtendDepartureTerm;
import nl.terugkeer.core.aliens.commands.FileAsylumApplication;
import nl.terugkeer.core.aliens.commands.FileRegularApplication;
import nl.terugkeer.core.aliens.commands.GrantDepartureDeferral;
import nl.terugkeer.core.aliens.commands.GrantReflectionPeriod;
import nl.terugkeer.core.aliens.commands.GrantResidencePermit;
import nl.terugkeer.core.aliens.commands.ImposeEntryBan;
import nl.terugkeer.core.aliens.commands.IssueReturnDecision;
import nl.terugkeer.core.aliens.commands.RecordAmvFollowUpCare;
import nl.terugkeer.core.aliens.commands.RecordEquatedCategory;
import nl.terugkeer.core.aliens.commands.RecordFamilyMemberJoining;
import nl.terugkeer.core.aliens.commands.RecordFamilyMemberLeaving;
import nl.terugkeer.core.aliens.commands.RecordNonArrival;
import nl.terugkeer.core.aliens.commands.RecordReceptionFraud;
import nl.terugkeer.core.aliens.commands.RecordSufficientMeans;
import nl.terugkeer.core.aliens.commands.RefuseDepartureDeferral;
import nl.terugkeer.core.aliens.commands.RefuseResidencePermit;
import nl.terugkeer.core.aliens.commands.RequestDepartureDeferral;
import nl.terugkeer.core.aliens.commands.RequestInterimRelief;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.aliens.events.AmvFollowUpCareStarted;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.aliens.events.AsylumApplicationFiled;
import nl.terugkeer.core.aliens.events.DepartureDeferralEnded;
import nl.terugkeer.core.aliens.events.DepartureDeferralGranted;
import nl.terugkeer.core.aliens.events.DepartureDeferralRefused;
import nl.terugkeer.core.aliens.events.DepartureDeferralRequested;
import nl.terugkeer.core.aliens.events.DepartureTermExtended;
import nl.terugkeer.core.aliens.events.EntryBanImposed;
import nl.terugkeer.core.aliens.events.EquatedCategoryRecorded;
import nl.terugkeer.core.aliens.events.FamilyMemberJoined;
import nl.terugkeer.core.aliens.events.FamilyMemberLeft;
import nl.terugkeer.core.aliens.events.IdentityEstablished;
import nl.terugkeer.core.aliens.events.InterimReliefDecided;
import nl.terugkeer.core.aliens.events.InterimReliefRequested;
import nl.terugkeer.core.aliens.events.NationalityEstablished;
import nl.terugkeer.core.aliens.events.NonArrivalRecorded;
import nl.terugkeer.core.aliens.events.ProvisionalDeferralApplied;
import nl.terugkeer.core.aliens.events.ReceptionFraudEstablished;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.RegularApplicationDecided;
import nl.terugkeer.core.aliens.events.RegularApplicationFiled;
import nl.terugkeer.core.aliens.events.RepresentationEnded;
import nl.terugkeer.core.aliens.events.RepresentativeAuthorised;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.aliens.events.ResidencePermitRefused;
import nl.terugkeer.core.aliens.events.ReturnDecisionIssued;
import nl.terugkeer.core.aliens.events.StatelessnessEstablished;
import nl.terugkeer.core.aliens.events.SufficientMeansEstablished;
import nl.terugkeer.core.cases.commands.AssignCaseManager;
import nl.terugkeer.core.cases.commands.CloseCase;
import nl.terugkeer.core.cases.commands.CorrectCaseEntry;
import nl.terugkeer.core.cases.commands.EndPlacement;
import nl.terugkeer.core.cases.commands.EscalateCase;
import nl.terugkeer.core.cases.commands.EstablishBuitenschuld;
import nl.terugkeer.core.cases.commands.ExtendAreaRestriction;
import nl.terugkeer.core.cases.commands.ExtendDetention;
import nl.terugkeer.core.cases.commands.ExtendVblStay;
import nl.terugkeer.core.cases.commands.GrantReturnSupport;
import nl.terugkeer.core.cases.commands.ImposeAreaRestriction;
import nl.terugkeer.core.cases.commands.ImposeReportingObligation;
import nl.terugkeer.core.cases.commands.IssueNoFaultAdvice;
import nl.terugkeer.core.cases.commands.LiftAreaRestriction;
import nl.terugkeer.core.cases.commands.LiftDetention;
import nl.terugkeer.core.cases.commands.LiftReportingObligation;
import nl.terugkeer.core.cases.commands.OfferReturnSupport;
import nl.terugkeer.core.cases.commands.OrderDetention;
import nl.terugkeer.core.cases.commands.PlaceInFamilyLocation;
import nl.terugkeer.core.cases.commands.PlaceInVbl;
import nl.terugkeer.core.cases.commands.RecordBmaAdvice;
import nl.terugkeer.core.cases.commands.RecordBuitenschuldExclusion;
import nl.terugkeer.core.cases.commands.RecordCaseReview;
import nl.terugkeer.core.cases.commands.RecordCheckIn;
import nl.terugkeer.core.cases.commands.RecordDeparture;
import nl.terugkeer.core.cases.commands.RecordDepartureInterview;
import nl.terugkeer.core.cases.commands.RecordFamilyBond;
import nl.terugkeer.core.cases.commands.RecordIndAnswer;
import nl.terugkeer.core.cases.commands.RecordMinorBuitenschuldFacts;
import nl.terugkeer.core.cases.commands.RecordMissedCheckIn;
import nl.terugkeer.core.cases.commands.RecordOwnDepartureAttempt;
import nl.terugkeer.core.cases.commands.RecordPresentationOutcome;
import nl.terugkeer.core.cases.commands.RecordReturnProspect;
import nl.terugkeer.core.cases.commands.RecordReturnStatement;
import nl.terugkeer.core.cases.commands.RecordTravelDocumentObtained;
import nl.terugkeer.core.cases.commands.RegisterObstacle;
import nl.terugkeer.core.cases.commands.ReopenCase;
import nl.terugkeer.core.cases.commands.RequestDocuments;
import nl.terugkeer.core.cases.commands.RequestIndInformation;
import nl.terugkeer.core.cases.commands.RequestLaissezPasser;
import nl.terugkeer.core.cases.commands.RequestMediation;
import nl.terugkeer.core.cases.commands.ResolveObstacle;
import nl.terugkeer.core.cases.commands.ScheduleEmbassyPresentation;
import nl.terugkeer.core.cases.events.AreaRestrictionExtended;
import nl.terugkeer.core.cases.events.AreaRestrictionImposed;
import nl.terugkeer.core.cases.events.AreaRestrictionLifted;
import nl.terugkeer.core.cases.events.BmaAdviceRecorded;
import nl.terugkeer.core.cases.events.BuitenschuldEstablished;
import nl.terugkeer.core.cases.events.BuitenschuldExclusionRecorded;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.CaseEscalated;
import nl.terugkeer.core.cases.events.CaseManagerAssigned;
import nl.terugkeer.core.cases.events.CaseReopened;
import nl.terugkeer.core.cases.events.CaseReviewHeld;
import nl.terugkeer.core.cases.events.CheckInMissed;
import nl.terugkeer.core.cases.events.CheckInRecorded;
import nl.terugkeer.core.cases.events.DepartureInterviewHeld;
import nl.terugkeer.core.cases.events.DepartureRecorded;
import nl.terugkeer.core.cases.events.DetentionExtended;
import nl.terugkeer.core.cases.events.DetentionLifted;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.DocumentsRequested;
import nl.terugkeer.core.cases.events.EmbassyPresentationHeld;
import nl.terugkeer.core.cases.events.EmbassyPresentationScheduled;
import nl.terugkeer.core.cases.events.FamilyBondRecorded;
import nl.terugkeer.core.cases.events.IndInformationReceived;
import nl.terugkeer.core.cases.events.IndInformationRequested;
import nl.terugkeer.core.cases.events.LaissezPasserRequested;
import nl.terugkeer.core.cases.events.MediationRequested;
import nl.terugkeer.core.cases.events.MinorBuitenschuldFactsRecorded;
import nl.terugkeer.core.cases.events.NoFaultAdviceIssued;
import nl.terugkeer.core.cases.events.ObstacleRegistered;
import nl.terugkeer.core.cases.events.ObstacleResolved;
import nl.terugkeer.core.cases.events.OwnDepartureAttemptRecorded;
import nl.terugkeer.core.cases.events.PlacedInFamilyLocation;
import nl.terugkeer.core.cases.events.PlacedInVbl;
import nl.terugkeer.core.cases.events.PlacementEnded;
import nl.terugkeer.core.cases.events.ReportingObligationImposed;
import nl.terugkeer.core.cases.events.ReportingObligationLifted;
import nl.terugkeer.core.cases.events.ReturnProspectRecorded;
import nl.terugkeer.core.cases.events.ReturnStatementRecorded;
import nl.terugkeer.core.cases.events.ReturnSupportGranted;
import nl.terugkeer.core.cases.events.ReturnSupportOffered;
import nl.terugkeer.core.cases.events.TravelDocumentObtained;
import nl.terugkeer.core.cases.events.VblStayExtended;

/**
 * Every command of the model that acts on an existing case or person, as a sub-resource (NL API Design Rules:
 * state changes as POST on a sub-resource whose GET returns its history). {@code POST /v1/cases/{id}/<name>}
 * records the command; {@code GET} lists the entries of {@code eventType} in the case's history.
 */
public final class CommandRoutes {

    public enum Aggregate {
        CASE("cases", "caseId"),
        ALIEN("aliens", "alienId");

        final String path;
        final String idField;

        Aggregate(String path, String idField) {
            this.path = path;
            this.idField = idField;
        }

        static Aggregate ofPath(String collection) {
            return collection.equals(CASE.path) ? CASE : ALIEN;
        }

        /** The collection in the URL: {@code cases} or {@code aliens}. */
        public String path() {
            return path;
        }

        /** The command field that names the aggregate, taken from the path. */
        public String idField() {
            return idField;
        }
    }

    public record Route(Aggregate aggregate, String subResource, Class<?> commandType, Class<?> eventType) {}

    public static final List<Route> ALL = List.of(
            route(Aggregate.CASE, "case-manager-assignments", AssignCaseManager.class, CaseManagerAssigned.class),
            route(Aggregate.CASE, "departure-interviews", RecordDepartureInterview.class, DepartureInterviewHeld.class),
            route(
                    Aggregate.CASE,
                    "own-departure-attempts",
                    RecordOwnDepartureAttempt.class,
                    OwnDepartureAttemptRecorded.class),
            route(Aggregate.CASE, "document-requests", RequestDocuments.class, DocumentsRequested.class),
            route(Aggregate.CASE, "laissez-passer-requests", RequestLaissezPasser.class, LaissezPasserRequested.class),
            route(
                    Aggregate.CASE,
                    "embassy-presentations",
                    ScheduleEmbassyPresentation.class,
                    EmbassyPresentationScheduled.class),
            route(
                    Aggregate.CASE,
                    "embassy-presentation-outcomes",
                    RecordPresentationOutcome.class,
                    EmbassyPresentationHeld.class),
            route(Aggregate.CASE, "travel-documents", RecordTravelDocumentObtained.class, TravelDocumentObtained.class),
            route(Aggregate.CASE, "return-support-offers", OfferReturnSupport.class, ReturnSupportOffered.class),
            route(Aggregate.CASE, "return-support-grants", GrantReturnSupport.class, ReturnSupportGranted.class),
            route(
                    Aggregate.CASE,
                    "reporting-obligations",
                    ImposeReportingObligation.class,
                    ReportingObligationImposed.class),
            route(
                    Aggregate.CASE,
                    "reporting-obligation-lifts",
                    LiftReportingObligation.class,
                    ReportingObligationLifted.class),
            route(Aggregate.CASE, "check-ins", RecordCheckIn.class, CheckInRecorded.class),
            route(Aggregate.CASE, "missed-check-ins", RecordMissedCheckIn.class, CheckInMissed.class),
            route(Aggregate.CASE, "return-prospects", RecordReturnProspect.class, ReturnProspectRecorded.class),
            route(Aggregate.CASE, "vbl-placements", PlaceInVbl.class, PlacedInVbl.class),
            route(Aggregate.CASE, "vbl-extensions", ExtendVblStay.class, VblStayExtended.class),
            route(Aggregate.CASE, "area-restrictions", ImposeAreaRestriction.class, AreaRestrictionImposed.class),
            route(
                    Aggregate.CASE,
                    "area-restriction-extensions",
                    ExtendAreaRestriction.class,
                    AreaRestrictionExtended.class),
            route(Aggregate.CASE, "area-restriction-lifts", LiftAreaRestriction.class, AreaRestrictionLifted.class),
            route(
                    Aggregate.CASE,
                    "family-location-placements",
                    PlaceInFamilyLocation.class,
                    PlacedInFamilyLocation.class),
            route(Aggregate.CASE, "placement-ends", EndPlacement.class, PlacementEnded.class),
            route(Aggregate.CASE, "detentions", OrderDetention.class, DetentionOrdered.class),
            route(Aggregate.CASE, "detention-extensions", ExtendDetention.class, DetentionExtended.class),
            route(Aggregate.CASE, "detention-lifts", LiftDetention.class, DetentionLifted.class),
            route(Aggregate.CASE, "obstacles", RegisterObstacle.class, ObstacleRegistered.class),
            route(Aggregate.CASE, "obstacle-resolutions", ResolveObstacle.class, ObstacleResolved.class),
            route(Aggregate.CASE, "escalations", EscalateCase.class, CaseEscalated.class),
            route(Aggregate.CASE, "case-reviews", RecordCaseReview.class, CaseReviewHeld.class),
            route(
                    Aggregate.CASE,
                    "ind-information-requests",
                    RequestIndInformation.class,
                    IndInformationRequested.class),
            route(Aggregate.CASE, "ind-answers", RecordIndAnswer.class, IndInformationReceived.class),
            route(Aggregate.CASE, "mediation-requests", RequestMediation.class, MediationRequested.class),
            route(Aggregate.CASE, "return-statements", RecordReturnStatement.class, ReturnStatementRecorded.class),
            route(
                    Aggregate.CASE,
                    "buitenschuld-exclusions",
                    RecordBuitenschuldExclusion.class,
                    BuitenschuldExclusionRecorded.class),
            route(Aggregate.CASE, "bma-advices", RecordBmaAdvice.class, BmaAdviceRecorded.class),
            route(
                    Aggregate.CASE,
                    "minor-buitenschuld-facts",
                    RecordMinorBuitenschuldFacts.class,
                    MinorBuitenschuldFactsRecorded.class),
            route(Aggregate.CASE, "family-bonds", RecordFamilyBond.class, FamilyBondRecorded.class),
            route(
                    Aggregate.CASE,
                    "buitenschuld-establishments",
                    EstablishBuitenschuld.class,
                    BuitenschuldEstablished.class),
            route(Aggregate.CASE, "no-fault-advices", IssueNoFaultAdvice.class, NoFaultAdviceIssued.class),
            route(Aggregate.CASE, "departures", RecordDeparture.class, DepartureRecorded.class),
            route(Aggregate.CASE, "closures", CloseCase.class, CaseClosed.class),
            route(Aggregate.CASE, "reopenings", ReopenCase.class, CaseReopened.class),
            route(Aggregate.CASE, "corrections", CorrectCaseEntry.class, CaseEntryCorrected.class),
            route(Aggregate.ALIEN, "identity-establishments", EstablishIdentity.class, IdentityEstablished.class),
            route(
                    Aggregate.ALIEN,
                    "nationality-establishments",
                    EstablishNationality.class,
                    NationalityEstablished.class),
            route(
                    Aggregate.ALIEN,
                    "statelessness-establishments",
                    EstablishStatelessness.class,
                    StatelessnessEstablished.class),
            route(Aggregate.ALIEN, "asylum-applications", FileAsylumApplication.class, AsylumApplicationFiled.class),
            route(Aggregate.ALIEN, "asylum-decisions", DecideAsylumApplication.class, AsylumApplicationDecided.class),
            route(Aggregate.ALIEN, "regular-applications", FileRegularApplication.class, RegularApplicationFiled.class),
            route(
                    Aggregate.ALIEN,
                    "regular-decisions",
                    DecideRegularApplication.class,
                    RegularApplicationDecided.class),
            route(
                    Aggregate.ALIEN,
                    "departure-deferral-requests",
                    RequestDepartureDeferral.class,
                    DepartureDeferralRequested.class),
            route(
                    Aggregate.ALIEN,
                    "provisional-deferrals",
                    ApplyProvisionalDeferral.class,
                    ProvisionalDeferralApplied.class),
            route(
                    Aggregate.ALIEN,
                    "departure-deferral-grants",
                    GrantDepartureDeferral.class,
                    DepartureDeferralGranted.class),
            route(
                    Aggregate.ALIEN,
                    "departure-deferral-refusals",
                    RefuseDepartureDeferral.class,
                    DepartureDeferralRefused.class),
            route(Aggregate.ALIEN, "departure-deferral-ends", EndDepartureDeferral.class, DepartureDeferralEnded.class),
            route(Aggregate.ALIEN, "residence-permits", GrantResidencePermit.class, ResidencePermitGranted.class),
            route(
                    Aggregate.ALIEN,
                    "residence-permit-refusals",
                    RefuseResidencePermit.class,
                    ResidencePermitRefused.class),
            route(Aggregate.ALIEN, "entry-bans", ImposeEntryBan.class, EntryBanImposed.class),
            route(Aggregate.ALIEN, "equated-categories", RecordEquatedCategory.class, EquatedCategoryRecorded.class),
            route(Aggregate.ALIEN, "non-arrivals", RecordNonArrival.class, NonArrivalRecorded.class),
            route(Aggregate.ALIEN, "amv-follow-up-care", RecordAmvFollowUpCare.class, AmvFollowUpCareStarted.class),
            route(Aggregate.ALIEN, "interim-relief-requests", RequestInterimRelief.class, InterimReliefRequested.class),
            route(Aggregate.ALIEN, "interim-relief-decisions", DecideInterimRelief.class, InterimReliefDecided.class),
            route(Aggregate.ALIEN, "reception-frauds", RecordReceptionFraud.class, ReceptionFraudEstablished.class),
            route(Aggregate.ALIEN, "return-decisions", IssueReturnDecision.class, ReturnDecisionIssued.class),
            route(Aggregate.ALIEN, "departure-term-extensions", ExtendDepartureTerm.class, DepartureTermExtended.class),
            route(Aggregate.ALIEN, "sufficient-means", RecordSufficientMeans.class, SufficientMeansEstablished.class),
            route(Aggregate.ALIEN, "representatives", AuthoriseRepresentative.class, RepresentativeAuthorised.class),
            route(Aggregate.ALIEN, "representation-ends", EndRepresentation.class, RepresentationEnded.class),
            route(Aggregate.ALIEN, "reflection-periods", GrantReflectionPeriod.class, ReflectionPeriodGranted.class),
            route(Aggregate.ALIEN, "family-member-joinings", RecordFamilyMemberJoining.class, FamilyMemberJoined.class),
            route(Aggregate.ALIEN, "family-member-leavings", RecordFamilyMemberLeaving.class, FamilyMemberLeft.class),
            route(Aggregate.ALIEN, "corrections", CorrectAlienEntry.class, AlienEntryCorrected.class));

    private CommandRoutes() {}

    public static Optional<Route> find(Aggregate aggregate, String subResource) {
        return ALL.stream()
                .filter(r -> r.aggregate() == aggregate && r.subResource().equals(subResource))
                .findFirst();
    }

    private static Route route(Aggregate aggregate, String subResource, Class<?> command, Class<?> event) {
        return new Route(aggregate, subResource, command, event);
    }
}
