"""`python -m bench.articles COUNT`: add COUNT generated articles to the demo's categories.

The served site (bench/stack.py) runs it after `load_demo`, with the settings and the
database its environment names; the articles are indexed as after a deployment.
"""

import argparse

import django


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many articles to add")
    count = parser.parse_args().count
    django.setup()

    # Models are importable only once Django is set up.
    from magazine.articles.models import CategoryPage

    from .corpus import Writer, add_articles, index_everything

    add_articles(list(CategoryPage.objects.order_by("path")), count, Writer())
    index_everything()


if __name__ == "__main__":
    main()
