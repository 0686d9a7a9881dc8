package nl.terugkeer.core.aliens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.AlienRegistered;
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
import nl.terugkeer.core.shared.AlienId;

/**
 * A person's legal position (vreemdelingrechtelijke positie) as a pure fold over the Alien's events. {@link #apply}
 * returns the next state; an {@link AlienEntryCorrected} re-folds the history without the corrected entries, so
 * {@link #of} over the stored events always equals what the aggregate holds. Free of Axon, for projections, the
 * entitlement policy and as-of views.
 *
 * <p>{@code history} holds every applied event (corrections included), {@code correctedSequences} the entries treated
 * as not recorded; the other components are the dated facts that remain.
 */
public record LegalPosition(
        List<SequencedAlienEvent> history,
        Set<Long> correctedSequences,
        Optional<AlienRegistered> registration,
        Optional<IdentityEstablished> identity,
        Optional<NationalityEstablished> nationality,
        Optional<StatelessnessEstablished> statelessness,
        List<AsylumApplication> asylumApplications,
        List<RegularApplication> regularApplications,
        List<DeferralRequest> deferralRequests,
        List<Deferral> deferrals,
        List<ResidencePermitGranted> permits,
        List<ResidencePermitRefused> permitRefusals,
        List<EntryBanImposed> entryBans,
        Optional<ReflectionPeriodGranted> reflectionPeriod,
        List<FamilyMembership> family,
        List<InterimRelief> interimReliefs,
        List<ReceptionFraudEstablished> frauds,
        List<EquatedCategoryRecorded> equatedCategories,
        List<NonArrivalRecorded> nonArrivals,
        List<AmvFollowUpCareStarted> amvFollowUpCare,
        List<DutyToLeave> dutiesToLeave,
        List<SufficientMeansEstablished> sufficientMeans,
        List<Representation> representations) {

    public LegalPosition {
        history = List.copyOf(history);
        correctedSequences = Set.copyOf(correctedSequences);
        asylumApplications = List.copyOf(asylumApplications);
        regularApplications = List.copyOf(regularApplications);
        deferralRequests = List.copyOf(deferralRequests);
        deferrals = List.copyOf(deferrals);
        permits = List.copyOf(permits);
        permitRefusals = List.copyOf(permitRefusals);
        entryBans = List.copyOf(entryBans);
        family = List.copyOf(family);
        interimReliefs = List.copyOf(interimReliefs);
        frauds = List.copyOf(frauds);
        equatedCategories = List.copyOf(equatedCategories);
        nonArrivals = List.copyOf(nonArrivals);
        amvFollowUpCare = List.copyOf(amvFollowUpCare);
        dutiesToLeave = List.copyOf(dutiesToLeave);
        sufficientMeans = List.copyOf(sufficientMeans);
        representations = List.copyOf(representations);
    }

    /** The position before anything was recorded. */
    public static LegalPosition initial() {
        return new Next().build();
    }

    /** Folds an alien's events, in sequence order, into the legal position. */
    public static LegalPosition of(List<SequencedAlienEvent> events) {
        LegalPosition position = initial();
        for (SequencedAlienEvent event : events) {
            position = position.apply(event);
        }
        return position;
    }

    /** The next position after {@code event}. */
    public LegalPosition apply(SequencedAlienEvent event) {
        List<SequencedAlienEvent> nextHistory = new ArrayList<>(history);
        nextHistory.add(event);
        if (event.event() instanceof AlienEntryCorrected) {
            return refold(nextHistory);
        }
        Next next = new Next(this);
        next.history = nextHistory;
        next.evolve(event);
        return next.build();
    }

    /** The next position after the event at {@code sequence}. */
    public LegalPosition apply(long sequence, AlienEvent event) {
        return apply(new SequencedAlienEvent(sequence, event));
    }

    private static LegalPosition refold(List<SequencedAlienEvent> history) {
        Set<Long> corrected = new HashSet<>();
        for (SequencedAlienEvent entry : history) {
            if (entry.event() instanceof AlienEntryCorrected correction) {
                corrected.add(correction.correctedSequence());
            }
        }
        Next next = new Next();
        for (SequencedAlienEvent entry : history) {
            if (!corrected.contains(entry.sequence()) && !(entry.event() instanceof AlienEntryCorrected)) {
                next.evolve(entry);
            }
        }
        next.history = new ArrayList<>(history);
        next.correctedSequences = corrected;
        return next.build();
    }

    // ---- views for rules, projections and the entitlement policy ----

    public AlienId alienId() {
        return registration.map(AlienRegistered::alienId).orElse(null);
    }

    public LocalDate dateOfBirth() {
        return registration.map(AlienRegistered::dateOfBirth).orElse(null);
    }

    /** Registered as an unaccompanied minor (amv). */
    public boolean unaccompaniedMinor() {
        return registration.map(AlienRegistered::unaccompaniedMinor).orElse(false);
    }

    /**
     * The dates of birth of every child ever in the family: listed at the registration or joined later, including
     * those who left since (so the days they turn 18 can be found); in the order they were recorded. Whether a child
     * counts on a date is {@link #youngestMinorChildOn}.
     */
    public List<LocalDate> childrenDatesOfBirthEver() {
        return family.stream()
                .filter(FamilyMembership::isChild)
                .map(FamilyMembership::dateOfBirth)
                .filter(born -> born != null)
                .toList();
    }

    /** The days the family changed after the registration: a member joined, or a member left, in date order. */
    public List<LocalDate> familyChangeDates() {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (FamilyMembership member : family) {
            if (member.joinedOn() != null) {
                days.add(member.joinedOn());
            }
            if (member.leftOn() != null) {
                days.add(member.leftOn());
            }
        }
        return List.copyOf(days);
    }

    /** The family members who are part of the family on {@code date}, in the order they were recorded. */
    public List<FamilyMembership> familyMembersPresentOn(LocalDate date) {
        return family.stream().filter(m -> m.presentOn(date)).toList();
    }

    /** The member recorded by the entry at {@code sequence}, at {@code position} (from 1) in its list. */
    public Optional<FamilyMembership> familyMember(long sequence, int position) {
        return family.stream()
                .filter(m -> m.sequence() == sequence && m.position() == position)
                .findFirst();
    }

    /**
     * The date of birth of the youngest child who is part of the family on {@code date} (listed at the registration,
     * or joined on or before it, and not left on or before it) and under 18 on it; empty when there is none. The
     * family location lasts until that child turns 18 (DTV-GL).
     */
    public Optional<LocalDate> youngestMinorChildOn(LocalDate date) {
        return family.stream()
                .filter(FamilyMembership::isChild)
                .filter(m -> m.presentOn(date) && m.minorOn(date))
                .map(FamilyMembership::dateOfBirth)
                .max(Comparator.naturalOrder());
    }

    /** A family with at least one child under 18 present on {@code date} (gezin met minderjarige kinderen). */
    public boolean familyWithMinorChildrenOn(LocalDate date) {
        return youngestMinorChildOn(date).isPresent();
    }

    public boolean identityEstablished() {
        return identity.isPresent();
    }

    public boolean stateless() {
        return statelessness.isPresent();
    }

    public Optional<String> establishedNationality() {
        return nationality.map(NationalityEstablished::nationality);
    }

    public boolean nationalityEstablishedOrStateless() {
        return nationality.isPresent() || statelessness.isPresent();
    }

    /** An asylum or regular application filed and not decided. */
    public boolean hasPendingApplication() {
        return pendingAsylumApplication().isPresent()
                || regularApplications.stream().anyMatch(RegularApplication::pending);
    }

    /** An asylum or regular application filed on or before {@code date} and not decided by then. */
    public boolean hasPendingApplicationOn(LocalDate date) {
        return asylumApplications.stream().anyMatch(a -> a.pendingOn(date))
                || regularApplications.stream().anyMatch(a -> a.pendingOn(date));
    }

    public Optional<AsylumApplication> pendingAsylumApplication() {
        return asylumApplications.stream().filter(AsylumApplication::pending).findFirst();
    }

    public Optional<AsylumApplication> latestAsylumApplication() {
        return asylumApplications.isEmpty() ? Optional.empty() : Optional.of(asylumApplications.getLast());
    }

    /** The departure term in force, with any extension: the latest one given since the latest asylum filing. */
    public Optional<DepartureTerm> departureTerm() {
        return currentDutyToLeave().map(DutyToLeave::term);
    }

    /**
     * The latest departure term given since the latest asylum application was filed (a pending or granted
     * application leaves none: the person resides lawfully, Vw art. 8(f)).
     */
    public Optional<DutyToLeave> currentDutyToLeave() {
        long filed = latestAsylumApplication().map(AsylumApplication::sequence).orElse(-1L);
        return dutiesToLeave.isEmpty() || dutiesToLeave.getLast().source() < filed
                ? Optional.empty()
                : Optional.of(dutiesToLeave.getLast());
    }

    /** The departure term of the latest asylum application, when it was rejected, with any extension. */
    public Optional<DutyToLeave> asylumDutyToLeave() {
        long filed = latestAsylumApplication().map(AsylumApplication::sequence).orElse(-1L);
        return dutiesToLeave.stream()
                .filter(DutyToLeave::afterAsylumRejection)
                .filter(d -> d.source() > filed)
                .reduce((first, second) -> second);
    }

    /** The representative acting for the person, if any. */
    public Optional<Representation> currentRepresentation() {
        return representations.stream().filter(Representation::current).findFirst();
    }

    public Optional<RegularApplication> regularApplication(long sequence) {
        return regularApplications.stream()
                .filter(a -> a.sequence() == sequence)
                .findFirst();
    }

    /** The art. 64 request that is neither refused nor ended. */
    public Optional<DeferralRequest> openDeferralRequest() {
        return deferralRequests.stream().filter(DeferralRequest::open).reduce((first, second) -> second);
    }

    /** The art. 64 deferral (provisional or granted) in force on {@code date}, the latest if several. */
    public Optional<Deferral> deferralInForceOn(LocalDate date) {
        return deferrals.stream().filter(d -> d.inForceOn(date)).reduce((first, second) -> second);
    }

    /** A residence permit valid on {@code date} (lawful residence; {@code validUntil} is its last day), the latest. */
    public Optional<ResidencePermitGranted> permitValidOn(LocalDate date) {
        return permits.stream()
                .filter(p -> !date.isBefore(p.validFrom()) && !date.isAfter(p.validUntil()))
                .reduce((first, second) -> second);
    }

    /** The interim relief requested and not yet decided. */
    public Optional<InterimRelief> pendingInterimRelief() {
        return interimReliefs.stream().filter(InterimRelief::pending).findFirst();
    }

    public boolean entryBanImposed() {
        return !entryBans.isEmpty();
    }

    public Optional<SequencedAlienEvent> entry(long sequence) {
        return history.stream().filter(e -> e.sequence() == sequence).findFirst();
    }

    /**
     * Whether a later fact that still counts builds on the entry at {@code sequence}: a decided application, an
     * art. 64 request that led to a deferral or was refused, a deferral that was ended or superseded, a departure
     * term that was extended, a representation that ended.
     */
    public boolean reliedOn(long sequence) {
        return asylumApplications.stream().anyMatch(a -> a.sequence() == sequence && !a.pending())
                || regularApplications.stream().anyMatch(a -> a.sequence() == sequence && !a.pending())
                || deferralRequests.stream().anyMatch(r -> r.sequence() == sequence && !r.open())
                || deferrals.stream()
                        .anyMatch(d ->
                                d.requestSequence() == sequence || (d.sequence() == sequence && d.endedOn() != null))
                || family.stream().anyMatch(m -> m.sequence() == sequence && !m.fromRegistration() && m.hasLeft())
                || interimReliefs.stream().anyMatch(r -> r.sequence() == sequence && !r.pending())
                || dutiesToLeave.stream().anyMatch(d -> d.source() == sequence && d.extended())
                || representations.stream().anyMatch(r -> r.sequence() == sequence && !r.current());
    }

    /** The events that count: the history without corrections and without the entries they correct. */
    public List<SequencedAlienEvent> effectiveHistory() {
        return history.stream()
                .filter(e -> !(e.event() instanceof AlienEntryCorrected))
                .filter(e -> !correctedSequences.contains(e.sequence()))
                .toList();
    }

    /** Mutable twin used only inside one fold step. */
    private static final class Next {
        List<SequencedAlienEvent> history = new ArrayList<>();
        Set<Long> correctedSequences = new HashSet<>();
        Optional<AlienRegistered> registration = Optional.empty();
        Optional<IdentityEstablished> identity = Optional.empty();
        Optional<NationalityEstablished> nationality = Optional.empty();
        Optional<StatelessnessEstablished> statelessness = Optional.empty();
        List<AsylumApplication> asylumApplications = new ArrayList<>();
        List<RegularApplication> regularApplications = new ArrayList<>();
        List<DeferralRequest> deferralRequests = new ArrayList<>();
        List<Deferral> deferrals = new ArrayList<>();
        List<ResidencePermitGranted> permits = new ArrayList<>();
        List<ResidencePermitRefused> permitRefusals = new ArrayList<>();
        List<EntryBanImposed> entryBans = new ArrayList<>();
        Optional<ReflectionPeriodGranted> reflectionPeriod = Optional.empty();
        List<FamilyMembership> family = new ArrayList<>();
        List<InterimRelief> interimReliefs = new ArrayList<>();
        List<ReceptionFraudEstablished> frauds = new ArrayList<>();
        List<EquatedCategoryRecorded> equatedCategories = new ArrayList<>();
        List<NonArrivalRecorded> nonArrivals = new ArrayList<>();
        List<AmvFollowUpCareStarted> amvFollowUpCare = new ArrayList<>();
        List<DutyToLeave> dutiesToLeave = new ArrayList<>();
        List<SufficientMeansEstablished> sufficientMeans = new ArrayList<>();
        List<Representation> representations = new ArrayList<>();

        Next() {}

        Next(LegalPosition p) {
            history = new ArrayList<>(p.history);
            correctedSequences = new HashSet<>(p.correctedSequences);
            registration = p.registration;
            identity = p.identity;
            nationality = p.nationality;
            statelessness = p.statelessness;
            asylumApplications = new ArrayList<>(p.asylumApplications);
            regularApplications = new ArrayList<>(p.regularApplications);
            deferralRequests = new ArrayList<>(p.deferralRequests);
            deferrals = new ArrayList<>(p.deferrals);
            permits = new ArrayList<>(p.permits);
            permitRefusals = new ArrayList<>(p.permitRefusals);
            entryBans = new ArrayList<>(p.entryBans);
            reflectionPeriod = p.reflectionPeriod;
            family = new ArrayList<>(p.family);
            interimReliefs = new ArrayList<>(p.interimReliefs);
            frauds = new ArrayList<>(p.frauds);
            equatedCategories = new ArrayList<>(p.equatedCategories);
            nonArrivals = new ArrayList<>(p.nonArrivals);
            amvFollowUpCare = new ArrayList<>(p.amvFollowUpCare);
            dutiesToLeave = new ArrayList<>(p.dutiesToLeave);
            sufficientMeans = new ArrayList<>(p.sufficientMeans);
            representations = new ArrayList<>(p.representations);
        }

        LegalPosition build() {
            return new LegalPosition(
                    history,
                    correctedSequences,
                    registration,
                    identity,
                    nationality,
                    statelessness,
                    asylumApplications,
                    regularApplications,
                    deferralRequests,
                    deferrals,
                    permits,
                    permitRefusals,
                    entryBans,
                    reflectionPeriod,
                    family,
                    interimReliefs,
                    frauds,
                    equatedCategories,
                    nonArrivals,
                    amvFollowUpCare,
                    dutiesToLeave,
                    sufficientMeans,
                    representations);
        }

        void evolve(SequencedAlienEvent entry) {
            switch (entry.event()) {
                case AlienRegistered e -> {
                    registration = Optional.of(e);
                    List<FamilyMember> listed = e.familyMembers() == null ? List.of() : e.familyMembers();
                    for (int i = 0; i < listed.size(); i++) {
                        FamilyMember m = listed.get(i);
                        family.add(new FamilyMembership(
                                entry.sequence(), i + 1, m.relationship(), m.dateOfBirth(), null, null, null, null));
                    }
                }
                case IdentityEstablished e -> identity = Optional.of(e);
                case NationalityEstablished e -> nationality = Optional.of(e);
                case StatelessnessEstablished e -> statelessness = Optional.of(e);
                case AsylumApplicationFiled e ->
                    asylumApplications.add(
                            new AsylumApplication(entry.sequence(), e.kind(), e.filedOn(), null, null, null));
                case AsylumApplicationDecided e -> {
                    asylumApplications.replaceAll(
                            a -> a.pending() ? a.decided(e.outcome(), e.decidedOn(), e.departureTerm()) : a);
                    if (e.departureTerm() != null) {
                        dutiesToLeave.add(new DutyToLeave(
                                entry.sequence(),
                                true,
                                e.decidedOn(),
                                e.departureTerm().startsOn(),
                                e.departureTerm().endsOn(),
                                false));
                    }
                }
                case RegularApplicationFiled e ->
                    regularApplications.add(
                            new RegularApplication(entry.sequence(), e.purpose(), e.filedOn(), null, null));
                case RegularApplicationDecided e ->
                    regularApplications.replaceAll(
                            a -> a.sequence() == e.applicationSequence() ? a.decided(e.outcome(), e.decidedOn()) : a);
                case DepartureDeferralRequested e ->
                    deferralRequests.add(new DeferralRequest(entry.sequence(), e.ground(), e.requestedOn(), null));
                case ProvisionalDeferralApplied e ->
                    startDeferral(entry.sequence(), DeferralKind.PROVISIONAL, e.appliedOn(), e.validUntil());
                case DepartureDeferralGranted e ->
                    startDeferral(entry.sequence(), DeferralKind.GRANTED, e.grantedOn(), e.validUntil());
                case DepartureDeferralRefused e ->
                    deferralRequests.replaceAll(r -> r.open() ? r.closed(e.refusedOn()) : r);
                case DepartureDeferralEnded e -> {
                    endDeferralsInForce(e.endedOn());
                    deferralRequests.replaceAll(r -> r.open() ? r.closed(e.endedOn()) : r);
                }
                case ResidencePermitGranted e -> permits.add(e);
                case ResidencePermitRefused e -> permitRefusals.add(e);
                case EntryBanImposed e -> entryBans.add(e);
                case ReflectionPeriodGranted e -> reflectionPeriod = Optional.of(e);
                case FamilyMemberJoined e ->
                    family.add(new FamilyMembership(
                            entry.sequence(),
                            1,
                            e.relationship(),
                            e.dateOfBirth(),
                            e.kind(),
                            e.joinedOn(),
                            null,
                            null));
                case FamilyMemberLeft e ->
                    family.replaceAll(m -> m.sequence() == e.memberSequence() && m.position() == e.memberPosition()
                            ? m.left(e.reason(), e.leftOn())
                            : m);
                case InterimReliefRequested e ->
                    interimReliefs.add(new InterimRelief(entry.sequence(), e.requestedOn(), null, null));
                case InterimReliefDecided e ->
                    interimReliefs.replaceAll(r -> r.pending() ? r.decided(e.outcome(), e.decidedOn()) : r);
                case ReceptionFraudEstablished e -> frauds.add(e);
                case EquatedCategoryRecorded e -> equatedCategories.add(e);
                case NonArrivalRecorded e -> nonArrivals.add(e);
                case AmvFollowUpCareStarted e -> amvFollowUpCare.add(e);
                case ReturnDecisionIssued e ->
                    dutiesToLeave.add(new DutyToLeave(
                            entry.sequence(),
                            false,
                            e.issuedOn(),
                            e.departureTerm().startsOn(),
                            e.departureTerm().endsOn(),
                            false));
                case DepartureTermExtended e -> {
                    if (!dutiesToLeave.isEmpty()) { // the aggregate refuses an extension without a term
                        dutiesToLeave.set(
                                dutiesToLeave.size() - 1,
                                dutiesToLeave.getLast().extendedTo(e.lastDay()));
                    }
                }
                case SufficientMeansEstablished e -> sufficientMeans.add(e);
                case RepresentativeAuthorised e ->
                    representations.add(
                            new Representation(entry.sequence(), e.kind(), e.representativeName(), e.from(), null));
                case RepresentationEnded e -> representations.replaceAll(r -> r.current() ? r.ended(e.endedOn()) : r);
                case AlienEntryCorrected e -> {
                    // handled by refold: a correction changes which entries count, not a fact
                }
            }
        }

        // A new provisional or granted deferral supersedes the one in force (Vc A3/7: renewal, or the BMA-based grant).
        private void startDeferral(long sequence, DeferralKind kind, LocalDate from, LocalDate until) {
            endDeferralsInForce(from);
            long requestSequence = deferralRequests.stream()
                    .filter(DeferralRequest::open)
                    .reduce((first, second) -> second)
                    .map(DeferralRequest::sequence)
                    .orElse(-1L);
            deferrals.add(new Deferral(sequence, kind, requestSequence, from, until, null));
        }

        private void endDeferralsInForce(LocalDate on) {
            deferrals.replaceAll(d -> d.endedOn() == null && !d.lastDay().isBefore(on) ? d.endedOn(on) : d);
        }
    }
}
