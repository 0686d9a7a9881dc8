package nl.terugkeer.core.cases;

import java.time.LocalDate;

/**
 * The current placement (plaatsing) in the VBL or a family location. {@code endsOn} is the VBL's end (12 weeks,
 * later if extended); it is null for a family location, which has no fixed term.
 */
public record Placement(PlacementKind kind, LocalDate placedOn, LocalDate endsOn) {}
