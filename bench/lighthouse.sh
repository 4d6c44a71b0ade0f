#!/usr/bin/env bash
# `make lighthouse`: Lighthouse scores (mobile form factor, default simulated
# throttling) for the home page, a demo story and a demo recipe, served as
# bench/bench.sh serves them: gunicorn, production settings, PostgreSQL, Redis,
# demo content, on 127.0.0.1 only. Writes docs/lighthouse.md and puts it in
# docs/benchmarks.md (bench/report.py keeps it there on every `make bench`).
#
# Production settings redirect plain HTTP to HTTPS unless the TLS proxy's
# X-Forwarded-Proto header says the request came over HTTPS, and leave /media/ to
# the web server. Lighthouse's --extra-headers does not reach every request (its
# own fetch of robots.txt went out without it), so gunicorn serves the site
# through bench/loopback_proxy.py, which stands in for that proxy; the site's
# settings stay the production ones.
#
# The database (LIGHTHOUSE_DB) is kept between runs: the first run migrates and
# loads the demo content (many minutes on a loaded machine, not counted); later
# runs only migrate. The whole run is bounded by LIGHTHOUSE_BUDGET seconds: each
# Lighthouse run gets what is left of it, at most LIGHTHOUSE_TIMEOUT, and is then
# stopped with SIGINT, on which Lighthouse closes its Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
LIGHTHOUSE=node_modules/.bin/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
DB=${LIGHTHOUSE_DB:-iom_lighthouse}
PORT=${LIGHTHOUSE_PORT:-8111}
BUDGET=${LIGHTHOUSE_BUDGET:-170}
RUN_TIMEOUT=${LIGHTHOUSE_TIMEOUT:-80}
CHROME_FLAGS="--headless=new --no-sandbox --disable-background-networking"
OUT=var/lighthouse
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${DB}"
export REDIS_URL=${LIGHTHOUSE_REDIS_URL:-redis://127.0.0.1:6379/11}
export DJANGO_SETTINGS_MODULE=config.settings.production
export SECRET_KEY="lighthouse-only-$(head -c 48 /dev/urandom | base64 | tr -dc A-Za-z0-9)"
export ALLOWED_HOSTS=127.0.0.1,localhost
export MEDIA_ROOT=${LIGHTHOUSE_MEDIA:-$PWD/var/lighthouse-media}

fail() { echo "lighthouse: $*" >&2; exit 1; }
test -x "$CHROME_PATH" || fail "Chromium not found at $CHROME_PATH (install Debian's chromium, e.g. \`make browser\`, or set CHROME_PATH)"
test -x "$LIGHTHOUSE" || fail "the npm package lighthouse is missing from node_modules (run \`npm ci\`)"
START=$(date +%s)

demo_urls() {  # a demo story's and a demo recipe's English addresses (nothing when missing)
    $PY manage.py shell -v0 -c "
from campaigns.models import RecipePage
from news.models import NewsStoryPage
pages = [M.objects.filter(locale__language_code='en').exclude(slug__startswith='generated').first()
         for M in (NewsStoryPage, RecipePage)]
if all(pages):
    print(*(page.url for page in pages))"
}

# Setup: create the database when missing, migrate, load the demo content when it is not there.
if ! psql -h 127.0.0.1 -U postgres -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '${DB}'" | grep -q 1; then
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "CREATE DATABASE ${DB}"
fi
$PY manage.py migrate --noinput -v0
$PY manage.py collectstatic --noinput -v0
read -r STORY RECIPE < <(demo_urls) || true
if [ -z "${RECIPE:-}" ]; then
    echo "lighthouse: loading the demo content (first run on $DB)"
    $PY manage.py load_demo_content >/dev/null
    read -r STORY RECIPE < <(demo_urls) || fail "no demo story or recipe in $DB after loading the demo content"
    START=$(date +%s)
fi
$PY -c "import redis; redis.Redis.from_url('$REDIS_URL').flushdb()"  # this run's page cache starts empty

mkdir -p "$OUT"
.venv/bin/gunicorn --pythonpath bench loopback_proxy:application -b "127.0.0.1:$PORT" -w "$(nproc)" \
    --control-socket "$PWD/$OUT/gunicorn.ctl" --access-logfile "$OUT/access.log" \
    --error-logfile "$OUT/gunicorn.log" > "$OUT/site.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.5; done

PAGES=(home "/en/" story "$STORY" recipe "$RECIPE")
: > "$OUT/access.log"
for ((i = 0; i < ${#PAGES[@]}; i += 2)); do
    name=${PAGES[i]}; url="http://127.0.0.1:$PORT${PAGES[i+1]}"
    # A reader's visit finds the page in the page cache, as in production.
    curl -s -o /dev/null "$url"
    echo "lighthouse: $name ($url)"
    left=$((START + BUDGET - $(date +%s))); limit=$((left < RUN_TIMEOUT ? left : RUN_TIMEOUT))
    [ "$limit" -ge 20 ] || fail "no time left for $name within the ${BUDGET}s budget (machine too loaded?)"
    timeout -s INT -k 10 "$limit" "$LIGHTHOUSE" "$url" --quiet --form-factor=mobile \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="$CHROME_FLAGS" --max-wait-for-load=45000 \
        --output=json --output=html --output-path="$OUT/$name" \
        || fail "Lighthouse failed for $url or did not finish within ${limit}s"
done
# A redirect to HTTPS would mean a request bypassed the proxy's header: then the scores are not the site's.
REDIRECTS=$(awk '$9 == 301' "$OUT/access.log" | wc -l)
test "$REDIRECTS" = 0 || fail "$REDIRECTS requests were redirected to HTTPS (see $OUT/access.log)"

$PY bench/lighthouse_report.py "$OUT" "$("$LIGHTHOUSE" --version)" "$(( $(date +%s) - START ))" home story recipe
cat docs/lighthouse.md
