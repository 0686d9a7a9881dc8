-- Issue 10: the analytics schema. Pseudonymous read models for analysts (ADR 0025): no V-number, BSN, name, birth
-- date or internal id; persons and cases by an HMAC key with a secret of their own; dates as the Monday of the ISO
-- week or the first day of the month. Rebuilt from the events like every projection (processor "analytics").

CREATE SCHEMA IF NOT EXISTS analytics;
COMMENT ON SCHEMA analytics IS 'Pseudonymous statistics for analysts (issue 10, ADR 0025): no direct identifiers, no birth dates, dates by ISO week or month. Readable by the role return_analyst; rebuilt from the events by the projection "analytics".';

CREATE TABLE analytics.case_fact (
    case_key                 TEXT PRIMARY KEY,
    person_key               TEXT NOT NULL,
    source                   TEXT NOT NULL,
    municipality_code        TEXT,
    region                   TEXT NOT NULL,
    nationality              TEXT,
    year_of_birth            INTEGER,
    age_band                 TEXT NOT NULL,
    unaccompanied_minor      BOOLEAN NOT NULL,
    signalled_week           DATE NOT NULL,
    signalled_month          DATE NOT NULL,
    signalled_quarter        TEXT NOT NULL,
    phase                    TEXT NOT NULL,
    outcome                  TEXT,
    departure_type           TEXT,
    departure_presumed       BOOLEAN NOT NULL,
    closed_week              DATE,
    closed_month             DATE,
    days_to_outcome          INTEGER,
    instruments              TEXT[] NOT NULL,
    obstacle_types           TEXT[] NOT NULL,
    open_obstacle_types      TEXT[] NOT NULL,
    obstacle_days            INTEGER NOT NULL,
    escalations              INTEGER NOT NULL,
    escalation_domains       TEXT[] NOT NULL,
    reviews                  INTEGER NOT NULL,
    review_participants      TEXT[] NOT NULL,
    review_options_explored  INTEGER NOT NULL,
    reopenings               INTEGER NOT NULL,
    detention_basis          TEXT,
    detention_days           INTEGER NOT NULL,
    detention_max_days       INTEGER,
    detention_past_maximum   BOOLEAN NOT NULL,
    vbl_days                 INTEGER NOT NULL,
    family_location_days     INTEGER NOT NULL,
    last_sequence            BIGINT NOT NULL
);
CREATE INDEX case_fact_signalled_month ON analytics.case_fact (signalled_month);
CREATE INDEX case_fact_municipality ON analytics.case_fact (municipality_code);

COMMENT ON TABLE analytics.case_fact IS 'One row per return case: where it came from, what was used, what stood in the way and how it ended. No identifiers: keys are HMACs.';
COMMENT ON COLUMN analytics.case_fact.case_key IS 'Pseudonymous key of the case: HMAC-SHA256 with return.analytics.pseudonym-secret (not the case id).';
COMMENT ON COLUMN analytics.case_fact.person_key IS 'Pseudonymous key of the person: HMAC-SHA256 with return.analytics.pseudonym-secret; the same person has the same key in every analytics table (not the access log''s pseudonym).';
COMMENT ON COLUMN analytics.case_fact.source IS 'Who signalled the case: MUNICIPALITY, DTENV, IND, POLICE, KMAR.';
COMMENT ON COLUMN analytics.case_fact.municipality_code IS 'CBS code of the signalling municipality (GM + 4 digits); empty when another organisation signalled.';
COMMENT ON COLUMN analytics.case_fact.region IS 'Province of the municipality (ONBEKEND when no municipality or not in the built-in table).';
COMMENT ON COLUMN analytics.case_fact.nationality IS 'Nationality as established, else as claimed at registration (ISO 3166 alpha-3 as recorded).';
COMMENT ON COLUMN analytics.case_fact.year_of_birth IS 'Year of birth of the person (never the date).';
COMMENT ON COLUMN analytics.case_fact.age_band IS 'Age at the signal date in bands: 0-17, 18-24, 25-34, 35-49, 50-64, 65+, ONBEKEND.';
COMMENT ON COLUMN analytics.case_fact.unaccompanied_minor IS 'Registered as an unaccompanied minor (amv).';
COMMENT ON COLUMN analytics.case_fact.signalled_week IS 'Monday of the ISO week in which the case was signalled.';
COMMENT ON COLUMN analytics.case_fact.signalled_month IS 'First day of the month in which the case was signalled.';
COMMENT ON COLUMN analytics.case_fact.signalled_quarter IS 'Quarter of the signal, e.g. 2026-Q4.';
COMMENT ON COLUMN analytics.case_fact.phase IS 'Current phase: SIGNALLED, IN_PROGRESS, DEPARTED, CLOSED.';
COMMENT ON COLUMN analytics.case_fact.outcome IS 'Why the case was closed: DEPARTED, LAWFUL_RESIDENCE_GRANTED, DECEASED, ADMINISTRATIVE; empty while open.';
COMMENT ON COLUMN analytics.case_fact.departure_type IS 'INDEPENDENT, FORCED or WITHOUT_SUPERVISION when a departure is recorded or presumed.';
COMMENT ON COLUMN analytics.case_fact.departure_presumed IS 'The departure is presumed from two consecutive missed check-ins, not recorded.';
COMMENT ON COLUMN analytics.case_fact.closed_week IS 'Monday of the ISO week in which the case was closed.';
COMMENT ON COLUMN analytics.case_fact.closed_month IS 'First day of the month in which the case was closed.';
COMMENT ON COLUMN analytics.case_fact.days_to_outcome IS 'Days from the signal to the closure.';
COMMENT ON COLUMN analytics.case_fact.instruments IS 'Instruments used at least once: DEPARTURE_INTERVIEW, DOCUMENTS_REQUEST, LAISSEZ_PASSER, EMBASSY_PRESENTATION, RETURN_SUPPORT, REPORTING_OBLIGATION, VBL, FAMILY_LOCATION, AREA_RESTRICTION, DETENTION, MEDIATION.';
COMMENT ON COLUMN analytics.case_fact.obstacle_types IS 'Types of obstacle registered at least once.';
COMMENT ON COLUMN analytics.case_fact.open_obstacle_types IS 'Types of obstacle still open.';
COMMENT ON COLUMN analytics.case_fact.obstacle_days IS 'Days on which at least one obstacle was open ("time stuck"), up to the closure or the day of the last update.';
COMMENT ON COLUMN analytics.case_fact.escalations IS 'Number of escalations.';
COMMENT ON COLUMN analytics.case_fact.escalation_domains IS 'Domains of the escalations (CARE, SAFETY, MEDICAL, PUBLIC_ORDER); the free-text reasons are never copied.';
COMMENT ON COLUMN analytics.case_fact.reviews IS 'Number of case reviews (casusoverleggen).';
COMMENT ON COLUMN analytics.case_fact.review_participants IS 'Organisations that took part in a review.';
COMMENT ON COLUMN analytics.case_fact.review_options_explored IS 'Number of options explored in the reviews (the free text is never copied).';
COMMENT ON COLUMN analytics.case_fact.reopenings IS 'Number of times the case was reopened.';
COMMENT ON COLUMN analytics.case_fact.detention_basis IS 'Legal basis of the last detention, if any.';
COMMENT ON COLUMN analytics.case_fact.detention_days IS 'Days in detention, all detentions together (an ongoing one up to the day of the last update).';
COMMENT ON COLUMN analytics.case_fact.detention_max_days IS 'Legal maximum of the last detention in days, as ordered or extended.';
COMMENT ON COLUMN analytics.case_fact.detention_past_maximum IS 'A detention lasted (or is still recorded) past its legal maximum.';
COMMENT ON COLUMN analytics.case_fact.vbl_days IS 'Days in a freedom-restricting location (VBL).';
COMMENT ON COLUMN analytics.case_fact.family_location_days IS 'Days in a family location (gezinslocatie).';
COMMENT ON COLUMN analytics.case_fact.last_sequence IS 'Technical: the last event of the case applied (makes replays idempotent).';

CREATE TABLE analytics.entitlement_period (
    person_key     TEXT NOT NULL,
    kind           TEXT NOT NULL,
    legal_basis    TEXT NOT NULL,
    from_week      DATE NOT NULL,
    from_month     DATE NOT NULL,
    until_week     DATE,
    until_month    DATE,
    duration_days  INTEGER
);
CREATE INDEX entitlement_period_person ON analytics.entitlement_period (person_key);
COMMENT ON TABLE analytics.entitlement_period IS 'Periods of entitlement to state reception (rijksopvang) per person, as core''s entitlement policy computes them.';
COMMENT ON COLUMN analytics.entitlement_period.person_key IS 'Pseudonymous key of the person (as in case_fact).';
COMMENT ON COLUMN analytics.entitlement_period.kind IS 'Kind of entitlement: ASYLUM_RECEPTION, INTERIM_RELIEF, DEPARTURE_TERM, ART_64, EQUATED_CATEGORY, VBL, FAMILY_LOCATION, UNACCOMPANIED_MINOR, RVB_ALLOWANCE, NONE.';
COMMENT ON COLUMN analytics.entitlement_period.legal_basis IS 'Legal basis of the period (article of law or regulation).';
COMMENT ON COLUMN analytics.entitlement_period.from_week IS 'Monday of the ISO week in which the period starts.';
COMMENT ON COLUMN analytics.entitlement_period.from_month IS 'First day of the month in which the period starts.';
COMMENT ON COLUMN analytics.entitlement_period.until_week IS 'Monday of the ISO week of the last day of the period; empty while open-ended.';
COMMENT ON COLUMN analytics.entitlement_period.until_month IS 'First day of the month of the last day of the period; empty while open-ended.';
COMMENT ON COLUMN analytics.entitlement_period.duration_days IS 'Length of the period in days; empty while open-ended.';

CREATE TABLE analytics.stock_flow_month (
    municipality_code          TEXT NOT NULL,
    region                     TEXT NOT NULL,
    month                      DATE NOT NULL,
    open_at_start              INTEGER NOT NULL,
    inflow                     INTEGER NOT NULL,
    inflow_municipality        INTEGER NOT NULL,
    inflow_dtenv               INTEGER NOT NULL,
    inflow_ind                 INTEGER NOT NULL,
    inflow_police              INTEGER NOT NULL,
    inflow_kmar                INTEGER NOT NULL,
    outflow                    INTEGER NOT NULL,
    outflow_departed           INTEGER NOT NULL,
    outflow_lawful_residence   INTEGER NOT NULL,
    outflow_deceased           INTEGER NOT NULL,
    outflow_administrative     INTEGER NOT NULL,
    open_at_end                INTEGER NOT NULL,
    PRIMARY KEY (municipality_code, month)
);
COMMENT ON TABLE analytics.stock_flow_month IS 'Monthly stock and flow of return cases per municipality: open at the start, inflow by source, outflow by outcome, open at the end (open_at_end = open_at_start + inflow - outflow). Unsuppressed counts: publish only through the statistics API, which suppresses small cells.';
COMMENT ON COLUMN analytics.stock_flow_month.municipality_code IS 'CBS code of the municipality; ONBEKEND for cases signalled by another organisation.';
COMMENT ON COLUMN analytics.stock_flow_month.region IS 'Province of the municipality (ONBEKEND when unknown).';
COMMENT ON COLUMN analytics.stock_flow_month.month IS 'First day of the month.';
COMMENT ON COLUMN analytics.stock_flow_month.open_at_start IS 'Cases open at the start of the month.';
COMMENT ON COLUMN analytics.stock_flow_month.inflow IS 'Cases signalled in the month.';
COMMENT ON COLUMN analytics.stock_flow_month.inflow_municipality IS 'Of the inflow: signalled by a municipality.';
COMMENT ON COLUMN analytics.stock_flow_month.inflow_dtenv IS 'Of the inflow: signalled by DTenV.';
COMMENT ON COLUMN analytics.stock_flow_month.inflow_ind IS 'Of the inflow: signalled by the IND.';
COMMENT ON COLUMN analytics.stock_flow_month.inflow_police IS 'Of the inflow: signalled by the police.';
COMMENT ON COLUMN analytics.stock_flow_month.inflow_kmar IS 'Of the inflow: signalled by the KMar.';
COMMENT ON COLUMN analytics.stock_flow_month.outflow IS 'Cases closed in the month.';
COMMENT ON COLUMN analytics.stock_flow_month.outflow_departed IS 'Of the outflow: closed as departed.';
COMMENT ON COLUMN analytics.stock_flow_month.outflow_lawful_residence IS 'Of the outflow: closed because lawful residence was granted.';
COMMENT ON COLUMN analytics.stock_flow_month.outflow_deceased IS 'Of the outflow: closed because the person died.';
COMMENT ON COLUMN analytics.stock_flow_month.outflow_administrative IS 'Of the outflow: closed administratively.';
COMMENT ON COLUMN analytics.stock_flow_month.open_at_end IS 'Cases open at the end of the month.';

-- Private helpers of the projection, in the projections schema (never readable by analysts): what the projection
-- needs to know about a person to fill case_fact, and which cases belong to whom.
CREATE TABLE projections.analytics_person (
    alien_id             UUID PRIMARY KEY,
    date_of_birth        DATE,
    nationality          TEXT,
    unaccompanied_minor  BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE projections.analytics_case_person (
    case_id   UUID PRIMARY KEY,
    alien_id  UUID NOT NULL
);
CREATE INDEX analytics_case_person_alien ON projections.analytics_case_person (alien_id);

-- The analysts' role: no login of its own (docs/runbooks/analyst-sql-access.md gives one), SELECT on analytics only.
-- Created here when the migrating role may create roles (embedded: the superuser); on a server where it may not
-- (docker-compose: terugkeer_owner), deploy/postgres/10-roles.sh creates it. The grants are renewed after every
-- migration by nl.terugkeer.api.config.AnalystRole.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'return_analyst') THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
            CREATE ROLE return_analyst NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
        ELSE
            RAISE WARNING 'role return_analyst does not exist and % may not create it (docs/runbooks/analyst-sql-access.md)', current_user;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'return_analyst') THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO return_analyst', current_database());
        GRANT USAGE ON SCHEMA analytics TO return_analyst;
        GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO return_analyst;
    END IF;
END $$;
