#!/usr/bin/env bash
# Benchmark on this machine: raw PostgreSQL insert rate (pgbench, Axon's event-table shape) beside the service's
# figures (bench/Load.java: writes through the REST API, projection lag, reads). Starts its own service on a
# fresh embedded PostgreSQL in /tmp and stops it afterwards. Needs pgbench (Debian: postgresql-client).
# Usage: bench/run.sh [clients=16] [seconds=20]; WARMUP=60 (seconds of unmeasured load first; 0 for a cold JVM)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
CLIENTS=${1:-16}
SECONDS_OF_LOAD=${2:-20}
PGPORT=54329
DATA=/tmp/return-bench-pg
PORT=18080
MANAGEMENT_PORT=18081

./mvnw -B -q -DskipTests -pl return-api -am package
rm -rf "$DATA"
RETURN_EMBEDDED_POSTGRES_DATA_DIRECTORY=$DATA RETURN_EMBEDDED_POSTGRES_PORT=$PGPORT PORT=$PORT \
  MANAGEMENT_PORT=$MANAGEMENT_PORT RETURN_DEVTOKENISSUER_ENABLED=true \
  "$JAVA_HOME/bin/java" -Xmx512m -jar return-api/target/return-api.jar > /tmp/return-bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health" > /dev/null && break; sleep 1; done

echo "== raw PostgreSQL: one event-sized row per transaction, $CLIENTS clients, 10 s (pgbench)"
export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE=postgres
echo "durability settings: $(psql -tA -p $PGPORT -c "SELECT string_agg(name || '=' || setting, ' ') FROM pg_settings WHERE name IN ('fsync','synchronous_commit','full_page_writes')")"
# Its own sequence: sharing domainevententry's would leave a gap of every pgbench row in the event stream.
psql -q -p $PGPORT -c "DROP TABLE IF EXISTS bench_raw;
  CREATE TABLE bench_raw (globalindex BIGSERIAL PRIMARY KEY, aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber BIGINT NOT NULL, type VARCHAR(255), eventidentifier VARCHAR(255) NOT NULL UNIQUE, metadata BYTEA,
    payload BYTEA NOT NULL, payloadrevision VARCHAR(255), payloadtype VARCHAR(255) NOT NULL,
    timestamp VARCHAR(255) NOT NULL, UNIQUE (aggregateidentifier, sequencenumber));"
cat > /tmp/return-bench-insert.sql <<'SQL'
INSERT INTO bench_raw (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, payloadtype, timestamp)
VALUES (gen_random_uuid()::text, 0, 'Case', gen_random_uuid()::text, '\x7b7d', convert_to(repeat('x', 300), 'UTF8'), 'bench', now()::text);
SQL
pgbench -p $PGPORT -n -c "$CLIENTS" -j 2 -T 10 -f /tmp/return-bench-insert.sql 2>/dev/null | grep -E '^tps'
psql -q -p $PGPORT -c "DROP TABLE bench_raw;" 2>/dev/null

# A fresh JVM spends a third of its CPU in the JIT compiler for the first minute (issue 13: 30 -> 61 -> 70 commands/s
# in three rounds): load it unmeasured first, so that the figures are those of the running service.
WARMUP=${WARMUP:-60}
if [ "$WARMUP" -gt 0 ]; then
  echo "== warm-up: $CLIENTS clients, $WARMUP s, not measured"
  "$JAVA_HOME/bin/java" bench/Load.java "http://127.0.0.1:$PORT" "$CLIENTS" "$WARMUP" > /dev/null
fi
echo "== the service: $CLIENTS clients, $SECONDS_OF_LOAD s of writes"
"$JAVA_HOME/bin/java" bench/Load.java "http://127.0.0.1:$PORT" "$CLIENTS" "$SECONDS_OF_LOAD"
echo "events stored: $(psql -tA -p $PGPORT -c 'SELECT count(*) FROM domainevententry')"
