#!/usr/bin/env bash
# Runs once, when the PostgreSQL container initialises an empty data directory (docker-entrypoint-initdb.d), as the
# container's superuser. Creates the two roles of the service (docs/runbooks/run-on-postgresql.md):
#   terugkeer_owner  owns the database and its objects; Flyway migrates as this role. Not a superuser.
#   terugkeer_app    the service's connection: no rights of its own; after each migration the service grants it DML,
#                    but no UPDATE or DELETE on history and no writes on the hash chains.
#   return_analyst   the analysts' role (issue 10): no login; after each migration the service grants it CONNECT and
#                    SELECT on the analytics schema only (the owner may not create roles, so it is created here).
#   grafana_analyst  Grafana's login for the analytics dashboard, a member of return_analyst and nothing more
#                    (docs/runbooks/analyst-sql-access.md gives analysts their own logins the same way).
set -euo pipefail
: "${TERUGKEER_OWNER_PASSWORD:?}" "${TERUGKEER_APP_PASSWORD:?}" "${GRAFANA_ANALYST_PASSWORD:?}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$TERUGKEER_OWNER_PASSWORD" -v app_password="$TERUGKEER_APP_PASSWORD" \
  -v grafana_password="$GRAFANA_ANALYST_PASSWORD" <<'SQL'
CREATE ROLE terugkeer_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'owner_password';
CREATE ROLE terugkeer_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'app_password';
CREATE ROLE return_analyst NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE ROLE grafana_analyst LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION IN ROLE return_analyst
  PASSWORD :'grafana_password';
CREATE DATABASE terugkeer OWNER terugkeer_owner;
REVOKE ALL ON DATABASE terugkeer FROM PUBLIC;
GRANT CONNECT ON DATABASE terugkeer TO terugkeer_app;
\connect terugkeer
ALTER SCHEMA public OWNER TO terugkeer_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
