package nl.terugkeer.projections.entitlement;

import nl.terugkeer.core.shared.AlienId;

/** Query: a person's periods of entitlement, oldest first. */
public record FindEntitlementPeriods(AlienId alienId) {}
