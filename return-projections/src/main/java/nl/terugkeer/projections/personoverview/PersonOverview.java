package nl.terugkeer.projections.personoverview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.core.aliens.AsylumApplication;
import nl.terugkeer.core.aliens.Deferral;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.aliens.events.EntryBanImposed;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;

/**
 * A person's legal position as the person-overview projection keeps it: without names, V-number or date of
 * birth. The latest of each kind of fact; the case history keeps all of them.
 */
public record PersonOverview(
        UUID alienId,
        LocalDate registeredOn,
        String claimedNationality,
        String establishedNationality,
        boolean stateless,
        boolean identityEstablished,
        boolean unaccompaniedMinor,
        boolean pendingApplication,
        String latestAsylumKind,
        LocalDate latestAsylumFiledOn,
        String latestAsylumOutcome,
        LocalDate latestAsylumDecidedOn,
        Integer departureTermDays,
        LocalDate departureTermEndsOn,
        String deferralKind,
        LocalDate deferralFrom,
        LocalDate deferralLastDay,
        String permitKind,
        LocalDate permitValidFrom,
        LocalDate permitValidUntil,
        LocalDate entryBanImposedOn,
        LocalDate reflectionPeriodEndsOn,
        long version,
        Instant lastRecordedAt) {

    /** The one mapping from core's fold to this read model, for the projection and the as-of views alike. */
    public static PersonOverview of(LegalPosition person, long version, Instant lastRecordedAt) {
        AlienRegistered registration = person.registration().orElseThrow();
        Optional<AsylumApplication> asylum = person.latestAsylumApplication();
        Optional<DepartureTerm> term = person.departureTerm();
        Optional<Deferral> deferral = person.deferrals().stream().max(Comparator.comparing(Deferral::from));
        Optional<ResidencePermitGranted> permit =
                person.permits().stream().max(Comparator.comparing(ResidencePermitGranted::validFrom));
        return new PersonOverview(
                person.alienId().value(),
                registration.registeredOn(),
                registration.claimedNationality(),
                person.establishedNationality().orElse(null),
                person.stateless(),
                person.identityEstablished(),
                person.unaccompaniedMinor(),
                person.hasPendingApplication(),
                asylum.map(a -> a.kind().name()).orElse(null),
                asylum.map(AsylumApplication::filedOn).orElse(null),
                asylum.map(a -> a.outcome() == null ? null : a.outcome().name()).orElse(null),
                asylum.map(AsylumApplication::decidedOn).orElse(null),
                term.map(DepartureTerm::days).orElse(null),
                term.map(DepartureTerm::endsOn).orElse(null),
                deferral.map(d -> d.kind().name()).orElse(null),
                deferral.map(Deferral::from).orElse(null),
                deferral.map(Deferral::lastDay).orElse(null),
                permit.map(p -> p.kind().name()).orElse(null),
                permit.map(ResidencePermitGranted::validFrom).orElse(null),
                permit.map(ResidencePermitGranted::validUntil).orElse(null),
                person.entryBans().stream()
                        .map(EntryBanImposed::imposedOn)
                        .max(Comparator.naturalOrder())
                        .orElse(null),
                person.reflectionPeriod().map(ReflectionPeriodGranted::endsOn).orElse(null),
                version,
                lastRecordedAt);
    }
}
