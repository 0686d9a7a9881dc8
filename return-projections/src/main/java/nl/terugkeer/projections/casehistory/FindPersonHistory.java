package nl.terugkeer.projections.casehistory;

import nl.terugkeer.core.shared.AlienId;

/** Query: the timeline of a person's legal position, oldest first. */
public record FindPersonHistory(AlienId alienId) {}
