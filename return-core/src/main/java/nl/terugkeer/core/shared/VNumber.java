package nl.terugkeer.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The vreemdelingennummer: 10 digits, issued by the BVV (Vw art. 107(3); Vc A1/6.3). Personal data: its
 * {@link #toString()} is masked so that it cannot leak into logs by accident.
 */
public record VNumber(@JsonValue String value) {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static VNumber of(String value) {
        return new VNumber(value);
    }

    public VNumber {
        if (value == null || !TEN_DIGITS.matcher(value).matches()) {
            throw new RuleViolation(Rejection.of(CommonRejection.INVALID_V_NUMBER, "a V-number has exactly 10 digits"));
        }
    }

    @Override
    public String toString() {
        return "VNumber[**********]";
    }
}
