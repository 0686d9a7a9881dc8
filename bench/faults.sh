#!/usr/bin/env bash
# The fault suite (issue 14, docs/runbooks/fault-suite.md): black-box probes against the packaged service on an
# embedded PostgreSQL in /tmp. Each probe prints its figures and fails (exit 1) on a loss: an acknowledged command
# not found afterwards, a 5xx other than 503 problem+json with Retry-After, a half-written aggregate, projections
# that differ from a rebuild, an embedded PostgreSQL that needs a hand.
# Usage: bench/faults.sh [all|kill9|pg-restart|two-instances|graceful]   (env: CLIENTS=8 CYCLES=10 SKIP_BUILD=1)
set -uo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
PROBE=${1:-all}
CLIENTS=${CLIENTS:-8}
CYCLES=${CYCLES:-10}
WORK=${FAULTS_DIR:-/tmp/return-faults}
JAR=return-api/target/return-api.jar
FAILED=0
APPS=()
mkdir -p "$WORK"

if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$JAR" ]; then
  ./mvnw -B -q -DskipTests -pl return-api -am package || exit 1
fi
# a copy, so that a build while the probes run cannot change the jar under a running service
cp "$JAR" "$WORK/return-api-$PROBE.jar" && JAR="$WORK/return-api-$PROBE.jar"

fail() { echo "  FAIL: $*"; FAILED=1; }
now_ms() { date +%s%3N; }
cleanup() { for pid in "${APPS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null; done; wait 2>/dev/null; }
trap cleanup EXIT

# start_app LOGNAME PORT MANAGEMENT_PORT [VAR=value...]: sets APP to the pid
start_app() {
  local name=$1 port=$2 mgmt=$3; shift 3
  env PORT="$port" MANAGEMENT_PORT="$mgmt" RETURN_DEVTOKENISSUER_ENABLED=true "$@" \
    "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" >> "$WORK/$name.log" 2>&1 &
  APP=$!
  APPS+=("$APP")
}

# wait_ready MANAGEMENT_PORT [seconds]: prints the seconds it took; non-zero when never ready
wait_ready() {
  local start; start=$(now_ms)
  for _ in $(seq 1 $((${2:-90} * 4))); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness")" = 200 ]; then
      echo "scale=1; ($(now_ms) - $start) / 1000" | bc; return 0
    fi
    sleep 0.25
  done
  return 1
}

pg_pid() { head -1 "$1/postmaster.pid" 2>/dev/null; }
pg_port() { sed -n 4p "$1/postmaster.pid" 2>/dev/null; }
sql() { psql -h 127.0.0.1 -p "$(pg_port "$1")" -U postgres -d postgres -tAqc "$2"; }
token() { curl -s -H 'Content-Type: application/json' -d "{\"sub\":\"ops\",\"role\":\"$2\"}" "$1/dev/tokens" | jq -r .accessToken; }
mkdir -p "$WORK/classes" && "$JAVA_HOME/bin/javac" -d "$WORK/classes" bench/Faults.java || exit 1
faults() { "$JAVA_HOME/bin/java" -cp "$WORK/classes" Faults "$@"; }
write() { faults write "$@"; }
check() { faults check "$@"; }

half_written() {
  sql "$1" "SELECT count(*) FROM (SELECT aggregateidentifier FROM domainevententry GROUP BY 1
            HAVING max(sequencenumber) + 1 <> count(*) OR min(sequencenumber) <> 0) gaps"
}

# projections_equal_rebuild URL DATA: case-status and person-overview rows before and after a rebuild
projections_equal_rebuild() {
  local url=$1 data=$2 admin; admin=$(token "$url" ADMIN)
  for pair in "case-status:projections.case_status:Case" "person-overview:projections.person_overview:Alien"; do
    IFS=: read -r name table type <<< "$pair"
    local expected; expected=$(sql "$data" "SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE type = '$type'")
    for _ in $(seq 1 240); do [ "$(sql "$data" "SELECT count(*) FROM $table")" = "$expected" ] && break; sleep 0.25; done
    sleep 1
    sql "$data" "SELECT to_jsonb(t)::text FROM $table t ORDER BY 1" > "$WORK/$name.before"
    local status; status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $admin" "$url/v1/admin/projections/$name/rebuild")
    [ "$status" = 202 ] || fail "rebuild of $name answered $status"
    for _ in $(seq 1 480); do
      replaying=$(curl -s -H "Authorization: Bearer $admin" "$url/v1/admin/projections" | jq "[.[] | select(.name == \"$name\") | .replaying] | any")
      [ "$replaying" = false ] && [ "$(sql "$data" "SELECT count(*) FROM $table")" = "$expected" ] && break
      sleep 0.25
    done
    sleep 1
    sql "$data" "SELECT to_jsonb(t)::text FROM $table t ORDER BY 1" > "$WORK/$name.after"
    if cmp -s "$WORK/$name.before" "$WORK/$name.after"; then
      echo "  projection $name: $(wc -l < "$WORK/$name.after") rows, equal to a rebuild"
    else
      fail "projection $name differs from its rebuild ($(diff "$WORK/$name.before" "$WORK/$name.after" | grep -c '^[<>]') lines)"
    fi
  done
}

probe_kill9() {
  echo "== kill -9 under load, $CYCLES cycles, $CLIENTS clients (embedded PostgreSQL on a random port)"
  local data=$WORK/kill9-pg acked=$WORK/kill9.acked url=http://127.0.0.1:18180 orphans=0 stopped=0
  rm -rf "$data" "$acked"
  for cycle in $(seq 1 "$CYCLES"); do
    local old_pg; old_pg=$(pg_pid "$data")
    start_app kill9 18180 18181 RETURN_EMBEDDED_POSTGRES_DATA_DIRECTORY="$data"
    local took; took=$(wait_ready 18181) || { fail "cycle $cycle: not ready after a kill -9 (see $WORK/kill9.log)"; return; }
    if [ -n "$old_pg" ]; then
      if kill -0 "$old_pg" 2>/dev/null; then fail "cycle $cycle: the orphan $old_pg still runs"; else stopped=$((stopped + 1)); fi
    fi
    touch "$acked"
    write "$acked" 40 "$CLIENTS" "$url" > "$WORK/kill9.write" 2>>"$WORK/kill9.errors" &
    local writer=$!
    local before; before=$(wc -l < "$acked" 2>/dev/null || echo 0)
    for _ in $(seq 1 120); do [ $(( $(wc -l < "$acked") - before )) -ge 40 ] && break; sleep 0.25; done
    sleep 2
    kill -9 "$APP"; wait "$APP" 2>/dev/null
    wait "$writer"
    kill -0 "$(pg_pid "$data")" 2>/dev/null && orphans=$((orphans + 1))
    echo "  cycle $cycle: ready in ${took}s; $(cat "$WORK/kill9.write")"
    grep -q 'bad-5xx=0' "$WORK/kill9.write" || fail "cycle $cycle: a 5xx other than 503 problem+json"
  done
  local old_pg; old_pg=$(pg_pid "$data")
  start_app kill9 18180 18181 RETURN_EMBEDDED_POSTGRES_DATA_DIRECTORY="$data"
  local took; took=$(wait_ready 18181) || { fail "not ready after the last kill -9"; return; }
  kill -0 "$old_pg" 2>/dev/null && fail "the last orphan $old_pg still runs" || stopped=$((stopped + 1))
  echo "  embedded PostgreSQL orphaned by kill -9: $orphans of $CYCLES; orphans stopped by the next start: $stopped; last start ready in ${took}s"
  check "$acked" "$url" | sed 's/^/  /'; [ "${PIPESTATUS[0]}" = 0 ] || fail "acknowledged commands missing"
  local stored; stored=$(sql "$data" "SELECT count(DISTINCT aggregateidentifier) FROM domainevententry")
  echo "  aggregates stored: $stored; acknowledged: $(wc -l < "$acked") (the rest were in flight at a kill, never answered)"
  local half; half=$(half_written "$data"); echo "  half-written aggregates (gaps in sequence numbers): $half"
  [ "$half" = 0 ] || fail "half-written aggregates"
  projections_equal_rebuild "$url" "$data"
  kill "$APP"; wait "$APP" 2>/dev/null
}

probe_pg_restart() {
  echo "== PostgreSQL restarted mid-load ($CLIENTS clients, 24 s; the database is down for 6 s)"
  local data=$WORK/pgrestart-pg acked=$WORK/pgrestart.acked url=http://127.0.0.1:18380 mgmt=18381
  rm -rf "$data" "$acked" "$WORK/pgrestart.readiness"
  start_app pgrestart 18380 $mgmt RETURN_EMBEDDED_POSTGRES_DATA_DIRECTORY="$data" RETURN_EMBEDDED_POSTGRES_PORT=54391
  wait_ready $mgmt > /dev/null || { fail "not ready"; return; }
  local app=$APP
  rm -f "$WORK/pgrestart.stop"
  ( while [ ! -f "$WORK/pgrestart.stop" ]; do
      echo "$(now_ms) $(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$mgmt/actuator/health/readiness")"
      sleep 0.25
    done > "$WORK/pgrestart.readiness" ) &
  local monitor=$!
  write "$acked" 24 "$CLIENTS" "$url" > "$WORK/pgrestart.write" 2>>"$WORK/pgrestart.errors" &
  local writer=$!
  sleep 6
  local opts; opts=$(cat "$data/postmaster.opts")
  local down; down=$(now_ms)
  kill -INT "$(pg_pid "$data")"
  while [ -f "$data/postmaster.pid" ]; do sleep 0.1; done
  sleep 6
  local up; up=$(now_ms)
  # as zonky starts it: in a user namespace when root (PostgreSQL refuses to run as root)
  if [ "$(id -u)" = 0 ]; then eval "setsid unshare -U $opts" >> "$WORK/pgrestart-postgres.log" 2>&1 &
  else eval "setsid $opts" >> "$WORK/pgrestart-postgres.log" 2>&1 & fi
  wait "$writer"
  touch "$WORK/pgrestart.stop"; wait "$monitor" 2>/dev/null
  echo "  $(cat "$WORK/pgrestart.write")"
  grep -q 'bad-5xx=0' "$WORK/pgrestart.write" || fail "a 5xx other than 503 problem+json with Retry-After"
  local first_down first_up_after
  first_down=$(awk -v d="$down" '$1 >= d && $2 != 200 {print $1; exit}' "$WORK/pgrestart.readiness")
  first_up_after=$(awk -v u="$up" '$1 >= u && $2 == 200 {print $1; exit}' "$WORK/pgrestart.readiness")
  if [ -n "$first_down" ]; then echo "  readiness DOWN $(echo "scale=1; ($first_down - $down) / 1000" | bc) s after the database stopped";
  else fail "readiness never went DOWN"; fi
  if [ -n "$first_up_after" ]; then echo "  readiness UP again $(echo "scale=1; ($first_up_after - $up) / 1000" | bc) s after the database started (recovery)";
  else fail "readiness never came back UP"; fi
  grep -q '"503=' "$WORK/pgrestart.write" || grep -q ' 503=' "$WORK/pgrestart.write" || echo "  (no command happened to run during the outage)"
  check "$acked" "$url" | sed 's/^/  /'; [ "${PIPESTATUS[0]}" = 0 ] || fail "acknowledged commands missing"
  local half; half=$(half_written "$data"); echo "  half-written aggregates: $half"; [ "$half" = 0 ] || fail "half-written"
  projections_equal_rebuild "$url" "$data"
  kill "$app"; wait "$app" 2>/dev/null
}

probe_two_instances() {
  echo "== two instances on one PostgreSQL ($CLIENTS clients over both, 12 s)"
  local data=$WORK/two-pg acked=$WORK/two.acked a=http://127.0.0.1:18480 b=http://127.0.0.1:18490
  rm -rf "$data" "$acked"
  start_app two-a 18480 18481 RETURN_EMBEDDED_POSTGRES_DATA_DIRECTORY="$data" RETURN_EMBEDDED_POSTGRES_PORT=54392
  local app_a=$APP
  wait_ready 18481 > /dev/null || { fail "A not ready"; return; }
  start_app two-b 18490 18491 SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:54392/postgres \
    SPRING_DATASOURCE_USERNAME=terugkeer_app SPRING_DATASOURCE_PASSWORD= SPRING_FLYWAY_USER=postgres \
    SPRING_FLYWAY_PASSWORD= RETURN_SECURITY_INSECURE=true
  local app_b=$APP
  wait_ready 18491 > /dev/null || { fail "B not ready"; return; }
  write "$acked" 12 "$CLIENTS" "$a" "$b" > "$WORK/two.write" 2>>"$WORK/two.errors"
  echo "  $(cat "$WORK/two.write")"
  grep -q 'bad-5xx=0' "$WORK/two.write" || fail "a 5xx"
  local admin_a admin_b held_a held_b
  admin_a=$(token "$a" ADMIN); admin_b=$(token "$b" ADMIN)
  held_a=$(curl -s -H "Authorization: Bearer $admin_a" "$a/v1/admin/projections" | jq '[.[].segments | length] | add')
  held_b=$(curl -s -H "Authorization: Bearer $admin_b" "$b/v1/admin/projections" | jq '[.[].segments | length] | add')
  echo "  segments held: A $held_a, B $held_b (of $(sql "$data" "SELECT count(*) FROM tokenentry"))"
  sql "$data" "SELECT processorname || ' ' || segment || ' ' || coalesce(owner, '-') FROM tokenentry ORDER BY 1" | sed 's/^/    /'
  [ "${held_a:-0}" -gt 0 ] && [ "${held_b:-0}" -gt 0 ] || fail "the segments are not shared"
  echo "  read from A:"; check "$acked" "$a" | sed 's/^/  /'; [ "${PIPESTATUS[0]}" = 0 ] || fail "missing on A"
  echo "  read from B:"; check "$acked" "$b" | sed 's/^/  /'; [ "${PIPESTATUS[0]}" = 0 ] || fail "missing on B"
  local events history
  events=$(sql "$data" "SELECT count(*) FROM domainevententry")
  for _ in $(seq 1 120); do history=$(sql "$data" "SELECT count(*) FROM projections.case_history"); [ "$history" = "$events" ] && break; sleep 0.25; done
  echo "  events $events, case-history rows $history (each event handled once per projection: $([ "$history" = "$events" ] && echo yes || echo no))"
  [ "$history" = "$events" ] || fail "case-history rows differ from events"
  faults race "$a" "$b" | sed 's/^/  /'; [ "${PIPESTATUS[0]}" = 0 ] || fail "same-version race"
  for pair in "B|$b|$admin_b" "A|$a|$admin_a"; do
    local who url tok status started
    IFS='|' read -r who url tok <<< "$pair"
    started=$(now_ms)
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $tok" "$url/v1/admin/projections/case-status/rebuild")
    echo "  rebuild of case-status asked of $who: $status in $(echo "scale=1; ($(now_ms) - $started) / 1000" | bc) s"
    [ "$status" = 202 ] || fail "rebuild from $who answered $status"
  done
  kill "$app_b"; wait "$app_b" 2>/dev/null
  kill "$app_a"; wait "$app_a" 2>/dev/null
}

probe_graceful() {
  echo "== graceful shutdown (SIGTERM) under load ($CLIENTS clients)"
  local data=$WORK/graceful-pg acked=$WORK/graceful.acked url=http://127.0.0.1:18580
  rm -rf "$data" "$acked"
  start_app graceful 18580 18581 RETURN_EMBEDDED_POSTGRES_DATA_DIRECTORY="$data"
  wait_ready 18581 > /dev/null || { fail "not ready"; return; }
  touch "$acked"
  write "$acked" 40 "$CLIENTS" "$url" > "$WORK/graceful.write" 2>>"$WORK/graceful.errors" &
  local writer=$!
  for _ in $(seq 1 120); do [ "$(wc -l < "$acked")" -ge 40 ] && break; sleep 0.25; done
  sleep 2
  local asked; asked=$(now_ms)
  kill -TERM "$APP"; wait "$APP"; local code=$?
  echo "  stopped in $(echo "scale=1; ($(now_ms) - $asked) / 1000" | bc) s, exit code $code"
  wait "$writer"
  echo "  $(cat "$WORK/graceful.write")"
  grep -q 'bad-5xx=0' "$WORK/graceful.write" || fail "a 5xx during shutdown"
  [ -f "$data/postmaster.pid" ] && fail "embedded PostgreSQL still running after a graceful stop"
  start_app graceful 18580 18581 RETURN_EMBEDDED_POSTGRES_DATA_DIRECTORY="$data"
  wait_ready 18581 > /dev/null || { fail "not ready after restart"; return; }
  check "$acked" "$url" | sed 's/^/  /'; [ "${PIPESTATUS[0]}" = 0 ] || fail "acknowledged commands missing"
  kill "$APP"; wait "$APP" 2>/dev/null
}

case "$PROBE" in
  kill9) probe_kill9 ;;
  pg-restart) probe_pg_restart ;;
  two-instances) probe_two_instances ;;
  graceful) probe_graceful ;;
  all) probe_kill9; probe_pg_restart; probe_two_instances; probe_graceful ;;
  *) echo "unknown probe $PROBE"; exit 2 ;;
esac
if [ "$FAILED" = 0 ]; then echo "== no loss"; else echo "== LOSS OR FAULT: see FAIL lines above"; fi
exit "$FAILED"
