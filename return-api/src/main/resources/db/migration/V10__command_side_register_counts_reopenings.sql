-- V4's back-fill read a case as open when it had no CaseClosed event, so a case closed and later reopened (or
-- reopened and closed again) could be registered wrongly. Recompute "open" from the last lifecycle event of each
-- case: open unless that event is a CaseClosed. The subscribing handlers already keep the register this way, so on
-- a database maintained by them this changes nothing; it is safe to run again.
UPDATE command_side.case_register r
SET open = lifecycle.last_type <> 'nl.terugkeer.core.cases.events.CaseClosed'
FROM (
    SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier, payloadtype AS last_type
    FROM domainevententry
    WHERE payloadtype IN ('nl.terugkeer.core.cases.events.ReturnSignalled',
                          'nl.terugkeer.core.cases.events.CaseClosed',
                          'nl.terugkeer.core.cases.events.CaseReopened')
    ORDER BY aggregateidentifier, sequencenumber DESC
) lifecycle
WHERE r.case_id = lifecycle.aggregateidentifier::uuid
  AND r.open IS DISTINCT FROM (lifecycle.last_type <> 'nl.terugkeer.core.cases.events.CaseClosed');
