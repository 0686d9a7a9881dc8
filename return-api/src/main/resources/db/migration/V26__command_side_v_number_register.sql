-- One registered person per V-number (issue 9): the command side keeps which person holds each V-number, written by
-- the subscribing handler in the registering command's transaction, so the primary key holds also for racing
-- registrations on several nodes. The V-number is personal data: it stays in this command-side table (never served,
-- never logged), as it already is in the event.
CREATE TABLE command_side.v_number_register (
    v_number CHAR(10) PRIMARY KEY,
    alien_id UUID     NOT NULL
);

-- Back-fill from events stored before this migration; should a V-number already have been registered twice, the
-- first registration holds it (the later person stays, but a new registration with that number is refused).
INSERT INTO command_side.v_number_register (v_number, alien_id)
SELECT DISTINCT ON (v_number) v_number, alien_id
FROM (SELECT convert_from(payload, 'UTF8')::jsonb ->> 'vNumber' AS v_number,
             aggregateidentifier::uuid AS alien_id, globalindex
      FROM domainevententry
      WHERE payloadtype = 'nl.terugkeer.core.aliens.events.AlienRegistered') registered
WHERE v_number IS NOT NULL
ORDER BY v_number, globalindex
ON CONFLICT DO NOTHING;
