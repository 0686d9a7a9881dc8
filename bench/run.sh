#!/usr/bin/env bash
# The benchmark of issue 13 on this machine, in one run, ending in one table (figure, this run, target):
#  1. raw PostgreSQL: single-row commits of an event-sized row (pgbench), the physical limit beside the service;
#  2. the service on a fresh embedded PostgreSQL: writes through the REST API from CLIENTS clients after a warm-up,
#     projection lag at half that rate, case-status reads (bench/Load.java), heap and RSS, a restart's start-up;
#  3. at size (bench/size.sh): PERSONS seeded persons (about 12 events each) straight into the event store, start-up
#     on that store, a timed rebuild of every projection, reads of case status, history and entitlement.
# Starts its own services and embedded PostgreSQL servers in /tmp and stops them. Needs pgbench and psql (Debian:
# postgresql-client).
# Usage: bench/run.sh [clients=16] [seconds=30]
#   WARMUP=60        seconds of unmeasured load first (a fresh JVM spends a third of its CPU in the JIT compiler)
#   PERSONS=100000   persons for part 3; PERSONS=0 leaves part 3 out
#   JAR=path         measure that jar instead of building this checkout's (e.g. an older commit's, for before/after)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
CLIENTS=${1:-16}
SECONDS_OF_LOAD=${2:-30}
WARMUP=${WARMUP:-60}
PERSONS=${PERSONS:-100000}
PGPORT=54329
DATA=/tmp/return-bench-pg
PORT=18080
MANAGEMENT_PORT=18081
RESULTS=/tmp/return-bench-results.txt
export RESULTS
: > "$RESULTS"

if [ -z "${JAR:-}" ]; then
  ./mvnw -B -q -DskipTests -pl return-api -am package
  JAR=return-api/target/return-api.jar
fi
export JAR

LOG=/tmp/return-bench-app.log
. bench/lib.sh
trap 'stop_service; rm -rf "$BENCH_CLASSES"' EXIT

rm -rf "$DATA"
: > "$LOG"
start_service
first_start=$STARTUP_MS
echo "the service is up after $first_start ms (fresh data directory: initdb and every migration)"
result first_start_ms "$first_start"

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
raw=$(pgbench -p $PGPORT -n -c "$CLIENTS" -j 2 -T 10 -f /tmp/return-bench-insert.sql 2>/dev/null | grep -E '^tps')
echo "$raw"
result raw_commits_per_s "$(echo "$raw" | sed -E 's/^tps = ([0-9]+).*/\1/')"
psql -q -p $PGPORT -c "DROP TABLE bench_raw;" 2>/dev/null

if [ "$WARMUP" -gt 0 ]; then
  echo "== warm-up: $CLIENTS clients, $WARMUP s, not measured"
  RESULTS= bench_java Load "http://127.0.0.1:$PORT" "$CLIENTS" "$WARMUP" > /dev/null
fi
echo "== the service: $CLIENTS clients, $SECONDS_OF_LOAD s of writes"
bench_java Load "http://127.0.0.1:$PORT" "$CLIENTS" "$SECONDS_OF_LOAD"
echo "events stored: $(psql -tA -p $PGPORT -c 'SELECT count(*) FROM domainevententry')"
heap=$("$JAVA_HOME/bin/jcmd" "$APP" GC.heap_info | grep -m1 " heap " | sed -nE 's/.*used ([0-9]+)K.*/\1/p')
rss=$(sed -nE 's/^VmRSS:\s+([0-9]+) kB/\1/p' "/proc/$APP/status")
echo "after the load: heap used $((heap / 1024)) MB of -Xmx512m, RSS $((rss / 1024)) MB"
result heap_mb $((heap / 1024))
result rss_mb $((rss / 1024))
stop_service
start_service
restart=$STARTUP_MS
echo "restart on the same data: up after $restart ms"
result restart_ms "$restart"
stop_service

if [ "$PERSONS" -gt 0 ]; then
  SKIP_BUILD=1 CLIENTS=$CLIENTS bash bench/size.sh "$PERSONS"
fi

echo
echo "== results ($(nproc) cores, $(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -1); load generator on the same cores)"
get() { sed -nE "s/^$1=//p" "$RESULTS" | tail -1; }
row() { printf '| %-58s | %22s | %-20s |\n' "$1" "$2" "$3"; }
raw_rate=$(get raw_commits_per_s)
writes=$(get writes_per_s)
row "figure" "this run" "target"
row "----------------------------------------------------------" "----------------------" "--------------------"
row "raw PostgreSQL, single-row commits/s ($CLIENTS clients)" "$raw_rate" "(the physical limit)"
row "writes, commands/s ($CLIENTS clients)" "$writes" ">= 2,500"
row "  ratio to raw commits" "$(awk -v a="$writes" -v b="$raw_rate" 'BEGIN{printf "%.3fx", a/b}')" ">= 0.2x"
row "projection lag p50 / p99 ms (at $(get lag_rate) commands/s)" "$(get lag_p50_ms) / $(get lag_p99_ms)" "p99 < 200"
row "case-status reads p50 / p99 ms (this run's cases)" "$(get small_reads_p50_ms) / $(get small_reads_p99_ms)" "p99 < 10"
row "heap used / RSS MB after the load (-Xmx512m)" "$(get heap_mb) / $(get rss_mb)" "within -Xmx512m"
row "start-up ms: fresh data directory / restart" "$(get first_start_ms) / $(get restart_ms)" "< 6,000"
if [ "$PERSONS" -gt 0 ]; then
  row "at size: persons / events stored" "$(get size_persons) / $(get size_events)" "100,000 / 1,000,000"
  row "at size: seeding, events/s (COPY, hash chain)" "$(get seed_events_per_s)" ""
  row "at size: start-up ms" "$(get size_start_ms)" "< 6,000"
  for p in case-status case-history person-overview entitlement-periods analytics integration-feed; do
    v=$(get "rebuild_${p}_events_per_s")
    [ -n "$v" ] && row "at size: rebuild $p, events/s" "$v" ">= 30,000"
  done
  for read in case_status entitlement history; do
    target="p99 < 10"; [ $read = history ] && target=""
    row "at size: ${read/_/-} reads/s, p50 / p99 ms ($CLIENTS clients)" \
      "$(get size_${read}_per_s)/s $(get size_${read}_p50_ms) / $(get size_${read}_p99_ms)" "$target"
    row "at size: ${read/_/-} reads/s, p50 / p99 ms (1 client)" \
      "$(get size_${read}_1client_per_s)/s $(get size_${read}_1client_p50_ms) / $(get size_${read}_1client_p99_ms)" "$target"
  done
  row "at size: heap used / RSS MB" "$(get size_heap_mb) / $(get size_rss_mb)" "within -Xmx512m"
fi
echo "(all figures: $RESULTS)"
