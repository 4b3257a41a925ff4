"""`python -m bench [search|comments]` (`make bench`): the benchmarks, both unless one is named.

`search`: search latency at 1 000 and 10 000 articles (bench/search.py); `comments`: comment
load on gunicorn with the production settings (bench/comments.py). Exits non-zero when the
comment load run fails.
"""

import argparse
import sys

from . import comments, search


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("run", nargs="?", choices=["all", "search", "comments"], default="all")
    parser.add_argument("--clients", type=int, default=comments.CLIENTS, help="comments: clients")
    parser.add_argument(
        "--posts", type=int, default=comments.POSTS, help="comments: POSTs per client"
    )
    parser.add_argument("--workers", type=int, default=2, help="comments: gunicorn workers")
    options = parser.parse_args()
    passed = True
    try:
        if options.run in ("all", "search"):
            search.run()
        if options.run in ("all", "comments"):
            passed = comments.run(options.clients, options.posts, options.workers)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
