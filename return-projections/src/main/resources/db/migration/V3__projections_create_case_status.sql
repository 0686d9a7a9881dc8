-- Read models live in their own schema so that a rebuild never touches the event store.
CREATE SCHEMA IF NOT EXISTS projections;

-- One row per return case: where it stands, computed with core's CaseState fold. Written only by the
-- case-status processor; every write is guarded by the aggregate sequence number (idempotent under replay).
CREATE TABLE projections.case_status (
    case_id               UUID         PRIMARY KEY,
    alien_id              UUID         NOT NULL,
    phase                 VARCHAR(20)  NOT NULL,
    signal_source         VARCHAR(20)  NOT NULL,
    municipality_code     CHAR(6),
    reason                TEXT,
    signalled_on          DATE         NOT NULL,
    case_manager          VARCHAR(100),
    active_measures       TEXT[]       NOT NULL,
    open_obstacles        TEXT[]       NOT NULL,
    detention_basis       VARCHAR(10),
    detention_max_end_on  DATE,
    vbl_ends_on           DATE,
    departure_type        VARCHAR(30),
    departed_on           DATE,
    departure_presumed    BOOLEAN,
    closed_on             DATE,
    last_sequence         BIGINT       NOT NULL,
    last_recorded_at      TIMESTAMPTZ  NOT NULL
);

CREATE INDEX case_status_alien_idx ON projections.case_status (alien_id);
CREATE INDEX case_status_manager_idx ON projections.case_status (case_manager) WHERE closed_on IS NULL;
CREATE INDEX case_status_municipality_idx ON projections.case_status (municipality_code) WHERE closed_on IS NULL;
