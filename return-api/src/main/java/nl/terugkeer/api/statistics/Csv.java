package nl.terugkeer.api.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Comma-separated values as RFC 4180 says: CRLF line ends, fields with a comma, quote or line end quoted. */
final class Csv {

    /** What a suppressed cell shows (as CBS does). */
    static final String SUPPRESSED = "x";

    static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder out = new StringBuilder();

    void record(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
