"""`python -m bench.page_queries HOST PATH…`: how many SQL queries each page makes.

Run by the page benchmark (bench/pages.py) with the served site's environment, over its
database and its Redis: each page is fetched twice with Django's test client, and the
queries of the second fetch are counted, as a reader meets the page once the caches are
warm. Prints one JSON object, path to count; fails when a page does not answer 200.
"""

import argparse
import json
import sys

import django


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("host", help="the Host header, as the served site receives it")
    parser.add_argument("paths", nargs="+", help="the pages' paths")
    options = parser.parse_args()
    django.setup()

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client, counts = Client(HTTP_HOST=options.host), {}
    for path in options.paths:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code != 200:
            sys.exit(f"{path} answered {response.status_code}")
        counts[path] = len(queries)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
