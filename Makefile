# Two commands: `make run` sets everything up and serves the demo site;
# `make test` runs the whole quality gate. Both create .venv when missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run test install migrate demo messages lint serve clean

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
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin

run: demo
	$(PY) manage.py runserver $(HOST)

lint: install
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run

test: lint messages
	$(VENV)/bin/pytest

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles var
