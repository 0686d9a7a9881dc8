package nl.terugkeer.core.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;

/**
 * The state of a return case (stand van de terugkeerzaak) as a pure fold over its events. {@link #apply} returns the
 * next state; a {@link CaseEntryCorrected} re-folds the history without the corrected entries, so {@link #of} over the
 * stored events always equals what the aggregate holds. Free of Axon, for projections and as-of views.
 *
 * <p>{@code history} holds every applied event (corrections included), {@code correctedSequences} the entries treated
 * as not recorded; the other components are the facts that remain.
 */
public record CaseState(
        List<SequencedCaseEvent> history,
        Set<Long> correctedSequences,
        Optional<ReturnSignalled> signal,
        Optional<CaseManagerAssigned> caseManager,
        List<DepartureInterviewHeld> interviews,
        List<OwnDepartureAttemptRecorded> ownDepartureAttempts,
        List<DocumentsRequested> documentRequests,
        List<LaissezPasserRequested> laissezPasserRequests,
        List<EmbassyPresentationScheduled> scheduledPresentations,
        List<EmbassyPresentationHeld> presentations,
        List<TravelDocumentObtained> travelDocuments,
        DocumentsStatus documentsStatus,
        List<ReturnSupportOffered> supportOffers,
        List<ReturnSupportGranted> supportGrants,
        Optional<ReportingObligation> reportingObligation,
        List<CheckIn> checkIns,
        Optional<UnsupervisedDepartureMarked> unsupervisedDepartureMark,
        Optional<ReturnProspectRecorded> returnProspect,
        Optional<Placement> placement,
        Optional<AreaRestriction> areaRestriction,
        Optional<Detention> detention,
        List<ObstacleRegistered> openObstacles,
        List<CaseEscalated> escalations,
        List<CaseReviewHeld> reviews,
        List<IndInformationRequest> openIndRequests,
        List<IndInformationReceived> indAnswers,
        List<MediationRequested> mediationRequests,
        Optional<BuitenschuldEstablished> buitenschuld,
        Optional<NoFaultAdviceIssued> noFaultAdvice,
        Optional<DepartureRecorded> recordedDeparture,
        Optional<CaseClosed> closure,
        BuitenschuldFacts buitenschuldFacts) {

    public CaseState {
        history = List.copyOf(history);
        correctedSequences = Set.copyOf(correctedSequences);
        interviews = List.copyOf(interviews);
        ownDepartureAttempts = List.copyOf(ownDepartureAttempts);
        documentRequests = List.copyOf(documentRequests);
        laissezPasserRequests = List.copyOf(laissezPasserRequests);
        scheduledPresentations = List.copyOf(scheduledPresentations);
        presentations = List.copyOf(presentations);
        travelDocuments = List.copyOf(travelDocuments);
        supportOffers = List.copyOf(supportOffers);
        supportGrants = List.copyOf(supportGrants);
        checkIns = List.copyOf(checkIns);
        openObstacles = List.copyOf(openObstacles);
        escalations = List.copyOf(escalations);
        reviews = List.copyOf(reviews);
        openIndRequests = List.copyOf(openIndRequests);
        indAnswers = List.copyOf(indAnswers);
        mediationRequests = List.copyOf(mediationRequests);
    }

    /** The state before anything happened. */
    public static CaseState initial() {
        return new Next().build();
    }

    /** Folds a case's events, in sequence order, into its state. */
    public static CaseState of(List<SequencedCaseEvent> events) {
        CaseState state = initial();
        for (SequencedCaseEvent event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /** The next state after {@code event}. */
    public CaseState apply(SequencedCaseEvent event) {
        List<SequencedCaseEvent> nextHistory = new ArrayList<>(history);
        nextHistory.add(event);
        if (event.event() instanceof CaseEntryCorrected) {
            return refold(nextHistory);
        }
        Next next = new Next(this);
        next.history = nextHistory;
        next.evolve(event);
        return next.build();
    }

    /** The next state after the event at {@code sequence}. */
    public CaseState apply(long sequence, CaseEvent event) {
        return apply(new SequencedCaseEvent(sequence, event));
    }

    private static CaseState refold(List<SequencedCaseEvent> history) {
        Set<Long> corrected = new HashSet<>();
        for (SequencedCaseEvent entry : history) {
            if (entry.event() instanceof CaseEntryCorrected correction) {
                corrected.add(correction.correctedSequence());
            }
        }
        Next next = new Next();
        for (SequencedCaseEvent entry : history) {
            if (!corrected.contains(entry.sequence()) && !(entry.event() instanceof CaseEntryCorrected)) {
                next.evolve(entry);
            }
        }
        next.history = new ArrayList<>(history);
        next.correctedSequences = corrected;
        return next.build();
    }

    // ---- views for rules, projections and the entitlement policy ----

    public CaseId caseId() {
        return signal.map(ReturnSignalled::caseId).orElse(null);
    }

    public AlienId alienId() {
        return signal.map(ReturnSignalled::alienId).orElse(null);
    }

    public Optional<LocalDate> signalledOn() {
        return signal.map(ReturnSignalled::signalledOn);
    }

    public boolean isClosed() {
        return closure.isPresent();
    }

    public boolean isDetained() {
        return detention.isPresent();
    }

    /**
     * Still recorded as detained on {@code date} although the detention's maximum end (as ordered or extended) lies
     * before it: the law no longer allows it, and the lift must be recorded. Never extended silently.
     */
    public boolean detentionPastMaximumOn(LocalDate date) {
        return detention.map(d -> d.pastMaximumOn(date)).orElse(false);
    }

    public CasePhase phase() {
        if (isClosed()) {
            return CasePhase.CLOSED;
        }
        if (departure().isPresent()) {
            return CasePhase.DEPARTED;
        }
        return caseManager.isPresent() ? CasePhase.IN_PROGRESS : CasePhase.SIGNALLED;
    }

    /** The departure: the recorded one, otherwise the one presumed from two consecutive missed check-ins. */
    public Optional<Departure> departure() {
        if (recordedDeparture.isPresent()) {
            return recordedDeparture.map(d -> new Departure(d.type(), d.departedOn(), false));
        }
        return unsupervisedDepartureMark.map(
                m -> new Departure(DepartureType.WITHOUT_SUPERVISION, m.secondMissedOn(), true));
    }

    /** The area restriction in force on {@code date}: imposed on or before it, its last day not passed. */
    public Optional<AreaRestriction> areaRestrictionOn(LocalDate date) {
        return areaRestriction.filter(
                a -> !a.imposedOn().isAfter(date) && !a.lastDay().isBefore(date));
    }

    public Set<Measure> activeMeasures() {
        Set<Measure> measures = EnumSet.noneOf(Measure.class);
        reportingObligation.ifPresent(r -> measures.add(Measure.REPORTING_OBLIGATION));
        detention.ifPresent(d -> measures.add(Measure.DETENTION));
        placement.ifPresent(p -> measures.add(p.kind() == PlacementKind.VBL ? Measure.VBL : Measure.FAMILY_LOCATION));
        areaRestriction.ifPresent(a -> measures.add(Measure.AREA_RESTRICTION));
        return measures;
    }

    public Optional<Placement> vblPlacement() {
        return placement.filter(p -> p.kind() == PlacementKind.VBL);
    }

    public boolean hasOpenObstacle(ObstacleType type) {
        return openObstacles.stream().anyMatch(o -> o.type() == type);
    }

    public Optional<ObstacleRegistered> openObstacle(ObstacleType type) {
        return openObstacles.stream().filter(o -> o.type() == type).findFirst();
    }

    public List<LocalDate> missedCheckIns() {
        return checkIns.stream().filter(c -> !c.attended()).map(CheckIn::on).toList();
    }

    /** The latest two adjacent missed check-ins (first, second), if there are any. */
    public Optional<List<LocalDate>> consecutiveMisses() {
        for (int i = checkIns.size() - 1; i > 0; i--) {
            if (!checkIns.get(i).attended() && !checkIns.get(i - 1).attended()) {
                return Optional.of(
                        List.of(checkIns.get(i - 1).on(), checkIns.get(i).on()));
            }
        }
        return Optional.empty();
    }

    public Optional<LocalDate> lastCheckInDate() {
        return checkIns.isEmpty()
                ? Optional.empty()
                : Optional.of(checkIns.getLast().on());
    }

    public Optional<LaissezPasserRequested> latestLaissezPasserRequest() {
        return laissezPasserRequests.isEmpty() ? Optional.empty() : Optional.of(laissezPasserRequests.getLast());
    }

    public Optional<IndInformationRequest> openIndRequest(long sequence) {
        return openIndRequests.stream().filter(r -> r.sequence() == sequence).findFirst();
    }

    public Optional<SequencedCaseEvent> entry(long sequence) {
        return history.stream().filter(e -> e.sequence() == sequence).findFirst();
    }

    /** The events that count: the history without corrections and without the entries they correct. */
    public List<SequencedCaseEvent> effectiveHistory() {
        return history.stream()
                .filter(e -> !(e.event() instanceof CaseEntryCorrected))
                .filter(e -> !correctedSequences.contains(e.sequence()))
                .toList();
    }

    /** Mutable twin used only inside one fold step. */
    private static final class Next {
        List<SequencedCaseEvent> history = new ArrayList<>();
        Set<Long> correctedSequences = new HashSet<>();
        Optional<ReturnSignalled> signal = Optional.empty();
        Optional<CaseManagerAssigned> caseManager = Optional.empty();
        List<DepartureInterviewHeld> interviews = new ArrayList<>();
        List<OwnDepartureAttemptRecorded> ownDepartureAttempts = new ArrayList<>();
        List<DocumentsRequested> documentRequests = new ArrayList<>();
        List<LaissezPasserRequested> laissezPasserRequests = new ArrayList<>();
        List<EmbassyPresentationScheduled> scheduledPresentations = new ArrayList<>();
        List<EmbassyPresentationHeld> presentations = new ArrayList<>();
        List<TravelDocumentObtained> travelDocuments = new ArrayList<>();
        DocumentsStatus documentsStatus = DocumentsStatus.NONE;
        List<ReturnSupportOffered> supportOffers = new ArrayList<>();
        List<ReturnSupportGranted> supportGrants = new ArrayList<>();
        Optional<ReportingObligation> reportingObligation = Optional.empty();
        List<CheckIn> checkIns = new ArrayList<>();
        Optional<UnsupervisedDepartureMarked> unsupervisedDepartureMark = Optional.empty();
        Optional<ReturnProspectRecorded> returnProspect = Optional.empty();
        Optional<Placement> placement = Optional.empty();
        Optional<AreaRestriction> areaRestriction = Optional.empty();
        Optional<Detention> detention = Optional.empty();
        List<ObstacleRegistered> openObstacles = new ArrayList<>();
        List<CaseEscalated> escalations = new ArrayList<>();
        List<CaseReviewHeld> reviews = new ArrayList<>();
        List<IndInformationRequest> openIndRequests = new ArrayList<>();
        List<IndInformationReceived> indAnswers = new ArrayList<>();
        List<MediationRequested> mediationRequests = new ArrayList<>();
        Optional<BuitenschuldEstablished> buitenschuld = Optional.empty();
        Optional<NoFaultAdviceIssued> noFaultAdvice = Optional.empty();
        Optional<DepartureRecorded> recordedDeparture = Optional.empty();
        Optional<CaseClosed> closure = Optional.empty();
        BuitenschuldFacts buitenschuldFacts = BuitenschuldFacts.NONE;

        Next() {}

        Next(CaseState s) {
            history = new ArrayList<>(s.history);
            correctedSequences = new HashSet<>(s.correctedSequences);
            signal = s.signal;
            caseManager = s.caseManager;
            interviews = new ArrayList<>(s.interviews);
            ownDepartureAttempts = new ArrayList<>(s.ownDepartureAttempts);
            documentRequests = new ArrayList<>(s.documentRequests);
            laissezPasserRequests = new ArrayList<>(s.laissezPasserRequests);
            scheduledPresentations = new ArrayList<>(s.scheduledPresentations);
            presentations = new ArrayList<>(s.presentations);
            travelDocuments = new ArrayList<>(s.travelDocuments);
            documentsStatus = s.documentsStatus;
            supportOffers = new ArrayList<>(s.supportOffers);
            supportGrants = new ArrayList<>(s.supportGrants);
            reportingObligation = s.reportingObligation;
            checkIns = new ArrayList<>(s.checkIns);
            unsupervisedDepartureMark = s.unsupervisedDepartureMark;
            returnProspect = s.returnProspect;
            placement = s.placement;
            areaRestriction = s.areaRestriction;
            detention = s.detention;
            openObstacles = new ArrayList<>(s.openObstacles);
            escalations = new ArrayList<>(s.escalations);
            reviews = new ArrayList<>(s.reviews);
            openIndRequests = new ArrayList<>(s.openIndRequests);
            indAnswers = new ArrayList<>(s.indAnswers);
            mediationRequests = new ArrayList<>(s.mediationRequests);
            buitenschuld = s.buitenschuld;
            noFaultAdvice = s.noFaultAdvice;
            recordedDeparture = s.recordedDeparture;
            closure = s.closure;
            buitenschuldFacts = s.buitenschuldFacts;
        }

        CaseState build() {
            return new CaseState(
                    history,
                    correctedSequences,
                    signal,
                    caseManager,
                    interviews,
                    ownDepartureAttempts,
                    documentRequests,
                    laissezPasserRequests,
                    scheduledPresentations,
                    presentations,
                    travelDocuments,
                    documentsStatus,
                    supportOffers,
                    supportGrants,
                    reportingObligation,
                    checkIns,
                    unsupervisedDepartureMark,
                    returnProspect,
                    placement,
                    areaRestriction,
                    detention,
                    openObstacles,
                    escalations,
                    reviews,
                    openIndRequests,
                    indAnswers,
                    mediationRequests,
                    buitenschuld,
                    noFaultAdvice,
                    recordedDeparture,
                    closure,
                    buitenschuldFacts);
        }

        void evolve(SequencedCaseEvent entry) {
            switch (entry.event()) {
                case ReturnSignalled e -> signal = Optional.of(e);
                case CaseManagerAssigned e -> caseManager = Optional.of(e);
                case DepartureInterviewHeld e -> interviews.add(e);
                case OwnDepartureAttemptRecorded e -> ownDepartureAttempts.add(e);
                case DocumentsRequested e -> {
                    documentRequests.add(e);
                    if (documentsStatus == DocumentsStatus.NONE) {
                        documentsStatus = DocumentsStatus.DOCUMENTS_REQUESTED;
                    }
                }
                case LaissezPasserRequested e -> {
                    laissezPasserRequests.add(e);
                    documentsStatus = DocumentsStatus.LAISSEZ_PASSER_REQUESTED;
                }
                case EmbassyPresentationScheduled e -> {
                    scheduledPresentations.add(e);
                    documentsStatus = DocumentsStatus.PRESENTATION_SCHEDULED;
                }
                case EmbassyPresentationHeld e -> {
                    presentations.add(e);
                    documentsStatus = DocumentsStatus.valueOf(e.outcome().name());
                }
                case TravelDocumentObtained e -> {
                    travelDocuments.add(e);
                    documentsStatus = DocumentsStatus.TRAVEL_DOCUMENT_AVAILABLE;
                }
                case ReturnSupportOffered e -> supportOffers.add(e);
                case ReturnSupportGranted e -> supportGrants.add(e);
                case ReportingObligationImposed e ->
                    reportingObligation = Optional.of(new ReportingObligation(e.frequency(), e.imposedOn()));
                case ReportingObligationLifted e -> reportingObligation = Optional.empty();
                case CheckInRecorded e -> checkIns.add(new CheckIn(e.checkedInOn(), true));
                case CheckInMissed e -> checkIns.add(new CheckIn(e.missedOn(), false));
                case UnsupervisedDepartureMarked e -> unsupervisedDepartureMark = Optional.of(e);
                case UnsupervisedDepartureMarkWithdrawn e -> unsupervisedDepartureMark = Optional.empty();
                case ReturnProspectRecorded e -> returnProspect = Optional.of(e);
                case PlacedInVbl e ->
                    placement = Optional.of(new Placement(PlacementKind.VBL, e.placedOn(), e.endsOn()));
                case VblStayExtended e ->
                    placement = placement.map(p -> new Placement(p.kind(), p.placedOn(), e.extendedUntil()));
                case PlacedInFamilyLocation e ->
                    placement = Optional.of(new Placement(PlacementKind.FAMILY_LOCATION, e.placedOn(), null));
                case PlacementEnded e -> placement = Optional.empty();
                case AreaRestrictionImposed e ->
                    areaRestriction = Optional.of(new AreaRestriction(e.kind(), e.area(), e.imposedOn(), e.lastDay()));
                case AreaRestrictionExtended e -> areaRestriction = areaRestriction.map(a -> a.extendedTo(e.lastDay()));
                case AreaRestrictionLifted e -> areaRestriction = Optional.empty();
                case DetentionOrdered e -> {
                    detention = Optional.of(
                            new Detention(e.basis(), e.orderedOn(), e.maximumEndOn(), e.ground(), e.article39()));
                    // Shelter ends on deprivation of liberty (Rva art. 1(d)); a placement that began after the order
                    // (a detention recorded late, already lifted by then) stays.
                    placement = placement.filter(p -> p.placedOn().isAfter(e.orderedOn()));
                }
                case DetentionExtended e -> detention = detention.map(d -> d.extendedUntil(e.extendedUntil()));
                case DetentionLifted e -> detention = Optional.empty();
                case ObstacleRegistered e -> openObstacles.add(e);
                case ObstacleResolved e -> openObstacles.removeIf(o -> o.type() == e.type());
                case CaseEscalated e -> escalations.add(e);
                case CaseReviewHeld e -> reviews.add(e);
                case IndInformationRequested e ->
                    openIndRequests.add(
                            new IndInformationRequest(entry.sequence(), e.channel(), e.question(), e.requestedOn()));
                case IndInformationReceived e -> {
                    openIndRequests.removeIf(r -> r.sequence() == e.requestSequence());
                    indAnswers.add(e);
                }
                case MediationRequested e -> mediationRequests.add(e);
                case ReturnStatementRecorded e -> buitenschuldFacts = buitenschuldFacts.with(e);
                case BuitenschuldExclusionRecorded e -> buitenschuldFacts = buitenschuldFacts.with(e);
                case BmaAdviceRecorded e -> buitenschuldFacts = buitenschuldFacts.with(e);
                case MinorBuitenschuldFactsRecorded e -> buitenschuldFacts = buitenschuldFacts.with(e);
                case FamilyBondRecorded e -> buitenschuldFacts = buitenschuldFacts.with(e);
                case BuitenschuldEstablished e -> buitenschuld = Optional.of(e);
                case NoFaultAdviceIssued e -> noFaultAdvice = Optional.of(e);
                case DepartureRecorded e -> {
                    recordedDeparture = Optional.of(e);
                    // A person who left is under no measure any more.
                    reportingObligation = Optional.empty();
                    placement = Optional.empty();
                    areaRestriction = Optional.empty();
                    detention = Optional.empty();
                }
                case CaseClosed e -> closure = Optional.of(e);
                case CaseReopened e -> {
                    // A reopened case is a live return case again: the earlier departure and check-ins stay in history.
                    closure = Optional.empty();
                    recordedDeparture = Optional.empty();
                    unsupervisedDepartureMark = Optional.empty();
                    checkIns.clear();
                }
                case CaseEntryCorrected e -> {
                    // handled by refold: a correction changes which entries count, not a fact
                }
            }
        }
    }
}
