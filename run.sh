#!/usr/bin/env bash
# Builds the service and runs it. Without SPRING_DATASOURCE_URL it starts an embedded PostgreSQL whose data
# stays in ./data/postgres between runs (RETURN_EMBEDDED_POSTGRES_DATA_DIRECTORY moves it), with the development
# token issuer on. Against an external database it needs a real issuer (README). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")"
. bin/jdk.sh
./mvnw -B -q -DskipTests -pl return-api -am package
extra=()
if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
  # Embedded mode: local development, so the development token issuer is asked for explicitly (it answers only
  # requests to localhost/127.0.0.1 from this machine). The Docker image never sets this.
  extra+=(--return.dev-token-issuer.enabled=true)
fi
exec "$JAVA_HOME/bin/java" -Xmx512m -jar return-api/target/return-api.jar "${extra[@]}" "$@"
