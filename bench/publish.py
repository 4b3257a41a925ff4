"""`python -m bench.publish CATEGORY TITLE`: publish a new article as an editor-in-chief does.

Run by the page benchmark's spike (bench/pages.py) with the served site's environment, so
the article lands in its database and the purge goes to its Varnish. The page is created
under the category of slug CATEGORY, a revision saved and published as Wagtail's admin does; the
publish commits in a transaction of its own, whose commit time is printed (JSON, with the
article's path): the purges Wagtail's frontend cache sends wait for that commit.
"""

import argparse
import json
import time

import django


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("category", help="the slug of the article's category")
    parser.add_argument("title", help="the new article's title")
    options = parser.parse_args()
    django.setup()

    # Models are importable only once Django is set up.
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils.text import slugify

    from magazine.articles import stream_data
    from magazine.articles.models import ArticlePage, CategoryPage

    editor = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    category = CategoryPage.objects.get(slug=options.category)
    article = ArticlePage(
        title=options.title,
        slug=slugify(options.title),
        standfirst="Un article publié pendant la mesure, pour voir quand les lecteurs le voient.",
        body=stream_data.body(stream_data.paragraph("<p>Publié pendant la mesure.</p>")),
        owner=editor,
    )
    category.add_child(instance=article)
    revision = article.save_revision(user=editor, log_action=True)
    committed = {}
    with transaction.atomic():
        # Registered before the publish's own hooks (the purges), so it runs first.
        transaction.on_commit(lambda: committed.setdefault("at", time.time()))
        revision.publish(user=editor)
    article.refresh_from_db()
    print(json.dumps({"committed_at": committed["at"], "path": article.url}))


if __name__ == "__main__":
    main()
