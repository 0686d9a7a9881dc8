package nl.terugkeer.core.entitlement;

import java.time.LocalDate;

/** An interval of entitlement: {@code from} and {@code until} both included (the last day); until null when open-ended. */
public record EntitlementPeriod(EntitlementKind kind, String legalBasis, LocalDate from, LocalDate until) {}
