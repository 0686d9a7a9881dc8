-- Axon's JDBC event store, mirroring Axon 4.13's PostgresEventTableFactory with the default EventSchema.
-- Axon's SQL is unquoted, so PostgreSQL folds every name to lower case (stack.md trap 4).
-- Events are appended only: no UPDATE or DELETE is ever issued against this table by the application.
CREATE TABLE domainevententry (
    globalindex          BIGSERIAL    NOT NULL,
    aggregateidentifier  VARCHAR(255) NOT NULL,
    sequencenumber       BIGINT       NOT NULL,
    type                 VARCHAR(255),
    eventidentifier      VARCHAR(255) NOT NULL,
    metadata             BYTEA,
    payload              BYTEA        NOT NULL,
    payloadrevision      VARCHAR(255),
    payloadtype          VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    PRIMARY KEY (globalindex),
    UNIQUE (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier  VARCHAR(255) NOT NULL,
    sequencenumber       BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    eventidentifier      VARCHAR(255) NOT NULL,
    metadata             BYTEA,
    payload              BYTEA        NOT NULL,
    payloadrevision      VARCHAR(255),
    payloadtype          VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);
