-- The timeline of every event of a case and of its person, with business date, recording time, who recorded
-- it and why, and corrections linked to the entries they correct. Written only by the case-history processor.
CREATE TABLE projections.case_history (
    event_id           VARCHAR(255) PRIMARY KEY,
    aggregate_type     VARCHAR(10)  NOT NULL,   -- 'Case' or 'Alien'
    aggregate_id       UUID         NOT NULL,
    sequence           BIGINT       NOT NULL,
    event_type         VARCHAR(100) NOT NULL,
    business_date      DATE         NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    user_id            VARCHAR(100),
    role               VARCHAR(20),
    organisation       VARCHAR(100),
    correlation_id     VARCHAR(100),
    causation_id       VARCHAR(100),
    corrects_sequence  BIGINT,
    payload            JSONB        NOT NULL,
    UNIQUE (aggregate_id, sequence)
);
