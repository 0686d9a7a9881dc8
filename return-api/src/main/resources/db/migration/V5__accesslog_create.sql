-- The access log (issue 5, ADR 0009): who read or changed whose data, when, in which trace, with what result.
-- Append-only: the application only inserts; the triggers refuse UPDATE, DELETE and TRUNCATE for everyone.
-- Whose data is a pseudonym (HMAC-SHA256 of the person's id with a configured secret), never a V-number or BSN.
CREATE SCHEMA IF NOT EXISTS access_log;

CREATE TABLE access_log.entry (
    id               BIGSERIAL    PRIMARY KEY,
    occurred_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    user_id          VARCHAR(100),
    role             VARCHAR(20),
    organisation     VARCHAR(100),
    action           VARCHAR(20)  NOT NULL,
    http_method      VARCHAR(10)  NOT NULL,
    resource         VARCHAR(300) NOT NULL,
    person_pseudonym CHAR(64),
    trace_id         CHAR(32)     NOT NULL,
    status           INTEGER      NOT NULL
);

CREATE INDEX entry_person_idx ON access_log.entry (person_pseudonym, id);
CREATE INDEX entry_user_idx ON access_log.entry (user_id, id);
CREATE INDEX entry_trace_idx ON access_log.entry (trace_id, id);

CREATE FUNCTION access_log.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log.entry is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER entry_append_only
    BEFORE UPDATE OR DELETE ON access_log.entry
    FOR EACH ROW EXECUTE FUNCTION access_log.refuse_change();

CREATE TRIGGER entry_no_truncate
    BEFORE TRUNCATE ON access_log.entry
    FOR EACH STATEMENT EXECUTE FUNCTION access_log.refuse_change();

-- Idempotency keys of POST requests (ADR 0014), in the same migration to claim no further version number.
-- Unlike the access log these rows are working state: completed when the first answer is known, deleted when the
-- first attempt failed, and ignored after 24 hours.
CREATE SCHEMA IF NOT EXISTS api;

CREATE TABLE api.idempotent_request (
    user_id          VARCHAR(100) NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed        BOOLEAN      NOT NULL DEFAULT false,
    status           INTEGER,
    content_type     VARCHAR(200),
    location         VARCHAR(500),
    etag             VARCHAR(40),
    body             BYTEA,
    PRIMARY KEY (user_id, idempotency_key)
);
