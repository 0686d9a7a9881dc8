-- One row per person: the legal position, computed with core's LegalPosition fold. No names, V-number or date of
-- birth: those stay in the events (and the case history for auditors). Time-dependent answers (is a deferral in
-- force today?) are derived at query time from the dates stored here.
CREATE TABLE projections.person_overview (
    alien_id                        UUID        PRIMARY KEY,
    registered_on                   DATE        NOT NULL,
    claimed_nationality             CHAR(3)     NOT NULL,
    established_nationality         CHAR(3),
    stateless                       BOOLEAN     NOT NULL,
    identity_established            BOOLEAN     NOT NULL,
    unaccompanied_minor             BOOLEAN     NOT NULL,
    pending_application             BOOLEAN     NOT NULL,
    latest_asylum_kind              VARCHAR(20),
    latest_asylum_filed_on          DATE,
    latest_asylum_outcome           VARCHAR(20),
    latest_asylum_decided_on        DATE,
    departure_term_days             INTEGER,
    departure_term_ends_on          DATE,
    deferral_kind                   VARCHAR(20),
    deferral_from                   DATE,
    deferral_last_day               DATE,
    permit_kind                     VARCHAR(30),
    permit_valid_from               DATE,
    permit_valid_until              DATE,
    entry_ban_imposed_on            DATE,
    reflection_period_ends_on       DATE,
    last_sequence                   BIGINT      NOT NULL,
    last_recorded_at                TIMESTAMPTZ NOT NULL
);
