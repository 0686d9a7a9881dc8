package nl.terugkeer.projections.casehistory;

import nl.terugkeer.core.shared.CaseId;

/** Query: the timeline of a case and of its person, oldest first. */
public record FindCaseHistory(CaseId caseId) {}
