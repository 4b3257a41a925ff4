"""The production systemd units: the scheduler's runs our scheduler, the web's runs gunicorn
as the project starts it, both with production settings."""

import runpy
import shlex
from pathlib import Path

from django.core.management import get_commands

from bench.stack import OPTIMIZED
from magazine.newsroom.management.commands.run_scheduler import Command as RunScheduler

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
SCHEDULER = DEPLOY / "systemd" / "magazine-scheduler.service"
WEB = DEPLOY / "systemd" / "magazine-web.service"
GUNICORN_CONFIG = DEPLOY / "gunicorn.conf.py"


def service(unit: Path) -> dict[str, list[str]]:
    """The unit's [Service] settings, each key with its values in order (keys may repeat)."""
    settings: dict[str, list[str]] = {}
    section = ""
    for line in unit.read_text().splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif line and not line.startswith("#") and section == "[Service]":
            key, _, value = line.partition("=")
            settings.setdefault(key, []).append(value)
    return settings


def gunicorn_settings() -> dict[str, object]:
    """What gunicorn reads from its configuration file (its module-level names)."""
    return runpy.run_path(str(GUNICORN_CONFIG))


def environment(unit: Path) -> dict[str, str]:
    """The variables the unit's Environment= lines set."""
    pairs = [pair for value in service(unit)["Environment"] for pair in shlex.split(value)]
    return dict(pair.split("=", 1) for pair in pairs)


def test_the_scheduler_unit_starts_run_scheduler_with_arguments_it_accepts():
    (exec_start,) = service(SCHEDULER)["ExecStart"]
    python, manage, command, *arguments = shlex.split(exec_start)
    assert (Path(python).name, manage, command) == ("python", "manage.py", "run_scheduler")
    assert get_commands()[command] == "magazine.newsroom"
    options = RunScheduler().create_parser(manage, command).parse_args(arguments)
    assert options.interval == 20


def test_both_units_use_production_settings():
    for unit in (SCHEDULER, WEB):
        assert environment(unit)["DJANGO_SETTINGS_MODULE"] == "magazine.settings.production"


def test_the_scheduler_unit_stops_the_scheduler_cleanly_and_restarts_it():
    unit = service(SCHEDULER)
    # The signal run_scheduler stops on between two runs (tests/test_scheduler.py).
    assert unit["KillSignal"] == ["SIGTERM"]
    assert unit["Restart"] == ["always"]


def test_the_web_unit_starts_gunicorn_with_the_projects_configuration():
    (exec_start,) = service(WEB)["ExecStart"]
    gunicorn, *arguments = shlex.split(exec_start)
    assert Path(gunicorn).name == "gunicorn"
    assert arguments == ["-c", str(GUNICORN_CONFIG.relative_to(DEPLOY.parent))]
    # gunicorn's master tells systemd when it listens (sd_notify).
    assert service(WEB)["Type"] == ["notify"]


def test_the_web_unit_runs_python_at_the_level_gunicorn_expects():
    level = gunicorn_settings()["OPTIMIZATION_LEVEL"]
    assert environment(WEB)["PYTHONOPTIMIZE"] == OPTIMIZED["PYTHONOPTIMIZE"] == str(level)


def test_the_web_unit_lets_requests_under_way_finish_when_stopped():
    unit = service(WEB)
    graceful = gunicorn_settings()["graceful_timeout"]
    # SIGTERM is gunicorn's graceful stop; systemd waits longer before killing it.
    assert unit["KillSignal"] == ["SIGTERM"]
    assert int(unit["TimeoutStopSec"][0]) > graceful
    assert unit["Restart"] == ["always"]
