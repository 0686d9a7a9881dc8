package nl.terugkeer.projections.personoverview;

import nl.terugkeer.core.shared.AlienId;

/** Query: the legal position of one person. */
public record FindPersonOverview(AlienId alienId) {}
