-- The downstream feed (ADR 24): integration events derived from the read side, webhook subscriptions and their
-- deliveries. Filled only by the integration-feed event processor (its own token) and the webhook dispatcher.
CREATE SCHEMA IF NOT EXISTS feed;

-- One row per integration event. position orders the feed (one writer: the processor runs in one segment);
-- id is deterministic (UUID v5 of the source event id and the type), so a replay inserts nothing new.
CREATE TABLE feed.integration_event (
    position          BIGSERIAL PRIMARY KEY,
    id                UUID        NOT NULL UNIQUE,
    type              TEXT        NOT NULL,
    subject           UUID        NOT NULL,
    municipality_code TEXT,
    recorded_at       TIMESTAMPTZ NOT NULL,
    correlation_id    TEXT,
    dataref           TEXT        NOT NULL,
    data              JSONB       NOT NULL
);
CREATE INDEX integration_event_type_position ON feed.integration_event (type, position);

-- What the feed last said about a case (phase, municipality, person) and about a person's entitlement, so that
-- the next event is compared with it. Rebuilt by a replay.
CREATE TABLE feed.case_snapshot (
    case_id           UUID PRIMARY KEY,
    alien_id          UUID NOT NULL,
    municipality_code TEXT,
    phase             TEXT NOT NULL,
    last_sequence     BIGINT NOT NULL
);
CREATE INDEX case_snapshot_alien ON feed.case_snapshot (alien_id);

CREATE TABLE feed.entitlement_snapshot (
    alien_id UUID PRIMARY KEY,
    periods  JSONB NOT NULL
);

CREATE TABLE feed.subscription (
    id                UUID PRIMARY KEY,
    owner_role        TEXT        NOT NULL,
    owner_organisation TEXT       NOT NULL,
    created_by        TEXT        NOT NULL,
    municipality_code TEXT,
    callback_url      TEXT        NOT NULL,
    secret            TEXT        NOT NULL,
    types             TEXT[]      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    deleted_at        TIMESTAMPTZ
);

-- One row per (subscription, integration event): PENDING until the callback answers 2xx, DEAD after the last
-- attempt. claimed_until is a lease: an instance that dies mid-delivery loses its claim when it expires.
CREATE TABLE feed.delivery (
    subscription_id UUID        NOT NULL REFERENCES feed.subscription (id),
    position        BIGINT      NOT NULL REFERENCES feed.integration_event (position),
    subject         UUID        NOT NULL,
    state           TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    claimed_until   TIMESTAMPTZ,
    claimed_by      TEXT,
    last_status     INT,
    last_error      TEXT,
    delivered_at    TIMESTAMPTZ,
    PRIMARY KEY (subscription_id, position)
);
CREATE INDEX delivery_due ON feed.delivery (next_attempt_at, position) WHERE state = 'PENDING';
CREATE INDEX delivery_open_per_subject ON feed.delivery (subscription_id, subject, position) WHERE state <> 'DELIVERED';
