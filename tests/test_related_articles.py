"""« Publications similaires »: editor picks first, then the closest live articles."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import PageViewRestriction

from magazine.articles.models import ArticlePageRelatedArticle
from magazine.articles.related import similar_articles
from tests.factories.pages import ArticlePageFactory


def days_ago(days: int):
    return timezone.now() - timedelta(days=days)


def tagged(parent, *tags, age=1, **kwargs):
    return ArticlePageFactory(
        parent=parent, first_published_at=days_ago(age), tags=list(tags), **kwargs
    )


def pick(page, *articles):
    for order, article in enumerate(articles):
        ArticlePageRelatedArticle.objects.create(page=page, article=article, sort_order=order)


def test_editor_picks_come_first_in_their_order(category, other_category):
    article = tagged(category, "IA")
    first, second = tagged(other_category, age=50), tagged(other_category, age=40)
    tagged(category, "IA", age=2)
    pick(article, first, second)
    assert similar_articles(article)[:2] == [first, second]


def test_list_is_filled_up_to_four(category):
    article = tagged(category)
    for age in range(2, 8):
        tagged(category, age=age)
    assert len(similar_articles(article)) == 4


def test_shared_tags_rank_before_same_category(category, other_category):
    article = tagged(category, "GPU", "Nvidia")
    same_category = tagged(category, age=1)
    one_tag = tagged(other_category, "GPU", age=30)
    two_tags = tagged(other_category, "GPU", "Nvidia", age=60)
    assert similar_articles(article)[:3] == [two_tags, one_tag, same_category]


def test_same_category_ranks_before_recent_elsewhere(category, other_category):
    article = tagged(category)
    elsewhere = tagged(other_category, age=1)
    same_category = tagged(category, age=90)
    assert similar_articles(article)[:2] == [same_category, elsewhere]


def test_most_recent_breaks_ties(category):
    article = tagged(category)
    older, newer = tagged(category, age=20), tagged(category, age=3)
    assert similar_articles(article) == [newer, older]


def test_related_never_includes_the_article_itself(category):
    article = tagged(category, "IA")
    pick(article, article)
    assert article not in similar_articles(article)


def test_related_never_includes_drafts(category):
    article = tagged(category, "IA")
    draft = tagged(category, "IA", live=False)
    pick(article, draft)
    assert draft not in similar_articles(article)


def test_related_never_includes_private_pages(category):
    article = tagged(category, "IA")
    private = tagged(category, "IA")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    pick(article, private)
    assert private not in similar_articles(article)


def test_related_section_shows_on_the_article(client, category):
    article = tagged(category, "IA")
    other = tagged(category, "IA", title="Une lecture voisine")
    response = client.get(article.url)
    assert "Publications similaires" in response.content.decode()
    assert other.title in response.content.decode()
