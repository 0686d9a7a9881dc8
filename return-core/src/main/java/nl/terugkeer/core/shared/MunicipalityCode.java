package nl.terugkeer.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** A municipality (gemeente) by its CBS code, written {@code GM} and four digits, e.g. {@code GM0363}. */
public record MunicipalityCode(@JsonValue String value) {

    private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value);
    }

    public MunicipalityCode {
        if (value == null || !CBS_CODE.matcher(value).matches()) {
            throw new RuleViolation(Rejection.of(
                    CommonRejection.INVALID_MUNICIPALITY_CODE, "a CBS municipality code is GM followed by 4 digits"));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
