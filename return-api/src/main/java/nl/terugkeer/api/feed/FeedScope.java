package nl.terugkeer.api.feed;

import java.util.EnumSet;
import java.util.Set;
import nl.terugkeer.api.security.Actor;

/**
 * What an actor may follow (ADR 24), the same as what the role may read: a municipality the case events of its own
 * cases; COA (the reception agency) and the IND only entitlement events, as they read persons but not cases; DTenV,
 * auditors and operators everything. Analysts nothing.
 *
 * @param municipalityCode when set, only case events of this municipality's cases
 */
public record FeedScope(Set<FeedType> types, String municipalityCode) {

    public static FeedScope of(Actor actor) {
        return switch (actor.role()) {
            case GEMEENTE ->
                new FeedScope(EnumSet.of(FeedType.ZAAK_FASE_GEWIJZIGD, FeedType.ZAAK_GESLOTEN), actor.organisation());
            case COA, IND -> new FeedScope(EnumSet.of(FeedType.RIJKSOPVANG_GEWIJZIGD), null);
            case DTENV, AUDITOR, ADMIN -> new FeedScope(EnumSet.allOf(FeedType.class), null);
            default -> new FeedScope(EnumSet.noneOf(FeedType.class), null);
        };
    }

    public boolean allows(FeedType type) {
        return types.contains(type);
    }
}
