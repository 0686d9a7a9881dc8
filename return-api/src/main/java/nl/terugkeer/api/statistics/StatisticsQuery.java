package nl.terugkeer.api.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The filters every statistic takes, checked: {@code from} and {@code to} (months, {@code YYYY-MM}, inclusive; by
 * default the twelve months up to this one), {@code period} ({@code MONTH}, {@code QUARTER}, {@code YEAR}),
 * {@code groupBy} (one of the statistic's dimensions) and {@code municipalityCode} (a CBS code). Bad values are
 * collected and answered with one 400.
 */
record StatisticsQuery(YearMonth from, YearMonth to, Period period, String groupBy, String municipalityCode) {

    enum Period {
        MONTH,
        QUARTER,
        YEAR;

        /** The SQL expression of a month column's period key. */
        String key(String monthColumn) {
            return switch (this) {
                case MONTH -> "to_char(" + monthColumn + ", 'YYYY-MM')";
                case QUARTER -> "to_char(" + monthColumn + ", 'YYYY-\"Q\"Q')";
                case YEAR -> "to_char(" + monthColumn + ", 'YYYY')";
            };
        }

        String interval() {
            return switch (this) {
                case MONTH -> "1 month";
                case QUARTER -> "3 months";
                case YEAR -> "1 year";
            };
        }

        String truncation() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");
    static final int MAX_MONTHS = 120;

    /** Thrown with every problem of a query; answered 400. */
    static final class Invalid extends RuntimeException {
        final List<String> errors;

        Invalid(List<String> errors) {
            super(String.join("; ", errors));
            this.errors = List.copyOf(errors);
        }
    }

    static StatisticsQuery parse(
            String from,
            String to,
            String period,
            String groupBy,
            String municipalityCode,
            List<String> groupings,
            String defaultGrouping,
            LocalDate today) {
        List<String> errors = new ArrayList<>();
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth until = month("to", to, thisMonth, errors);
        YearMonth since =
                month("from", from, until == null ? thisMonth.minusMonths(11) : until.minusMonths(11), errors);
        if (since != null && until != null) {
            if (since.isAfter(until)) {
                errors.add("from must not be after to");
            } else if (since.plusMonths(MAX_MONTHS - 1).isBefore(until)) {
                errors.add("from and to may span at most " + MAX_MONTHS + " months");
            }
        }
        Period parsedPeriod = Period.MONTH;
        if (period != null) {
            try {
                parsedPeriod = Period.valueOf(period.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("period must be one of MONTH, QUARTER, YEAR");
            }
        }
        String grouping = defaultGrouping;
        if (groupBy != null) {
            String wanted = groupBy.toUpperCase(Locale.ROOT);
            if (groupings.contains(wanted)) {
                grouping = wanted;
            } else {
                errors.add("groupBy must be one of " + String.join(", ", groupings));
            }
        }
        if (municipalityCode != null && !MUNICIPALITY.matcher(municipalityCode).matches()) {
            errors.add("municipalityCode must be a CBS code: GM followed by 4 digits");
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new StatisticsQuery(since, until, parsedPeriod, grouping, municipalityCode);
    }

    private static YearMonth month(String name, String value, YearMonth otherwise, List<String> errors) {
        if (value == null) {
            return otherwise;
        }
        if (!MONTH.matcher(value).matches()) {
            errors.add(name + " must be a month, YYYY-MM");
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value);
            if (month.getYear() < 1900 || month.getYear() > 2999) {
                errors.add(name + " must lie between 1900-01 and 2999-12");
                return null;
            }
            return month;
        } catch (DateTimeParseException e) {
            errors.add(name + " must be a month, YYYY-MM");
            return null;
        }
    }

    LocalDate firstDay() {
        return from.atDay(1);
    }

    LocalDate lastMonthStart() {
        return to.atDay(1);
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", from.toString());
        json.put("to", to.toString());
        json.put("period", period.name());
        json.put("groupBy", groupBy);
        if (municipalityCode != null) {
            json.put("municipalityCode", municipalityCode);
        }
        return json;
    }
}
