"""What loading costs before any request: a fresh process's resident memory once the
application is imported, for the site and for Wagtail's own project template.

A gunicorn worker starts from there (preloaded, it shares those pages with the master but
its resident size counts them). The template's figure is what a stock Wagtail project holds
on this machine with the same Python and packages, Wagtail's API v3 included, which the site
leaves out (magazine/wagtail_apps.py): both are loaded by the Python that serves the site
(bench/servers.py).
"""

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .servers import SITE_PYTHON
from .stack import OPTIMIZED

BASE_DIR = Path(__file__).resolve().parent.parent

# Imports the WSGI application of DJANGO_SETTINGS_MODULE's project, then prints VmRSS (KiB).
MEASURE = """
import importlib, os, sys
sys.path.insert(0, os.getcwd())
import django
django.setup()
importlib.import_module(sys.argv[1])
status = open("/proc/self/status").read().splitlines()
print(next(line.split()[1] for line in status if line.startswith("VmRSS:")))
"""


@dataclass(frozen=True)
class Footprint:
    """Resident memory (KiB) after loading: the site's and Wagtail's project template's."""

    site_kib: int
    template_kib: int


def loaded_rss_kib(
    wsgi_module: str, environment: dict[str, str], folder: Path, python: str = SITE_PYTHON
) -> int:
    """A fresh `python`'s VmRSS once `wsgi_module` is imported, run in `folder` at the
    optimization level gunicorn runs at."""
    completed = subprocess.run(  # noqa: S603 -- our own interpreter and script
        [python, "-c", MEASURE, wsgi_module],
        cwd=folder,
        env={**environment, **OPTIMIZED},
        capture_output=True,
        text=True,
        check=True,
    )
    return int(completed.stdout.split()[-1])


def template_project(folder: Path, python: str = SITE_PYTHON) -> None:
    """Write the project `wagtail start` makes, named `bare`, into `folder`."""
    subprocess.run(  # noqa: S603 -- Wagtail's own command, from our interpreter
        [python, "-m", "wagtail.bin.wagtail", "start", "bare", str(folder)],
        capture_output=True,
        check=True,
    )


def footprint(site_environment: dict[str, str], python: str = SITE_PYTHON) -> Footprint:
    """Measure the site under `site_environment` and a fresh Wagtail project template, each
    loaded by `python`."""
    site = loaded_rss_kib("magazine.wsgi", site_environment, BASE_DIR, python)
    with tempfile.TemporaryDirectory() as folder:
        template_project(Path(folder), python)
        environment = {
            **site_environment,
            "DJANGO_SETTINGS_MODULE": "bare.settings.production",
            "PYTHONPATH": folder,
        }
        template = loaded_rss_kib("bare.wsgi", environment, Path(folder), python)
    return Footprint(site, template)
