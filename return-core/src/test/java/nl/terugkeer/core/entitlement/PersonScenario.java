package nl.terugkeer.core.entitlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongFunction;
import nl.terugkeer.core.aliens.ArrivalDeadline;
import nl.terugkeer.core.aliens.AsylumApplication;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DeferralGround;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.DutyToLeave;
import nl.terugkeer.core.aliens.EquatedCategory;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.aliens.RegularApplication;
import nl.terugkeer.core.aliens.ReturnDecisionOccasion;
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
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.aliens.events.ReturnDecisionIssued;
import nl.terugkeer.core.aliens.events.SufficientMeansEstablished;
import nl.terugkeer.core.aliens.rules.AlienRules;
import nl.terugkeer.core.aliens.rules.AmvRules;
import nl.terugkeer.core.aliens.rules.ApplicationRules;
import nl.terugkeer.core.aliens.rules.DeferralRules;
import nl.terugkeer.core.aliens.rules.DepartureTermRules;
import nl.terugkeer.core.aliens.rules.InterimReliefRules;
import nl.terugkeer.core.aliens.rules.PermitRules;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.CloseReason;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.cases.DetentionGround;
import nl.terugkeer.core.cases.LaissezPasserPurpose;
import nl.terugkeer.core.cases.PersonFacts;
import nl.terugkeer.core.cases.PlacementKind;
import nl.terugkeer.core.cases.PresentationOutcome;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.TravelDocumentKind;
import nl.terugkeer.core.cases.events.BuitenschuldEstablished;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CheckInMissed;
import nl.terugkeer.core.cases.events.CheckInRecorded;
import nl.terugkeer.core.cases.events.DepartureRecorded;
import nl.terugkeer.core.cases.events.DetentionLifted;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.EmbassyPresentationHeld;
import nl.terugkeer.core.cases.events.LaissezPasserRequested;
import nl.terugkeer.core.cases.events.OwnDepartureAttemptRecorded;
import nl.terugkeer.core.cases.events.PlacedInFamilyLocation;
import nl.terugkeer.core.cases.events.PlacedInVbl;
import nl.terugkeer.core.cases.events.PlacementEnded;
import nl.terugkeer.core.cases.events.ReportingObligationImposed;
import nl.terugkeer.core.cases.events.ReportingObligationLifted;
import nl.terugkeer.core.cases.events.ReturnProspectRecorded;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.cases.events.TravelDocumentObtained;
import nl.terugkeer.core.cases.events.VblStayExtended;
import nl.terugkeer.core.cases.rules.BuitenschuldRules;
import nl.terugkeer.core.cases.rules.CaseRules;
import nl.terugkeer.core.cases.rules.DetentionRules;
import nl.terugkeer.core.cases.rules.LifecycleRules;
import nl.terugkeer.core.cases.rules.PlacementRules;
import nl.terugkeer.core.cases.rules.ReportingRules;
import nl.terugkeer.core.entitlement.GeneratedHistory.Fact;
import nl.terugkeer.core.entitlement.GeneratedHistory.Matter;
import nl.terugkeer.core.entitlement.GeneratedHistory.MatterKind;
import nl.terugkeer.core.entitlement.GeneratedHistory.Profile;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.Rejection;

/**
 * A generated person: a profile and a list of steps, each an attempt to record something some days after the step
 * before. {@link #history()} plays the steps against the aggregates' own rule classes (ApplicationRules,
 * DeferralRules, ReportingRules, PlacementRules, ...) on the folds of what was recorded so far, and leaves out a step
 * the aggregate would reject, so that every generated history is one the Alien and Case aggregates could have
 * produced, with business dates in the order those rules ask. A step of a case opens the first case when there is
 * none; a closed case is followed by at most one new case.
 *
 * <p>Dropping steps from the list (what {@link #withoutStep} does) keeps a history valid, which is how a failing
 * example is made small.
 */
record PersonScenario(Profile profile, List<Step> steps) {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2028, 12, 31);

    enum Action {
        FILE_ASYLUM(6),
        DECIDE_ASYLUM(6),
        REQUEST_ART_64(3),
        APPLY_PROVISIONAL_ART_64(2),
        GRANT_ART_64(2),
        REFUSE_ART_64(1),
        END_ART_64(1),
        GRANT_PERMIT(2),
        IMPOSE_ENTRY_BAN(2),
        REQUEST_INTERIM_RELIEF(4),
        DECIDE_INTERIM_RELIEF(4),
        RECORD_FRAUD(1),
        RECORD_SUFFICIENT_MEANS(1),
        ISSUE_RETURN_DECISION(1),
        EXTEND_DEPARTURE_TERM(2),
        RECORD_EQUATED_CATEGORY(1),
        RECORD_NON_ARRIVAL(1),
        RECORD_AMV_FOLLOW_UP_CARE(1),
        GRANT_REFLECTION_PERIOD(1),
        FILE_REGULAR_APPLICATION(1),
        DECIDE_REGULAR_APPLICATION(1),
        SIGNAL_CASE(1),
        IMPOSE_REPORTING(3),
        LIFT_REPORTING(1),
        CHECK_IN(5),
        MISS_CHECK_IN(5),
        PLACE_IN_VBL(2),
        EXTEND_VBL(1),
        PLACE_IN_FAMILY_LOCATION(2),
        END_PLACEMENT(1),
        ORDER_DETENTION(2),
        LIFT_DETENTION(2),
        ESTABLISH_BUITENSCHULD(2),
        RECORD_DEPARTURE(1),
        CLOSE_CASE(1),
        CORRECT_ALIEN_ENTRY(1),
        CORRECT_CASE_ENTRY(1);

        final int weight;

        Action(int weight) {
            this.weight = weight;
        }

        boolean onACase() {
            return ordinal() >= SIGNAL_CASE.ordinal() && this != CORRECT_ALIEN_ENTRY;
        }
    }

    /** One attempt: an action {@code gap} days after the step before, with two free parameters. */
    record Step(Action action, int gap, int p, int q) {}

    // ---- generating ----

    static PersonScenario random(Random random) {
        LocalDate registeredOn = FIRST_DAY.plusDays(random.nextInt(600));
        boolean unaccompaniedMinor = random.nextInt(100) < 15;
        LocalDate bornOn;
        List<LocalDate> children = new ArrayList<>();
        if (unaccompaniedMinor) {
            bornOn = registeredOn.minusYears(12).minusDays(random.nextInt(6 * 365 - 5));
        } else {
            bornOn = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(38 * 365));
            int count = random.nextInt(100) < 45 ? 0 : 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                children.add(registeredOn.minusDays(random.nextInt(20 * 365)));
            }
        }
        List<Step> steps = new ArrayList<>();
        int count = 6 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            steps.add(new Step(action(random), gap(random), random.nextInt(1 << 20), random.nextInt(1 << 20)));
        }
        return new PersonScenario(new Profile(registeredOn, bornOn, unaccompaniedMinor, children), steps);
    }

    private static Action action(Random random) {
        int total = 0;
        for (Action a : Action.values()) {
            total += a.weight;
        }
        int pick = random.nextInt(total);
        for (Action a : Action.values()) {
            pick -= a.weight;
            if (pick < 0) {
                return a;
            }
        }
        throw new IllegalStateException();
    }

    private static int gap(Random random) {
        int kind = random.nextInt(10);
        return kind < 2 ? 0 : kind < 6 ? 1 + random.nextInt(14) : 15 + random.nextInt(76);
    }

    // ---- shrinking ----

    PersonScenario withoutStep(int index) {
        List<Step> fewer = new ArrayList<>(steps);
        fewer.remove(index);
        return new PersonScenario(profile, fewer);
    }

    PersonScenario withProfile(Profile other) {
        return new PersonScenario(other, steps);
    }

    // ---- playing the steps ----

    GeneratedHistory history() {
        GeneratedHistory h = new GeneratedHistory(profile);
        LocalDate today = profile.registeredOn();
        for (Step step : steps) {
            today = today.plusDays(step.gap());
            if (today.isAfter(LAST_DAY)) {
                break;
            }
            new Play(h, today, step).run();
        }
        return h;
    }

    /** One step against the history so far. */
    private static final class Play {
        private final GeneratedHistory h;
        private final LocalDate today;
        private final Step step;

        Play(GeneratedHistory h, LocalDate today, Step step) {
            this.h = h;
            this.today = today;
            this.step = step;
        }

        private int p(int bound) {
            return Math.floorMod(step.p(), bound);
        }

        private int q(int bound) {
            return Math.floorMod(step.q(), bound);
        }

        @SafeVarargs
        private static boolean allowed(Optional<Rejection>... checks) {
            for (Optional<Rejection> check : checks) {
                if (check.isPresent()) {
                    return false;
                }
            }
            return true;
        }

        private Fact alien(MatterKind kind, int instance, LongFunction<?> event) {
            return h.add(GeneratedHistory.ALIEN_AGGREGATE, new Matter(kind, instance), today, -1, event);
        }

        void run() {
            if (step.action().onACase() && step.action() != Action.SIGNAL_CASE && h.caseCount() == 0) {
                signal();
            }
            switch (step.action()) {
                case FILE_ASYLUM -> fileAsylum();
                case DECIDE_ASYLUM -> decideAsylum();
                case REQUEST_ART_64 -> requestArt64();
                case APPLY_PROVISIONAL_ART_64 -> applyArt64(true);
                case GRANT_ART_64 -> applyArt64(false);
                case REFUSE_ART_64 -> refuseArt64();
                case END_ART_64 -> endArt64();
                case GRANT_PERMIT -> grantPermit();
                case IMPOSE_ENTRY_BAN -> imposeEntryBan();
                case REQUEST_INTERIM_RELIEF -> requestInterimRelief();
                case DECIDE_INTERIM_RELIEF -> decideInterimRelief();
                case RECORD_FRAUD -> recordFraud();
                case RECORD_SUFFICIENT_MEANS -> recordSufficientMeans();
                case ISSUE_RETURN_DECISION -> issueReturnDecision();
                case EXTEND_DEPARTURE_TERM -> extendDepartureTerm();
                case RECORD_EQUATED_CATEGORY -> recordEquatedCategory();
                case RECORD_NON_ARRIVAL -> recordNonArrival();
                case RECORD_AMV_FOLLOW_UP_CARE -> recordAmvFollowUpCare();
                case GRANT_REFLECTION_PERIOD -> grantReflectionPeriod();
                case FILE_REGULAR_APPLICATION -> fileRegularApplication();
                case DECIDE_REGULAR_APPLICATION -> decideRegularApplication();
                case SIGNAL_CASE -> signalAnotherCase();
                case CORRECT_ALIEN_ENTRY -> correctAlienEntry();
                default -> onTheCase();
            }
        }

        // ---- the Alien (Alien's command handlers) ----

        private void fileAsylum() {
            LegalPosition position = h.position();
            AsylumApplicationKind kind = position.asylumApplications().isEmpty()
                    ? AsylumApplicationKind.FIRST
                    : AsylumApplicationKind.REPEATED;
            if (allowed(
                    ApplicationRules.noAsylumApplicationPending(position),
                    ApplicationRules.firstOnlyWithoutEarlier(position, kind))) {
                alien(MatterKind.ASYLUM, 0, seq -> new AsylumApplicationFiled(GeneratedHistory.ALIEN, kind, today));
            }
        }

        private void decideAsylum() {
            LegalPosition position = h.position();
            Optional<AsylumApplication> pending = position.pendingAsylumApplication();
            if (pending.isEmpty()
                    || !allowed(AlienRules.notBefore(
                            "decidedOn", today, "filedOn", pending.get().filedOn()))) {
                return;
            }
            if (p(100) < 75) {
                int days = q(10) < 7 ? 28 : 0;
                LocalDate startsOn = q(100) < 80 ? today : today.plusDays(1 + p(40));
                DepartureTerm term = new DepartureTerm(days, startsOn);
                alien(
                        MatterKind.ASYLUM,
                        0,
                        seq -> new AsylumApplicationDecided(
                                GeneratedHistory.ALIEN, DecisionOutcome.REJECTED, term, today));
            } else {
                alien(
                        MatterKind.ASYLUM,
                        0,
                        seq -> new AsylumApplicationDecided(
                                GeneratedHistory.ALIEN, DecisionOutcome.GRANTED, null, today));
                if (q(100) < 70) { // the asylum permit that comes with the grant
                    permit(PermitKind.ASYLUM, today, today.plusYears(5).minusDays(1));
                }
            }
        }

        private void requestArt64() {
            if (allowed(DeferralRules.noOpenRequest(h.position()))) {
                DeferralGround ground = DeferralGround.values()[p(DeferralGround.values().length)];
                alien(
                        MatterKind.ART_64,
                        0,
                        seq -> new DepartureDeferralRequested(GeneratedHistory.ALIEN, ground, today));
            }
        }

        private void applyArt64(boolean provisional) {
            LegalPosition position = h.position();
            if (!allowed(DeferralRules.requested(position))
                    || !allowed(AlienRules.notBefore(
                            "appliedOn",
                            today,
                            "requestedOn",
                            position.openDeferralRequest().orElseThrow().requestedOn()))) {
                return;
            }
            if (provisional) {
                LocalDate until = today.plusDays(1 + p(92));
                if (allowed(DeferralRules.provisionalAtMost3Months(today, until))) {
                    alien(
                            MatterKind.ART_64,
                            0,
                            seq -> new ProvisionalDeferralApplied(GeneratedHistory.ALIEN, today, until));
                }
            } else {
                LocalDate until = today.plusDays(20 + p(346));
                if (allowed(DeferralRules.grantedAtMost1Year(today, until))) {
                    alien(
                            MatterKind.ART_64,
                            0,
                            seq -> new DepartureDeferralGranted(GeneratedHistory.ALIEN, today, until));
                }
            }
        }

        private void refuseArt64() {
            LegalPosition position = h.position();
            if (allowed(DeferralRules.requested(position))
                    && allowed(AlienRules.notBefore(
                            "refusedOn",
                            today,
                            "requestedOn",
                            position.openDeferralRequest().orElseThrow().requestedOn()))) {
                alien(MatterKind.ART_64, 0, seq -> new DepartureDeferralRefused(GeneratedHistory.ALIEN, today));
            }
        }

        private void endArt64() {
            if (allowed(DeferralRules.inForceOn(h.position(), today))) {
                alien(MatterKind.ART_64, 0, seq -> new DepartureDeferralEnded(GeneratedHistory.ALIEN, today));
            }
        }

        private void grantPermit() {
            boolean reflection = h.position().reflectionPeriod().isPresent();
            int pick = p(100);
            PermitKind kind = pick < (reflection ? 60 : 30)
                    ? PermitKind.HUMAN_TRAFFICKING
                    : pick < 70 ? PermitKind.BUITENSCHULD : pick < 85 ? PermitKind.REGULAR : PermitKind.ASYLUM;
            LocalDate validFrom = today.plusDays(q(61) - 30);
            LocalDate validUntil =
                    switch (kind) {
                        case ASYLUM -> validFrom.plusYears(5).minusDays(1);
                        case REGULAR -> validFrom.plusYears(1 + q(5)).minusDays(1);
                        case BUITENSCHULD, HUMAN_TRAFFICKING ->
                            validFrom.plusYears(1).minusDays(1);
                    };
            permit(kind, validFrom, validUntil);
        }

        private void permit(PermitKind kind, LocalDate validFrom, LocalDate validUntil) {
            if (allowed(
                    PermitRules.validUntilAfterValidFrom(validFrom, validUntil),
                    PermitRules.buitenschuldValidOneYear(kind, validFrom, validUntil))) {
                alien(
                        MatterKind.PERMIT,
                        h.size(),
                        seq -> new ResidencePermitGranted(GeneratedHistory.ALIEN, kind, validFrom, validUntil, today));
            }
        }

        private void imposeEntryBan() {
            int years = List.of(1, 2, 3, 5, 10, 20).get(p(6));
            if (allowed(PermitRules.entryBanLengthAllowed(years))) {
                alien(MatterKind.ENTRY_BAN, h.size(), seq -> new EntryBanImposed(GeneratedHistory.ALIEN, years, today));
            }
        }

        // Interim relief belongs to the asylum matter: it answers its rejection, so it keeps its order with it.
        private void requestInterimRelief() {
            LegalPosition position = h.position();
            if (allowed(InterimReliefRules.asylumRejected(position))
                    && allowed(
                            InterimReliefRules.noInterimReliefPending(position),
                            AlienRules.notBefore(
                                    "requestedOn",
                                    today,
                                    "decidedOn",
                                    position.latestAsylumApplication()
                                            .orElseThrow()
                                            .decidedOn()))) {
                alien(MatterKind.ASYLUM, 0, seq -> new InterimReliefRequested(GeneratedHistory.ALIEN, today));
            }
        }

        private void decideInterimRelief() {
            LegalPosition position = h.position();
            if (allowed(InterimReliefRules.interimReliefPending(position))
                    && allowed(AlienRules.notBefore(
                            "decidedOn",
                            today,
                            "requestedOn",
                            position.pendingInterimRelief().orElseThrow().requestedOn()))) {
                DecisionOutcome outcome = p(100) < 80 ? DecisionOutcome.REJECTED : DecisionOutcome.GRANTED;
                alien(MatterKind.ASYLUM, 0, seq -> new InterimReliefDecided(GeneratedHistory.ALIEN, outcome, today));
            }
        }

        private void recordFraud() {
            alien(MatterKind.FRAUD, h.size(), seq -> new ReceptionFraudEstablished(GeneratedHistory.ALIEN, today));
        }

        private void recordSufficientMeans() {
            LocalDate until = q(100) < 70 ? today.plusDays(p(150)) : null;
            alien(
                    MatterKind.MEANS,
                    h.size(),
                    seq -> new SufficientMeansEstablished(GeneratedHistory.ALIEN, today, until));
        }

        // A return decision and an extension follow the asylum matter's order: both depend on what it decided.
        private void issueReturnDecision() {
            DepartureTerm term = new DepartureTerm(p(29), today);
            if (allowed(
                    DepartureTermRules.noAsylumApplicationPending(h.position()),
                    DepartureTermRules.termAtMost4Weeks(term))) {
                ReturnDecisionOccasion occasion =
                        ReturnDecisionOccasion.values()[q(ReturnDecisionOccasion.values().length)];
                alien(
                        MatterKind.ASYLUM,
                        0,
                        seq -> new ReturnDecisionIssued(GeneratedHistory.ALIEN, occasion, term, today));
            }
        }

        private void extendDepartureTerm() {
            Optional<DutyToLeave> current = h.position().currentDutyToLeave();
            if (current.isEmpty()) {
                return;
            }
            LocalDate lastDay = current.get().lastDay().plusDays(1 + p(60));
            if (allowed(
                    AlienRules.notBefore(
                            "decidedOn", today, "decision", current.get().decidedOn()),
                    DepartureTermRules.decidedWhileTermRuns(current.get(), today))) {
                alien(MatterKind.ASYLUM, 0, seq -> new DepartureTermExtended(GeneratedHistory.ALIEN, lastDay, today));
            }
        }

        private void recordEquatedCategory() {
            EquatedCategory category = EquatedCategory.values()[p(EquatedCategory.values().length)];
            LocalDate until = q(100) < 60 ? today.plusDays(p(200)) : null;
            alien(
                    MatterKind.EQUATED,
                    h.size(),
                    seq -> new EquatedCategoryRecorded(GeneratedHistory.ALIEN, category, today, until));
        }

        private void recordNonArrival() {
            ArrivalDeadline deadline = ArrivalDeadline.values()[p(ArrivalDeadline.values().length)];
            alien(
                    MatterKind.NON_ARRIVAL,
                    h.size(),
                    seq -> new NonArrivalRecorded(GeneratedHistory.ALIEN, deadline, today));
        }

        private void recordAmvFollowUpCare() {
            if (allowed(AmvRules.unaccompaniedMinor(h.position()))) {
                alien(
                        MatterKind.AMV_FOLLOW_UP_CARE,
                        h.size(),
                        seq -> new AmvFollowUpCareStarted(GeneratedHistory.ALIEN, today));
            }
        }

        private void grantReflectionPeriod() {
            LocalDate endsOn = today.plusDays(14 + p(78));
            if (allowed(
                    PermitRules.reflectionOnlyOnce(h.position()), PermitRules.reflectionAtMost3Months(today, endsOn))) {
                alien(
                        MatterKind.REFLECTION,
                        0,
                        seq -> new ReflectionPeriodGranted(GeneratedHistory.ALIEN, today, endsOn));
            }
        }

        private void fileRegularApplication() {
            String purpose = List.of("medical treatment", "work", "family").get(p(3));
            alien(
                    MatterKind.REGULAR_APPLICATION,
                    h.size(),
                    seq -> new RegularApplicationFiled(GeneratedHistory.ALIEN, purpose, today));
        }

        private void decideRegularApplication() {
            List<RegularApplication> pending = h.position().regularApplications().stream()
                    .filter(RegularApplication::pending)
                    .filter(a -> !a.filedOn().isAfter(today))
                    .toList();
            if (pending.isEmpty()) {
                return;
            }
            RegularApplication application = pending.get(p(pending.size()));
            Fact filing = h.facts(GeneratedHistory.ALIEN_AGGREGATE).get((int) application.sequence());
            DecisionOutcome outcome = q(2) == 0 ? DecisionOutcome.GRANTED : DecisionOutcome.REJECTED;
            h.add(
                    GeneratedHistory.ALIEN_AGGREGATE,
                    filing.matter(),
                    today,
                    filing.id(),
                    seq -> new RegularApplicationDecided(GeneratedHistory.ALIEN, seq, outcome, today));
        }

        private void correctAlienEntry() {
            List<Fact> correctable = h.correctable().stream()
                    .filter(f -> f.aggregate() == GeneratedHistory.ALIEN_AGGREGATE)
                    .toList();
            if (!correctable.isEmpty()) {
                h.addCorrection(correctable.get(p(correctable.size())), today);
            }
        }

        // ---- a case (Case's command handlers) ----

        private void signal() {
            int aggregate = h.caseCount() + 1;
            CaseId caseId = GeneratedHistory.caseId(aggregate);
            h.add(
                    aggregate,
                    Matter.of(MatterKind.SIGNAL),
                    today,
                    -1,
                    seq -> new ReturnSignalled(
                            caseId, GeneratedHistory.ALIEN, SignalSource.IND, null, "return", today));
        }

        private void signalAnotherCase() {
            if (h.caseCount() == 0
                    || (h.caseCount() < GeneratedHistory.CASES.size()
                            && h.caseState(h.caseCount()).isClosed())) {
                signal();
            }
        }

        private void onTheCase() {
            int aggregate = h.caseCount();
            CaseState state = h.caseState(aggregate);
            if (!allowed(CaseRules.caseIsOpen(state), CaseRules.notBeforeSignal(state, "date", today))) {
                return;
            }
            if (state.recordedDeparture().isPresent()
                    && step.action() != Action.CLOSE_CASE
                    && step.action() != Action.CORRECT_CASE_ENTRY) {
                return; // after a departure only its closing or a correction is recorded
            }
            CaseId caseId = GeneratedHistory.caseId(aggregate);
            PersonFacts person = h.personFacts(today);
            switch (step.action()) {
                case IMPOSE_REPORTING -> {
                    if (allowed(ReportingRules.noReportingObligationYet(state), ReportingRules.notDetained(state))) {
                        ReportingFrequency frequency =
                                ReportingFrequency.values()[p(ReportingFrequency.values().length)];
                        add(
                                aggregate,
                                MatterKind.REPORTING,
                                seq -> new ReportingObligationImposed(caseId, frequency, today));
                    }
                }
                case LIFT_REPORTING -> {
                    if (allowed(ReportingRules.reportingObligationActive(state))
                            && allowed(CaseRules.notBefore(
                                    "liftedOn",
                                    today,
                                    "imposedOn",
                                    state.reportingObligation().orElseThrow().imposedOn()))) {
                        add(aggregate, MatterKind.REPORTING, seq -> new ReportingObligationLifted(caseId, today));
                    }
                }
                case CHECK_IN, MISS_CHECK_IN -> {
                    if (allowed(ReportingRules.reportingObligationActive(state), ReportingRules.notDetained(state))
                            && allowed(ReportingRules.checkInInOrder(state, today))) {
                        add(
                                aggregate,
                                MatterKind.REPORTING,
                                step.action() == Action.CHECK_IN
                                        ? seq -> new CheckInRecorded(caseId, today)
                                        : seq -> new CheckInMissed(caseId, today));
                        if (step.action() == Action.MISS_CHECK_IN && q(3) == 0) { // and the next one a week later
                            LocalDate next = today.plusWeeks(1);
                            h.add(
                                    aggregate,
                                    Matter.of(MatterKind.REPORTING),
                                    next,
                                    -1,
                                    seq -> new CheckInMissed(caseId, next));
                        }
                    }
                }
                case PLACE_IN_VBL -> {
                    if (!allowed(
                            PlacementRules.notDetained(state),
                            PlacementRules.notPlaced(state),
                            PlacementRules.notAFamilyWithMinorChildren(person))) {
                        return;
                    }
                    if (!allowed(PlacementRules.returnProspectWithin12Weeks(state, today))) {
                        LocalDate expected = today.plusWeeks(2 + q(11));
                        add(
                                aggregate,
                                MatterKind.PLACEMENT,
                                seq -> new ReturnProspectRecorded(caseId, expected, today));
                    }
                    LocalDate endsOn = today.plusWeeks(PlacementRules.VBL_TERM_IN_WEEKS);
                    add(aggregate, MatterKind.PLACEMENT, seq -> new PlacedInVbl(caseId, today, endsOn));
                }
                case EXTEND_VBL -> {
                    if (!allowed(PlacementRules.inVbl(state))
                            || today.isAfter(state.vblPlacement().orElseThrow().endsOn())) {
                        return; // extended before the stay ends
                    }
                    LocalDate extendedUntil =
                            state.vblPlacement().orElseThrow().endsOn().plusDays(1 + p(84));
                    if (allowed(
                            PlacementRules.extensionAtMost12Weeks(
                                    state.vblPlacement().orElseThrow(), extendedUntil),
                            PlacementRules.returnProspectBy(state, extendedUntil))) {
                        add(aggregate, MatterKind.PLACEMENT, seq -> new VblStayExtended(caseId, extendedUntil, today));
                    }
                }
                case PLACE_IN_FAMILY_LOCATION -> {
                    if (allowed(
                            PlacementRules.notDetained(state),
                            PlacementRules.notPlaced(state),
                            PlacementRules.aFamilyWithMinorChildren(person))) {
                        add(aggregate, MatterKind.PLACEMENT, seq -> new PlacedInFamilyLocation(caseId, today));
                    }
                }
                case END_PLACEMENT -> {
                    if (allowed(PlacementRules.placed(state))
                            && allowed(CaseRules.notBefore(
                                    "endedOn",
                                    today,
                                    "placedOn",
                                    state.placement().orElseThrow().placedOn()))) {
                        PlacementKind kind = state.placement().orElseThrow().kind();
                        add(aggregate, MatterKind.PLACEMENT, seq -> new PlacementEnded(caseId, kind, today));
                    }
                }
                case ORDER_DETENTION -> {
                    DetentionGround ground = DetentionGround.values()[p(DetentionGround.values().length)];
                    LocalDate wanted =
                            person.familyWithMinorChildren() ? today.plusWeeks(2) : today.plusDays(7 + q(170));
                    LocalDate firstTerm = ground.lastDayOfFirstTerm(today, false);
                    LocalDate maximumEndOn = wanted.isAfter(firstTerm) ? firstTerm : wanted;
                    if (allowed(
                            DetentionRules.notDetainedYet(state),
                            DetentionRules.initialTermWithinMaximum(ground, false, today, maximumEndOn, person))) {
                        add(
                                aggregate,
                                MatterKind.DETENTION,
                                seq -> new DetentionOrdered(
                                        caseId, ground.basis(), today, maximumEndOn, ground, false));
                    }
                }
                case LIFT_DETENTION -> {
                    if (allowed(DetentionRules.detained(state))
                            && allowed(CaseRules.notBefore(
                                    "liftedOn",
                                    today,
                                    "orderedOn",
                                    state.detention().orElseThrow().orderedOn()))) {
                        add(aggregate, MatterKind.DETENTION, seq -> new DetentionLifted(caseId, today));
                    }
                }
                case ESTABLISH_BUITENSCHULD -> establishBuitenschuld(aggregate, caseId);
                case RECORD_DEPARTURE -> {
                    if (!allowed(LifecycleRules.notDepartedYet(state))) {
                        return;
                    }
                    DepartureType type = DepartureType.values()[p(DepartureType.values().length)];
                    if (!allowed(LifecycleRules.forcedDepartureHasTravelDocument(state, type, today))) {
                        LocalDate validUntil = today.plusDays(30);
                        add(
                                aggregate,
                                MatterKind.DEPARTURE,
                                seq -> new TravelDocumentObtained(
                                        caseId, TravelDocumentKind.LAISSEZ_PASSER, validUntil, today));
                    }
                    add(aggregate, MatterKind.DEPARTURE, seq -> new DepartureRecorded(caseId, type, today));
                }
                case CLOSE_CASE -> {
                    CloseReason reason = state.departure().isPresent()
                            ? CloseReason.DEPARTED
                            : q(2) == 0 ? CloseReason.ADMINISTRATIVE : CloseReason.LAWFUL_RESIDENCE_GRANTED;
                    if (allowed(LifecycleRules.closedForDepartureOnlyAfterDeparture(state, reason))) {
                        add(aggregate, MatterKind.DEPARTURE, seq -> new CaseClosed(caseId, reason, today));
                    }
                }
                case CORRECT_CASE_ENTRY -> {
                    List<Fact> correctable = h.correctable().stream()
                            .filter(f -> f.aggregate() == aggregate)
                            .toList();
                    if (!correctable.isEmpty()) {
                        h.addCorrection(correctable.get(p(correctable.size())), today);
                    }
                }
                default -> throw new IllegalStateException(step.action().name());
            }
        }

        // Case.handle(EstablishBuitenschuld): its conditions are recorded first when missing (an own attempt, a failed
        // presentation after a laissez-passer request, identity and nationality on the Alien).
        private void establishBuitenschuld(int aggregate, CaseId caseId) {
            CaseState state = h.caseState(aggregate);
            if (!allowed(
                    BuitenschuldRules.notEstablishedYet(state),
                    BuitenschuldRules.noApplicationPending(h.personFacts(today)),
                    BuitenschuldRules.noOpenNonCooperation(state))) {
                return;
            }
            if (!state.travelDocuments().isEmpty()) {
                return;
            }
            LegalPosition position = h.position();
            if (!position.identityEstablished()) {
                alien(MatterKind.IDENTITY, 0, seq -> new IdentityEstablished(GeneratedHistory.ALIEN, today));
            }
            if (!position.nationalityEstablishedOrStateless()) {
                alien(
                        MatterKind.NATIONALITY,
                        0,
                        seq -> new NationalityEstablished(GeneratedHistory.ALIEN, "SYR", today));
            }
            if (state.ownDepartureAttempts().isEmpty()) {
                add(
                        aggregate,
                        MatterKind.BUITENSCHULD,
                        seq -> new OwnDepartureAttemptRecorded(caseId, "embassy of Syria", today));
            }
            if (!allowed(BuitenschuldRules.travelDocumentRequestFailed(state))) {
                add(
                        aggregate,
                        MatterKind.BUITENSCHULD,
                        seq -> new LaissezPasserRequested(
                                caseId, "SYR", LaissezPasserPurpose.BUITENSCHULD_ASSESSMENT, today));
                add(
                        aggregate,
                        MatterKind.BUITENSCHULD,
                        seq -> new EmbassyPresentationHeld(caseId, PresentationOutcome.NON_STATEMENT, today));
            }
            CaseState ready = h.caseState(aggregate);
            if (allowed(
                    BuitenschuldRules.ownAttemptRecorded(ready),
                    BuitenschuldRules.identityAndNationalityEstablished(h.personFacts(today)),
                    BuitenschuldRules.travelDocumentRequestFailed(ready))) {
                add(aggregate, MatterKind.BUITENSCHULD, seq -> new BuitenschuldEstablished(caseId, today));
            }
        }

        private void add(int aggregate, MatterKind kind, LongFunction<?> event) {
            h.add(aggregate, Matter.of(kind), today, -1, event);
        }
    }
}
