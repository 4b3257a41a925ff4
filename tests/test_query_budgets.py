"""Pages make a fixed number of SQL queries, whatever the amount of content they show."""

import pytest

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePageRelatedArticle
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory, CategoryPageFactory
from tests.support.html import card_titles, page_soup
from tests.support.queries import warm_query_count

# The budgets each page declares, for a warm request (renditions already cached; the site,
# its categories, the restricted paths, the choices of articles and the listings' pages kept
# in the cache until the next publish or comment change: tests/cache/test_page_pieces.py).
# The article's are the article itself and one query for its comments and their replies,
# whatever their number (tests/comments/test_query_budget.py); the author's and the tag's,
# the author or the tag named in the address.
ARTICLE_PAGE_QUERIES = 0
CATEGORY_PAGE_QUERIES = 0
HOME_PAGE_QUERIES = 0
AUTHOR_PAGE_QUERIES = 0
TAG_PAGE_QUERIES = 0


def rich_article(parent, blocks: int, tags: int, related: int, authors: int):
    picture = ImageFactory()
    body = [b.heading("Introduction"), b.image(picture.pk, "Une légende", alt="Un écran allumé")]
    while len(body) < blocks - 1:
        n = len(body)
        body.append(
            [
                b.heading(f"Partie {n}"),
                b.paragraph("<p>Un paragraphe de texte.</p>"),
                b.numbered_points(
                    b.point(f"Point {n}"), b.point(f"Autre point {n}"), b.point(f"Dernier {n}")
                ),
                b.image(picture.pk, "Une légende", alt="Un écran allumé"),
                b.quote("Une citation.", "Quelqu'un"),
            ][n % 5]
        )
    body.append(b.conclusion("<p>Pour finir.</p>"))
    article = ArticlePageFactory(
        parent=parent,
        hero_image=ImageFactory(),
        body=b.body(*body),
        tags=[f"mot-{i}" for i in range(tags)],
        authors=AuthorFactory.create_batch(authors),
    )
    for order in range(related):
        other = ArticlePageFactory(
            parent=parent, hero_image=ImageFactory(), authors=[AuthorFactory()]
        )
        ArticlePageRelatedArticle.objects.create(page=article, article=other, sort_order=order)
    return article


def test_article_queries_do_not_grow_with_blocks_tags_authors_or_related(client, home_page):
    small_category = CategoryPageFactory(parent=home_page)
    big_category = CategoryPageFactory(parent=home_page)
    small = rich_article(small_category, blocks=3, tags=0, related=0, authors=1)
    big = rich_article(big_category, blocks=40, tags=8, related=4, authors=3)
    assert len(big.body) == 40
    small_count = warm_query_count(client, small.url)
    assert warm_query_count(client, big.url) == small_count
    assert small_count <= ARTICLE_PAGE_QUERIES


def category_with(home_page, count: int):
    category = CategoryPageFactory(parent=home_page)
    for _ in range(count):
        ArticlePageFactory(parent=category, hero_image=ImageFactory(), authors=[AuthorFactory()])
    return category


def test_category_queries_do_not_grow_with_articles(client, home_page):
    few, many = category_with(home_page, 5), category_with(home_page, 30)
    few_count = warm_query_count(client, few.url)
    assert warm_query_count(client, many.url) == few_count
    assert warm_query_count(client, many.url + "?page=3") == few_count
    assert few_count <= CATEGORY_PAGE_QUERIES


def test_a_featured_article_costs_the_category_no_query(client, home_page):
    category = category_with(home_page, 14)
    plain_count = warm_query_count(client, category.url)
    category.featured_article = category.get_children().specific().last()
    category.save_revision().publish()
    assert page_soup(client, category.url).select_one(".featured") is not None
    assert warm_query_count(client, category.url) == plain_count


@pytest.mark.parametrize("categories", [1, 5])
def test_home_queries_do_not_grow_with_categories_or_articles(client, home_page, categories):
    first = category_with(home_page, 2)
    baseline_count = warm_query_count(client, home_page.url)
    added = [category_with(home_page, 6) for _ in range(categories)]
    assert warm_query_count(client, home_page.url) == baseline_count
    assert baseline_count <= HOME_PAGE_QUERIES
    # The same queries print every category's section, each with its newest articles.
    sections = page_soup(client, home_page.url).select(".category-section")
    assert [section.h2.get_text(strip=True) for section in sections] == [
        category.title for category in [first, *added]
    ]
    assert [len(card_titles(section)) for section in sections] == [2] + [4] * categories


def signed(category, count: int, tag: str):
    author = AuthorFactory()
    for _ in range(count):
        ArticlePageFactory(parent=category, hero_image=ImageFactory(), authors=[author], tags=[tag])
    return author


def test_author_and_tag_queries_do_not_grow_with_articles(client, category):
    few, many = signed(category, 2, "peu"), signed(category, 15, "beaucoup")
    few_count = warm_query_count(client, f"/auteurs/{few.slug}/")
    assert warm_query_count(client, f"/auteurs/{many.slug}/") == few_count
    assert warm_query_count(client, f"/auteurs/{many.slug}/?page=2") == few_count
    assert few_count <= AUTHOR_PAGE_QUERIES
    tag_count = warm_query_count(client, "/tags/peu/")
    assert warm_query_count(client, "/tags/beaucoup/") == tag_count
    assert tag_count <= TAG_PAGE_QUERIES
