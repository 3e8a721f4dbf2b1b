#!/bin/bash
# First start (empty PGDATA): initdb with POSTGRES_USER as superuser, password authentication for
# TCP clients, POSTGRES_DB, then /docker-entrypoint-initdb.d/*.sql|*.sh. Every start: exec postgres
# listening on POSTGRES_LISTEN_ADDRESSES (default: all) and PGPORT (default 5432).
set -euo pipefail
: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}"
export POSTGRES_USER=${POSTGRES_USER:-postgres} PGPORT=${PGPORT:-5432}
[[ ${1:-postgres} == postgres ]] || exec "$@"
shift || true

if [[ ! -s $PGDATA/PG_VERSION ]]; then
    mkdir -p "$PGDATA"
    pwfile=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
    initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 > /dev/null
    rm -f "$pwfile"
    echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
    # Initialisation on the Unix socket only, so that health checks over TCP wait for the real server.
    pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start > /dev/null
    psql=(psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -qAt)
    if [[ -n ${POSTGRES_DB:-} && $POSTGRES_DB != postgres ]]; then
        "${psql[@]}" -c "CREATE DATABASE \"$POSTGRES_DB\""
    fi
    for f in /docker-entrypoint-initdb.d/*; do
        case $f in
            *.sql) echo "initdb.d: $f"; "${psql[@]}" -d "${POSTGRES_DB:-postgres}" -f "$f" ;;
            *.sh) echo "initdb.d: $f"; . "$f" ;;
        esac
    done
    pg_ctl -D "$PGDATA" -m fast -w stop > /dev/null
fi
exec postgres -D "$PGDATA" -c listen_addresses="${POSTGRES_LISTEN_ADDRESSES:-*}" -c port="$PGPORT" "$@"
