# Sourced by bench/run.sh and bench/size.sh (from the repository's root): the service under measurement and the
# load generators. Expects JAVA_HOME, DATA, PGPORT, PORT, MANAGEMENT_PORT, JAR and LOG to be set.
APP=
start_service() { # sets APP, and STARTUP_MS: milliseconds from launch to healthy
  local started
  started=$(date +%s%N)
  RETURN_EMBEDDED_POSTGRES_DATA_DIRECTORY=$DATA RETURN_EMBEDDED_POSTGRES_PORT=$PGPORT PORT=$PORT \
    MANAGEMENT_PORT=$MANAGEMENT_PORT RETURN_DEVTOKENISSUER_ENABLED=true \
    "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" >> "$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 1200); do
    curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health" > /dev/null && break
    kill -0 "$APP" 2>/dev/null || { echo "the service stopped; see $LOG" >&2; exit 1; }
    sleep 0.1
  done
  curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health" > /dev/null || { echo "not healthy; see $LOG" >&2; exit 1; }
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_service() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
}

# The load generators share bench/Bench.java, so they are compiled together (a JDK 21 cannot launch a program of
# several source files): bench_java Load|Reads ARGS...
BENCH_CLASSES=$(mktemp -d /tmp/return-bench-classes.XXXXXX)
"$JAVA_HOME/bin/javac" -d "$BENCH_CLASSES" bench/Bench.java bench/Load.java bench/Reads.java
bench_java() { "$JAVA_HOME/bin/java" -cp "$BENCH_CLASSES" "$@"; }
# A figure for bench/run.sh's table, appended to $RESULTS (when set) as key=value.
result() { if [ -n "${RESULTS:-}" ]; then echo "$1=$2" >> "$RESULTS"; fi; }
