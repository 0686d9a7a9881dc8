package nl.terugkeer.core.cases;

import java.time.LocalDate;

/** The current detention (vreemdelingenbewaring): its legal basis, since when, and its maximum end as extended. */
public record Detention(DetentionBasis basis, LocalDate orderedOn, LocalDate maximumEndOn) {}
