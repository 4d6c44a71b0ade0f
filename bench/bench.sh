#!/usr/bin/env bash
# `make bench`: the site under gunicorn with production settings on a fresh
# PostgreSQL databases (small and large volume) and Redis dbs 5 and 4, demo content plus generated volume,
# measured with wrk on 127.0.0.1. Writes docs/benchmarks.md. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
STORIES=${BENCH_STORIES:-10000}     # per locale, large run
SMALL=${BENCH_SMALL_STORIES:-100}   # per locale, small run (for the growth ratio)
DURATION=${BENCH_DURATION:-4s}
DB=${BENCH_DB:-iom_perf_bench}
PORT_COLD=${BENCH_PORT:-8101}; PORT_WARM=$((PORT_COLD + 1)); PORT_B=$((PORT_COLD + 2))
PORT_SMALL=$((PORT_COLD + 4)); PORT_PRISTINE=$((PORT_COLD + 7))
GROWTH_ROUNDS=${BENCH_GROWTH_ROUNDS:-3}
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${DB}"
SMALL_DATABASE_URL="postgres://postgres@127.0.0.1:5432/${DB}_small"
export REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/5}
SMALL_REDIS_URL=${BENCH_SMALL_REDIS_URL:-redis://127.0.0.1:6379/4}
export DJANGO_SETTINGS_MODULE=config.settings.production
export SECRET_KEY="bench-only-$(head -c 48 /dev/urandom | base64 | tr -dc A-Za-z0-9)"
export ALLOWED_HOSTS=127.0.0.1,localhost
export MEDIA_ROOT=${BENCH_MEDIA:-$PWD/var/bench-media}
START=$(date +%s)
command -v wrk >/dev/null || { SUDO=$(test "$(id -u)" = 0 || echo sudo); $SUDO apt-get install -y -qq wrk; }

# Two databases: the small volume, then a copy of it grown to the large volume,
# so the growth ratios compare two servers measured side by side (see below).
psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS ${DB}" \
    -c "DROP DATABASE IF EXISTS ${DB}_small" -c "CREATE DATABASE ${DB}_small"
$PY - <<PYEOF
import redis  # dbs 5 and 4 are the benchmark's own
for url in ("$REDIS_URL", "$SMALL_REDIS_URL", "${BENCH_PRISTINE_REDIS_URL:-redis://127.0.0.1:6379/3}"):
    redis.Redis.from_url(url).flushdb()
PYEOF
DATABASE_URL=$SMALL_DATABASE_URL $PY manage.py migrate --noinput -v0
$PY manage.py collectstatic --noinput -v0
DATABASE_URL=$SMALL_DATABASE_URL $PY manage.py load_demo_content >/dev/null
DATABASE_URL=$SMALL_DATABASE_URL $PY manage.py generate_volume --stories "$SMALL" --recipes 100
psql -h 127.0.0.1 -U postgres -d postgres -q -c "CREATE DATABASE ${DB} TEMPLATE ${DB}_small"
$PY manage.py generate_volume --stories "$STORIES"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
serve() {  # port, page cache on/off[, database URL, Redis URL, fragment cache on/off]
    DATABASE_URL=${3:-$DATABASE_URL} REDIS_URL=${4:-$REDIS_URL} PAGE_CACHE_ENABLED=$2 \
        FRAGMENT_CACHE_ENABLED=${5:-1} .venv/bin/gunicorn config.wsgi -b "127.0.0.1:$1" -w "$(nproc)" \
        --control-socket "$PWD/var/gunicorn-$1.ctl" --access-logfile /dev/null \
        --error-logfile "var/bench-gunicorn-$1.log" &
    PIDS+=($!)
}
wait_healthy() {  # port
    for _ in $(seq 1 60); do curl -sf -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:$1/healthz" && break; sleep 0.5; done
}
mkdir -p var
serve "$PORT_COLD" 0; serve "$PORT_WARM" 1; serve "$PORT_B" 1
serve "$PORT_SMALL" 0 "$SMALL_DATABASE_URL" "$SMALL_REDIS_URL"
# Pristine: neither pages nor fragments cached (its own Redis db, so it shares no fragments).
serve "$PORT_PRISTINE" 0 "$DATABASE_URL" "${BENCH_PRISTINE_REDIS_URL:-redis://127.0.0.1:6379/3}" 0
for port in "$PORT_COLD" "$PORT_WARM" "$PORT_B" "$PORT_SMALL" "$PORT_PRISTINE"; do wait_healthy "$port"; done

STORY=$($PY manage.py shell -v0 -c "from news.models import NewsStoryPage as S; print(S.objects.filter(locale__language_code='en').exclude(slug__startswith='generated').first().url)")
RECIPE=$($PY manage.py shell -v0 -c "from campaigns.models import RecipePage as R; print(R.objects.filter(locale__language_code='en').exclude(slug__startswith='generated').first().url)")
HISTORY=$($PY manage.py shell -v0 -c "from home.models import HistoryPage as H; print(H.objects.filter(locale__language_code='en').first().url)")
STATIC=$($PY manage.py shell -v0 -c "from django.templatetags.static import static; print(static('css/site.css'))")
DEEP=$((STORIES / 12))

RESULTS=var/bench-results.tsv; : > "$RESULTS"
warm_up() {  # the first requests of each worker import code and compile templates
    for _ in 1 2 3 4; do curl -s -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:$1$2"; done
}
measure() {  # label, phase, port, path[, duration]
    warm_up "$3" "$4"
    local out; out=$(wrk -t2 -c8 -d"${5:-$DURATION}" --timeout 10s --latency -H "X-Forwarded-Proto: https" "http://127.0.0.1:$3$4")
    local rps p50 p99 non2xx
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $4}')
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$rps" "$p50" "$p99" "${non2xx:-0}" | tee -a "$RESULTS"
}
settle() {  # wrk leaves requests queued on a slow server: wait until it has answered them all
    curl -s -o /dev/null --max-time 120 -H "X-Forwarded-Proto: https" "http://127.0.0.1:$1/healthz" || true
}
# Growth: cold pages whose cost could grow with the number of stories, on the
# small and the large database in turn, round after round. The machine's speed
# drifts over minutes; alternating short runs puts both volumes in the same minutes,
# and the report takes the median of the rounds.
GROWTH=(story "$STORY" "news index" "/en/news/" search "/en/search/?q=migrants+workers")
for ((round = 1; round <= GROWTH_ROUNDS; round++)); do
    for ((i = 0; i < ${#GROWTH[@]}; i += 2)); do
        measure "${GROWTH[i]}" "growth-small" "$PORT_SMALL" "${GROWTH[i+1]}" 2s
        settle "$PORT_SMALL"
        measure "${GROWTH[i]}" "growth-large" "$PORT_COLD" "${GROWTH[i+1]}" 2s
        settle "$PORT_COLD"
    done
done

PAGES=(home "/en/" "news index" "/en/news/" "news index, deep page" "/en/news/?page=$DEEP" story "$STORY"
       recipe "$RECIPE" history "$HISTORY" "data page" "/en/data/" search "/en/search/?q=migrants+workers"
       "search form" "/en/search/")  # the lightest page: the site's header, menu and footer around a form
measure "static file (reference)" "static" "$PORT_WARM" "$STATIC"
for ((i = 0; i < ${#PAGES[@]}; i += 2)); do
    # The static file again just before each warm page: the warm ratio compares the same minutes.
    measure "${PAGES[i]}" static-pair "$PORT_WARM" "$STATIC"
    measure "${PAGES[i]}" warm "$PORT_WARM" "${PAGES[i+1]}"
    measure "${PAGES[i]}" bypassed "$PORT_COLD" "${PAGES[i+1]}"
    settle "$PORT_COLD"
    measure "${PAGES[i]}" pristine "$PORT_PRISTINE" "${PAGES[i+1]}"
    settle "$PORT_PRISTINE"
done

# Purges under load: the story purged every quarter second while wrk reads it, on two
# servers of 8 workers each (as several app servers sharing one cache would be), one
# with concurrent misses coalesced (the default), one with each miss rendering.
PORT_STORM=$((PORT_COLD + 5)); PORT_STORM_OFF=$((PORT_COLD + 6))
serve_storm() {  # port, PAGE_CACHE_COALESCE_WAIT, Redis URL; logs each response's X-Page-Cache
    : > "var/bench-storm-$1.log"
    REDIS_URL=$3 PAGE_CACHE_ENABLED=1 PAGE_CACHE_COALESCE_WAIT=$2 .venv/bin/gunicorn config.wsgi \
        -b "127.0.0.1:$1" -w 8 --access-logfile "var/bench-storm-$1.log" \
        --access-logformat '%({x-page-cache}o)s' --error-logfile "var/bench-gunicorn-$1.log" >/dev/null &
    PIDS+=($!)
}
STORM_REDIS=redis://127.0.0.1:6379/8; STORM_OFF_REDIS=redis://127.0.0.1:6379/9
$PY -c "import redis; [redis.Redis.from_url(u).flushdb() for u in ('$STORM_REDIS', '$STORM_OFF_REDIS')]"
serve_storm "$PORT_STORM" 5 "$STORM_REDIS"; serve_storm "$PORT_STORM_OFF" 0 "$STORM_OFF_REDIS"
STORM=var/bench-storm.tsv; : > "$STORM"
storm() {  # port, Redis URL, label
    wait_healthy "$1"
    # Every worker renders once (distinct query strings miss), then the page is cached.
    seq 1 32 | xargs -P 8 -I{} curl -s -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:$1$STORY?warm={}"
    warm_up "$1" "$STORY"
    REDIS_URL=$2 $PY bench/purge_storm.py "$3" "http://127.0.0.1:$1$STORY" "var/bench-storm-$1.log" 4 \
        | tail -n 1 | tee -a "$STORM"
}
storm "$PORT_STORM" "$STORM_REDIS" "coalesced (default)"
storm "$PORT_STORM_OFF" "$STORM_OFF_REDIS" "each miss renders (PAGE_CACHE_COALESCE_WAIT=0)"

# Scale-out: warm a page on server B, publish a change in another process, B serves it next.
curl -s -H "X-Forwarded-Proto: https" "http://127.0.0.1:$PORT_B$STORY" >/dev/null
curl -s -H "X-Forwarded-Proto: https" "http://127.0.0.1:$PORT_B$STORY" -o /dev/null
$PY manage.py shell -v0 -c "
from news.models import NewsStoryPage as S
p = S.objects.get(url_path__endswith='$(basename "$STORY")/', locale__language_code='en')
p.title = 'Scale-out check ' + p.title
p.save_revision().publish()"
if curl -s -H "X-Forwarded-Proto: https" "http://127.0.0.1:$PORT_B$STORY" | grep -q "Scale-out check"; then
    SCALE="passed: a change published elsewhere was served by server B (port $PORT_B) on the very next request"
else
    SCALE="FAILED: server B still served the old page"
fi
echo "$SCALE"

# Page weight: what a first visit transfers, compressed, in Chromium on a phone screen.
# Through bench/loopback_proxy.py, which serves /media/ as the web server in front would.
PORT_W=$((PORT_COLD + 3))
.venv/bin/gunicorn --pythonpath bench loopback_proxy:application -b "127.0.0.1:$PORT_W" -w 1 \
    --access-logfile /dev/null --error-logfile "var/bench-gunicorn-$PORT_W.log" &
PIDS+=($!)
wait_healthy "$PORT_W"
$PY bench/page_weight.py "http://127.0.0.1:$PORT_W" /en/ "$STORY" "$RECIPE" > var/bench-weight.md \
    || echo "(page weight not measured)" > var/bench-weight.md
ELAPSED=$(( $(date +%s) - START ))
$PY bench/report.py "$RESULTS" "$STORIES" "$SMALL" "$SCALE" "$ELAPSED" "$DURATION" var/bench-weight.md \
    "$STORM" > docs/benchmarks.md
cat docs/benchmarks.md
