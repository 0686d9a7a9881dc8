-- Set-based validation owned by the command side (never served to queries): which persons exist, and which
-- case is open for each person. Kept by subscribing handlers in the same transaction as the event append, so
-- the partial unique index makes "one open case per person" hold even for racing commands on several nodes.
CREATE SCHEMA IF NOT EXISTS command_side;

CREATE TABLE command_side.alien_register (
    alien_id UUID PRIMARY KEY
);

CREATE TABLE command_side.case_register (
    case_id  UUID    PRIMARY KEY,
    alien_id UUID    NOT NULL,
    open     BOOLEAN NOT NULL
);

CREATE UNIQUE INDEX case_register_one_open_case_per_alien ON command_side.case_register (alien_id) WHERE open;

-- Back-fill from events stored before this migration (a no-op on a new database).
INSERT INTO command_side.alien_register (alien_id)
SELECT aggregateidentifier::uuid FROM domainevententry
WHERE payloadtype = 'nl.terugkeer.core.aliens.events.AlienRegistered'
ON CONFLICT DO NOTHING;

INSERT INTO command_side.case_register (case_id, alien_id, open)
SELECT e.aggregateidentifier::uuid,
       (convert_from(e.payload, 'UTF8')::jsonb ->> 'alienId')::uuid,
       NOT EXISTS (SELECT 1 FROM domainevententry c
                   WHERE c.aggregateidentifier = e.aggregateidentifier
                     AND c.payloadtype = 'nl.terugkeer.core.cases.events.CaseClosed')
FROM domainevententry e
WHERE e.payloadtype = 'nl.terugkeer.core.cases.events.ReturnSignalled'
ON CONFLICT DO NOTHING;
