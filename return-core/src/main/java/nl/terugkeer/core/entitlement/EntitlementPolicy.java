package nl.terugkeer.core.entitlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import nl.terugkeer.core.aliens.AsylumApplication;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.Deferral;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.DepartureDeferralRequested;
import nl.terugkeer.core.aliens.events.EntryBanImposed;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.RegularApplicationFiled;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.Placement;
import nl.terugkeer.core.cases.PlacementKind;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.events.BuitenschuldEstablished;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.CheckInMissed;
import nl.terugkeer.core.cases.events.DepartureRecorded;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.PlacedInFamilyLocation;
import nl.terugkeer.core.cases.events.PlacedInVbl;
import nl.terugkeer.core.cases.events.VblStayExtended;

/**
 * Entitlement to state reception (rijksopvang) as a pure function of a person's history and a date
 * (product.md, "the rules to encode"; domain.md §3-4). The rules are tried in a fixed order and the first that
 * applies answers (docs/domain/entitlement.md):
 *
 * <ol>
 *   <li>what ends the return track: a recorded departure, then lawful residence (a valid permit);
 *   <li>what excludes reception whatever else holds: detention, an entry ban, two consecutive missed check-ins
 *       (from 2 weeks after the first);
 *   <li>what entitles: unaccompanied minor, pending asylum application, art. 64 (+4 weeks), the departure term
 *       after a rejection, family location, VBL, the Rvb allowance in the reflection period;
 *   <li>otherwise no, with the most specific reason.
 * </ol>
 */
public final class EntitlementPolicy {

    private static final String ALIEN = "Alien";
    private static final String CASE = "Case";

    private final RepeatedAsylumApplicationRule repeatedApplications;

    public EntitlementPolicy(RepeatedAsylumApplicationRule repeatedApplications) {
        this.repeatedApplications = repeatedApplications;
    }

    /** The letter's reading: a repeated asylum application gives reception from filing. */
    public static EntitlementPolicy standard() {
        return new EntitlementPolicy(RepeatedAsylumApplicationRule.FROM_FILING);
    }

    /** The answer on {@code date}, from the facts valid on that date. */
    public EntitlementAnswer on(PersonHistory history, LocalDate date) {
        LegalPosition person = history.personOn(date);
        List<CaseState> cases = history.casesOn(date);
        Facts facts = new Facts(person, cases, date);
        return departed(facts)
                .or(() -> lawfulResidence(facts))
                .or(() -> detained(facts))
                .or(() -> entryBan(facts))
                .or(() -> reportingMissedTwice(facts))
                .or(() -> unaccompaniedMinor(facts))
                .or(() -> pendingAsylumApplication(facts))
                .or(() -> art64(facts))
                .or(() -> departureTerm(facts))
                .or(() -> familyLocation(facts))
                .or(() -> vbl(facts))
                .or(() -> reflectionPeriod(facts))
                .orElseGet(() -> noEntitlement(facts));
    }

    /**
     * The intervals of entitlement, derived from {@link #on} on every day an answer can change, so that the
     * two can never disagree.
     */
    public List<EntitlementPeriod> periods(PersonHistory history) {
        List<EntitlementPeriod> periods = new ArrayList<>();
        EntitlementAnswer open = null;
        LocalDate openFrom = null;
        for (LocalDate day : changeDays(history)) {
            EntitlementAnswer answer = on(history, day);
            if (open != null && answer.sameEntitlement(open)) {
                continue;
            }
            if (open != null && open.entitled()) {
                periods.add(new EntitlementPeriod(open.kind(), open.legalBasis(), openFrom, day));
            }
            open = answer;
            openFrom = day;
        }
        if (open != null && open.entitled()) {
            periods.add(new EntitlementPeriod(open.kind(), open.legalBasis(), openFrom, null));
        }
        return periods;
    }

    /** Every business date, and every day a time-based rule can change the answer (answers hold in between). */
    static TreeSet<LocalDate> changeDays(PersonHistory history) {
        TreeSet<LocalDate> days = new TreeSet<>();
        history.businessDates().forEach(days::add);
        LegalPosition person = LegalPosition.of(PersonHistory.alienEventsValidOn(history.person(), LocalDate.MAX));
        person.registration()
                .ifPresent(r -> days.add(r.dateOfBirth().plusYears(18).plusDays(1)));
        person.childrenDatesOfBirth().forEach(birth -> days.add(birth.plusYears(18)));
        person.asylumApplications().stream()
                .map(AsylumApplication::term)
                .flatMap(Optional::stream)
                .forEach(term -> days.add(term.endsOn().plusDays(1)));
        for (Deferral deferral : person.deferrals()) {
            days.add(deferral.lastDay().plusDays(1));
            days.add(art64ReceptionEnd(deferral));
        }
        person.permits().forEach(p -> {
            days.add(p.validFrom());
            if (p.validUntil() != null) days.add(p.validUntil());
        });
        person.reflectionPeriod().ifPresent(r -> days.add(r.endsOn()));
        for (List<SequencedCaseEvent> events : history.cases()) {
            for (SequencedCaseEvent e : events) {
                if (e.event() instanceof CheckInMissed missed)
                    days.add(missed.missedOn().plusWeeks(2));
                if (e.event() instanceof PlacedInVbl placed) days.add(placed.endsOn());
                if (e.event() instanceof VblStayExtended extended) days.add(extended.extendedUntil());
            }
        }
        return days;
    }

    // Domain.md §1.8: a recorded departure ends the return track; no rijksopvang under it.
    private Optional<EntitlementAnswer> departed(Facts f) {
        for (CaseState c : f.cases) {
            Optional<DepartureRecorded> departure = c.recordedDeparture();
            if (departure.isPresent()) {
                return Optional.of(no(
                        Refusal.DEPARTED,
                        "domain.md §1.8",
                        departure.get().departedOn(),
                        f.caseRef(c, DepartureRecorded.class),
                        "Vertrek is vastgelegd (" + departure.get().type() + "); het terugkeertraject is beëindigd."));
            }
        }
        return Optional.empty();
    }

    // Domain.md §1.8; Vw art. 8: a valid residence permit is lawful residence, ending the return track.
    private Optional<EntitlementAnswer> lawfulResidence(Facts f) {
        return f.person
                .permitValidOn(f.date)
                .map(permit -> no(
                        Refusal.LAWFUL_RESIDENCE,
                        "Vw art. 8; domain.md §1.8",
                        permit.validFrom(),
                        f.alienRef(ResidencePermitGranted.class),
                        "Er is een geldige verblijfsvergunning (" + permit.kind()
                                + "); rijksopvang in het terugkeertraject vervalt."));
    }

    // Rva art. 1(d): a person lawfully deprived of liberty is not an asylum seeker in the sense of the Rva.
    private Optional<EntitlementAnswer> detained(Facts f) {
        for (CaseState c : f.cases) {
            if (c.detention().isPresent()) {
                return Optional.of(no(
                        Refusal.DETAINED,
                        "Rva 2005 art. 1(d)",
                        c.detention().get().orderedOn(),
                        f.caseRef(c, DetentionOrdered.class),
                        "In vreemdelingenbewaring (" + c.detention().get().basis() + "): geen rijksopvang."));
            }
        }
        return Optional.empty();
    }

    // Rva art. 7(1)(h): an entry ban ends reception at once.
    private Optional<EntitlementAnswer> entryBan(Facts f) {
        return f.person.entryBans().stream()
                .max(Comparator.comparing(EntryBanImposed::imposedOn))
                .map(ban -> no(
                        Refusal.ENTRY_BAN,
                        "Rva 2005 art. 7(1)(h)",
                        ban.imposedOn(),
                        f.alienRef(EntryBanImposed.class),
                        "Er is een inreisverbod opgelegd: de opvang eindigt direct."));
    }

    // Rva art. 7(1)(j): two consecutive missed check-ins end reception 2 weeks after the first miss.
    private Optional<EntitlementAnswer> reportingMissedTwice(Facts f) {
        for (CaseState c : f.cases) {
            Optional<List<LocalDate>> misses = c.consecutiveMisses();
            if (misses.isPresent() && !f.date.isBefore(misses.get().getFirst().plusWeeks(2))) {
                return Optional.of(no(
                        Refusal.REPORTING_MISSED_TWICE,
                        "Rva 2005 art. 7(1)(j)",
                        misses.get().getFirst().plusWeeks(2),
                        f.caseRef(c, CheckInMissed.class),
                        "Twee keer achter elkaar niet gemeld (eerste keer "
                                + misses.get().getFirst() + "): de opvang eindigt 2 weken na de eerste keer."));
            }
        }
        return Optional.empty();
    }

    // Rva art. 6: an unaccompanied minor keeps reception until the day after turning 18.
    private Optional<EntitlementAnswer> unaccompaniedMinor(Facts f) {
        if (!f.person.unaccompaniedMinor()) {
            return Optional.empty();
        }
        LocalDate until = f.person.dateOfBirth().plusYears(18).plusDays(1);
        return f.date.isBefore(until)
                ? Optional.of(yes(
                        EntitlementKind.UNACCOMPANIED_MINOR,
                        "Rva 2005 art. 6",
                        f.person.registration().orElseThrow().registeredOn(),
                        until,
                        f.alienRef(nl.terugkeer.core.aliens.events.AlienRegistered.class),
                        "Alleenstaande minderjarige: opvang tot de dag na het 18e jaar."))
                : Optional.empty();
    }

    // Rva 2005 art. 1(d), 3: an asylum application gives COA reception from filing; repeated ones as configured.
    private Optional<EntitlementAnswer> pendingAsylumApplication(Facts f) {
        Optional<AsylumApplication> pending = f.person.pendingAsylumApplication();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        AsylumApplication application = pending.get();
        if (application.kind() == AsylumApplicationKind.REPEATED
                && repeatedApplications == RepeatedAsylumApplicationRule.NONE) {
            return Optional.empty();
        }
        return Optional.of(yes(
                EntitlementKind.ASYLUM_RECEPTION,
                "Rva 2005 art. 1(d), 3",
                application.filedOn(),
                null,
                List.of(new EventRef(ALIEN, f.alienId(), application.sequence())),
                application.kind() == AsylumApplicationKind.FIRST
                        ? "Asielaanvraag ingediend op " + application.filedOn() + ": recht op rijksopvang (COA)."
                        : "Herhaalde asielaanvraag ingediend op " + application.filedOn()
                                + ": recht op rijksopvang (COA), zoals de Kamerbrief leest."));
    }

    // Rva art. 3(3)(f), 7(1)(d): art. 64 (also provisional) gives reception until 4 weeks after it ends.
    private Optional<EntitlementAnswer> art64(Facts f) {
        return f.person.deferrals().stream()
                .filter(d -> !f.date.isBefore(d.from()) && f.date.isBefore(art64ReceptionEnd(d)))
                .max(Comparator.comparing(Deferral::from))
                .map(d -> yes(
                        EntitlementKind.ART_64,
                        "Rva 2005 art. 3(3)(f), 7(1)(d)",
                        d.from(),
                        art64ReceptionEnd(d),
                        List.of(new EventRef(ALIEN, f.alienId(), d.sequence())),
                        "Uitstel van vertrek (art. 64 Vw, " + d.kind() + ") tot en met " + d.lastDay()
                                + ": rijksopvang tot 4 weken daarna."));
    }

    // Vw art. 62; Rva art. 5, 7(1)(b): after a rejection reception continues until the departure term ends.
    private Optional<EntitlementAnswer> departureTerm(Facts f) {
        return f.person
                .latestAsylumApplication()
                .filter(a -> a.outcome() == DecisionOutcome.REJECTED && a.term().isPresent())
                .filter(a -> !f.date.isAfter(a.term().get().endsOn()))
                .map(a -> yes(
                        EntitlementKind.DEPARTURE_TERM,
                        "Vw art. 62; Rva 2005 art. 5, 7(1)(b)",
                        a.decidedOn(),
                        a.term().get().endsOn().plusDays(1),
                        List.of(new EventRef(ALIEN, f.alienId(), a.sequence())),
                        "Asielaanvraag afgewezen op " + a.decidedOn() + "; opvang loopt door tot het einde van de "
                                + "vertrektermijn (" + a.term().get().days() + " dagen) op "
                                + a.term().get().endsOn() + "."));
    }

    // DTV-GL; domain.md §1.6: a family with minor children keeps shelter in a family location until departure or
    // the youngest turns 18: after placement there, or after the departure term of a rejection has ended.
    private Optional<EntitlementAnswer> familyLocation(Facts f) {
        Optional<LocalDate> youngestAdult = f.person.childrenDatesOfBirth().stream()
                .max(Comparator.naturalOrder())
                .map(birth -> birth.plusYears(18));
        if (youngestAdult.isEmpty() || !f.date.isBefore(youngestAdult.get())) {
            return Optional.empty();
        }
        Optional<CaseState> placed = f.cases.stream()
                .filter(c -> c.placement()
                        .map(p -> p.kind() == PlacementKind.FAMILY_LOCATION)
                        .orElse(false))
                .findFirst();
        Optional<LocalDate> termEnded = f.person
                .latestAsylumApplication()
                .filter(a -> a.outcome() == DecisionOutcome.REJECTED)
                .flatMap(AsylumApplication::term)
                .map(DepartureTerm::endsOn)
                .map(end -> end.plusDays(1))
                .filter(after -> !f.date.isBefore(after));
        if (placed.isEmpty() && termEnded.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from =
                placed.flatMap(CaseState::placement).map(Placement::placedOn).orElseGet(termEnded::get);
        List<EventRef> refs = placed.isPresent()
                ? f.caseRef(placed.get(), PlacedInFamilyLocation.class)
                : f.alienRef(nl.terugkeer.core.aliens.events.AsylumApplicationDecided.class);
        return Optional.of(yes(
                EntitlementKind.FAMILY_LOCATION,
                "domain.md §1.6, §4 (DTV-GL)",
                from,
                youngestAdult.get(),
                refs,
                "Gezin met minderjarige kinderen: opvang in een gezinslocatie tot vertrek of tot het jongste kind 18 is ("
                        + youngestAdult.get() + ")."));
    }

    // Art. 56 Vw; LTV-VBL: shelter in the VBL for 12 weeks unless extended (extra-legal, not Rva).
    private Optional<EntitlementAnswer> vbl(Facts f) {
        for (CaseState c : f.cases) {
            Optional<Placement> vbl = c.vblPlacement();
            if (vbl.isPresent() && f.date.isBefore(vbl.get().endsOn())) {
                return Optional.of(yes(
                        EntitlementKind.VBL,
                        "art. 56 Vw; LTV-VBL",
                        vbl.get().placedOn(),
                        vbl.get().endsOn(),
                        f.caseRef(c, PlacedInVbl.class),
                        "Geplaatst in de vrijheidsbeperkende locatie (zicht op terugkeer binnen 12 weken) tot "
                                + vbl.get().endsOn() + "."));
            }
        }
        return Optional.empty();
    }

    // Rvb art. 2-3; Vc B8/3: a trafficking victim in the reflection period gets the Rvb allowance, not COA shelter.
    private Optional<EntitlementAnswer> reflectionPeriod(Facts f) {
        return f.person
                .reflectionPeriod()
                .filter(r -> f.date.isBefore(r.endsOn()))
                .map(r -> yes(
                        EntitlementKind.RVB_ALLOWANCE,
                        "Rvb art. 2-3; Vc B8/3",
                        r.grantedOn(),
                        r.endsOn(),
                        f.alienRef(ReflectionPeriodGranted.class),
                        "Bedenktijd mensenhandel tot " + r.endsOn() + ": verstrekkingen uit de Rvb, geen COA-opvang."));
    }

    private EntitlementAnswer noEntitlement(Facts f) {
        Optional<AsylumApplication> rejected = f.person
                .latestAsylumApplication()
                .filter(a -> a.outcome() == DecisionOutcome.REJECTED && a.term().isPresent());
        Optional<Deferral> endedDeferral = f.person.deferrals().stream().max(Comparator.comparing(Deferral::from));
        Optional<AsylumApplication> repeated = f.person.pendingAsylumApplication();
        if (repeated.isPresent()) {
            return no(
                    Refusal.REPEATED_APPLICATION_GIVES_NONE,
                    "Rva 2005 art. 10(1)(e) (configured)",
                    repeated.get().filedOn(),
                    List.of(new EventRef(ALIEN, f.alienId(), repeated.get().sequence())),
                    "Herhaalde asielaanvraag: volgens de ingestelde regel geen rijksopvang.");
        }
        if (f.person.openDeferralRequest().isPresent()) {
            return no(
                    Refusal.ART_64_ONLY_REQUESTED,
                    "Rva 2005 art. 4(3)(d)",
                    f.person.openDeferralRequest().get().requestedOn(),
                    f.alienRef(DepartureDeferralRequested.class),
                    "Alleen een beroep op artikel 64 Vw geeft geen recht op opvang.");
        }
        if (endedDeferral.isPresent()) {
            return no(
                    Refusal.ART_64_ENDED,
                    "Rva 2005 art. 7(1)(d)",
                    art64ReceptionEnd(endedDeferral.get()),
                    List.of(new EventRef(ALIEN, f.alienId(), endedDeferral.get().sequence())),
                    "Het uitstel van vertrek is geëindigd; de opvang eindigde 4 weken daarna.");
        }
        if (f.cases.stream().anyMatch(c -> c.buitenschuld().isPresent())) {
            return no(
                    Refusal.BUITENSCHULD_GIVES_NONE,
                    "Vc B8/4",
                    null,
                    f.cases.stream()
                            .flatMap(c -> f.caseRef(c, BuitenschuldEstablished.class).stream())
                            .toList(),
                    "Buitenschuld en ambtsadvies geven op zichzelf geen recht op opvang; een vergunning wel.");
        }
        if (f.cases.stream().anyMatch(c -> c.history().stream().anyMatch(e -> e.event() instanceof PlacedInVbl))) {
            return no(
                    Refusal.VBL_ENDED,
                    "LTV-VBL",
                    null,
                    List.of(),
                    "Het verblijf in de VBL is na 12 weken (of de verlenging) geëindigd.");
        }
        if (rejected.isPresent()) {
            return no(
                    Refusal.DEPARTURE_TERM_ENDED,
                    "Vw art. 62; Rva 2005 art. 7(1)(b)",
                    rejected.get().term().get().endsOn().plusDays(1),
                    List.of(new EventRef(ALIEN, f.alienId(), rejected.get().sequence())),
                    "De vertrektermijn is op " + rejected.get().term().get().endsOn() + " verstreken.");
        }
        if (f.person.hasPendingApplication()) {
            return no(
                    Refusal.REGULAR_APPLICATION_GIVES_NONE,
                    "Rva 2005 art. 7(2)",
                    null,
                    f.alienRef(RegularApplicationFiled.class),
                    "Een reguliere aanvraag geeft geen recht op opvang en houdt een einde niet tegen.");
        }
        return no(
                Refusal.NO_ENTITLING_FACT,
                "Rva 2005",
                null,
                List.of(),
                "Er is niets vastgelegd dat recht geeft op rijksopvang.");
    }

    private static LocalDate art64ReceptionEnd(Deferral deferral) {
        return deferral.lastDay().plusDays(1).plusWeeks(4);
    }

    private static EntitlementAnswer yes(
            EntitlementKind kind, String basis, LocalDate from, LocalDate until, List<EventRef> refs, String why) {
        return new EntitlementAnswer(true, kind, basis, from, until, refs, why, null);
    }

    private static EntitlementAnswer no(
            Refusal refusal, String basis, LocalDate from, List<EventRef> refs, String why) {
        return new EntitlementAnswer(false, EntitlementKind.NONE, basis, from, null, refs, why, refusal);
    }

    /** What the rules look at on one date. */
    private record Facts(LegalPosition person, List<CaseState> cases, LocalDate date) {

        UUID alienId() {
            return person.alienId().value();
        }

        /** The last entry of the person of that event type. */
        List<EventRef> alienRef(Class<? extends AlienEvent> type) {
            return person.history().reversed().stream()
                    .filter(e -> type.isInstance(e.event()))
                    .findFirst()
                    .map(SequencedAlienEvent::sequence)
                    .map(sequence -> List.of(new EventRef(ALIEN, alienId(), sequence)))
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
