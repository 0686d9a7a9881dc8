package nl.terugkeer.api.feed;

import java.util.Arrays;
import java.util.Optional;

/**
 * The public vocabulary of the downstream feed (ADR 24): integration events derived from the read side, never the
 * internal domain events. Version 1 of each type; a breaking change gets a new type with a {@code .v2} suffix.
 */
public enum FeedType {
    /** A person's periods of rijksopvang changed: the most recent period before and after (kind, basis, from, until). */
    RIJKSOPVANG_GEWIJZIGD("nl.terugkeer.rijksopvang.gewijzigd"),
    /** A case entered a new phase (or came into being: previousPhase null). */
    ZAAK_FASE_GEWIJZIGD("nl.terugkeer.zaak.fase-gewijzigd"),
    /** A case was closed. */
    ZAAK_GESLOTEN("nl.terugkeer.zaak.gesloten");

    private final String type;

    FeedType(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public boolean aboutCases() {
        return this != RIJKSOPVANG_GEWIJZIGD;
    }

    /** Where this type's JSON Schema is published. */
    public String schemaPath() {
        return "/v1/feed/schemas/" + type + ".json";
    }

    public static Optional<FeedType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
