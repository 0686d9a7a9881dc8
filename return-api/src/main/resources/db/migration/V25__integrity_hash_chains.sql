-- Tamper evidence (issue 9, ADR 0022): every stored event and every access-log entry is chained by SHA-256 to its
-- predecessor, by triggers in the inserting transaction, so nothing in Axon's or the access log's write path changes.
--
-- Events: one chain per aggregate (the predecessor is the same aggregate's previous sequence number), so writers of
-- different aggregates never wait for each other. The hash is kept in the event row (column chainhash); the newest
-- link of each aggregate is kept in integrity.event_head, which only moves forward, so that deleting the last events
-- of an aggregate is detected too.
-- Access log: sixteen chains; each transaction appends to one of them (its transaction id modulo 16) under a row lock
-- on that chain's head, so concurrent requests rarely wait and a transaction never holds two chain locks. The links
-- are kept beside the entries in integrity.access_log_link.
--
-- History is append-only for everyone, the owner included: UPDATE, DELETE and TRUNCATE of the event table and of the
-- chain tables are refused by triggers unless the session says SET terugkeer.allow_history_change = 'on' (a
-- documented escape for a migration that must repair history; docs/runbooks/run-on-postgresql.md). The service's own
-- database role has no UPDATE or DELETE privilege on these tables either (ADR 0022).
CREATE SCHEMA IF NOT EXISTS integrity;

-- The first link of every chain points at 32 zero bytes.
CREATE FUNCTION integrity.genesis() RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT decode(repeat('00', 32), 'hex')
$$;

-- SHA-256 over the predecessor's hash and the event as stored: its header fields (as a JSON array, so that no two
-- different rows give the same text), its metadata bytes and its payload bytes.
CREATE FUNCTION integrity.event_hash(
        previous bytea, globalindex bigint, aggregateidentifier text, sequencenumber bigint, type text,
        eventidentifier text, payloadtype text, payloadrevision text, stored_at text, metadata bytea, payload bytea)
    RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT sha256(coalesce(previous, integrity.genesis())
        || sha256(convert_to(jsonb_build_array(globalindex, aggregateidentifier, sequencenumber, type, eventidentifier,
                                               payloadtype, payloadrevision, stored_at, metadata IS NULL)::text, 'UTF8'))
        || sha256(coalesce(metadata, '\x'::bytea))
        || sha256(payload))
$$;

ALTER TABLE domainevententry ADD COLUMN chainhash BYTEA;

CREATE TABLE integrity.event_head (
    aggregateidentifier VARCHAR(255) PRIMARY KEY,
    sequencenumber      BIGINT       NOT NULL,
    globalindex         BIGINT       NOT NULL,
    chainhash           BYTEA        NOT NULL
);

-- Back-fill the events stored before this migration, aggregate by aggregate in sequence order.
DO $$
DECLARE
    e RECORD;
    previous BYTEA;
    current_aggregate TEXT;
BEGIN
    FOR e IN SELECT * FROM domainevententry ORDER BY aggregateidentifier, sequencenumber LOOP
        IF current_aggregate IS DISTINCT FROM e.aggregateidentifier THEN
            previous := NULL;
            current_aggregate := e.aggregateidentifier;
        END IF;
        previous := integrity.event_hash(previous, e.globalindex, e.aggregateidentifier, e.sequencenumber, e.type,
                                         e.eventidentifier, e.payloadtype, e.payloadrevision, e.timestamp, e.metadata,
                                         e.payload);
        UPDATE domainevententry SET chainhash = previous WHERE globalindex = e.globalindex;
    END LOOP;
END;
$$;

INSERT INTO integrity.event_head (aggregateidentifier, sequencenumber, globalindex, chainhash)
SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier, sequencenumber, globalindex, chainhash
FROM domainevententry ORDER BY aggregateidentifier, sequencenumber DESC;

-- BEFORE INSERT: link the new event to its aggregate's previous one. The column default (globalindex) is already set.
CREATE FUNCTION integrity.chain_event() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public AS $$
DECLARE
    previous BYTEA;
BEGIN
    IF NEW.sequencenumber > 0 THEN
        SELECT chainhash INTO previous FROM public.domainevententry
        WHERE aggregateidentifier = NEW.aggregateidentifier AND sequencenumber = NEW.sequencenumber - 1;
    END IF;
    NEW.chainhash := integrity.event_hash(previous, NEW.globalindex, NEW.aggregateidentifier, NEW.sequencenumber,
                                          NEW.type, NEW.eventidentifier, NEW.payloadtype, NEW.payloadrevision,
                                          NEW.timestamp, NEW.metadata, NEW.payload);
    RETURN NEW;
END;
$$;

-- AFTER INSERT (the unique key on aggregate and sequence has held): move the aggregate's head forward. Runs with the
-- owner's rights, as the service's role may not write the chain tables.
CREATE FUNCTION integrity.advance_event_head() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO integrity.event_head AS h (aggregateidentifier, sequencenumber, globalindex, chainhash)
    VALUES (NEW.aggregateidentifier, NEW.sequencenumber, NEW.globalindex, NEW.chainhash)
    ON CONFLICT (aggregateidentifier) DO UPDATE
        SET sequencenumber = EXCLUDED.sequencenumber, globalindex = EXCLUDED.globalindex,
            chainhash = EXCLUDED.chainhash
        WHERE h.sequencenumber < EXCLUDED.sequencenumber;
    RETURN NULL;
END;
$$;

CREATE TRIGGER domainevententry_chain
    BEFORE INSERT ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION integrity.chain_event();

CREATE TRIGGER domainevententry_advance_head
    AFTER INSERT ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION integrity.advance_event_head();

-- The guard of history: refuses changes unless the session explicitly allows them.
CREATE FUNCTION integrity.refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('terugkeer.allow_history_change', true), '') = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION '%.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
        USING HINT = 'history changes need SET terugkeer.allow_history_change = ''on'' (runbook run-on-postgresql)';
END;
$$;

CREATE TRIGGER domainevententry_append_only
    BEFORE UPDATE OR DELETE ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION integrity.refuse_history_change();

CREATE TRIGGER domainevententry_no_truncate
    BEFORE TRUNCATE ON domainevententry
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_history_change();

-- A head only moves forward to a later sequence number of the same aggregate.
CREATE FUNCTION integrity.guard_event_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.aggregateidentifier = OLD.aggregateidentifier
            AND NEW.sequencenumber > OLD.sequencenumber THEN
        RETURN NEW;
    END IF;
    IF coalesce(current_setting('terugkeer.allow_history_change', true), '') = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'integrity.event_head only moves forward: % refused', TG_OP
        USING HINT = 'history changes need SET terugkeer.allow_history_change = ''on'' (runbook run-on-postgresql)';
END;
$$;

CREATE TRIGGER event_head_forward_only
    BEFORE UPDATE OR DELETE ON integrity.event_head
    FOR EACH ROW EXECUTE FUNCTION integrity.guard_event_head();

CREATE TRIGGER event_head_no_truncate
    BEFORE TRUNCATE ON integrity.event_head
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_history_change();

-- The access log's chains.
CREATE FUNCTION integrity.access_log_hash(previous bytea, e access_log.entry) RETURNS bytea
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT sha256(coalesce(previous, integrity.genesis())
        || sha256(convert_to(jsonb_build_array(
               e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.user_id, e.role,
               e.organisation, e.action, e.http_method, e.resource, e.person_pseudonym, e.trace_id, e.status)::text,
               'UTF8')))
$$;

CREATE TABLE integrity.access_log_head (
    chain     SMALLINT PRIMARY KEY,
    position  BIGINT   NOT NULL,
    entry_id  BIGINT,
    chainhash BYTEA    NOT NULL
);

CREATE TABLE integrity.access_log_link (
    entry_id  BIGINT   PRIMARY KEY,
    chain     SMALLINT NOT NULL,
    position  BIGINT   NOT NULL,
    chainhash BYTEA    NOT NULL,
    UNIQUE (chain, position)
);

INSERT INTO integrity.access_log_head (chain, position, entry_id, chainhash)
SELECT chain, 0, NULL, integrity.genesis() FROM generate_series(0, 15) AS chain;

-- Back-fill the entries written before this migration onto chain 0, in id order.
DO $$
DECLARE
    e access_log.entry;
    previous BYTEA := integrity.genesis();
    at BIGINT := 0;
BEGIN
    FOR e IN SELECT * FROM access_log.entry ORDER BY id LOOP
        at := at + 1;
        previous := integrity.access_log_hash(previous, e);
        INSERT INTO integrity.access_log_link (entry_id, chain, position, chainhash) VALUES (e.id, 0, at, previous);
    END LOOP;
    UPDATE integrity.access_log_head
    SET position = at, entry_id = (SELECT max(id) FROM access_log.entry), chainhash = previous
    WHERE chain = 0 AND at > 0;
END;
$$;

CREATE FUNCTION integrity.chain_access_log_entry() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public AS $$
DECLARE
    which SMALLINT := (pg_current_xact_id()::text::bigint % 16)::smallint;
    head integrity.access_log_head;
    next_hash BYTEA;
BEGIN
    SELECT * INTO head FROM integrity.access_log_head WHERE chain = which FOR UPDATE;
    next_hash := integrity.access_log_hash(head.chainhash, NEW);
    UPDATE integrity.access_log_head
    SET position = head.position + 1, entry_id = NEW.id, chainhash = next_hash
    WHERE chain = which;
    INSERT INTO integrity.access_log_link (entry_id, chain, position, chainhash)
    VALUES (NEW.id, which, head.position + 1, next_hash);
    RETURN NULL;
END;
$$;

CREATE TRIGGER entry_chain
    AFTER INSERT ON access_log.entry
    FOR EACH ROW EXECUTE FUNCTION integrity.chain_access_log_entry();

CREATE FUNCTION integrity.guard_access_log_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.chain = OLD.chain AND NEW.position = OLD.position + 1 THEN
        RETURN NEW;
    END IF;
    IF coalesce(current_setting('terugkeer.allow_history_change', true), '') = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'integrity.access_log_head only moves forward: % refused', TG_OP;
END;
$$;

CREATE TRIGGER access_log_head_forward_only
    BEFORE UPDATE OR DELETE ON integrity.access_log_head
    FOR EACH ROW EXECUTE FUNCTION integrity.guard_access_log_head();

CREATE TRIGGER access_log_head_no_truncate
    BEFORE TRUNCATE ON integrity.access_log_head
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_history_change();

CREATE TRIGGER access_log_link_append_only
    BEFORE UPDATE OR DELETE ON integrity.access_log_link
    FOR EACH ROW EXECUTE FUNCTION integrity.refuse_history_change();

CREATE TRIGGER access_log_link_no_truncate
    BEFORE TRUNCATE ON integrity.access_log_link
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_history_change();
