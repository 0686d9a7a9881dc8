package nl.terugkeer.projections.casestatus;

import nl.terugkeer.core.shared.CaseId;

/** Query: the status of one case. */
public record FindCaseStatus(CaseId caseId) {}
