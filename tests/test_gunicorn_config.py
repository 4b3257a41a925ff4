"""deploy/gunicorn.conf.py, as gunicorn reads it, and a gunicorn started with it."""

import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection

import environ
import pytest
from gunicorn.app.base import Application
from gunicorn.config import Config

from bench import stack
from tests.support.interpreters import recording_python

CONFIG = Path(__file__).resolve().parent.parent / "deploy" / "gunicorn.conf.py"
# Varnish closes a backend connection idle for this long (its backend_idle_timeout).
VARNISH_BACKEND_IDLE_TIMEOUT = 60


class ConfigFile(Application):
    """gunicorn's own loading of a configuration file, with nothing on a command line."""

    def load_config(self) -> None:
        self.load_config_from_file(str(CONFIG))

    def load(self) -> None:
        raise NotImplementedError("only the configuration is read")


def gunicorn_config(monkeypatch: pytest.MonkeyPatch, **environment: str) -> Config:
    """The configuration gunicorn reads from the file in `environment` (and nothing else)."""
    for name in ("WEB_CONCURRENCY", "GUNICORN_BIND", "TRUSTED_PROXIES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return ConfigFile().cfg


def test_two_workers_unless_web_concurrency_says_otherwise(monkeypatch):
    assert gunicorn_config(monkeypatch).workers == 2
    assert gunicorn_config(monkeypatch, WEB_CONCURRENCY="5").workers == 5


def test_it_listens_on_the_local_port_unless_told_otherwise(monkeypatch):
    assert gunicorn_config(monkeypatch).bind == ["127.0.0.1:8000"]
    assert gunicorn_config(monkeypatch, GUNICORN_BIND="0.0.0.0:9000").bind == ["0.0.0.0:9000"]


def test_it_serves_the_site_and_logs_requests_to_standard_output(monkeypatch):
    config = gunicorn_config(monkeypatch)
    assert config.wsgi_app == "magazine.wsgi:application"
    assert config.accesslog == "-"


def test_workers_are_replaced_after_a_while_and_not_all_at_once(monkeypatch):
    config = gunicorn_config(monkeypatch)
    assert config.max_requests > 0
    assert 0 < config.max_requests_jitter < config.max_requests


def test_the_trusted_proxies_are_the_ones_django_trusts(monkeypatch):
    proxies = "10.0.0.5,192.168.10.0/24"
    config = gunicorn_config(monkeypatch, TRUSTED_PROXIES=proxies)
    django_reads = environ.Env(TRUSTED_PROXIES=(list, []))("TRUSTED_PROXIES")
    assert config.forwarded_allow_ips == django_reads == ["10.0.0.5", "192.168.10.0/24"]


def test_without_trusted_proxies_nobody_may_claim_https(monkeypatch):
    # gunicorn's own default would trust 127.0.0.1, whatever Django was told.
    assert gunicorn_config(monkeypatch).forwarded_allow_ips == []


def test_idle_connections_are_closed_by_varnish_first(monkeypatch):
    assert gunicorn_config(monkeypatch).keepalive > VARNISH_BACKEND_IDLE_TIMEOUT


def test_heartbeats_in_memory_and_no_control_socket(monkeypatch):
    config = gunicorn_config(monkeypatch)
    assert config.worker_tmp_dir == "/dev/shm"
    assert config.control_socket_disable is True
    assert config.timeout > 0
    assert config.graceful_timeout > 0


def test_the_application_is_loaded_once_before_the_workers_fork(monkeypatch):
    assert gunicorn_config(monkeypatch).preload_app is True


# In a fresh interpreter: a project set up as gunicorn's master has it once the application
# is loaded, then the file's when_ready hook; what is loaded before and after, what is frozen.
MASTER_BEFORE_FORK = """
import gc, json, runpy, sys
import django
django.setup()
watched = sys.argv[2].split(",")
loaded = lambda: [name for name in watched if name in sys.modules]
before = loaded()
runpy.run_path(sys.argv[1])["when_ready"](None)
print(json.dumps({"before": before, "after": loaded(), "frozen": gc.get_freeze_count()}))
"""


def master_script(
    script: str, *arguments: str, flags: tuple[str, ...] = (), **environment: str
) -> Any:
    """What `script` prints as JSON, run by this Python with `flags` on the file and
    `arguments`, in the repository, in this environment plus `environment`."""
    completed = subprocess.run(  # noqa: S603 -- this interpreter, our own script
        [sys.executable, *flags, "-c", script, str(CONFIG), *arguments],
        cwd=CONFIG.parent.parent,
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


@pytest.mark.parametrize(
    ("settings", "loaded"),
    [
        ("magazine.settings.test", ["magazine.urls", "redis"]),
        # The bench's floor: the same file, a URLconf of one view, a cache in memory.
        ("bench.floor.settings", ["bench.floor.urls"]),
    ],
)
def test_the_master_loads_the_urls_and_the_cache_client_then_freezes_before_forking(
    settings, loaded
):
    master = master_script(
        MASTER_BEFORE_FORK,
        ",".join(loaded),
        DJANGO_SETTINGS_MODULE=settings,
        SECRET_KEY="gunicorn-config",
        ALLOWED_HOSTS="localhost",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/unused",
    )
    assert master["before"] == []
    assert master["after"] == loaded
    assert master["frozen"] > 10_000


# In a fresh interpreter started with the flags given: the file's on_starting hook, with a
# master whose log keeps the warnings.
MASTER_STARTING = """
import json, runpy, sys, types
warnings = []
log = types.SimpleNamespace(warning=lambda message, *args: warnings.append(message % args))
runpy.run_path(sys.argv[1])["on_starting"](types.SimpleNamespace(log=log))
print(json.dumps(warnings))
"""


UNOPTIMIZED = (
    "Python runs at optimization level 0: each worker holds about 5 MiB more (docstrings). "
    "Start gunicorn with PYTHONOPTIMIZE=2."
)


@pytest.mark.parametrize(("flags", "warnings"), [((), [UNOPTIMIZED]), (("-OO",), [])])
def test_gunicorn_started_without_optimization_says_what_it_costs(flags, warnings):
    assert master_script(MASTER_STARTING, flags=flags) == warnings


def children_once_forked(pid: int, expected: int, seconds: float = 10) -> list[str]:
    """The children of process `pid` once there are `expected` of them, or after `seconds`.

    The first worker forked can answer before the master has forked the last one.
    """
    children = Path(f"/proc/{pid}/task/{pid}/children")
    deadline = time.monotonic() + seconds
    while len(found := children.read_text().split()) < expected and time.monotonic() < deadline:
        time.sleep(0.05)
    return found


def test_a_gunicorn_started_with_the_file_serves_the_home_page(
    migrated_rows, transactional_db, django_db_serialized_rollback, home_page, tmp_path
):
    database = connection.settings_dict
    environment = {
        **{name: os.environ[name] for name in stack.INHERITED if name in os.environ},
        "DJANGO_SETTINGS_MODULE": "magazine.settings.test",
        "TEST_DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/"
            f"{database['NAME']}"
        ),
        "TEST_REDIS_URL": os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15"),
    }
    port = stack.free_port()
    log = tmp_path / "gunicorn.log"
    calls = tmp_path / "calls"
    python = recording_python(tmp_path, calls)
    # As the benchmarks start it: the file, the port, WEB_CONCURRENCY, the Python that serves
    # the site; it waits for a 200.
    with stack.gunicorn(environment, port, 3, log, python=str(python)) as process:
        connection_ = http.client.HTTPConnection(stack.HOST, port, timeout=10)
        connection_.request("GET", "/")
        response = connection_.getresponse()
        body = response.read().decode()
        server = response.getheader("Server")
        # The newsroom's door, served by the same workers without docstrings nor asserts.
        connection_.request("GET", f"/{settings.ADMIN_PATH}login/")
        sign_in = connection_.getresponse()
        sign_in_page = sign_in.read().decode()
        connection_.close()
        workers = children_once_forked(process.pid, 3)
        environments = [Path(f"/proc/{pid}/environ").read_bytes().split(b"\0") for pid in workers]
    assert response.status == 200
    assert home_page.title in body
    assert sign_in.status == 200
    assert 'name="password"' in sign_in_page
    # gunicorn names itself without its version (Varnish, in front, drops even that).
    assert server == "gunicorn"
    assert len(workers) == 3
    # At production's optimization level, so nothing warned of it.
    assert all(b"PYTHONOPTIMIZE=2" in environment for environment in environments)
    assert "optimization level" not in log.read_text()
    assert '"GET / HTTP/1.1" 200' in log.read_text()
    assert calls.read_text() == "started\n"
