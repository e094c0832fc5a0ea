PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8000
BROKER_DIR := $(or $(CELERY_BROKER_DIR),var/broker)
export DJANGO_SETTINGS_MODULE ?= website.settings.dev
export SITE_BASE_URL ?= http://127.0.0.1:$(PORT)
export PORT

.PHONY: run test setup install messages lint lock security bench clean

# Development installs the dev lock (the production lock plus the test and lint tools); a deployment
# installs requirements.lock alone.
$(STAMP): requirements.lock requirements-dev.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Birge needs Python 3.11 or newer: run make with PYTHON=python3.12 (for example)." >&2; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.lock
	touch $(STAMP)

install: $(STAMP)

# Compiles the .po catalogues when there are any; without GNU gettext the site still runs, untranslated.
messages: install
	@if ! find . -path ./.venv -prune -o -path ./var -prune -o -name '*.po' -print | grep -q .; then \
		echo "No translation catalogues (.po) yet: nothing to compile."; \
	elif ! command -v msgfmt >/dev/null 2>&1; then \
		echo "msgfmt not found: install GNU gettext to compile the translations." >&2; \
	else \
		$(PY) manage.py compilemessages --ignore=.venv --ignore=var --verbosity 0; \
	fi

setup: messages
	mkdir -p var/media $(BROKER_DIR)/queue $(BROKER_DIR)/processed $(BROKER_DIR)/control
	$(PY) manage.py migrate --no-input --verbosity 0
	$(PY) manage.py createcachetable
	$(PY) manage.py load_demo

run: setup
	$(VENV)/bin/honcho start -f Procfile --port $(PORT)

# axe-core for the accessibility tests, pinned in package-lock.json; skipped when npm is not installed.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error; \
	else \
		echo "npm not found: the accessibility tests need axe-core (install Node.js and npm)." >&2; \
	fi

test: messages node_modules/.package-lock.json
	DJANGO_SETTINGS_MODULE=website.settings.test $(PY) -m pytest -n 2

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check --tabwidth 2 templates

# Writes requirements.lock and requirements-dev.lock from the versions installed in .venv (see CONTRIBUTING.md).
lock:
	$(PY) scripts/lock.py

# Static security scan (bandit) of the project's source folders that exist; medium and high findings fail.
SOURCE_DIRS := $(wildcard website learning events demo)
security: install
	$(VENV)/bin/bandit -c pyproject.toml -r $(SOURCE_DIRS) -ll --quiet

# Needs PostgreSQL and Redis (BENCH_DATABASE_URL, BENCH_REDIS_URL); rebuilds its own database each run.
bench: messages
	$(PY) bench/load.py

clean:
	rm -rf var .pytest_cache
