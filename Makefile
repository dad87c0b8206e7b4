# TriThuc: `make run` serves the demo, `make test` runs every check. Both set up everything they need.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
# Python writes its bytecode cache (.pyc), even where the environment says not to: without it every Python
# process of `make test` compiles each module it imports again (about 14 s of CPU per test process).
unexport PYTHONDONTWRITEBYTECODE
UV ?= $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
PY := .venv/bin/python
MANAGE := $(PY) manage.py
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
HOST ?= 127.0.0.1:8000
# pytest-xdist processes of the SQLite and PostgreSQL runs: one per core (`make test WORKERS=0` runs in one process).
WORKERS ?= auto
XDIST := -n $(WORKERS) --dist worksteal

.PHONY: run demo test lint fmt check test-sqlite test-postgres test-e2e bench worker shell setup browser clean

setup: .venv/.synced
.venv/.synced: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || [ -x "$(UV)" ] || python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv
	$(UV) sync --frozen --python python3.11
	@mkdir -p var
	@touch $@

demo: setup
	@mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput -v0
	$(MANAGE) demo

run: demo
	@echo "TriThuc: http://$(HOST)/  (Ctrl+C để dừng; một tiến trình xử lý nền chạy kèm)"
	@$(MANAGE) db_worker --interval 1 >var/worker.log 2>&1 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  DEBUG=1 $(MANAGE) runserver $(HOST)

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy
	.venv/bin/lint-imports

fmt: setup
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .

check: setup
	@mkdir -p var
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run

# SECOND_RUN=1 (set by `make test` after a passed PostgreSQL run): the SQLite run keeps the tests that reach a
# database, without the matrices (conftest.py says why). Alone, or with no PostgreSQL here, it runs every test.
test-sqlite: setup browser
	DATABASE_URL= $(if $(SECOND_RUN),TRITHUC_DATABASE_TESTS_ONLY=1 TRITHUC_SKIP_MATRICES=1) $(PY) -m pytest -m "not e2e" $(XDIST)

test-postgres: setup browser
	@rm -f var/.postgres-passed
	@./scripts/ensure-postgres.sh && DATABASE_URL=$(PG_URL) $(PY) -m pytest -m "not e2e" $(XDIST) && touch var/.postgres-passed || { rc=$$?; [ $$rc -eq 77 ] && echo "PostgreSQL: SKIPPED (không có máy chủ PostgreSQL cục bộ; CI=true sẽ coi đây là lỗi)" || exit $$rc; }

browser:
	@./scripts/ensure-tools.sh

test-e2e: setup browser
	DATABASE_URL= $(PY) -m pytest tests_e2e -m e2e $(XDIST)

# PostgreSQL, the production database, first and whole; then SQLite as a second run (above); then the browser.
test: lint check test-postgres
	@$(MAKE) --no-print-directory test-sqlite SECOND_RUN=$$([ -f var/.postgres-passed ] && echo 1)
	@$(MAKE) --no-print-directory test-e2e
	@echo "make test: tất cả đã qua."

# Where `fetch` put the public repositories the corpus sets come from; when present, `make bench` brings the sets'
# originals back into var/corpus (corpus/restore.py checks every hash) and scores them with the shared corpus.
CORPUS_MIRRORS ?= /work/.mirror
bench: setup
	-@[ -d "$(CORPUS_MIRRORS)" ] && $(PY) corpus/restore.py --mirrors $(CORPUS_MIRRORS) --out var/corpus | grep -v '^ok:' || true
	$(PY) bench/run.py

worker: setup
	$(MANAGE) migrate --noinput
	$(MANAGE) db_worker

shell: setup
	$(MANAGE) shell

clean:
	rm -rf var/trithuc.sqlite3 var/static
