# Magazine — the commands a newcomer and CI need. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
WEB_CONCURRENCY ?= 2
# Where the admin answers (the Django setting reads the same variable), for the messages.
ADMIN_PATH ?= admin/
# The tests run once more on SQLite, where make run searches with another backend.
SQLITE_TESTS := tests/search tests/authors tests/tags tests/newsroom/test_admin_search.py

.PHONY: help demo bytecode run serve dev varnish test lint format checks messages bench faults lock clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

# gunicorn runs Python at optimization level 2 (PYTHONOPTIMIZE=2: no docstrings, no asserts),
# about 5 MiB less per worker (deploy/gunicorn.conf.py). Its bytecode is compiled ahead, for
# the libraries when they are installed and for the site before it is served: a process that
# compiles what it imports starts about 2 s later and leaves about 10 MiB more in each worker.
OPTIMIZED_BYTECODE := -m compileall -q -o 2 -j 0
PROJECT_PACKAGES := magazine home search bench

# The virtualenv is rebuilt only when the dependency files change.
$(BIN)/.installed-run: pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=25"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e .
	$(BIN)/python $(OPTIMIZED_BYTECODE) $(VENV)/lib
	@touch $@

# The site as production installs it, without the test and lint packages: what make bench serves.
SITE_VENV := .venv-site
$(SITE_VENV)/bin/.installed: pyproject.toml requirements.lock
	@test -x $(SITE_VENV)/bin/python || $(PYTHON) -m venv $(SITE_VENV) || python3 -m venv $(SITE_VENV)
	@$(SITE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=25"
	$(SITE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -c requirements.lock .
	$(SITE_VENV)/bin/python $(OPTIMIZED_BYTECODE) $(SITE_VENV)/lib
	@touch $@

$(BIN)/.installed-test: $(BIN)/.installed-run
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	$(BIN)/python $(OPTIMIZED_BYTECODE) $(VENV)/lib
	@touch $@

# The project's own modules, for gunicorn at level 2 (compileall skips what is up to date;
# every virtualenv here runs the same Python, so one compile serves them all).
bytecode: $(BIN)/.installed-run
	@$(BIN)/python $(OPTIMIZED_BYTECODE) $(PROJECT_PACKAGES)

demo: $(BIN)/.installed-run ## Migrate the database and load the demo content (idempotent)
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput -v 0
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py ensure_demo_admin

# The scheduler runs beside gunicorn, so scheduled articles go live (and expire) on time;
# it stops with gunicorn. Links in the admin's e-mails (review workflow) point to this port.
run: export WAGTAILADMIN_BASE_URL = http://127.0.0.1:$(PORT)
run: demo bytecode ## Serve the demo as readers see it (SQLite, DEBUG off, gunicorn, the scheduler)
	@$(BIN)/python manage.py collectstatic --noinput -v 0
	@echo "Magazine : http://127.0.0.1:$(PORT)/  (administration : http://127.0.0.1:$(PORT)/$(ADMIN_PATH), admin, redaction, chef ou moderation / magazine-demo)"
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; trap 'kill $$scheduler 2>/dev/null' EXIT; \
	PYTHONOPTIMIZE=2 WEB_CONCURRENCY=$(WEB_CONCURRENCY) $(BIN)/gunicorn -c deploy/gunicorn.conf.py --bind 127.0.0.1:$(PORT)

# PostgreSQL and Redis are this machine's (DATABASE_URL, REDIS_URL: the database magazine and
# Redis database 0 unless given); the script says what it starts, Ctrl-C stops it all.
serve: $(BIN)/.installed-run ## The production stack: PostgreSQL, Redis, gunicorn, the scheduler, Varnish on :6081
	PORT=$(PORT) VARNISH_PORT=$(VARNISH_PORT) WEB_CONCURRENCY=$(WEB_CONCURRENCY) deploy/serve.sh

dev: export WAGTAILADMIN_BASE_URL = http://127.0.0.1:$(PORT)
dev: demo ## Django's development server with DEBUG on
	DJANGO_SETTINGS_MODULE=magazine.settings.dev $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The repository's VCL pointed at PORT (needs Debian's varnish and varnish-modules). Publishing
# purges it when make run is started with FRONTEND_CACHE_URL=http://127.0.0.1:$(VARNISH_PORT).
VARNISH_PORT ?= 6081
varnish: ## Varnish on :6081 in front of make run (purged when make run has FRONTEND_CACHE_URL)
	@mkdir -p var/varnish
	sed 's/\.port = "8000";/.port = "$(PORT)";/' deploy/varnish/default.vcl > var/varnish/default.vcl
	varnishd -F -j none -n $(CURDIR)/var/varnish/instance -a 127.0.0.1:$(VARNISH_PORT) -T none \
		-f $(CURDIR)/var/varnish/default.vcl -s malloc,256m

checks: $(BIN)/.installed-test ## Lint, formatting, migrations and deploy checks
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports --no-cache
	$(BIN)/python manage.py makemigrations --check --dry-run -v 0
	SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') DATABASE_URL=sqlite:///:memory: \
		ALLOWED_HOSTS=magazine.example CSRF_TRUSTED_ORIGINS=https://magazine.example \
		DJANGO_SETTINGS_MODULE=magazine.settings.production \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

# bytecode: for the gunicorns the tests start, as make run does.
test: checks bytecode ## Every test: PostgreSQL, Redis and headless Chromium
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	@# The search, author and tag tests once more on SQLite, the embedded default of make run.
	$(BIN)/python -m pytest $(SQLITE_TESTS) -m "not browser" --ds=magazine.settings.test_sqlite -q

lint: $(BIN)/.installed-test ## ruff, djhtml and the import layers, read-only
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports --no-cache

format: $(BIN)/.installed-test ## Fix what ruff and djhtml can fix
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

# The compiled catalogue is committed, so a clone and CI need no gettext tools; msgfmt
# (Debian's gettext package) is needed only to change a translation.
messages: ## Compile locale/fr after editing its .po file (needs msgfmt)
	msgfmt --check-format -o locale/fr/LC_MESSAGES/django.mo locale/fr/LC_MESSAGES/django.po

# The comment and page runs serve the site with gunicorn and as many workers as make run, from
# $(SITE_VENV): a worker then holds what production's holds (Django REST framework imports
# PyYAML and Pygments, Django's test utilities Jinja2, Beautiful Soup lxml and html5lib, when
# they are installed, as the test packages install them). The page run needs wrk, Varnish and
# varnish-modules (Debian's packages).
bench: $(BIN)/.installed-test $(SITE_VENV)/bin/.installed bytecode ## Benchmarks: search latency, comment load, page throughput (wrk, Varnish)
	BENCH_SITE_PYTHON=$(CURDIR)/$(SITE_VENV)/bin/python $(BIN)/python -m bench --workers $(WEB_CONCURRENCY)

# A stack of its own on free ports: a PostgreSQL cluster (Debian's postgresql-15, run as the
# postgres user when root), Redis, gunicorn with the production settings, Varnish in front.
faults: $(BIN)/.installed-test bytecode ## Faults survived: Redis, PostgreSQL, a worker, Varnish stopped under load
	$(BIN)/python -m bench.faults

lock: ## Re-pin every dependency after changing pyproject.toml
	rm -rf $(VENV)-lock && $(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/pip install --quiet --upgrade pip && $(VENV)-lock/bin/pip install --quiet -e '.[test]'
	$(VENV)-lock/bin/pip freeze --exclude-editable > requirements.lock && rm -rf $(VENV)-lock

clean: ## Remove the virtualenvs and the demo's database and media
	rm -rf $(VENV) $(SITE_VENV) var
