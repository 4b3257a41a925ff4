"""`python -m bench [search|comments|pages|wordpress]` (`make bench`): the benchmarks, or one.

`search`: search latency at 1 000 and 10 000 articles (bench/search.py); `comments`: comment
load on gunicorn with the production settings (bench/comments.py); `pages`: page throughput
with wrk against a constant Django view, through Varnish, and a spike (bench/pages.py);
`wordpress`: a WordPress import of --wp-posts generated posts, its duration and memory
(bench/wordpress.py), run only when named: it takes many minutes.
Exits non-zero when the comment load run fails or a page answers with an error.
"""

import argparse
import sys

from . import comments, pages, search, wordpress
from .wrk import Load


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "run",
        nargs="?",
        choices=["all", "search", "comments", "pages", "wordpress"],
        default="all",
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--clients", type=int, default=comments.CLIENTS, help="comments: clients")
    parser.add_argument(
        "--posts", type=int, default=comments.POSTS, help="comments: POSTs per client"
    )
    parser.add_argument(
        "--articles", type=int, default=pages.ARTICLES_COUNT, help="pages: generated articles"
    )
    parser.add_argument(
        "--threads", type=int, default=pages.LOAD.threads, help="pages: wrk threads"
    )
    parser.add_argument(
        "--connections", type=int, default=pages.LOAD.connections, help="pages: connections"
    )
    parser.add_argument(
        "--duration", type=float, default=pages.LOAD.seconds, help="pages: seconds per page"
    )
    parser.add_argument(
        "--warmup", type=float, default=pages.WARMUP_SECONDS, help="pages: warm-up seconds"
    )
    parser.add_argument(
        "--timeout", type=float, default=pages.LOAD.timeout, help="pages: wrk's timeout (s)"
    )
    parser.add_argument(
        "--spike-connections",
        type=int,
        default=pages.SPIKE.connections,
        help="pages: connections of the spike",
    )
    parser.add_argument(
        "--spike-duration", type=float, default=pages.SPIKE.seconds, help="pages: spike seconds"
    )
    parser.add_argument(
        "--publish-after",
        type=float,
        default=pages.PUBLISH_AFTER,
        help="pages: seconds into the spike when an article is published",
    )
    parser.add_argument(
        "--wp-posts", type=int, default=wordpress.POSTS, help="wordpress: generated posts"
    )
    options = parser.parse_args()
    passed = True
    try:
        if options.run in ("all", "search"):
            search.run()
        if options.run in ("all", "comments"):
            passed = comments.run(options.clients, options.posts, options.workers)
        if options.run in ("all", "pages"):
            load = Load(options.threads, options.connections, options.duration, options.timeout)
            spike = Load(
                options.threads, options.spike_connections, options.spike_duration, options.timeout
            )
            passed &= pages.run(
                options.articles,
                options.workers,
                load,
                options.warmup,
                spike,
                options.publish_after,
            )
        if options.run == "wordpress":
            passed &= wordpress.run(options.wp_posts)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
