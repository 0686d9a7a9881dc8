package nl.terugkeer.projections.entitlement;

import nl.terugkeer.core.shared.AlienId;

/** Query: the ids of every case of a person. */
public record FindCasesOfPerson(AlienId alienId) {}
