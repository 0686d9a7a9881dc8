-- Read models live in their own schema so that a rebuild never touches the event store.
CREATE SCHEMA IF NOT EXISTS projections;

-- One row per return case: where it stands. Written by the case-status processor only.
CREATE TABLE projections.case_status (
    case_id            UUID         PRIMARY KEY,
    alien_id           UUID         NOT NULL,
    status             VARCHAR(40)  NOT NULL,
    signal_source      VARCHAR(20)  NOT NULL,
    municipality_code  CHAR(6),
    reason             TEXT,
    signalled_on       DATE         NOT NULL,
    -- aggregate sequence number of the last event applied: makes every write idempotent under replay
    last_sequence      BIGINT       NOT NULL,
    last_recorded_at   TIMESTAMPTZ  NOT NULL
);

CREATE INDEX case_status_alien_idx ON projections.case_status (alien_id);
CREATE INDEX case_status_municipality_idx ON projections.case_status (municipality_code) WHERE municipality_code IS NOT NULL;
