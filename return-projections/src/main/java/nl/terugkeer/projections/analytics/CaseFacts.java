package nl.terugkeer.projections.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.Departure;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.cases.PlacementKind;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.events.AreaRestrictionImposed;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CaseEscalated;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.CaseReopened;
import nl.terugkeer.core.cases.events.CaseReviewHeld;
import nl.terugkeer.core.cases.events.DepartureInterviewHeld;
import nl.terugkeer.core.cases.events.DetentionExtended;
import nl.terugkeer.core.cases.events.DetentionLifted;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.DocumentsRequested;
import nl.terugkeer.core.cases.events.EmbassyPresentationHeld;
import nl.terugkeer.core.cases.events.EmbassyPresentationScheduled;
import nl.terugkeer.core.cases.events.LaissezPasserRequested;
import nl.terugkeer.core.cases.events.MediationRequested;
import nl.terugkeer.core.cases.events.ObstacleRegistered;
import nl.terugkeer.core.cases.events.ObstacleResolved;
import nl.terugkeer.core.cases.events.PlacedInFamilyLocation;
import nl.terugkeer.core.cases.events.PlacedInVbl;
import nl.terugkeer.core.cases.events.PlacementEnded;
import nl.terugkeer.core.cases.events.ReportingObligationImposed;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.cases.events.ReturnSupportGranted;
import nl.terugkeer.core.cases.events.ReturnSupportOffered;

/**
 * The facts of one case for {@code analytics.case_fact}, computed from core's fold in plain Java: what was used, what
 * stood in the way and for how long, how it ended. Free text (reasons, descriptions, options) is never copied; dates
 * leave only as the ISO week's Monday or the month's first day.
 */
public record CaseFacts(
        String source,
        String municipalityCode,
        String region,
        LocalDate signalledWeek,
        LocalDate signalledMonth,
        String signalledQuarter,
        String phase,
        String outcome,
        String departureType,
        boolean departurePresumed,
        LocalDate closedWeek,
        LocalDate closedMonth,
        Integer daysToOutcome,
        List<String> instruments,
        List<String> obstacleTypes,
        List<String> openObstacleTypes,
        int obstacleDays,
        int escalations,
        List<String> escalationDomains,
        int reviews,
        List<String> reviewParticipants,
        int reviewOptionsExplored,
        int reopenings,
        String detentionBasis,
        int detentionDays,
        Integer detentionMaxDays,
        boolean detentionPastMaximum,
        int vblDays,
        int familyLocationDays,
        LocalDate signalledOn) {

    /** The facts of a signalled case; {@code today} ends what is still going on. */
    public static Optional<CaseFacts> of(CaseState state, LocalDate today) {
        if (state.signal().isEmpty()) {
            return Optional.empty();
        }
        ReturnSignalled signal = state.signal().get();
        LocalDate closedOn = state.closure().map(CaseClosed::closedOn).orElse(null);
        LocalDate end = closedOn != null ? closedOn : today;
        if (end.isBefore(signal.signalledOn())) {
            end = signal.signalledOn();
        }
        TreeSet<String> instruments = new TreeSet<>();
        TreeSet<String> obstacleTypes = new TreeSet<>();
        TreeSet<String> domains = new TreeSet<>();
        TreeSet<String> participants = new TreeSet<>();
        Map<ObstacleType, LocalDate> openObstacles = new EnumMap<>(ObstacleType.class);
        List<LocalDate[]> obstacleIntervals = new ArrayList<>();
        int escalations = 0;
        int reviews = 0;
        int options = 0;
        int reopenings = 0;
        String detentionBasis = null;
        LocalDate detentionStart = null;
        LocalDate detentionOrderedOn = null;
        LocalDate detentionMaxEnd = null;
        long detentionDays = 0;
        boolean pastMaximum = false;
        LocalDate vblStart = null;
        LocalDate familyStart = null;
        long vblDays = 0;
        long familyDays = 0;
        for (SequencedCaseEvent entry : state.effectiveHistory()) {
            CaseEvent event = entry.event();
            switch (event) {
                case DepartureInterviewHeld e -> instruments.add("DEPARTURE_INTERVIEW");
                case DocumentsRequested e -> instruments.add("DOCUMENTS_REQUEST");
                case LaissezPasserRequested e -> instruments.add("LAISSEZ_PASSER");
                case EmbassyPresentationScheduled e -> instruments.add("EMBASSY_PRESENTATION");
                case EmbassyPresentationHeld e -> instruments.add("EMBASSY_PRESENTATION");
                case ReturnSupportOffered e -> instruments.add("RETURN_SUPPORT");
                case ReturnSupportGranted e -> instruments.add("RETURN_SUPPORT");
                case ReportingObligationImposed e -> instruments.add("REPORTING_OBLIGATION");
                case AreaRestrictionImposed e -> instruments.add("AREA_RESTRICTION");
                case MediationRequested e -> instruments.add("MEDIATION");
                case PlacedInVbl e -> {
                    instruments.add("VBL");
                    if (vblStart == null) {
                        vblStart = e.placedOn();
                    }
                }
                case PlacedInFamilyLocation e -> {
                    instruments.add("FAMILY_LOCATION");
                    if (familyStart == null) {
                        familyStart = e.placedOn();
                    }
                }
                case PlacementEnded e -> {
                    if (e.kind() == PlacementKind.VBL && vblStart != null) {
                        vblDays += days(vblStart, e.endedOn());
                        vblStart = null;
                    } else if (e.kind() == PlacementKind.FAMILY_LOCATION && familyStart != null) {
                        familyDays += days(familyStart, e.endedOn());
                        familyStart = null;
                    }
                }
                case DetentionOrdered e -> {
                    instruments.add("DETENTION");
                    detentionBasis = e.basis() == null ? null : e.basis().name();
                    if (detentionStart == null) {
                        detentionStart = e.orderedOn();
                    }
                    detentionOrderedOn = e.orderedOn();
                    detentionMaxEnd = e.maximumEndOn();
                }
                case DetentionExtended e -> detentionMaxEnd = e.extendedUntil();
                case DetentionLifted e -> {
                    if (detentionStart != null) {
                        detentionDays += days(detentionStart, e.liftedOn());
                        pastMaximum |= detentionMaxEnd != null && e.liftedOn().isAfter(detentionMaxEnd);
                        detentionStart = null;
                    }
                }
                case ObstacleRegistered e -> {
                    obstacleTypes.add(e.type().name());
                    openObstacles.putIfAbsent(e.type(), e.registeredOn());
                }
                case ObstacleResolved e -> {
                    LocalDate from = openObstacles.remove(e.type());
                    if (from != null) {
                        obstacleIntervals.add(new LocalDate[] {from, e.resolvedOn()});
                    }
                }
                case CaseEscalated e -> {
                    escalations++;
                    e.domains().forEach(d -> domains.add(d.name()));
                }
                case CaseReviewHeld e -> {
                    reviews++;
                    e.participants().forEach(p -> participants.add(p.name()));
                    options += e.optionsExplored().size();
                }
                case CaseReopened e -> reopenings++;
                default -> {}
            }
        }
        if (vblStart != null) {
            vblDays += days(vblStart, end);
        }
        if (familyStart != null) {
            familyDays += days(familyStart, end);
        }
        if (detentionStart != null) {
            detentionDays += days(detentionStart, end);
            pastMaximum |= detentionMaxEnd != null && end.isAfter(detentionMaxEnd);
        }
        for (LocalDate from : openObstacles.values()) {
            obstacleIntervals.add(new LocalDate[] {from, end});
        }
        Optional<Departure> departure = state.departure();
        String municipality =
                signal.municipality() == null ? null : signal.municipality().value();
        return Optional.of(new CaseFacts(
                signal.source().name(),
                municipality,
                Regions.of(municipality),
                week(signal.signalledOn()),
                month(signal.signalledOn()),
                quarter(signal.signalledOn()),
                state.phase().name(),
                state.closure().map(c -> c.reason().name()).orElse(null),
                departure.map(d -> d.type().name()).orElse(null),
                departure.map(Departure::presumed).orElse(false),
                closedOn == null ? null : week(closedOn),
                closedOn == null ? null : month(closedOn),
                closedOn == null ? null : (int) days(signal.signalledOn(), closedOn),
                List.copyOf(instruments),
                List.copyOf(obstacleTypes),
                openObstacles.keySet().stream().map(Enum::name).sorted().toList(),
                (int) unionDays(obstacleIntervals),
                escalations,
                List.copyOf(domains),
                reviews,
                List.copyOf(participants),
                options,
                reopenings,
                detentionBasis,
                (int) detentionDays,
                detentionOrderedOn == null || detentionMaxEnd == null
                        ? null
                        : (int) days(detentionOrderedOn, detentionMaxEnd),
                pastMaximum,
                (int) vblDays,
                (int) familyDays,
                signal.signalledOn()));
    }

    /** The Monday of the ISO week of {@code date}. */
    public static LocalDate week(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate month(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    public static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** The age band at {@code on} of someone born on {@code birth}; the birth date itself never leaves. */
    public static String ageBand(LocalDate birth, LocalDate on) {
        if (birth == null || on == null || birth.isAfter(on)) {
            return "ONBEKEND";
        }
        int age = Period.between(birth, on).getYears();
        if (age < 18) {
            return "0-17";
        } else if (age < 25) {
            return "18-24";
        } else if (age < 35) {
            return "25-34";
        } else if (age < 50) {
            return "35-49";
        } else if (age < 65) {
            return "50-64";
        }
        return "65+";
    }

    private static long days(LocalDate from, LocalDate until) {
        return Math.max(0, ChronoUnit.DAYS.between(from, until));
    }

    private static long unionDays(List<LocalDate[]> intervals) {
        List<LocalDate[]> sorted = new ArrayList<>(intervals);
        sorted.sort((a, b) -> a[0].compareTo(b[0]));
        long total = 0;
        LocalDate start = null;
        LocalDate stop = null;
        for (LocalDate[] interval : sorted) {
            if (start == null || interval[0].isAfter(stop)) {
                if (start != null) {
                    total += days(start, stop);
                }
                start = interval[0];
                stop = interval[1];
            } else if (interval[1].isAfter(stop)) {
                stop = interval[1];
            }
        }
        if (start != null) {
            total += days(start, stop);
        }
        return total;
    }
}
