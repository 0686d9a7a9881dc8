-- Axon's JDBC token store (TokenSchema defaults, PostgresTokenTableFactory). It lives in the same database as
-- the read models, so that a projection's write and its token update commit in one transaction.
CREATE TABLE tokenentry (
    processorname  VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    tokentype      VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processorname, segment)
);
