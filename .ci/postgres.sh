# Sourced by .ci/run (and usable by hand: `source .ci/postgres.sh`): starts a throwaway PostgreSQL cluster
# for the store tests and exports CLAIMCOMPARE_PG. Debian's PostgreSQL 15 is installed when missing. The
# cluster runs as a non-root user on a local port in a temp folder; claimcompare_pg_stop (set as an EXIT trap
# by .ci/run) stops it and removes the folder. On failure CLAIMCOMPARE_PG stays unset and the store's
# PostgreSQL tests fail under CI=true (they skip, with the reason, elsewhere).

claimcompare_pg_start() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 \
      || { echo "note: could not install postgresql; the PostgreSQL store tests cannot run" >&2; return 1; }
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi

  # initdb refuses root: run the cluster as the package's postgres user (or the current user when not root).
  local user
  user=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    user=postgres
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  fi

  CLAIMCOMPARE_PG_DIR=$(mktemp -d /tmp/claimcompare-pg.XXXXXX)
  chown "$user" "$CLAIMCOMPARE_PG_DIR"
  local port=$((20000 + RANDOM % 20000))
  local password
  password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s\n' "$password" >"$CLAIMCOMPARE_PG_DIR/pw"
  chown "$user" "$CLAIMCOMPARE_PG_DIR/pw"
  local as=()
  [ "$user" != "$(id -un)" ] && as=(runuser -u "$user" --)
  "${as[@]}" "$bin/initdb" -D "$CLAIMCOMPARE_PG_DIR/data" -U claimcompare --pwfile="$CLAIMCOMPARE_PG_DIR/pw" -A scram-sha-256 >/dev/null \
    || { echo "note: initdb failed; the PostgreSQL store tests cannot run" >&2; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$CLAIMCOMPARE_PG_DIR/data" -l "$CLAIMCOMPARE_PG_DIR/log" -w \
    -o "-p $port -k $CLAIMCOMPARE_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null \
    || { echo "note: PostgreSQL did not start (see $CLAIMCOMPARE_PG_DIR/log)" >&2; return 1; }
  CLAIMCOMPARE_PG_BIN=$bin
  CLAIMCOMPARE_PG_USER=$user
  export CLAIMCOMPARE_PG="Host=127.0.0.1;Port=$port;Username=claimcompare;Password=$password;Database=postgres"
}

claimcompare_pg_stop() {
  if [ -n "${CLAIMCOMPARE_PG_DIR:-}" ] && [ -d "$CLAIMCOMPARE_PG_DIR" ]; then
    local as=()
    [ "${CLAIMCOMPARE_PG_USER:-}" != "$(id -un)" ] && as=(runuser -u "$CLAIMCOMPARE_PG_USER" --)
    "${as[@]}" "$CLAIMCOMPARE_PG_BIN/pg_ctl" -D "$CLAIMCOMPARE_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$CLAIMCOMPARE_PG_DIR"
  fi
}
