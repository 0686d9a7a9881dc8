package nl.terugkeer.core.cases;

import static nl.terugkeer.core.shared.CommonRules.happenedNotLaterThanToday;
import static nl.terugkeer.core.shared.CommonRules.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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
import nl.terugkeer.core.cases.rules.AreaRestrictionRules;
import nl.terugkeer.core.cases.rules.BuitenschuldRules;
import nl.terugkeer.core.cases.rules.CaseRules;
import nl.terugkeer.core.cases.rules.CorrectionRules;
import nl.terugkeer.core.cases.rules.DetentionRules;
import nl.terugkeer.core.cases.rules.DocumentRules;
import nl.terugkeer.core.cases.rules.LifecycleRules;
import nl.terugkeer.core.cases.rules.ObstacleRules;
import nl.terugkeer.core.cases.rules.PlacementRules;
import nl.terugkeer.core.cases.rules.ReportingRules;
import nl.terugkeer.core.cases.rules.SignalRules;
import nl.terugkeer.core.cases.rules.SupportRules;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.Rejection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * DTenV's return process for one person (terugkeerzaak): from the signal to departure or another way out. A thin
 * shell: each handler checks the rules against {@link CaseState} and applies an event; the state is the fold.
 */
public class Case {

    @AggregateIdentifier
    private CaseId caseId;

    private CaseState state = CaseState.initial();

    protected Case() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Case(SignalReturn command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Rejection.enforce(
                present("caseId", command.caseId()),
                present("alienId", command.alienId()),
                present("source", command.source()),
                present("signalledOn", command.signalledOn()));
        Rejection.enforce(
                happenedNotLaterThanToday("signalledOn", command.signalledOn(), today),
                SignalRules.municipalityCodeIffMunicipalitySignals(command.source(), command.municipality()));
        apply(new ReturnSignalled(
                command.caseId(),
                command.alienId(),
                command.source(),
                command.municipality(),
                command.reason(),
                command.signalledOn()));
    }

    @CommandHandler
    void handle(AssignCaseManager command, Clock clock) {
        facts("assignedOn", command.assignedOn(), clock);
        Rejection.enforce(CaseRules.filledIn("caseManager", command.caseManager()));
        apply(new CaseManagerAssigned(caseId, command.caseManager(), command.assignedOn()));
    }

    @CommandHandler
    void handle(RecordDepartureInterview command, Clock clock) {
        facts("heldOn", command.heldOn(), clock);
        apply(new DepartureInterviewHeld(
                caseId, command.willingToCooperate(), command.heldOn(), command.participatingMunicipality()));
    }

    @CommandHandler
    void handle(RecordOwnDepartureAttempt command, Clock clock) {
        // The person's own attempt may precede the signal: it is not DTenV's work.
        open();
        Rejection.enforce(present("attemptedOn", command.attemptedOn()));
        Rejection.enforce(
                CaseRules.filledIn("missionApproached", command.missionApproached()),
                happenedNotLaterThanToday("attemptedOn", command.attemptedOn(), LocalDate.now(clock)));
        apply(new OwnDepartureAttemptRecorded(caseId, command.missionApproached(), command.attemptedOn()));
    }

    // ---- documents track ----

    @CommandHandler
    void handle(RequestDocuments command, Clock clock) {
        facts("requestedOn", command.requestedOn(), clock);
        Rejection.enforce(
                CaseRules.filledIn("documents", command.documents()),
                CaseRules.filledIn("requestedFrom", command.requestedFrom()));
        apply(new DocumentsRequested(caseId, command.documents(), command.requestedFrom(), command.requestedOn()));
    }

    @CommandHandler
    void handle(RequestLaissezPasser command, Clock clock) {
        facts("requestedOn", command.requestedOn(), clock);
        Rejection.enforce(present("country", command.country()), present("purpose", command.purpose()));
        Rejection.enforce(DocumentRules.countryIsAnIcaoCode(command.country()));
        apply(new LaissezPasserRequested(caseId, command.country(), command.purpose(), command.requestedOn()));
    }

    @CommandHandler
    void handle(ScheduleEmbassyPresentation command, Clock clock) {
        facts("scheduledOn", command.scheduledOn(), clock);
        Rejection.enforce(present("form", command.form()), present("presentationOn", command.presentationOn()));
        Rejection.enforce(
                DocumentRules.laissezPasserRequested(state, command.scheduledOn()),
                CaseRules.notBefore("presentationOn", command.presentationOn(), "scheduledOn", command.scheduledOn()));
        apply(new EmbassyPresentationScheduled(
                caseId, command.form(), command.presentationOn(), command.scheduledOn()));
    }

    @CommandHandler
    void handle(RecordPresentationOutcome command, Clock clock) {
        facts("heldOn", command.heldOn(), clock);
        Rejection.enforce(present("outcome", command.outcome()));
        Rejection.enforce(DocumentRules.laissezPasserRequested(state, command.heldOn()));
        Rejection.enforce(DocumentRules.noResponseOnlyAfter12Months(state, command.outcome(), command.heldOn()));
        apply(new EmbassyPresentationHeld(caseId, command.outcome(), command.heldOn()));
    }

    @CommandHandler
    void handle(RecordTravelDocumentObtained command, Clock clock) {
        facts("obtainedOn", command.obtainedOn(), clock);
        Rejection.enforce(present("kind", command.kind()), present("validUntil", command.validUntil()));
        Rejection.enforce(CaseRules.notBefore("validUntil", command.validUntil(), "obtainedOn", command.obtainedOn()));
        apply(new TravelDocumentObtained(caseId, command.kind(), command.validUntil(), command.obtainedOn()));
    }

    // ---- return support ----

    @CommandHandler
    void handle(OfferReturnSupport command, Clock clock) {
        facts("offeredOn", command.offeredOn(), clock);
        Rejection.enforce(present("kind", command.kind()));
        apply(new ReturnSupportOffered(caseId, command.kind(), command.offeredOn()));
    }

    @CommandHandler
    void handle(GrantReturnSupport command, Clock clock, PersonFactsLookup persons) {
        facts("grantedOn", command.grantedOn(), clock);
        Rejection.enforce(present("kind", command.kind()));
        int adults = command.adults();
        int minors = command.minors();
        Rejection.enforce(
                SupportRules.householdAndAmountsValid(adults, minors, command.amountInEuros(), command.cashInEuros()));
        Rejection.enforce(
                SupportRules.offeredBeforeGranted(state, command.kind()),
                SupportRules.noApplicationPending(persons.factsAbout(state.alienId(), command.grantedOn())),
                SupportRules.reintegrationWithinMaximum(command.kind(), adults, minors, command.amountInEuros()),
                SupportRules.basicContributionWithinMaximum(command.kind(), adults, minors, command.amountInEuros()),
                SupportRules.cashWithinMaximum(adults, minors, command.amountInEuros(), command.cashInEuros()));
        apply(new ReturnSupportGranted(
                caseId,
                command.kind(),
                adults,
                minors,
                command.amountInEuros(),
                command.cashInEuros(),
                command.grantedOn()));
    }

    // ---- area restriction (Vw art. 56) ----

    @CommandHandler
    void handle(ImposeAreaRestriction command, Clock clock) {
        facts("imposedOn", command.imposedOn(), clock);
        Rejection.enforce(
                present("kind", command.kind()),
                present("area", command.area()),
                present("lastDay", command.lastDay()));
        Rejection.enforce(
                AreaRestrictionRules.noneInForce(state, command.imposedOn()),
                CaseRules.notBefore("lastDay", command.lastDay(), "imposedOn", command.imposedOn()),
                AreaRestrictionRules.atMost12WeeksFrom(command.imposedOn(), command.lastDay()));
        apply(new AreaRestrictionImposed(
                caseId, command.kind(), command.area(), command.imposedOn(), command.lastDay()));
    }

    @CommandHandler
    void handle(ExtendAreaRestriction command, Clock clock) {
        facts("decidedOn", command.decidedOn(), clock);
        Rejection.enforce(present("lastDay", command.lastDay()));
        Rejection.enforce(AreaRestrictionRules.inForce(state, command.decidedOn()));
        AreaRestriction current = state.areaRestrictionOn(command.decidedOn()).orElseThrow();
        Rejection.enforce(
                AreaRestrictionRules.extendsBeyondLastDay(current, command.lastDay()),
                AreaRestrictionRules.atMost12WeeksFrom(current.lastDay(), command.lastDay()));
        apply(new AreaRestrictionExtended(caseId, command.lastDay(), command.decidedOn()));
    }

    @CommandHandler
    void handle(LiftAreaRestriction command, Clock clock) {
        facts("liftedOn", command.liftedOn(), clock);
        Rejection.enforce(present("reason", command.reason()));
        Rejection.enforce(AreaRestrictionRules.inForce(state, command.liftedOn()));
        apply(new AreaRestrictionLifted(caseId, command.reason(), command.liftedOn()));
    }

    // ---- reporting obligation ----

    @CommandHandler
    void handle(ImposeReportingObligation command, Clock clock) {
        facts("imposedOn", command.imposedOn(), clock);
        Rejection.enforce(present("frequency", command.frequency()));
        Rejection.enforce(ReportingRules.noReportingObligationYet(state), ReportingRules.notDetained(state));
        apply(new ReportingObligationImposed(caseId, command.frequency(), command.imposedOn()));
    }

    @CommandHandler
    void handle(LiftReportingObligation command, Clock clock) {
        facts("liftedOn", command.liftedOn(), clock);
        Rejection.enforce(ReportingRules.reportingObligationActive(state));
        Rejection.enforce(CaseRules.notBefore(
                "liftedOn",
                command.liftedOn(),
                "imposedOn",
                state.reportingObligation().orElseThrow().imposedOn()));
        apply(new ReportingObligationLifted(caseId, command.liftedOn()));
    }

    @CommandHandler
    void handle(RecordCheckIn command, Clock clock) {
        facts("checkedInOn", command.checkedInOn(), clock);
        Rejection.enforce(ReportingRules.reportingObligationActive(state), ReportingRules.notDetained(state));
        Rejection.enforce(ReportingRules.checkInInOrder(state, command.checkedInOn()));
        apply(new CheckInRecorded(caseId, command.checkedInOn()));
    }

    @CommandHandler
    void handle(RecordMissedCheckIn command, Clock clock) {
        facts("missedOn", command.missedOn(), clock);
        Rejection.enforce(ReportingRules.reportingObligationActive(state), ReportingRules.notDetained(state));
        Rejection.enforce(ReportingRules.checkInInOrder(state, command.missedOn()));
        apply(new CheckInMissed(caseId, command.missedOn()));
        markUnsupervisedDepartureWhenDue();
    }

    // Rva art. 7(1)(j), LTV-BvV: two consecutive misses mark the person as departed without supervision.
    private void markUnsupervisedDepartureWhenDue() {
        if (state.unsupervisedDepartureMark().isEmpty()) {
            state.consecutiveMisses()
                    .ifPresent(pair -> apply(new UnsupervisedDepartureMarked(caseId, pair.get(0), pair.get(1))));
        }
    }

    // LTV-BvV "unless corrected": when a correction leaves no two consecutive misses, the mark is withdrawn.
    private void withdrawUnsupervisedDepartureWhenUndone(long correctedSequence, LocalDate correctedOn) {
        if (state.unsupervisedDepartureMark().isPresent()
                && state.consecutiveMisses().isEmpty()) {
            apply(new UnsupervisedDepartureMarkWithdrawn(caseId, correctedSequence, correctedOn));
        }
    }

    // ---- VBL and family location ----

    @CommandHandler
    void handle(RecordReturnProspect command, Clock clock) {
        facts("recordedOn", command.recordedOn(), clock);
        Rejection.enforce(present("expectedDepartureBy", command.expectedDepartureBy()));
        Rejection.enforce(CaseRules.notBefore(
                "expectedDepartureBy", command.expectedDepartureBy(), "recordedOn", command.recordedOn()));
        apply(new ReturnProspectRecorded(caseId, command.expectedDepartureBy(), command.recordedOn()));
    }

    @CommandHandler
    void handle(PlaceInVbl command, Clock clock, PersonFactsLookup persons) {
        facts("placedOn", command.placedOn(), clock);
        Rejection.enforce(
                PlacementRules.notDetained(state),
                PlacementRules.notPlaced(state),
                PlacementRules.notAFamilyWithMinorChildren(persons.factsAbout(state.alienId(), command.placedOn())),
                PlacementRules.returnProspectWithin12Weeks(state, command.placedOn()));
        apply(new PlacedInVbl(
                caseId, command.placedOn(), command.placedOn().plusWeeks(PlacementRules.VBL_TERM_IN_WEEKS)));
    }

    @CommandHandler
    void handle(ExtendVblStay command, Clock clock) {
        facts("extendedOn", command.extendedOn(), clock);
        Rejection.enforce(present("extendedUntil", command.extendedUntil()));
        Rejection.enforce(PlacementRules.inVbl(state));
        Placement vbl = state.vblPlacement().orElseThrow();
        Rejection.enforce(
                CaseRules.notBefore("extendedUntil", command.extendedUntil(), "endsOn", vbl.endsOn()),
                PlacementRules.extensionAtMost12Weeks(vbl, command.extendedUntil()),
                PlacementRules.returnProspectBy(state, command.extendedUntil()));
        apply(new VblStayExtended(caseId, command.extendedUntil(), command.extendedOn()));
    }

    @CommandHandler
    void handle(PlaceInFamilyLocation command, Clock clock, PersonFactsLookup persons) {
        facts("placedOn", command.placedOn(), clock);
        Rejection.enforce(
                PlacementRules.notDetained(state),
                PlacementRules.notPlaced(state),
                PlacementRules.aFamilyWithMinorChildren(persons.factsAbout(state.alienId(), command.placedOn())));
        apply(new PlacedInFamilyLocation(caseId, command.placedOn()));
    }

    @CommandHandler
    void handle(EndPlacement command, Clock clock) {
        facts("endedOn", command.endedOn(), clock);
        Rejection.enforce(PlacementRules.placed(state));
        Placement placement = state.placement().orElseThrow();
        Rejection.enforce(CaseRules.notBefore("endedOn", command.endedOn(), "placedOn", placement.placedOn()));
        apply(new PlacementEnded(caseId, placement.kind(), command.endedOn()));
    }

    // ---- detention ----

    @CommandHandler
    void handle(OrderDetention command, Clock clock, PersonFactsLookup persons) {
        // Detention may precede the signal: the police or KMar detain, then hand the dossier over.
        open();
        Rejection.enforce(
                present("basis", command.basis()),
                present("ground", command.ground()),
                present("orderedOn", command.orderedOn()),
                present("maximumEndOn", command.maximumEndOn()));
        Rejection.enforce(
                DetentionRules.groundOfBasis(command.basis(), command.ground()),
                DetentionRules.article39OnlyWhereItCounts(command.ground(), command.article39()));
        Rejection.enforce(
                happenedNotLaterThanToday("orderedOn", command.orderedOn(), LocalDate.now(clock)),
                DetentionRules.notDetainedYet(state),
                CaseRules.notBefore("maximumEndOn", command.maximumEndOn(), "orderedOn", command.orderedOn()),
                DetentionRules.initialTermWithinMaximum(
                        command.ground(),
                        command.article39(),
                        command.orderedOn(),
                        command.maximumEndOn(),
                        persons.factsAbout(state.alienId(), command.orderedOn())));
        apply(new DetentionOrdered(
                caseId,
                command.basis(),
                command.orderedOn(),
                command.maximumEndOn(),
                command.ground(),
                command.article39()));
    }

    @CommandHandler
    void handle(ExtendDetention command, Clock clock, PersonFactsLookup persons) {
        facts("extendedOn", command.extendedOn(), clock);
        Rejection.enforce(present("extendedUntil", command.extendedUntil()));
        Rejection.enforce(DetentionRules.detained(state));
        Detention detention = state.detention().orElseThrow();
        Rejection.enforce(
                CaseRules.notBefore("extendedOn", command.extendedOn(), "orderedOn", detention.orderedOn()),
                DetentionRules.extendedBeforeMaximumEnd(detention, command.extendedOn()),
                CaseRules.notBefore(
                        "extendedUntil", command.extendedUntil(), "maximumEndOn", detention.maximumEndOn()));
        PersonFacts person = persons.factsAbout(state.alienId(), command.extendedOn());
        if (detention.ground() == null) {
            Rejection.enforce(
                    DetentionRules.legacyArt59ExtensionHasReason(detention, command.reason()),
                    DetentionRules.legacyExtensionWithinMaximum(detention, command.extendedUntil(), person));
        } else {
            Rejection.enforce(
                    DetentionRules.extensionReasonFitsGround(detention, command.reason()),
                    DetentionRules.extensionWithinMaximum(detention, command.extendedUntil(), person),
                    DetentionRules.extensionBeyondFirstTermHasReason(
                            detention, command.extendedUntil(), command.reason()));
        }
        apply(new DetentionExtended(caseId, command.reason(), command.extendedUntil(), command.extendedOn()));
    }

    @CommandHandler
    void handle(LiftDetention command, Clock clock) {
        facts("liftedOn", command.liftedOn(), clock);
        Rejection.enforce(DetentionRules.detained(state));
        Rejection.enforce(CaseRules.notBefore(
                "liftedOn",
                command.liftedOn(),
                "orderedOn",
                state.detention().orElseThrow().orderedOn()));
        apply(new DetentionLifted(caseId, command.liftedOn()));
    }

    // ---- obstacles, escalation, reviews, IND ----

    @CommandHandler
    void handle(RegisterObstacle command, Clock clock) {
        facts("registeredOn", command.registeredOn(), clock);
        Rejection.enforce(present("type", command.type()));
        Rejection.enforce(ObstacleRules.notOpenYet(state, command.type()));
        apply(new ObstacleRegistered(caseId, command.type(), command.description(), command.registeredOn()));
    }

    @CommandHandler
    void handle(ResolveObstacle command, Clock clock) {
        facts("resolvedOn", command.resolvedOn(), clock);
        Rejection.enforce(present("type", command.type()));
        Rejection.enforce(
                ObstacleRules.open(state, command.type()), CaseRules.filledIn("resolution", command.resolution()));
        Rejection.enforce(CaseRules.notBefore(
                "resolvedOn",
                command.resolvedOn(),
                "registeredOn",
                state.openObstacle(command.type()).orElseThrow().registeredOn()));
        apply(new ObstacleResolved(caseId, command.type(), command.resolution(), command.resolvedOn()));
    }

    @CommandHandler
    void handle(EscalateCase command, Clock clock) {
        facts("escalatedOn", command.escalatedOn(), clock);
        Rejection.enforce(
                ObstacleRules.namesADomain(command.domains()),
                CaseRules.filledIn("reason", command.reason()),
                ObstacleRules.hasAnOpenObstacle(state));
        apply(new CaseEscalated(caseId, command.domains(), command.reason(), command.escalatedOn()));
    }

    @CommandHandler
    void handle(RecordCaseReview command, Clock clock) {
        facts("heldOn", command.heldOn(), clock);
        Rejection.enforce(
                ObstacleRules.namesParticipants(command.participants()),
                CaseRules.filledIn("outcome", command.outcome()));
        apply(new CaseReviewHeld(
                caseId, command.participants(), command.optionsExplored(), command.outcome(), command.heldOn()));
    }

    @CommandHandler
    void handle(RequestIndInformation command, Clock clock) {
        facts("requestedOn", command.requestedOn(), clock);
        Rejection.enforce(present("channel", command.channel()));
        Rejection.enforce(CaseRules.filledIn("question", command.question()));
        apply(new IndInformationRequested(caseId, command.channel(), command.question(), command.requestedOn()));
    }

    @CommandHandler
    void handle(RecordIndAnswer command, Clock clock) {
        facts("receivedOn", command.receivedOn(), clock);
        Rejection.enforce(
                ObstacleRules.indRequestOpen(state, command.requestSequence()),
                CaseRules.filledIn("answer", command.answer()));
        Rejection.enforce(CaseRules.notBefore(
                "receivedOn",
                command.receivedOn(),
                "requestedOn",
                state.openIndRequest(command.requestSequence()).orElseThrow().requestedOn()));
        apply(new IndInformationReceived(caseId, command.requestSequence(), command.answer(), command.receivedOn()));
    }

    // ---- mediation, buitenschuld, ambtsadvies ----

    @CommandHandler
    void handle(RequestMediation command, Clock clock, PersonFactsLookup persons) {
        facts("requestedOn", command.requestedOn(), clock);
        Rejection.enforce(BuitenschuldRules.mediationWithoutPendingApplication(
                persons.factsAbout(state.alienId(), command.requestedOn())));
        apply(new MediationRequested(caseId, command.requestedOn()));
    }

    @CommandHandler
    void handle(RecordReturnStatement command, Clock clock) {
        facts("recordedOn", command.recordedOn(), clock);
        Rejection.enforce(present("signed", command.signed()));
        apply(new ReturnStatementRecorded(caseId, command.signed(), command.recordedOn()));
    }

    @CommandHandler
    void handle(RecordBuitenschuldExclusion command, Clock clock) {
        facts("recordedOn", command.recordedOn(), clock);
        Rejection.enforce(present("exclusion", command.exclusion()));
        apply(new BuitenschuldExclusionRecorded(
                caseId, command.exclusion(), command.description(), command.recordedOn()));
    }

    @CommandHandler
    void handle(RecordBmaAdvice command, Clock clock) {
        facts("advisedOn", command.advisedOn(), clock);
        Rejection.enforce(present("permanentlyUnableToTravel", command.permanentlyUnableToTravel()));
        apply(new BmaAdviceRecorded(caseId, command.permanentlyUnableToTravel(), command.advisedOn()));
    }

    @CommandHandler
    void handle(RecordMinorBuitenschuldFacts command, Clock clock) {
        facts("recordedOn", command.recordedOn(), clock);
        Rejection.enforce(
                present("bornOn", command.bornOn()),
                present("firstApplicationOn", command.firstApplicationOn()),
                present("adequateReceptionInCountryOfOrigin", command.adequateReceptionInCountryOfOrigin()));
        Rejection.enforce(
                CaseRules.notBefore("firstApplicationOn", command.firstApplicationOn(), "bornOn", command.bornOn()),
                CaseRules.notBefore(
                        "recordedOn", command.recordedOn(), "firstApplicationOn", command.firstApplicationOn()));
        apply(new MinorBuitenschuldFactsRecorded(
                caseId,
                command.bornOn(),
                command.firstApplicationOn(),
                command.adequateReceptionInCountryOfOrigin(),
                command.recordedOn()));
    }

    @CommandHandler
    void handle(RecordFamilyBond command, Clock clock) {
        facts("recordedOn", command.recordedOn(), clock);
        Rejection.enforce(
                present("bondSince", command.bondSince()),
                present("enteredOn", command.enteredOn()),
                present("countries", command.countries()));
        Rejection.enforce(command.countries().stream()
                .map(DocumentRules::countryIsAnIcaoCode)
                .toArray(Optional[]::new));
        Rejection.enforce(CaseRules.notBefore("recordedOn", command.recordedOn(), "enteredOn", command.enteredOn()));
        apply(new FamilyBondRecorded(
                caseId, command.bondSince(), command.enteredOn(), command.countries(), command.recordedOn()));
    }

    @CommandHandler
    void handle(EstablishBuitenschuld command, Clock clock, PersonFactsLookup persons) {
        facts("establishedOn", command.establishedOn(), clock);
        BuitenschuldRoute route = BuitenschuldRoute.orRegular(command.route());
        PersonFacts person = persons.factsAbout(state.alienId(), command.establishedOn());
        Rejection.enforce(BuitenschuldRules.notEstablishedYet(state));
        Rejection.enforce(BuitenschuldRules.criteria(route, state, person).toArray(Optional[]::new));
        apply(new BuitenschuldEstablished(caseId, command.establishedOn(), route));
    }

    @CommandHandler
    void handle(IssueNoFaultAdvice command, Clock clock) {
        facts("issuedOn", command.issuedOn(), clock);
        Rejection.enforce(present("outcome", command.outcome()));
        Rejection.enforce(
                BuitenschuldRules.adviceFollowsEstablishment(state), BuitenschuldRules.adviceNotIssuedYet(state));
        Rejection.enforce(CaseRules.notBefore(
                "issuedOn",
                command.issuedOn(),
                "establishedOn",
                state.buitenschuld().orElseThrow().establishedOn()));
        apply(new NoFaultAdviceIssued(caseId, command.outcome(), command.issuedOn()));
    }

    // ---- departure, closing, reopening, corrections ----

    @CommandHandler
    void handle(RecordDeparture command, Clock clock) {
        facts("departedOn", command.departedOn(), clock);
        Rejection.enforce(present("type", command.type()));
        Rejection.enforce(
                LifecycleRules.notDepartedYet(state),
                LifecycleRules.forcedDepartureHasTravelDocument(state, command.type(), command.departedOn()));
        apply(new DepartureRecorded(caseId, command.type(), command.departedOn()));
    }

    @CommandHandler
    void handle(CloseCase command, Clock clock) {
        facts("closedOn", command.closedOn(), clock);
        Rejection.enforce(present("reason", command.reason()));
        Rejection.enforce(LifecycleRules.closedForDepartureOnlyAfterDeparture(state, command.reason()));
        apply(new CaseClosed(caseId, command.reason(), command.closedOn()));
    }

    @CommandHandler
    void handle(ReopenCase command, Clock clock) {
        Rejection.enforce(LifecycleRules.caseIsClosed(state));
        Rejection.enforce(present("reopenedOn", command.reopenedOn()));
        Rejection.enforce(
                CaseRules.filledIn("reason", command.reason()),
                happenedNotLaterThanToday("reopenedOn", command.reopenedOn(), LocalDate.now(clock)),
                CaseRules.notBefore(
                        "reopenedOn",
                        command.reopenedOn(),
                        "closedOn",
                        state.closure().orElseThrow().closedOn()));
        apply(new CaseReopened(caseId, command.reason(), command.reopenedOn()));
    }

    @CommandHandler
    void handle(CorrectCaseEntry command, Clock clock) {
        facts("correctedOn", command.correctedOn(), clock);
        long sequence = command.correctedSequence();
        Rejection.enforce(CaseRules.filledIn("reason", command.reason()), CorrectionRules.entryExists(state, sequence));
        SequencedCaseEvent entry = state.entry(sequence).orElseThrow();
        Rejection.enforce(
                CorrectionRules.notTheCreation(entry),
                CorrectionRules.notACorrection(entry),
                CorrectionRules.notDerived(entry),
                CorrectionRules.notCorrectedYet(state, sequence));
        apply(new CaseEntryCorrected(
                caseId, sequence, entry.event().getClass().getSimpleName(), command.reason(), command.correctedOn()));
        withdrawUnsupervisedDepartureWhenUndone(sequence, command.correctedOn());
        markUnsupervisedDepartureWhenDue();
    }

    /** The common checks of a fact recorded in an open case: open, date present, not in the future, not before the signal. */
    private void facts(String field, LocalDate date, Clock clock) {
        open();
        Rejection.enforce(present(field, date));
        Rejection.enforce(
                happenedNotLaterThanToday(field, date, LocalDate.now(clock)),
                CaseRules.notBeforeSignal(state, field, date));
    }

    private void open() {
        Rejection.enforce(CaseRules.caseIsOpen(state));
    }

    @EventSourcingHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        caseId = event.caseId();
        state = state.apply(sequence, event);
    }

    /** The folded state, for tests in this package. */
    CaseState state() {
        return state;
    }
}
