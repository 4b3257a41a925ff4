#!/usr/bin/env bash
# The production stack on this machine, over plain HTTP: `make serve`.
#
# PostgreSQL (DATABASE_URL, the database created if missing) and Redis (REDIS_URL) are this
# machine's servers; the demo content is loaded (idempotent, with the demo settings, the only
# ones that have its commands), the static files collected; then, with the production
# settings: gunicorn (deploy/gunicorn.conf.py) on PORT, the scheduler, the media files on
# MEDIA_PORT (production keeps them on object storage or a web server, never in Django), and
# Varnish (deploy/varnish/default.vcl) on VARNISH_PORT in front of gunicorn, purged on
# publish. Ctrl-C stops them all. The secret key is made once, in var/secret_key.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
PORT=${PORT:-8000}
VARNISH_PORT=${VARNISH_PORT:-6081}
MEDIA_PORT=${MEDIA_PORT:-8001}
STATE=$PWD/var/serve
mkdir -p "$STATE/media" "$STATE/varnish"

if [[ ! -s var/secret_key ]]; then
    (umask 077 && "$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret_key)
fi

export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/magazine}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/0}
export SECRET_KEY
SECRET_KEY=$(< var/secret_key)
export MEDIA_ROOT=$STATE/media
export MEDIA_URL=http://127.0.0.1:$MEDIA_PORT/
export ALLOWED_HOSTS=127.0.0.1,localhost
# Plain HTTP: no redirect to an HTTPS nobody serves here.
export SECURE_SSL_REDIRECT=False
# Varnish, on this machine, forwards the readers' addresses.
export TRUSTED_PROXIES=127.0.0.1
# Links in the newsroom's e-mails lead through Varnish, as readers and editors come.
export WAGTAILADMIN_BASE_URL=http://127.0.0.1:$VARNISH_PORT
export PYTHONUNBUFFERED=1

"$BIN/python" - <<'EOF'
"""Create DATABASE_URL's database on its server if it does not exist yet."""
import os
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

parts = urlsplit(os.environ["DATABASE_URL"])
name = parts.path.lstrip("/")
with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as server:
    if not server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        print(f"Base de données {name} créée.")
EOF

DJANGO_SETTINGS_MODULE=magazine.settings.demo "$BIN/python" manage.py migrate --noinput -v 0
DJANGO_SETTINGS_MODULE=magazine.settings.demo "$BIN/python" manage.py load_demo
DJANGO_SETTINGS_MODULE=magazine.settings.demo "$BIN/python" manage.py ensure_demo_admin

export DJANGO_SETTINGS_MODULE=magazine.settings.production
"$BIN/python" manage.py collectstatic --noinput -v 0
# The content was loaded with the demo settings, whose cache is not Redis: pieces of pages
# Redis keeps from an earlier run (another database, perhaps) must go.
"$BIN/python" manage.py purge_cache > /dev/null
# The renditions pages print, made ahead as the scheduler makes them in production: a worker
# decoding the originals for the first home page would hold about 50 MiB more for its life.
"$BIN/python" manage.py make_renditions
sed "s/\.port = \"8000\";/.port = \"$PORT\";/" deploy/varnish/default.vcl > "$STATE/varnish/default.vcl"

# Publishing purges Varnish from now on; before, there was nothing in it to purge.
export FRONTEND_CACHE_URL=http://127.0.0.1:$VARNISH_PORT

# Started in the background, each by its process id; stopped the same way, whichever ends
# first (Ctrl-C, or one of them failing).
pids=()
stop_all() {
    trap - EXIT INT TERM
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# Optimization level 2, its bytecode compiled ahead, as production runs it
# (deploy/gunicorn.conf.py): about 5 MiB less per worker.
"$BIN/python" -m compileall -q -o 2 -j 0 magazine home search
PYTHONOPTIMIZE=2 "$BIN/gunicorn" -c deploy/gunicorn.conf.py --bind "127.0.0.1:$PORT" &
pids+=($!)
"$BIN/python" manage.py run_scheduler &
pids+=($!)
"$BIN/python" -m http.server "$MEDIA_PORT" --bind 127.0.0.1 --directory "$MEDIA_ROOT" \
    > "$STATE/media.log" 2>&1 &
pids+=($!)
# Varnish once gunicorn answers: a backend that fails its first health checks would be
# taken for sick for several seconds.
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "${pids[0]}" 2>/dev/null || exit 1
    sleep 0.5
done
varnishd -F -j none -n "$STATE/varnish/instance" -a "127.0.0.1:$VARNISH_PORT" -T none \
    -f "$STATE/varnish/default.vcl" -s malloc,256m &
pids+=($!)

echo "Magazine : http://127.0.0.1:$VARNISH_PORT/  (administration : http://127.0.0.1:$VARNISH_PORT/${ADMIN_PATH:-admin/}, admin, redaction, chef ou moderation / magazine-demo ; Ctrl-C arrête tout)"
wait -n "${pids[@]}"
