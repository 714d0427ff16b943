# One place for the commands the README gives. Everything runs from the project's own .venv.
PY      := .venv/bin/python
PIP     := .venv/bin/pip
SOURCES ?= ../shared/sources

.PHONY: setup system-deps run dev data check-data test test-fast bench screenshots clean

# Debian packages the app and tests need: Chromium (browser tests, kaleido images), a CJK font,
# redis-server (the Celery + Redis job queue; its tests start their own server on a free port) and
# poppler-utils (pdftotext: a test copies the text out of an exported PDF as a reader's viewer would).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' \
	    || ! command -v redis-server >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then \
	  echo ">> installing chromium, fonts-noto-cjk, redis-server and poppler-utils (apt-get)"; \
	  $$(command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != 0 ] && echo sudo) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$(command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != 0 ] && echo sudo) \
	    apt-get install -y -qq chromium fonts-noto-cjk redis-server poppler-utils >/dev/null; \
	fi

.venv/.installed: pyproject.toml
	python3 -m venv .venv
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[test]'
	touch $@

setup: system-deps .venv/.installed

# Serve the dashboard on the committed data (gunicorn, 127.0.0.1:8050, debug off).
run: setup
	.venv/bin/gunicorn app:server --workers 2 --threads 4 --bind 127.0.0.1:8050 --timeout 120 --no-control-socket

dev: setup
	$(PY) app.py

# Rebuild data/indicators.parquet from the sources (JJJ_SOURCES overrides the releases folder).
data: .venv/.installed
	$(PY) -m etl

# Rebuild into a temp file and fail when it differs from the committed table.
check-data: .venv/.installed
	$(PY) -m etl --check

test: setup
	$(PY) -m pytest -q

test-fast: .venv/.installed
	$(PY) -m pytest -q -m "not browser"

bench: setup
	$(PY) bench/run_all.py

screenshots: setup
	$(PY) docs/make_screenshots.py

clean:
	rm -rf .venv .pytest_cache
