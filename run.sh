#!/usr/bin/env bash
# Builds the service and runs it. Without SPRING_DATASOURCE_URL it starts an embedded PostgreSQL whose data
# stays in ./data/postgres between runs (RETURN_EMBEDDED_POSTGRES_DATA_DIRECTORY moves it). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")"
. bin/jdk.sh
./mvnw -B -q -DskipTests -pl return-api -am package
exec "$JAVA_HOME/bin/java" -Xmx512m -jar return-api/target/return-api.jar "$@"
