package nl.terugkeer.core.testdata;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.core.cases.AdviceOutcome;
import nl.terugkeer.core.cases.AreaRestrictionKind;
import nl.terugkeer.core.cases.AreaRestrictionLiftReason;
import nl.terugkeer.core.cases.BuitenschuldExclusion;
import nl.terugkeer.core.cases.BuitenschuldRoute;
import nl.terugkeer.core.cases.CloseReason;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.cases.DetentionExtensionReason;
import nl.terugkeer.core.cases.DetentionGround;
import nl.terugkeer.core.cases.IndChannel;
import nl.terugkeer.core.cases.LaissezPasserPurpose;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.cases.PersonFacts;
import nl.terugkeer.core.cases.PlacementKind;
import nl.terugkeer.core.cases.PresentationForm;
import nl.terugkeer.core.cases.PresentationOutcome;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.ReviewDomain;
import nl.terugkeer.core.cases.ReviewParticipant;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.SupportKind;
import nl.terugkeer.core.cases.TravelDocumentKind;
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
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.cases.events.AreaRestrictionExtended;
import nl.terugkeer.core.cases.events.AreaRestrictionImposed;
import nl.terugkeer.core.cases.events.AreaRestrictionLifted;
import nl.terugkeer.core.cases.events.BmaAdviceRecorded;
import nl.terugkeer.core.cases.events.BuitenschuldEstablished;
import nl.terugkeer.core.cases.events.BuitenschuldExclusionRecorded;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.CaseEscalated;
import nl.terugkeer.core.cases.events.CaseEvent;
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
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.cases.events.ReturnStatementRecorded;
import nl.terugkeer.core.cases.events.ReturnSupportGranted;
import nl.terugkeer.core.cases.events.ReturnSupportOffered;
import nl.terugkeer.core.cases.events.TravelDocumentObtained;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarkWithdrawn;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarked;
import nl.terugkeer.core.cases.events.VblStayExtended;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;

/**
 * Test data for the Case aggregate: commands with sensible defaults, and one canonical instance of every event
 * type (fixed ids and dates) whose stored form the golden files pin. Each event mirrors the default command.
 */
public final class CaseSamples {

    public static final CaseId CASE_ID = new CaseId(UUID.fromString("00000000-0000-0000-0000-00000000c001"));
    public static final MunicipalityCode AMSTERDAM = new MunicipalityCode("GM0363");
    public static final LocalDate SIGNALLED_ON = LocalDate.of(2026, 3, 9);
    public static final LocalDate LP_REQUESTED_ON = LocalDate.of(2026, 4, 1);
    public static final LocalDate REPORTING_IMPOSED_ON = LocalDate.of(2026, 4, 6);
    public static final LocalDate FIRST_MISS_ON = LocalDate.of(2026, 4, 20);
    public static final LocalDate SECOND_MISS_ON = LocalDate.of(2026, 4, 27);
    public static final LocalDate PLACED_ON = LocalDate.of(2026, 6, 2);
    public static final LocalDate DETENTION_ORDERED_ON = LocalDate.of(2026, 9, 1);
    public static final LocalDate CLOSED_ON = LocalDate.of(2026, 11, 10);
    public static final LocalDate CORRECTED_ON = LocalDate.of(2026, 11, 25);

    /** A single adult whose identity and nationality are established, with no application pending. */
    public static final PersonFacts ESTABLISHED_ADULT = new PersonFacts(true, true, false, false);
    /** The same person travelling as a family with minor children. */
    public static final PersonFacts FAMILY_WITH_MINOR_CHILDREN = new PersonFacts(true, true, false, true);

    private CaseSamples() {}

    public static SignalReturn signalReturnByMunicipality() {
        return signalReturnByMunicipality(CASE_ID);
    }

    public static SignalReturn signalReturnByMunicipality(CaseId caseId) {
        return new SignalReturn(
                caseId, AlienSamples.ALIEN_ID, SignalSource.MUNICIPALITY, AMSTERDAM, "asylum rejected", SIGNALLED_ON);
    }

    public static SignalReturn signalReturnBy(SignalSource source) {
        return new SignalReturn(CASE_ID, AlienSamples.ALIEN_ID, source, null, "dossier handed over", SIGNALLED_ON);
    }

    public static ReturnSignalled returnSignalled() {
        SignalReturn c = signalReturnByMunicipality();
        return new ReturnSignalled(c.caseId(), c.alienId(), c.source(), c.municipality(), c.reason(), c.signalledOn());
    }

    public static AssignCaseManager assignCaseManager() {
        return new AssignCaseManager(CASE_ID, "RV-1024", LocalDate.of(2026, 3, 10));
    }

    public static CaseManagerAssigned caseManagerAssigned() {
        AssignCaseManager c = assignCaseManager();
        return new CaseManagerAssigned(c.caseId(), c.caseManager(), c.assignedOn());
    }

    public static RecordDepartureInterview recordDepartureInterview() {
        return new RecordDepartureInterview(CASE_ID, true, LocalDate.of(2026, 3, 16), AMSTERDAM);
    }

    public static DepartureInterviewHeld departureInterviewHeld() {
        RecordDepartureInterview c = recordDepartureInterview();
        return new DepartureInterviewHeld(
                c.caseId(), c.willingToCooperate(), c.heldOn(), c.participatingMunicipality());
    }

    public static RecordOwnDepartureAttempt recordOwnDepartureAttempt() {
        return new RecordOwnDepartureAttempt(
                CASE_ID, "Embassy of the Syrian Arab Republic, The Hague", LocalDate.of(2026, 3, 20));
    }

    public static OwnDepartureAttemptRecorded ownDepartureAttemptRecorded() {
        RecordOwnDepartureAttempt c = recordOwnDepartureAttempt();
        return new OwnDepartureAttemptRecorded(c.caseId(), c.missionApproached(), c.attemptedOn());
    }

    public static RequestDocuments requestDocuments() {
        return new RequestDocuments(
                CASE_ID, "birth certificate, old passport", "the person", LocalDate.of(2026, 3, 23));
    }

    public static DocumentsRequested documentsRequested() {
        RequestDocuments c = requestDocuments();
        return new DocumentsRequested(c.caseId(), c.documents(), c.requestedFrom(), c.requestedOn());
    }

    public static RequestLaissezPasser requestLaissezPasser() {
        return new RequestLaissezPasser(CASE_ID, "SYR", LaissezPasserPurpose.RETURN, LP_REQUESTED_ON);
    }

    public static LaissezPasserRequested laissezPasserRequested() {
        RequestLaissezPasser c = requestLaissezPasser();
        return new LaissezPasserRequested(c.caseId(), c.country(), c.purpose(), c.requestedOn());
    }

    public static ScheduleEmbassyPresentation scheduleEmbassyPresentation() {
        return new ScheduleEmbassyPresentation(
                CASE_ID, PresentationForm.IN_PERSON, LocalDate.of(2026, 5, 12), LocalDate.of(2026, 4, 15));
    }

    public static EmbassyPresentationScheduled embassyPresentationScheduled() {
        ScheduleEmbassyPresentation c = scheduleEmbassyPresentation();
        return new EmbassyPresentationScheduled(c.caseId(), c.form(), c.presentationOn(), c.scheduledOn());
    }

    public static RecordPresentationOutcome recordPresentationOutcome() {
        return new RecordPresentationOutcome(CASE_ID, PresentationOutcome.NON_STATEMENT, LocalDate.of(2026, 5, 12));
    }

    public static EmbassyPresentationHeld embassyPresentationHeld() {
        RecordPresentationOutcome c = recordPresentationOutcome();
        return new EmbassyPresentationHeld(c.caseId(), c.outcome(), c.heldOn());
    }

    public static RecordTravelDocumentObtained recordTravelDocumentObtained() {
        return new RecordTravelDocumentObtained(
                CASE_ID, TravelDocumentKind.LAISSEZ_PASSER, LocalDate.of(2027, 5, 31), LocalDate.of(2026, 6, 1));
    }

    public static TravelDocumentObtained travelDocumentObtained() {
        RecordTravelDocumentObtained c = recordTravelDocumentObtained();
        return new TravelDocumentObtained(c.caseId(), c.kind(), c.validUntil(), c.obtainedOn());
    }

    public static OfferReturnSupport offerReturnSupport() {
        return new OfferReturnSupport(CASE_ID, SupportKind.REINTEGRATION, LocalDate.of(2026, 4, 20));
    }

    public static ReturnSupportOffered returnSupportOffered() {
        OfferReturnSupport c = offerReturnSupport();
        return new ReturnSupportOffered(c.caseId(), c.kind(), c.offeredOn());
    }

    public static GrantReturnSupport grantReturnSupport() {
        return new GrantReturnSupport(CASE_ID, SupportKind.REINTEGRATION, 1, 1, 4_600, 600, LocalDate.of(2026, 5, 1));
    }

    public static ReturnSupportGranted returnSupportGranted() {
        GrantReturnSupport c = grantReturnSupport();
        return new ReturnSupportGranted(
                c.caseId(), c.kind(), c.adults(), c.minors(), c.amountInEuros(), c.cashInEuros(), c.grantedOn());
    }

    public static ImposeReportingObligation imposeReportingObligation() {
        return new ImposeReportingObligation(CASE_ID, ReportingFrequency.WEEKLY, REPORTING_IMPOSED_ON);
    }

    public static ReportingObligationImposed reportingObligationImposed() {
        ImposeReportingObligation c = imposeReportingObligation();
        return new ReportingObligationImposed(c.caseId(), c.frequency(), c.imposedOn());
    }

    public static LiftReportingObligation liftReportingObligation() {
        return new LiftReportingObligation(CASE_ID, LocalDate.of(2026, 10, 1));
    }

    public static ReportingObligationLifted reportingObligationLifted() {
        LiftReportingObligation c = liftReportingObligation();
        return new ReportingObligationLifted(c.caseId(), c.liftedOn());
    }

    public static RecordCheckIn recordCheckIn() {
        return new RecordCheckIn(CASE_ID, LocalDate.of(2026, 4, 13));
    }

    public static CheckInRecorded checkInRecorded() {
        RecordCheckIn c = recordCheckIn();
        return new CheckInRecorded(c.caseId(), c.checkedInOn());
    }

    public static RecordMissedCheckIn recordMissedCheckIn() {
        return new RecordMissedCheckIn(CASE_ID, FIRST_MISS_ON);
    }

    public static CheckInMissed checkInMissed() {
        RecordMissedCheckIn c = recordMissedCheckIn();
        return new CheckInMissed(c.caseId(), c.missedOn());
    }

    public static RecordReturnProspect recordReturnProspect() {
        return new RecordReturnProspect(CASE_ID, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 6, 1));
    }

    public static ReturnProspectRecorded returnProspectRecorded() {
        RecordReturnProspect c = recordReturnProspect();
        return new ReturnProspectRecorded(c.caseId(), c.expectedDepartureBy(), c.recordedOn());
    }

    public static ExtendVblStay extendVblStay() {
        return new ExtendVblStay(CASE_ID, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 8, 20));
    }

    public static VblStayExtended vblStayExtended() {
        ExtendVblStay c = extendVblStay();
        return new VblStayExtended(c.caseId(), c.extendedUntil(), c.extendedOn());
    }

    public static PlaceInFamilyLocation placeInFamilyLocation() {
        return new PlaceInFamilyLocation(CASE_ID, PLACED_ON);
    }

    public static PlacedInFamilyLocation placedInFamilyLocation() {
        PlaceInFamilyLocation c = placeInFamilyLocation();
        return new PlacedInFamilyLocation(c.caseId(), c.placedOn());
    }

    /** Art. 59(1)(a) detention for its whole first term of 6 months: 2026-09-01 up to and including 2027-02-28. */
    public static OrderDetention orderDetention() {
        return orderDetention(DetentionGround.ART_59_1_A, false, DETENTION_ORDERED_ON, LocalDate.of(2027, 2, 28));
    }

    public static OrderDetention orderDetention(
            DetentionGround ground, boolean article39Applies, LocalDate orderedOn, LocalDate maximumEndOn) {
        return new OrderDetention(CASE_ID, ground.basis(), ground, article39Applies, orderedOn, maximumEndOn);
    }

    public static DetentionOrdered detentionOrdered() {
        return detentionOrdered(orderDetention());
    }

    public static DetentionOrdered detentionOrdered(OrderDetention c) {
        return new DetentionOrdered(
                c.caseId(), c.basis(), c.orderedOn(), c.maximumEndOn(), c.ground(), c.article39Applies());
    }

    public static ExtendDetention extendDetention() {
        return new ExtendDetention(
                CASE_ID,
                DetentionExtensionReason.MISSING_DOCUMENTS,
                DETENTION_ORDERED_ON.plusMonths(12),
                LocalDate.of(2026, 11, 20));
    }

    public static DetentionExtended detentionExtended() {
        ExtendDetention c = extendDetention();
        return new DetentionExtended(c.caseId(), c.reason(), c.extendedUntil(), c.extendedOn());
    }

    public static LiftDetention liftDetention() {
        return new LiftDetention(CASE_ID, LocalDate.of(2026, 11, 25));
    }

    public static DetentionLifted detentionLifted() {
        LiftDetention c = liftDetention();
        return new DetentionLifted(c.caseId(), c.liftedOn());
    }

    public static RegisterObstacle registerObstacle() {
        return new RegisterObstacle(
                CASE_ID, ObstacleType.NON_STATEMENT, "the mission issued a non-statement", LocalDate.of(2026, 5, 13));
    }

    public static ObstacleRegistered obstacleRegistered() {
        RegisterObstacle c = registerObstacle();
        return new ObstacleRegistered(c.caseId(), c.type(), c.description(), c.registeredOn());
    }

    public static ResolveObstacle resolveObstacle() {
        return new ResolveObstacle(
                CASE_ID,
                ObstacleType.NON_STATEMENT,
                "second presentation planned with another mission",
                LocalDate.of(2026, 6, 15));
    }

    public static ObstacleResolved obstacleResolved() {
        ResolveObstacle c = resolveObstacle();
        return new ObstacleResolved(c.caseId(), c.type(), c.resolution(), c.resolvedOn());
    }

    public static EscalateCase escalateCase() {
        return new EscalateCase(
                CASE_ID,
                List.of(ReviewDomain.CARE, ReviewDomain.SAFETY),
                "needs psychiatric care; safety concerns in the municipality",
                LocalDate.of(2026, 6, 20));
    }

    public static CaseEscalated caseEscalated() {
        EscalateCase c = escalateCase();
        return new CaseEscalated(c.caseId(), c.domains(), c.reason(), c.escalatedOn());
    }

    public static RecordCaseReview recordCaseReview() {
        return new RecordCaseReview(
                CASE_ID,
                List.of(ReviewParticipant.DTENV, ReviewParticipant.IND, ReviewParticipant.MUNICIPALITY),
                List.of("VBL placement", "medical deferral (art. 64)"),
                "IND assesses an art. 64 request first",
                LocalDate.of(2026, 7, 1));
    }

    public static CaseReviewHeld caseReviewHeld() {
        RecordCaseReview c = recordCaseReview();
        return new CaseReviewHeld(c.caseId(), c.participants(), c.optionsExplored(), c.outcome(), c.heldOn());
    }

    public static RequestIndInformation requestIndInformation() {
        return new RequestIndInformation(
                CASE_ID, IndChannel.MAATWERKLOKET, "is an art. 64 request pending?", LocalDate.of(2026, 7, 2));
    }

    public static IndInformationRequested indInformationRequested() {
        RequestIndInformation c = requestIndInformation();
        return new IndInformationRequested(c.caseId(), c.channel(), c.question(), c.requestedOn());
    }

    public static RecordIndAnswer recordIndAnswer() {
        return new RecordIndAnswer(CASE_ID, 1L, "pending at the BMA", LocalDate.of(2026, 7, 9));
    }

    public static IndInformationReceived indInformationReceived() {
        RecordIndAnswer c = recordIndAnswer();
        return new IndInformationReceived(c.caseId(), c.requestSequence(), c.answer(), c.receivedOn());
    }

    public static RequestMediation requestMediation() {
        return new RequestMediation(CASE_ID, LocalDate.of(2026, 7, 10));
    }

    public static MediationRequested mediationRequested() {
        RequestMediation c = requestMediation();
        return new MediationRequested(c.caseId(), c.requestedOn());
    }

    public static EstablishBuitenschuld establishBuitenschuld() {
        return establishBuitenschuld(BuitenschuldRoute.REGULAR);
    }

    public static EstablishBuitenschuld establishBuitenschuld(BuitenschuldRoute route) {
        return new EstablishBuitenschuld(CASE_ID, LocalDate.of(2026, 10, 1), route);
    }

    public static BuitenschuldEstablished buitenschuldEstablished() {
        return buitenschuldEstablished(BuitenschuldRoute.REGULAR);
    }

    public static BuitenschuldEstablished buitenschuldEstablished(BuitenschuldRoute route) {
        EstablishBuitenschuld c = establishBuitenschuld(route);
        return new BuitenschuldEstablished(c.caseId(), c.establishedOn(), route);
    }

    public static RecordReturnStatement recordReturnStatement(boolean signed) {
        return new RecordReturnStatement(CASE_ID, signed, LocalDate.of(2026, 4, 20));
    }

    public static ReturnStatementRecorded returnStatementRecorded() {
        return returnStatementRecorded(false);
    }

    public static ReturnStatementRecorded returnStatementRecorded(boolean signed) {
        RecordReturnStatement c = recordReturnStatement(signed);
        return new ReturnStatementRecorded(c.caseId(), c.signed(), c.recordedOn());
    }

    public static RecordBuitenschuldExclusion recordBuitenschuldExclusion(BuitenschuldExclusion exclusion) {
        return new RecordBuitenschuldExclusion(
                CASE_ID, exclusion, "did not come to the presentation at the embassy", LocalDate.of(2026, 5, 12));
    }

    public static BuitenschuldExclusionRecorded buitenschuldExclusionRecorded() {
        return buitenschuldExclusionRecorded(BuitenschuldExclusion.MISSED_PRESENTATION_WITHOUT_REASON);
    }

    public static BuitenschuldExclusionRecorded buitenschuldExclusionRecorded(BuitenschuldExclusion exclusion) {
        RecordBuitenschuldExclusion c = recordBuitenschuldExclusion(exclusion);
        return new BuitenschuldExclusionRecorded(c.caseId(), c.exclusion(), c.description(), c.recordedOn());
    }

    public static RecordBmaAdvice recordBmaAdvice(boolean permanentlyUnableToTravel) {
        return new RecordBmaAdvice(CASE_ID, permanentlyUnableToTravel, LocalDate.of(2026, 6, 15));
    }

    public static BmaAdviceRecorded bmaAdviceRecorded() {
        return bmaAdviceRecorded(true);
    }

    public static BmaAdviceRecorded bmaAdviceRecorded(boolean permanentlyUnableToTravel) {
        RecordBmaAdvice c = recordBmaAdvice(permanentlyUnableToTravel);
        return new BmaAdviceRecorded(c.caseId(), c.permanentlyUnableToTravel(), c.advisedOn());
    }

    /** Born 2010-05-01, first application 2025-04-30: the day before the 15th birthday. */
    public static RecordMinorBuitenschuldFacts recordMinorBuitenschuldFacts() {
        return new RecordMinorBuitenschuldFacts(
                CASE_ID, LocalDate.of(2010, 5, 1), LocalDate.of(2025, 4, 30), false, LocalDate.of(2026, 6, 20));
    }

    public static MinorBuitenschuldFactsRecorded minorBuitenschuldFactsRecorded() {
        RecordMinorBuitenschuldFacts c = recordMinorBuitenschuldFacts();
        return minorBuitenschuldFactsRecorded(c.firstApplicationOn(), c.adequateReceptionInCountryOfOrigin());
    }

    public static MinorBuitenschuldFactsRecorded minorBuitenschuldFactsRecorded(
            LocalDate firstApplicationOn, boolean adequateReception) {
        RecordMinorBuitenschuldFacts c = recordMinorBuitenschuldFacts();
        return new MinorBuitenschuldFactsRecorded(
                c.caseId(), c.bornOn(), firstApplicationOn, adequateReception, c.recordedOn());
    }

    /** Bond since 2019-06-01, entry 2024-01-15; the family's countries SYR (the sample LP request) and TUR. */
    public static RecordFamilyBond recordFamilyBond() {
        return new RecordFamilyBond(
                CASE_ID,
                LocalDate.of(2019, 6, 1),
                LocalDate.of(2024, 1, 15),
                List.of("SYR", "TUR"),
                LocalDate.of(2026, 6, 25));
    }

    public static FamilyBondRecorded familyBondRecorded() {
        RecordFamilyBond c = recordFamilyBond();
        return familyBondRecorded(c.bondSince(), c.countries());
    }

    public static FamilyBondRecorded familyBondRecorded(LocalDate bondSince, List<String> countries) {
        RecordFamilyBond c = recordFamilyBond();
        return new FamilyBondRecorded(c.caseId(), bondSince, c.enteredOn(), countries, c.recordedOn());
    }

    public static IssueNoFaultAdvice issueNoFaultAdvice() {
        return new IssueNoFaultAdvice(CASE_ID, AdviceOutcome.POSITIVE, LocalDate.of(2026, 10, 5));
    }

    public static NoFaultAdviceIssued noFaultAdviceIssued() {
        IssueNoFaultAdvice c = issueNoFaultAdvice();
        return new NoFaultAdviceIssued(c.caseId(), c.outcome(), c.issuedOn());
    }

    public static RecordDeparture recordDeparture() {
        return new RecordDeparture(CASE_ID, DepartureType.INDEPENDENT, LocalDate.of(2026, 11, 1));
    }

    public static DepartureRecorded departureRecorded() {
        RecordDeparture c = recordDeparture();
        return new DepartureRecorded(c.caseId(), c.type(), c.departedOn());
    }

    public static CloseCase closeCase() {
        return new CloseCase(CASE_ID, CloseReason.DEPARTED, CLOSED_ON);
    }

    public static CaseClosed caseClosed() {
        CloseCase c = closeCase();
        return new CaseClosed(c.caseId(), c.reason(), c.closedOn());
    }

    public static ReopenCase reopenCase() {
        return new ReopenCase(CASE_ID, "the person reported at Ter Apel", LocalDate.of(2026, 11, 20));
    }

    public static CaseReopened caseReopened() {
        ReopenCase c = reopenCase();
        return new CaseReopened(c.caseId(), c.reason(), c.reopenedOn());
    }

    public static RecordMissedCheckIn recordMissedCheckIn(LocalDate missedOn) {
        return new RecordMissedCheckIn(CASE_ID, missedOn);
    }

    public static CheckInMissed checkInMissed(LocalDate missedOn) {
        return new CheckInMissed(CASE_ID, missedOn);
    }

    public static UnsupervisedDepartureMarked unsupervisedDepartureMarked() {
        return new UnsupervisedDepartureMarked(CASE_ID, FIRST_MISS_ON, SECOND_MISS_ON);
    }

    public static UnsupervisedDepartureMarkWithdrawn unsupervisedDepartureMarkWithdrawn() {
        return new UnsupervisedDepartureMarkWithdrawn(CASE_ID, 2L, CORRECTED_ON);
    }

    public static PlaceInVbl placeInVbl() {
        return new PlaceInVbl(CASE_ID, PLACED_ON);
    }

    public static PlacedInVbl placedInVbl() {
        return new PlacedInVbl(CASE_ID, PLACED_ON, PLACED_ON.plusWeeks(12));
    }

    public static EndPlacement endPlacement() {
        return new EndPlacement(CASE_ID, LocalDate.of(2026, 8, 31));
    }

    public static PlacementEnded placementEnded() {
        return new PlacementEnded(CASE_ID, PlacementKind.VBL, LocalDate.of(2026, 8, 31));
    }

    public static CorrectCaseEntry correctCaseEntry(long sequence) {
        return new CorrectCaseEntry(CASE_ID, sequence, "recorded on the wrong case", CORRECTED_ON);
    }

    public static CaseEntryCorrected caseEntryCorrected(long sequence, String eventType) {
        return new CaseEntryCorrected(CASE_ID, sequence, eventType, "recorded on the wrong case", CORRECTED_ON);
    }

    public static CaseEntryCorrected caseEntryCorrected() {
        return caseEntryCorrected(2L, "CheckInMissed");
    }

    public static final LocalDate AREA_RESTRICTED_ON = LocalDate.of(2026, 4, 6);

    public static ImposeAreaRestriction imposeAreaRestriction() {
        return new ImposeAreaRestriction(
                CASE_ID,
                AreaRestrictionKind.STAY_IN_AREA,
                AMSTERDAM,
                AREA_RESTRICTED_ON,
                AREA_RESTRICTED_ON.plusWeeks(12));
    }

    public static AreaRestrictionImposed areaRestrictionImposed() {
        ImposeAreaRestriction c = imposeAreaRestriction();
        return new AreaRestrictionImposed(c.caseId(), c.kind(), c.area(), c.imposedOn(), c.lastDay());
    }

    public static ExtendAreaRestriction extendAreaRestriction() {
        return new ExtendAreaRestriction(CASE_ID, AREA_RESTRICTED_ON.plusWeeks(20), AREA_RESTRICTED_ON.plusWeeks(10));
    }

    public static AreaRestrictionExtended areaRestrictionExtended() {
        ExtendAreaRestriction c = extendAreaRestriction();
        return new AreaRestrictionExtended(c.caseId(), c.lastDay(), c.decidedOn());
    }

    public static LiftAreaRestriction liftAreaRestriction() {
        return new LiftAreaRestriction(
                CASE_ID, AreaRestrictionLiftReason.WILLING_AND_ABLE_TO_LEAVE, AREA_RESTRICTED_ON.plusWeeks(14));
    }

    public static AreaRestrictionLifted areaRestrictionLifted() {
        LiftAreaRestriction c = liftAreaRestriction();
        return new AreaRestrictionLifted(c.caseId(), c.reason(), c.liftedOn());
    }

    /** One canonical instance per permitted subtype of {@link CaseEvent}. */
    public static List<CaseEvent> everyEventType() {
        return List.of(
                returnSignalled(),
                caseManagerAssigned(),
                departureInterviewHeld(),
                ownDepartureAttemptRecorded(),
                documentsRequested(),
                laissezPasserRequested(),
                embassyPresentationScheduled(),
                embassyPresentationHeld(),
                travelDocumentObtained(),
                returnSupportOffered(),
                returnSupportGranted(),
                reportingObligationImposed(),
                reportingObligationLifted(),
                checkInRecorded(),
                checkInMissed(),
                unsupervisedDepartureMarked(),
                unsupervisedDepartureMarkWithdrawn(),
                returnProspectRecorded(),
                placedInVbl(),
                vblStayExtended(),
                areaRestrictionImposed(),
                areaRestrictionExtended(),
                areaRestrictionLifted(),
                placedInFamilyLocation(),
                placementEnded(),
                detentionOrdered(),
                detentionExtended(),
                detentionLifted(),
                obstacleRegistered(),
                obstacleResolved(),
                caseEscalated(),
                caseReviewHeld(),
                indInformationRequested(),
                indInformationReceived(),
                mediationRequested(),
                returnStatementRecorded(),
                buitenschuldExclusionRecorded(),
                bmaAdviceRecorded(),
                minorBuitenschuldFactsRecorded(),
                familyBondRecorded(),
                buitenschuldEstablished(),
                noFaultAdviceIssued(),
                departureRecorded(),
                caseClosed(),
                caseReopened(),
                caseEntryCorrected());
    }
}
