package nl.terugkeer.core.entitlement;

import java.time.LocalDate;

/** An interval of entitlement: {@code from} inclusive, {@code until} exclusive, null when open-ended. */
public record EntitlementPeriod(EntitlementKind kind, String legalBasis, LocalDate from, LocalDate until) {}
