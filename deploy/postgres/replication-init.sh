#!/bin/sh
# Run once by the postgres image on a new primary (docker-entrypoint-initdb.d): lets the
# standby of deploy/compose.yaml stream the WAL as the ledger user, by password.
set -e
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
