package nl.terugkeer.core.entitlement;

import static nl.terugkeer.core.entitlement.Days.firstDayAfter;
import static nl.terugkeer.core.entitlement.Days.lastDayBefore;
import static nl.terugkeer.core.entitlement.Days.lastDayOfTermAfter;
import static nl.terugkeer.core.entitlement.Days.within;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.terugkeer.core.aliens.ArrivalDeadline;
import nl.terugkeer.core.aliens.AsylumApplication;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.Deferral;
import nl.terugkeer.core.aliens.DeferralKind;
import nl.terugkeer.core.aliens.EquatedCategory;
import nl.terugkeer.core.aliens.FamilyMembership;
import nl.terugkeer.core.aliens.InterimRelief;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.aliens.events.DepartureDeferralRequested;
import nl.terugkeer.core.aliens.events.NonArrivalRecorded;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.aliens.events.SufficientMeansEstablished;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.PlacementKind;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.events.BuitenschuldEstablished;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.CheckInMissed;
import nl.terugkeer.core.cases.events.CheckInRecorded;
import nl.terugkeer.core.cases.events.DepartureRecorded;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.PlacedInFamilyLocation;
import nl.terugkeer.core.cases.events.PlacedInVbl;

/**
 * Entitlement to state reception (rijksopvang) as a pure function of a person's history and a date. Reception comes
 * in <em>episodes</em> (docs/domain/entitlement.md has the table this class reads like):
 *
 * <ol>
 *   <li>every entitling fact opens an episode from its own date, with its own natural last day;
 *   <li>every terminating fact ends the episodes running when it happened (those that began on or before it), from
 *       its effective day; an episode opened later by another fact is not touched;
 *   <li>detention suspends every episode while it lasts; lawful residence (a valid permit) excludes the return track;
 *   <li>of the episodes left on the date, the most protective answers; when none is left, the answer names the most
 *       recent fact that explains why not.
 * </ol>
 */
public final class EntitlementPolicy {

    private static final String ALIEN = "Alien";
    private static final String CASE = "Case";

    /** Reception under the Rva 2005, which its art. 7(1) endings apply to. */
    private static final Set<EntitlementKind> RVA_RECEPTION = EnumSet.of(
            EntitlementKind.ASYLUM_RECEPTION,
            EntitlementKind.INTERIM_RELIEF,
            EntitlementKind.DEPARTURE_TERM,
            EntitlementKind.ART_64,
            EntitlementKind.EQUATED_CATEGORY);

    private static final Set<EntitlementKind> EVERY_KIND = EnumSet.complementOf(EnumSet.of(EntitlementKind.NONE));

    /**
     * Reception that exists because the person must return, which lawful residence ends for good; a pending asylum
     * application and an unaccompanied minor's reception resume when a permit runs out.
     */
    private static final Set<EntitlementKind> RETURN_TRACK = EnumSet.of(
            EntitlementKind.INTERIM_RELIEF,
            EntitlementKind.EQUATED_CATEGORY,
            EntitlementKind.DEPARTURE_TERM,
            EntitlementKind.ART_64,
            EntitlementKind.FAMILY_LOCATION,
            EntitlementKind.VBL);

    private static final Set<EntitlementKind> RETURN_TRACK_AND_RVB = Stream.concat(
                    RETURN_TRACK.stream(), Stream.of(EntitlementKind.RVB_ALLOWANCE))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntitlementKind.class)));

    /** Of several permits, the one that lasts longest (open-ended first), then the one that began last. */
    private static final Comparator<ResidencePermitGranted> LATEST_ENDING = Comparator.comparing(
                    ResidencePermitGranted::validUntil, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(ResidencePermitGranted::validFrom);

    private final RepeatedAsylumApplicationRule repeatedApplications;
    private final MeansTestRule meansTest;

    public EntitlementPolicy(RepeatedAsylumApplicationRule repeatedApplications, MeansTestRule meansTest) {
        this.repeatedApplications = repeatedApplications;
        this.meansTest = meansTest;
    }

    public EntitlementPolicy(RepeatedAsylumApplicationRule repeatedApplications) {
        this(repeatedApplications, MeansTestRule.RECORDED_FACT);
    }

    /** The letter's reading: a repeated asylum application gives reception from filing; recorded means count. */
    public static EntitlementPolicy standard() {
        return new EntitlementPolicy(RepeatedAsylumApplicationRule.FROM_FILING, MeansTestRule.RECORDED_FACT);
    }

    /** The answer on {@code date}, from the facts valid on that date. */
    public EntitlementAnswer on(PersonHistory history, LocalDate date) {
        return answer(new Facts(history.personOn(date), history.casesOn(date), date));
    }

    private EntitlementAnswer answer(Facts f) {
        LocalDate date = f.date;
        List<Ending> endings = endings(f);
        List<Episode> episodes = episodes(f);
        List<Episode> running = episodes.stream()
                .filter(e -> within(date, e.from(), e.lastDay()))
                .filter(e -> endings.stream()
                        .noneMatch(x -> x.ends(e) && !x.effectiveFrom().isAfter(date)))
                .toList();
        Optional<EntitlementAnswer> excluded = detained(f).or(() -> lawfulResidence(f, running));
        if (excluded.isPresent()) {
            return excluded.get();
        }
        Optional<SufficientMeansEstablished> means = sufficientMeans(f);
        List<Episode> available = means.isEmpty()
                ? running
                : running.stream()
                        .filter(e -> !RVA_RECEPTION.contains(e.kind()))
                        .toList();
        return available.stream() // episodes() lists the kinds from the most protective down
                .findFirst()
                .map(e -> e.answer(lastDayBeforeAKnownEnding(e, endings, date)))
                .or(() -> means.filter(m -> !running.isEmpty()).map(m -> ownMeans(f, m)))
                .orElseGet(() -> mostRecentReasonWhyNot(f, episodes, endings));
    }

    // Rva 2005 art. 2: the Rva provides only for a person without sufficient means; reception under it waits while a
    // recorded finding of such means holds (the other kinds of shelter are not Rva reception).
    private Optional<SufficientMeansEstablished> sufficientMeans(Facts f) {
        if (meansTest == MeansTestRule.IGNORED) {
            return Optional.empty();
        }
        return f.person.sufficientMeans().stream()
                .filter(m -> within(f.date, m.from(), m.until()))
                .max(Comparator.comparing(SufficientMeansEstablished::from));
    }

    private static EntitlementAnswer ownMeans(Facts f, SufficientMeansEstablished means) {
        return no(
                Refusal.SUFFICIENT_MEANS,
                "Rva 2005 art. 2",
                means.from(),
                f.alienRefTo(means),
                Explanations.sufficientMeans(means.from(), means.until()));
    }

    /**
     * The intervals of entitlement ({@code from} and {@code until} both included), derived from {@link #on} on every
     * day an answer can change, so that the two can never disagree.
     */
    public List<EntitlementPeriod> periods(PersonHistory history) {
        List<EntitlementPeriod> periods = new ArrayList<>();
        EntitlementAnswer open = null;
        LocalDate openFrom = null;
        PersonHistory.Ascending folds = history.ascending(); // changeDays are in ascending order
        for (LocalDate day : changeDays(history)) {
            EntitlementAnswer answer = answer(new Facts(folds.personOn(day), folds.casesOn(day), day));
            if (open != null && answer.sameEntitlement(open)) {
                continue;
            }
            if (open != null && open.entitled()) {
                periods.add(new EntitlementPeriod(open.kind(), open.legalBasis(), openFrom, lastDayBefore(day)));
            }
            open = answer;
            openFrom = day;
        }
        if (open != null && open.entitled()) {
            periods.add(new EntitlementPeriod(open.kind(), open.legalBasis(), openFrom, null));
        }
        return periods;
    }

    // ---- Episodes: the facts that entitle, each from its own date (the table's "opens" rows) ----

    private List<Episode> episodes(Facts f) {
        return Stream.of(
                        unaccompaniedMinor(f),
                        asylumReception(f),
                        interimRelief(f),
                        art64(f),
                        equatedCategory(f),
                        departureTerm(f),
                        familyLocation(f),
                        vbl(f),
                        rvbAllowance(f))
                .flatMap(List::stream)
                .toList();
    }

    // Rva 2005 art. 6: an unaccompanied minor has reception until the day after turning 18.
    private List<Episode> unaccompaniedMinor(Facts f) {
        return f.person.registration().filter(AlienRegistered::unaccompaniedMinor).stream()
                .map(r -> {
                    LocalDate lastDay = lastDayOfTermAfter(r.dateOfBirth(), Period.ofYears(18));
                    return new Episode(
                            EntitlementKind.UNACCOMPANIED_MINOR,
                            "Rva 2005 art. 6",
                            r.registeredOn(),
                            lastDay,
                            f.alienRef(AlienRegistered.class),
                            Explanations.unaccompaniedMinor(lastDay));
                })
                .toList();
    }

    // Rva 2005 art. 1(d), 3: an asylum application gives COA reception from filing; a repeated one as configured.
    private List<Episode> asylumReception(Facts f) {
        return f.person.asylumApplications().stream()
                .filter(a -> a.pendingOn(f.date))
                .filter(a -> a.kind() == AsylumApplicationKind.FIRST
                        || repeatedApplications == RepeatedAsylumApplicationRule.FROM_FILING)
                .map(a -> new Episode(
                        EntitlementKind.ASYLUM_RECEPTION,
                        "Rva 2005 art. 1(d), 3",
                        a.filedOn(),
                        null,
                        List.of(f.alienEvent(a.sequence())),
                        Explanations.asylumReception(a.kind(), a.filedOn())))
                .toList();
    }

    // Rva 2005 art. 5: reception continues while interim relief against the asylum rejection is pending, until 4 weeks
    // after it is refused; Rva 2005 art. 3(3)(a): granted interim relief gives reception while it holds.
    private List<Episode> interimRelief(Facts f) {
        return f.person.interimReliefs().stream()
                .map(r -> {
                    boolean granted = r.outcome() == DecisionOutcome.GRANTED;
                    LocalDate lastDay = interimReliefLastDay(r);
                    return new Episode(
                            EntitlementKind.INTERIM_RELIEF,
                            granted ? "Rva 2005 art. 3(3)(a)" : "Rva 2005 art. 5",
                            r.requestedOn(),
                            lastDay,
                            List.of(f.alienEvent(r.sequence())),
                            Explanations.interimRelief(r.requestedOn(), r.outcome(), r.decidedOn(), lastDay));
                })
                .toList();
    }

    /** The last day of reception on interim relief: 4 weeks after a refusal; none while pending or granted. */
    private static LocalDate interimReliefLastDay(InterimRelief relief) {
        return relief.outcome() == DecisionOutcome.REJECTED
                ? lastDayOfTermAfter(relief.decidedOn(), Period.ofWeeks(4))
                : null;
    }

    // Rva 2005 art. 3(3)(f), 7(1)(d): art. 64 gives reception until 4 weeks after it ends; a provisional art. 64 only
    // to a rejected asylum seeker (Vc A3/7).
    private List<Episode> art64(Facts f) {
        return f.person.deferrals().stream()
                .filter(d -> d.kind() == DeferralKind.GRANTED || f.rejectedAsylumSeeker())
                .map(d -> {
                    LocalDate lastDay = art64ReceptionLastDay(d);
                    return new Episode(
                            EntitlementKind.ART_64,
                            "Rva 2005 art. 3(3)(f), 7(1)(d)",
                            d.from(),
                            lastDay,
                            List.of(f.alienEvent(d.sequence())),
                            Explanations.art64(d.kind(), d.lastDay(), lastDay));
                })
                .toList();
    }

    // Rva 2005 art. 3(3)(l): an ECtHR interim measure; art. 3(3)(g), (m)-(o): factually the same situation as art. 64;
    // both are equated with an asylum seeker and give reception for as long as recorded.
    private List<Episode> equatedCategory(Facts f) {
        return f.person.equatedCategories().stream()
                .map(c -> new Episode(
                        EntitlementKind.EQUATED_CATEGORY,
                        equatedCategoryBasis(c.category()),
                        c.from(),
                        c.until(),
                        f.alienRefTo(c),
                        Explanations.equatedCategory(c.category(), c.from(), c.until())))
                .toList();
    }

    /** The category an episode's basis names (each category has its own basis). */
    private static EquatedCategory equatedCategoryOf(String basis) {
        return Stream.of(EquatedCategory.values())
                .filter(c -> equatedCategoryBasis(c).equals(basis))
                .findFirst()
                .orElseThrow();
    }

    private static String equatedCategoryBasis(EquatedCategory category) {
        return switch (category) {
            case ECTHR_INTERIM_MEASURE -> "Rva 2005 art. 3(3)(l)";
            case SAME_SITUATION_AS_ART_64 -> "Rva 2005 art. 3(3)(g), (m)-(o)";
        };
    }

    // Vw art. 62; Rva 2005 art. 5, 7(1)(b): after a rejection reception continues through the departure term.
    // Vw art. 62(3): an extended term carries reception through its new last day (one episode, one basis: the
    // extension moves the last day, the explanation says so).
    private List<Episode> departureTerm(Facts f) {
        return f.person.asylumDutyToLeave().stream()
                .map(d -> new Episode(
                        EntitlementKind.DEPARTURE_TERM,
                        "Vw art. 62; Rva 2005 art. 5, 7(1)(b)",
                        d.decidedOn(),
                        d.lastDay(),
                        List.of(f.alienEvent(d.source())),
                        Explanations.departureTerm(d.decidedOn(), d.term().days(), d.extended(), d.lastDay())))
                .toList();
    }

    // Vw art. 56; policy on the family location (DT&V, gezinslocatie): a family with minor children keeps shelter until
    // departure or until the youngest child turns 18, after placement there or once the departure term has ended.
    private List<Episode> familyLocation(Facts f) {
        // The youngest child present, also once of age: its 18th birthday is when the family location ran out.
        Optional<LocalDate> youngest = f.person.familyMembersPresentOn(f.date).stream()
                .filter(FamilyMembership::isChild)
                .map(FamilyMembership::dateOfBirth)
                .filter(born -> born != null && !born.isAfter(f.date))
                .max(Comparator.naturalOrder());
        if (youngest.isEmpty()) {
            return List.of();
        }
        LocalDate lastDay = lastDayBefore(youngest.get().plusYears(18));
        List<Episode> episodes = new ArrayList<>();
        for (CaseState c : f.cases) {
            c.placement()
                    .filter(p -> p.kind() == PlacementKind.FAMILY_LOCATION)
                    .ifPresent(p -> episodes.add(
                            familyLocation(p.placedOn(), lastDay, f.caseRef(c, PlacedInFamilyLocation.class))));
        }
        // after any departure term: an asylum rejection's or a return decision's outside asylum
        f.person
                .currentDutyToLeave()
                .ifPresent(d -> episodes.add(
                        familyLocation(firstDayAfter(d.lastDay()), lastDay, List.of(f.alienEvent(d.source())))));
        return episodes;
    }

    private static Episode familyLocation(LocalDate from, LocalDate lastDay, List<EventRef> refs) {
        return new Episode(
                EntitlementKind.FAMILY_LOCATION,
                "Vw art. 56; beleid gezinslocaties (DT&V)",
                from,
                lastDay,
                refs,
                Explanations.familyLocation(lastDay));
    }

    // Vw art. 56; policy on the VBL (DT&V/COA): shelter in the VBL for 12 weeks unless extended (extra-legal).
    private List<Episode> vbl(Facts f) {
        List<Episode> episodes = new ArrayList<>();
        for (CaseState c : f.cases) {
            c.vblPlacement()
                    .ifPresent(p -> episodes.add(new Episode(
                            EntitlementKind.VBL,
                            "Vw art. 56; beleid vrijheidsbeperkende locatie (DT&V/COA)",
                            p.placedOn(),
                            p.endsOn(),
                            f.caseRef(c, PlacedInVbl.class),
                            Explanations.vbl(p.endsOn()))));
        }
        return episodes;
    }

    // Rvb art. 2-3; Vc B8/3: a trafficking victim gets the Rvb allowance (not COA shelter) from the reflection period
    // until lawful residence on the trafficking permit ends.
    private List<Episode> rvbAllowance(Facts f) {
        return f.person.reflectionPeriod().stream()
                .map(r -> {
                    Optional<ResidencePermitGranted> permit = f.person.permits().stream()
                            .filter(p -> p.kind() == PermitKind.HUMAN_TRAFFICKING)
                            .max(LATEST_ENDING);
                    LocalDate lastDay =
                            permit.map(ResidencePermitGranted::validUntil).orElse(r.endsOn());
                    return new Episode(
                            EntitlementKind.RVB_ALLOWANCE,
                            "Rvb art. 2-3; Vc B8/3",
                            r.grantedOn(),
                            lastDay,
                            f.alienRef(ReflectionPeriodGranted.class),
                            Explanations.rvbAllowance(permit.isPresent(), lastDay));
                })
                .toList();
    }

    private static LocalDate art64ReceptionLastDay(Deferral deferral) {
        return lastDayOfTermAfter(deferral.lastDay(), Period.ofWeeks(4));
    }

    // ---- Endings: the facts that end the episodes running when they happened (the table's "ends" rows) ----

    private static List<Ending> endings(Facts f) {
        List<Ending> endings = new ArrayList<>();
        for (CaseState c : f.cases) {
            endings.addAll(departures(f, c));
            endings.addAll(missedTwice(f, c));
        }
        endings.addAll(entryBans(f));
        endings.addAll(frauds(f));
        endings.addAll(nonArrivals(f));
        endings.addAll(amvFollowUpCare(f));
        endings.addAll(permits(f));
        return endings;
    }

    // Vw art. 61; Rva 2005 art. 6, 7(1): a recorded departure ends the return track and every reception under it.
    private static List<Ending> departures(Facts f, CaseState c) {
        return c.history().stream()
                .filter(e -> e.event() instanceof DepartureRecorded)
                .map(e -> {
                    DepartureRecorded departure = (DepartureRecorded) e.event();
                    return new Ending(
                            Refusal.DEPARTED,
                            "Vw art. 61; Rva 2005 art. 7(1)",
                            departure.departedOn(),
                            departure.departedOn(),
                            EVERY_KIND,
                            List.of(new EventRef(CASE, c.caseId().value(), e.sequence())),
                            Explanations.departed(departure.type(), departure.departedOn()));
                })
                .toList();
    }

    // Rva 2005 art. 7(1)(j): two consecutive missed check-ins end reception 2 weeks after the first miss.
    private static List<Ending> missedTwice(Facts f, CaseState c) {
        List<Ending> endings = new ArrayList<>();
        SequencedCaseEvent previousMiss = null;
        for (SequencedCaseEvent e : c.history()) {
            if (e.event() instanceof CheckInRecorded) {
                previousMiss = null;
            } else if (e.event() instanceof CheckInMissed miss) {
                if (previousMiss != null) {
                    LocalDate first = ((CheckInMissed) previousMiss.event()).missedOn();
                    LocalDate lastDay = lastDayOfTermAfter(first, Period.ofWeeks(2));
                    endings.add(new Ending(
                            Refusal.REPORTING_MISSED_TWICE,
                            "Rva 2005 art. 7(1)(j)",
                            first,
                            firstDayAfter(lastDay),
                            RVA_RECEPTION,
                            List.of(
                                    new EventRef(CASE, c.caseId().value(), previousMiss.sequence()),
                                    new EventRef(CASE, c.caseId().value(), e.sequence())),
                            Explanations.missedTwice(first, miss.missedOn(), lastDay)));
                }
                previousMiss = e;
            }
        }
        return endings;
    }

    // Rva 2005 art. 7(1)(h): an entry ban ends reception at once.
    private static List<Ending> entryBans(Facts f) {
        return f.person.entryBans().stream()
                .map(ban -> new Ending(
                        Refusal.ENTRY_BAN,
                        "Rva 2005 art. 7(1)(h)",
                        ban.imposedOn(),
                        ban.imposedOn(),
                        RVA_RECEPTION,
                        f.alienRefTo(ban),
                        Explanations.entryBan(ban.imposedOn())))
                .toList();
    }

    // Rva 2005 art. 7(1)(i): not arriving within 48 hours of a transfer; art. 4(3)(a): not reporting within 24 hours
    // of a referral. In days: the last day in is the day the hours ran out (sent + 2, sent + 1), then none.
    private static List<Ending> nonArrivals(Facts f) {
        return f.person.nonArrivals().stream()
                .map(n -> {
                    LocalDate lastDay = nonArrivalLastDay(n);
                    return new Ending(
                            Refusal.NOT_ARRIVED,
                            n.deadline() == ArrivalDeadline.TRANSFER_48_HOURS
                                    ? "Rva 2005 art. 7(1)(i)"
                                    : "Rva 2005 art. 4(3)(a)",
                            n.sentOn(),
                            firstDayAfter(lastDay),
                            RVA_RECEPTION,
                            f.alienRefTo(n),
                            Explanations.notArrived(n.deadline(), n.sentOn(), lastDay));
                })
                .toList();
    }

    private static LocalDate nonArrivalLastDay(NonArrivalRecorded n) {
        return n.deadline() == ArrivalDeadline.TRANSFER_48_HOURS
                ? lastDayOfTermAfter(n.sentOn(), Period.ofDays(2))
                : lastDayOfTermAfter(n.sentOn(), Period.ofDays(1));
    }

    // Rva 2005 art. 6: follow-up care by the guardian organisation ends the unaccompanied minor's reception.
    private static List<Ending> amvFollowUpCare(Facts f) {
        return f.person.amvFollowUpCare().stream()
                .map(c -> new Ending(
                        Refusal.AMV_FOLLOW_UP_CARE,
                        "Rva 2005 art. 6",
                        c.startedOn(),
                        c.startedOn(),
                        EnumSet.of(EntitlementKind.UNACCOMPANIED_MINOR),
                        f.alienRefTo(c),
                        Explanations.amvFollowUpCare(c.startedOn())))
                .toList();
    }

    // Rva 2005 art. 7(1)(k): established fraud ends reception under the Rva 2005 at once.
    private static List<Ending> frauds(Facts f) {
        return f.person.frauds().stream()
                .map(fraud -> new Ending(
                        Refusal.FRAUD,
                        "Rva 2005 art. 7(1)(k)",
                        fraud.establishedOn(),
                        fraud.establishedOn(),
                        RVA_RECEPTION,
                        f.alienRefTo(fraud),
                        Explanations.fraud(fraud.establishedOn())))
                .toList();
    }

    // Vw art. 8: a residence permit is lawful residence, which ends the return track and the reception under it; a
    // trafficking permit continues the Rvb allowance (Vc B8/3).
    private static List<Ending> permits(Facts f) {
        return f.person.permits().stream()
                .map(p -> new Ending(
                        Refusal.LAWFUL_RESIDENCE,
                        "Vw art. 8",
                        p.validFrom(),
                        p.validFrom(),
                        p.kind() == PermitKind.HUMAN_TRAFFICKING ? RETURN_TRACK : RETURN_TRACK_AND_RVB,
                        f.alienRefTo(p),
                        Explanations.lawfulResidence(p.kind(), p.validUntil())))
                .toList();
    }

    // ---- Exclusions that hold whatever episode runs ----

    // Rva 2005 art. 1(d); Rvb art. 5(b): no reception and no allowance while lawfully deprived of liberty; the episode
    // resumes when the detention is lifted.
    private static Optional<EntitlementAnswer> detained(Facts f) {
        for (CaseState c : f.cases) {
            if (c.detention().isPresent()) {
                return Optional.of(no(
                        Refusal.DETAINED,
                        "Rva 2005 art. 1(d); Rvb art. 5(b)",
                        c.detention().get().orderedOn(),
                        f.caseRef(c, DetentionOrdered.class),
                        Explanations.detained(
                                c.detention().get().basis(), c.detention().get().orderedOn())));
            }
        }
        return Optional.empty();
    }

    // Vw art. 8: while a permit is valid there is no return track (the Rvb allowance on a trafficking permit aside).
    private static Optional<EntitlementAnswer> lawfulResidence(Facts f, List<Episode> running) {
        return f.person.permits().stream()
                .filter(p -> within(f.date, p.validFrom(), p.validUntil()))
                .filter(p -> p.kind() != PermitKind.HUMAN_TRAFFICKING
                        || running.stream().noneMatch(e -> e.kind() == EntitlementKind.RVB_ALLOWANCE))
                .max(LATEST_ENDING)
                .map(p -> no(
                        Refusal.LAWFUL_RESIDENCE,
                        "Vw art. 8",
                        p.validFrom(),
                        f.alienRefTo(p),
                        Explanations.lawfulResidence(p.kind(), p.validUntil())));
    }

    /** The episode's last day, or the day before an ending already known to come (two misses, 2 weeks on). */
    private static LocalDate lastDayBeforeAKnownEnding(Episode episode, List<Ending> endings, LocalDate date) {
        return endings.stream()
                .filter(x -> x.ends(episode) && x.effectiveFrom().isAfter(date))
                .map(x -> lastDayBefore(x.effectiveFrom()))
                .filter(day -> episode.lastDay() == null || day.isBefore(episode.lastDay()))
                .min(Comparator.naturalOrder())
                .orElse(episode.lastDay());
    }

    // ---- No entitlement: the most recent fact that explains why ----

    /**
     * When no episode runs, the reason is the most recent of: an ending, the natural end of an episode, or a fact
     * that by law gives nothing (a request for art. 64, a regular application, buitenschuld, ...).
     */
    private EntitlementAnswer mostRecentReasonWhyNot(Facts f, List<Episode> episodes, List<Ending> endings) {
        List<EntitlementAnswer> reasons = new ArrayList<>();
        endings.stream()
                .filter(x -> !x.effectiveFrom().isAfter(f.date))
                .map(x -> no(x.refusal(), x.basis(), x.effectiveFrom(), x.refs(), x.explanation()))
                .forEach(reasons::add);
        for (Episode e : episodes) {
            boolean ranOut = e.lastDay() != null && e.lastDay().isBefore(f.date);
            if (ranOut
                    && endings.stream()
                            .noneMatch(x -> x.ends(e) && !x.effectiveFrom().isAfter(e.lastDay()))) {
                naturalEnd(e).ifPresent(reasons::add);
            }
        }
        f.person.asylumApplications().stream()
                .filter(a -> a.pendingOn(f.date) && a.kind() == AsylumApplicationKind.REPEATED)
                .filter(a -> repeatedApplications == RepeatedAsylumApplicationRule.NONE)
                .map(a -> no(
                        Refusal.REPEATED_APPLICATION_GIVES_NONE,
                        "Rva 2005 art. 10(1)(e)",
                        a.filedOn(),
                        List.of(f.alienEvent(a.sequence())),
                        Explanations.repeatedApplicationGivesNone(a.filedOn())))
                .forEach(reasons::add);
        f.person
                .openDeferralRequest()
                .map(r -> no(
                        Refusal.ART_64_ONLY_REQUESTED,
                        "Rva 2005 art. 4(3)(d)",
                        r.requestedOn(),
                        f.alienRef(DepartureDeferralRequested.class),
                        Explanations.art64OnlyRequested(r.requestedOn())))
                .ifPresent(reasons::add);
        f.person.deferrals().stream()
                .filter(d -> d.kind() == DeferralKind.PROVISIONAL && !f.rejectedAsylumSeeker())
                .filter(d -> within(f.date, d.from(), art64ReceptionLastDay(d)))
                .map(d -> no(
                        Refusal.PROVISIONAL_ART_64_GIVES_NONE,
                        "Vc A3/7; Rva 2005 art. 3(3)(f)",
                        d.from(),
                        List.of(f.alienEvent(d.sequence())),
                        Explanations.provisionalArt64GivesNone(d.from())))
                .forEach(reasons::add);
        for (CaseState c : f.cases) {
            c.buitenschuld()
                    .map(b -> no(
                            Refusal.BUITENSCHULD_GIVES_NONE,
                            "Vc B8/4",
                            b.establishedOn(),
                            f.caseRef(c, BuitenschuldEstablished.class),
                            Explanations.buitenschuldGivesNone(b.establishedOn())))
                    .ifPresent(reasons::add);
        }
        f.person.regularApplications().stream()
                .filter(a -> a.pending())
                .map(a -> no(
                        Refusal.REGULAR_APPLICATION_GIVES_NONE,
                        "Rva 2005 art. 7(2)",
                        a.filedOn(),
                        List.of(f.alienEvent(a.sequence())),
                        Explanations.regularApplicationGivesNone(a.filedOn())))
                .forEach(reasons::add);
        return reasons.stream()
                .max(Comparator.comparing(EntitlementAnswer::validFrom))
                .orElseGet(() ->
                        no(Refusal.NO_ENTITLING_FACT, "Rva 2005", null, List.of(), Explanations.noEntitlingFact()));
    }

    /** The answer the day after an episode ran out by itself. */
    private static Optional<EntitlementAnswer> naturalEnd(Episode e) {
        LocalDate firstDayOut = firstDayAfter(e.lastDay());
        return switch (e.kind()) {
            case DEPARTURE_TERM ->
                Optional.of(no(
                        Refusal.DEPARTURE_TERM_ENDED,
                        "Vw art. 62; Rva 2005 art. 7(1)(b)",
                        firstDayOut,
                        e.refs(),
                        Explanations.departureTermEnded(e.lastDay())));
            case ART_64 ->
                Optional.of(no(
                        Refusal.ART_64_ENDED,
                        "Rva 2005 art. 7(1)(d)",
                        firstDayOut,
                        e.refs(),
                        Explanations.art64Ended(e.lastDay())));
            case EQUATED_CATEGORY ->
                Optional.of(no(
                        Refusal.EQUATED_CATEGORY_ENDED,
                        e.basis(),
                        firstDayOut,
                        e.refs(),
                        Explanations.equatedCategoryEnded(equatedCategoryOf(e.basis()), e.lastDay())));
            case INTERIM_RELIEF ->
                Optional.of(no(
                        Refusal.INTERIM_RELIEF_REFUSED,
                        "Rva 2005 art. 5",
                        firstDayOut,
                        e.refs(),
                        Explanations.interimReliefRefused(e.lastDay())));
            case VBL ->
                Optional.of(no(
                        Refusal.VBL_ENDED,
                        "Vw art. 56; beleid vrijheidsbeperkende locatie (DT&V/COA)",
                        firstDayOut,
                        e.refs(),
                        Explanations.vblEnded(e.lastDay())));
            case UNACCOMPANIED_MINOR, FAMILY_LOCATION, RVB_ALLOWANCE ->
                Optional.of(no(
                        switch (e.kind()) {
                            case UNACCOMPANIED_MINOR -> Refusal.TURNED_18;
                            case FAMILY_LOCATION -> Refusal.YOUNGEST_CHILD_TURNED_18;
                            default -> Refusal.RVB_ENDED;
                        },
                        e.basis(),
                        firstDayOut,
                        e.refs(),
                        Explanations.episodeEnded(e.kind(), e.lastDay())));
            default -> Optional.empty();
        };
    }

    // ---- The days an answer can change ----

    /** Every business date, and every first day in or out of a rule in time (answers hold in between). */
    static TreeSet<LocalDate> changeDays(PersonHistory history) {
        TreeSet<LocalDate> days = new TreeSet<>();
        history.businessDates().forEach(days::add);
        LegalPosition person = LegalPosition.of(PersonHistory.alienEventsValidOn(history.person(), LocalDate.MAX));
        person.registration()
                .ifPresent(r -> days.add(firstDayAfter(lastDayOfTermAfter(r.dateOfBirth(), Period.ofYears(18)))));
        person.childrenDatesOfBirthEver().forEach(birth -> days.add(birth.plusYears(18)));
        days.addAll(person.familyChangeDates());
        person.dutiesToLeave().forEach(d -> days.add(firstDayAfter(d.lastDay())));
        person.sufficientMeans().stream()
                .filter(m -> m.until() != null)
                .forEach(m -> days.add(firstDayAfter(m.until())));
        for (Deferral deferral : person.deferrals()) {
            days.add(firstDayAfter(deferral.lastDay()));
            days.add(firstDayAfter(art64ReceptionLastDay(deferral)));
        }
        person.interimReliefs().stream()
                .map(EntitlementPolicy::interimReliefLastDay)
                .filter(lastDay -> lastDay != null)
                .forEach(lastDay -> days.add(firstDayAfter(lastDay)));
        person.equatedCategories().stream()
                .filter(c -> c.until() != null)
                .forEach(c -> days.add(firstDayAfter(c.until())));
        person.nonArrivals().forEach(n -> days.add(firstDayAfter(nonArrivalLastDay(n))));
        person.permits().forEach(p -> {
            days.add(p.validFrom());
            if (p.validUntil() != null) days.add(firstDayAfter(p.validUntil()));
        });
        person.reflectionPeriod().ifPresent(r -> days.add(firstDayAfter(r.endsOn())));
        for (List<SequencedCaseEvent> events : history.cases()) {
            for (SequencedCaseEvent e : events) {
                if (e.event() instanceof CheckInMissed missed) {
                    days.add(firstDayAfter(lastDayOfTermAfter(missed.missedOn(), Period.ofWeeks(2))));
                }
                if (e.event() instanceof PlacedInVbl placed) days.add(firstDayAfter(placed.endsOn()));
                if (e.event() instanceof nl.terugkeer.core.cases.events.VblStayExtended extended) {
                    days.add(firstDayAfter(extended.extendedUntil()));
                }
            }
        }
        return days;
    }

    private static EntitlementAnswer no(
            Refusal refusal, String basis, LocalDate from, List<EventRef> refs, String why) {
        return new EntitlementAnswer(false, EntitlementKind.NONE, basis, from, null, refs, why, refusal);
    }

    /** An entitling fact: reception of a kind from its first day through its last day (null: open-ended). */
    private record Episode(
            EntitlementKind kind,
            String basis,
            LocalDate from,
            LocalDate lastDay,
            List<EventRef> refs,
            String explanation) {

        EntitlementAnswer answer(LocalDate until) {
            return new EntitlementAnswer(true, kind, basis, from, until, refs, explanation, null);
        }
    }

    /**
     * A terminating fact that happened on {@code cause}: it ends the episodes of {@code kinds} that began on or before
     * that day, from {@code effectiveFrom} (the first day without).
     */
    private record Ending(
            Refusal refusal,
            String basis,
            LocalDate cause,
            LocalDate effectiveFrom,
            Set<EntitlementKind> kinds,
            List<EventRef> refs,
            String explanation) {

        boolean ends(Episode episode) {
            return kinds.contains(episode.kind()) && !episode.from().isAfter(cause);
        }
    }

    /** What the rules look at on one date. */
    private record Facts(LegalPosition person, List<CaseState> cases, LocalDate date) {

        UUID alienId() {
            return person.alienId().value();
        }

        /** The latest asylum application, when it was rejected with a departure term. */
        Optional<AsylumApplication> latestRejection() {
            return person.latestAsylumApplication()
                    .filter(a ->
                            a.outcome() == DecisionOutcome.REJECTED && a.term().isPresent());
        }

        // Vc A3/7: a provisional art. 64 gives reception to a rejected asylum seeker.
        boolean rejectedAsylumSeeker() {
            return person.asylumApplications().stream().anyMatch(a -> a.outcome() == DecisionOutcome.REJECTED);
        }

        EventRef alienEvent(long sequence) {
            return new EventRef(ALIEN, alienId(), sequence);
        }

        /** The entry that recorded exactly this event (the last, should it have been recorded twice). */
        List<EventRef> alienRefTo(AlienEvent event) {
            return person.history().reversed().stream()
                    .filter(e -> e.event().equals(event))
                    .findFirst()
                    .map(e -> List.of(alienEvent(e.sequence())))
                    .orElse(List.of());
        }

        /** The last entry of the person of that event type. */
        List<EventRef> alienRef(Class<? extends AlienEvent> type) {
            return person.history().reversed().stream()
                    .filter(e -> type.isInstance(e.event()))
                    .findFirst()
                    .map(SequencedAlienEvent::sequence)
                    .map(sequence -> List.of(alienEvent(sequence)))
                    .orElse(List.of());
        }

        /** The last entry of the case of that event type. */
        List<EventRef> caseRef(CaseState c, Class<? extends CaseEvent> type) {
            return c.history().reversed().stream()
                    .filter(e -> type.isInstance(e.event()))
                    .findFirst()
                    .map(e -> List.of(new EventRef(CASE, c.caseId().value(), e.sequence())))
                    .orElse(List.of());
        }
    }
}
