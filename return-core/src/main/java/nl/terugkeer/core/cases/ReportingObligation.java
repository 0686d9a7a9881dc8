package nl.terugkeer.core.cases;

import java.time.LocalDate;

/** The active reporting obligation (meldplicht): how often, and since when. */
public record ReportingObligation(ReportingFrequency frequency, LocalDate imposedOn) {}
