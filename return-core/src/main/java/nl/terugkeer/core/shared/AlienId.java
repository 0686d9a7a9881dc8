package nl.terugkeer.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a person (vreemdeling) in this system. Not the V-number: that is personal data. */
public record AlienId(@JsonValue UUID value) {

    public AlienId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AlienId of(UUID value) {
        return new AlienId(value);
    }

    public static AlienId newId() {
        return new AlienId(UUID.randomUUID());
    }

    public static AlienId parse(String text) {
        return new AlienId(UUID.fromString(text));
    }

    /** Axon stores {@code Objects.toString(id)} as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value.toString();
    }
}
