"""An entry keeps its id when the article is edited, renamed or moved: readers never see it
twice."""

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.pages import ArticlePageFactory
from tests.support.feeds import FORMATS, parse_feed


@pytest.fixture
def article(category):
    return ArticlePageFactory(parent=category, title="Un article", slug="un-article")


def entry_ids(client) -> dict[str, str]:
    """Return the id of the only entry of the site's feed, by format."""
    ids = {}
    for name, suffix in FORMATS.items():
        [entry] = parse_feed(client, "/" + suffix).entries
        ids[name] = entry.id
    return ids


def republished(article: ArticlePage, **changes) -> ArticlePage:
    """Publish a new revision of `article` with `changes`, as an editor would."""
    article = ArticlePage.objects.get(pk=article.pk)
    for field, value in changes.items():
        setattr(article, field, value)
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def test_the_id_survives_an_edit(client, article):
    before = entry_ids(client)
    republished(article, title="Un article corrigé", standfirst="Un chapô réécrit.")
    assert parse_feed(client, "/feed/").entries[0].title == "Un article corrigé"
    assert entry_ids(client) == before


def test_the_id_survives_a_slug_change(client, article):
    before = entry_ids(client)
    republished(article, slug="un-article-renomme")
    assert parse_feed(client, "/feed/").entries[0].link.endswith("/un-article-renomme/")
    assert entry_ids(client) == before


def test_the_id_survives_a_move_to_another_category(client, article, other_category):
    before = entry_ids(client)
    ArticlePage.objects.get(pk=article.pk).move(other_category, pos="last-child")
    assert parse_feed(client, "/feed/").entries[0].link.startswith("http://localhost/materiel/")
    assert entry_ids(client) == before


def test_two_articles_never_share_an_id(client, article, category):
    ArticlePageFactory(parent=category)
    ids = [entry.id for entry in parse_feed(client, "/feed/atom/").entries]
    assert len(set(ids)) == 2
