-- Several instances on one database (issue 14, ADR 0026). Each live instance beats here every few seconds, so
-- that each can take a fair share of every projection's segments (token rows alone cannot tell how many
-- instances are alive: an instance that holds no segment has none). A rebuild asked of any instance pauses the
-- projection on the others through projection_pause until the rebuild has reset the tokens.
CREATE TABLE instance_heartbeat (
    instance_id VARCHAR(255) PRIMARY KEY,
    last_seen   TIMESTAMPTZ  NOT NULL
);

CREATE TABLE projection_pause (
    processor_name VARCHAR(255) PRIMARY KEY,
    requested_by   VARCHAR(255) NOT NULL,
    until          TIMESTAMPTZ  NOT NULL
);
