package nl.terugkeer.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a return case (terugkeerzaak). */
public record CaseId(@JsonValue UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CaseId of(UUID value) {
        return new CaseId(value);
    }

    public static CaseId newId() {
        return new CaseId(UUID.randomUUID());
    }

    public static CaseId parse(String text) {
        return new CaseId(UUID.fromString(text));
    }

    /** Axon stores {@code Objects.toString(id)} as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value.toString();
    }
}
