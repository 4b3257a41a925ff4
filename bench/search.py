"""Search latency at 1 000 and 10 000 articles: `python -m bench search` (part of `make bench`).

Creates a PostgreSQL database of its own (see bench/settings.py), fills it with generated
articles, and times a fixed set of requests through Django's test client, so the figures
include the view, the search backend, the template and the middleware. Prints p50 and p95
per request and overall; the target is p95 ≤ 50 ms at 10 000 articles.
"""

import os
import re
import statistics
import time

from .percentiles import percentile

STAGES = (1_000, 10_000)
ROUNDS = 30
WARMUP_ROUNDS = 3
TARGET_P95_MS = 50.0
# The number in « 1234 articles trouvés pour … » on a results page.
COUNT = re.compile(r'class="search-count">(\d+)')

REQUESTS = [
    "/recherche/?q=ecran",
    "/recherche/?q=developpeurs",
    "/recherche/?q=RESEAU",
    "/recherche/?q=jeu",
    "/recherche/?q=jeux+video",
    "/recherche/?q=console+portable+manette",
    "/recherche/?q=s%C3%A9curit%C3%A9+des+donn%C3%A9es",
    "/recherche/?q=retrogaming+cartouche",
    "/recherche/?q=ecran&categorie=materiel",
    "/recherche/?q=ecran&page=3",
    "/recherche/?q=zeppelinxyz",
    "/recherche/?q=%22%26%7C%21%3A*%28%29+NEAR",
    "/recherche/?q=" + "jeu+" * 2_500,
    "/recherche/suggestions/?q=ecr",
    "/recherche/suggestions/?q=dev",
]


def measure(client) -> tuple[dict[str, list[float]], dict[str, str]]:
    """Milliseconds per request, ROUNDS times each after warming caches up, and how many
    articles each search found."""
    timings: dict[str, list[float]] = {url: [] for url in REQUESTS}
    found: dict[str, str] = {}
    for round_number in range(WARMUP_ROUNDS + ROUNDS):
        for url in REQUESTS:
            started = time.perf_counter()
            response = client.get(url, HTTP_HOST="localhost")
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
            if round_number >= WARMUP_ROUNDS:
                timings[url].append(elapsed)
            elif url not in found:
                count = COUNT.search(response.content.decode())
                found[url] = count.group(1) if count else ""
    return timings, found


def report(count: int, timings: dict[str, list[float]], found: dict[str, str]) -> float:
    """Print the table for one corpus size; return the overall p95."""
    everything = [sample for samples in timings.values() for sample in samples]
    print(f"\n{count:>6} articles{'found':>50}{'p50 ms':>9}{'p95 ms':>9}")
    for url, samples in timings.items():
        label = url if len(url) <= 52 else url[:49] + "..."
        p50, p95 = statistics.median(samples), percentile(samples, 0.95)
        print(f"  {label:<52}{found[url]:>6}{p50:>9.1f}{p95:>9.1f}")
    overall = percentile(everything, 0.95)
    print(f"  {'all requests':<58}{statistics.median(everything):>9.1f}{overall:>9.1f}")
    return overall


def run() -> None:
    """Load each corpus size in turn, measure and print its table, then the verdict."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()

    from django.db import connection
    from django.test import Client

    from .corpus import Writer, add_articles, create_site, index_everything

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        writer, categories, loaded, results = Writer(), create_site(), 0, {}
        for count in STAGES:
            started = time.perf_counter()
            add_articles(categories, count - loaded, writer)
            index_everything()
            loaded = count
            print(f"{count} articles loaded and indexed in {time.perf_counter() - started:.0f} s")
            results[count] = report(count, *measure(Client()))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    verdict = "met" if results[STAGES[-1]] <= TARGET_P95_MS else "NOT met"
    print(f"\nTarget p95 ≤ {TARGET_P95_MS:.0f} ms at {STAGES[-1]} articles: {verdict}.")
