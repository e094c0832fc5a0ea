PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE ?= website.settings.dev

.PHONY: run test setup install messages lint bench clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $(STAMP)

install: $(STAMP)

messages: install
	$(PY) manage.py compilemessages --ignore=.venv --verbosity 0

setup: messages
	mkdir -p var/media var/broker/queue var/broker/processed
	$(PY) manage.py migrate --no-input --verbosity 0
	$(PY) manage.py createcachetable
	$(PY) manage.py load_demo

run: setup
	$(VENV)/bin/honcho start -f Procfile

test: messages
	DJANGO_SETTINGS_MODULE=website.settings.test $(PY) -m pytest -n 2

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: setup
	$(PY) bench/run.py

clean:
	rm -rf var .pytest_cache
