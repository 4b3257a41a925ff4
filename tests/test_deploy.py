"""The production scheduler's systemd unit runs our scheduler, with production settings."""

import shlex
from pathlib import Path

from django.core.management import get_commands

from magazine.newsroom.management.commands.run_scheduler import Command as RunScheduler

UNIT = Path(__file__).resolve().parent.parent / "deploy" / "systemd" / "magazine-scheduler.service"


def service() -> dict[str, list[str]]:
    """The unit's [Service] settings, each key with its values in order (keys may repeat)."""
    settings: dict[str, list[str]] = {}
    section = ""
    for line in UNIT.read_text().splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif line and not line.startswith("#") and section == "[Service]":
            key, _, value = line.partition("=")
            settings.setdefault(key, []).append(value)
    return settings


def test_the_unit_starts_run_scheduler_with_arguments_it_accepts():
    (exec_start,) = service()["ExecStart"]
    python, manage, command, *arguments = shlex.split(exec_start)
    assert (Path(python).name, manage, command) == ("python", "manage.py", "run_scheduler")
    assert get_commands()[command] == "magazine.newsroom"
    options = RunScheduler().create_parser(manage, command).parse_args(arguments)
    assert options.interval == 20


def test_the_unit_uses_production_settings():
    pairs = [pair for value in service()["Environment"] for pair in shlex.split(value)]
    environment = dict(pair.split("=", 1) for pair in pairs)
    assert environment["DJANGO_SETTINGS_MODULE"] == "magazine.settings.production"


def test_the_unit_stops_the_scheduler_cleanly_and_restarts_it():
    unit = service()
    # The signal run_scheduler stops on between two runs (tests/test_scheduler.py).
    assert unit["KillSignal"] == ["SIGTERM"]
    assert unit["Restart"] == ["always"]
