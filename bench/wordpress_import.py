"""`python -m bench.wordpress_import EXPORT`: import a WordPress export, reporting memory.

bench/wordpress.py runs it in a process of its own, with the settings and the database its
environment names. SAMPLES times along the way it prints a line `rss {"entries": …,
"rss_kib": …, "seconds": …}` (VmRSS from /proc, and the time since the import started), then
the import's summary table.
"""

import argparse
import json
import os
import time
from pathlib import Path

import django

from .memory import status_kib

SAMPLES = 20
STARTED = time.perf_counter()


def sample(entries: int, total: int) -> None:
    """Print the resident memory of this process SAMPLES times over the `total` entries."""
    if entries % max(1, total // SAMPLES) == 0 or entries == total:
        rss, _ = status_kib(os.getpid())
        seconds = round(time.perf_counter() - STARTED)
        print(
            "rss " + json.dumps({"entries": entries, "rss_kib": rss, "seconds": seconds}),
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="the WXR file")
    export = parser.parse_args().export
    django.setup()

    # Models are importable only once Django is set up.
    from wagtail.models import Site

    from magazine.wordpress.importer import run_import

    site = Site.objects.select_related("root_page").get(is_default_site=True)
    report = run_import(export, site, progress=sample)
    print(report.table())


if __name__ == "__main__":
    main()
