"""Comments cost an article page, and the cards that count them, a fixed number of queries."""

from magazine.comments.models import Comment
from tests.factories.comments import CommentFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.html import page_soup
from tests.support.queries import warm_query_count
from tests.test_query_budgets import ARTICLE_PAGE_QUERIES


def add_comments(article, count: int) -> None:
    """Give `article` `count` approved comments, half of them replies, and a few held ones."""
    parents = CommentFactory.create_batch(count // 2, article=article)
    for parent in parents:
        CommentFactory(article=article, parent=parent, is_editorial=True, name="La rédaction")
    CommentFactory.create_batch(3, article=article, status=Comment.Status.PENDING)


def test_the_article_costs_the_same_queries_with_no_comment_or_two_hundred(client, category):
    quiet = ArticlePageFactory(parent=category)
    busy = ArticlePageFactory(parent=category)
    add_comments(busy, 200)
    quiet_count = warm_query_count(client, quiet.url)
    assert warm_query_count(client, busy.url) == quiet_count
    assert quiet_count <= ARTICLE_PAGE_QUERIES
    page = page_soup(client, busy.url)
    assert len(page.select(".comments__list > li")) == 100
    assert len(page.select(".comments__replies .comment--editorial")) == 100
    assert page.select_one(".byline__comments").get_text() == "200 commentaires"


def test_cards_count_comments_at_no_extra_query(client, category):
    first = ArticlePageFactory(parent=category)
    baseline = warm_query_count(client, category.url)
    second = ArticlePageFactory(parent=category)
    add_comments(first, 4)
    add_comments(second, 10)
    assert warm_query_count(client, category.url) == baseline
    counts = [meta.get_text() for meta in page_soup(client, category.url).select(".card__comments")]
    assert counts == ["10 commentaires", "4 commentaires"]
