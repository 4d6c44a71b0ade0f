# Two commands: `make run` sets everything up and serves the demo site;
# `make test` runs the whole quality gate. Both create .venv when missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000
# The address the demo site answers on: canonical, hreflang, sitemap and feed
# links, and the admin's links in e-mails (WAGTAILADMIN_BASE_URL wins when set).
# A server listening on every interface (HOST=0.0.0.0:8000) is reached as 127.0.0.1.
BASE_URL ?= $(or $(WAGTAILADMIN_BASE_URL),http://$(subst 0.0.0.0:,127.0.0.1:,$(HOST)))

.PHONY: run test install migrate demo messages fonts lint browser clean bench bench-render generate_volume

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

messages: install
	$(PY) manage.py compilemessages_babel

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate messages
	WAGTAILADMIN_BASE_URL=$(BASE_URL) $(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin

# Scheduled publishing and e-mail alerts: publish_scheduled and send_news_alerts
# run every minute beside the server (in production, cron or a systemd timer; see README).
# Alerts go to the console unless EMAIL_HOST names an SMTP server.
run: demo fonts
	@(while sleep 60; do $(PY) manage.py publish_scheduled >/dev/null 2>&1; \
		$(PY) manage.py send_news_alerts >/dev/null; done) & \
	trap "kill $$! 2>/dev/null" EXIT INT TERM; \
	WAGTAILADMIN_BASE_URL=$(BASE_URL) $(PY) manage.py runserver $(HOST)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(PY) manage.py makemigrations --check --dry-run

# Browser tests drive Debian's Chromium; install it when missing (needs root or sudo).
# axe-core (accessibility checks injected into pages) comes from package-lock.json.
browser: node_modules/.package-lock.json
	@test -x /usr/bin/chromium || { \
		echo "Installing Debian's chromium for the browser tests"; \
		SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# Web fonts for Tamil and Burmese, and the switcher's language names, from the
# @fontsource packages in package-lock.json (scripts/build_fonts.py).
fonts: static/css/fonts.css

static/css/fonts.css: node_modules/.package-lock.json scripts/build_fonts.py $(VENV)/.installed
	$(PY) scripts/build_fonts.py

# Tests run on TEST_WORKERS processes (pytest-xdist; 1 runs them in this process):
# each test module stays on one worker, and the browser tests share one worker.
TEST_WORKERS ?= auto
test: lint messages browser fonts
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles var node_modules

# Benchmark: gunicorn + PostgreSQL + Redis dbs 5 and 4 on 127.0.0.1, writes docs/benchmarks.md
# (see bench/bench.sh; BENCH_STORIES sets the generated volume per locale).
bench: install messages
	bash bench/bench.sh

# Each page type rendered in-process with the page cache bypassed and fragments warm:
# median ms and queries (bench/miss_render.py; DATABASE_URL with the demo content).
bench-render: install messages
	$(VENV)/bin/python bench/miss_render.py

# Lighthouse (mobile) scores of the home page, a story and a recipe on 127.0.0.1
# (gunicorn, production settings, PostgreSQL db iom_lighthouse, Redis db 11):
# writes docs/lighthouse.md, shown in docs/benchmarks.md. Not part of `make test`.
.PHONY: lighthouse
lighthouse: install messages node_modules/.package-lock.json
	bash bench/lighthouse.sh

# Generated content for load tests: STORIES per locale (on the configured database).
STORIES ?= 1000
generate_volume: migrate
	$(PY) manage.py generate_volume --stories $(STORIES)

# Reliability (docs/reliability.md). soak: load and database-outage test on a
# throwaway PostgreSQL cluster (loopback only, under 5 minutes).
# backup/restore: DATABASE_URL and MEDIA_ROOT as for the site; restore takes
# ARCHIVE=var/backups/iom-backup-<time>.tar.gz (default: the newest).
.PHONY: soak backup restore
soak: install
	$(PY) scripts/soak.py

backup:
	bash scripts/backup.sh

restore:
	bash scripts/restore.sh $(ARCHIVE)
