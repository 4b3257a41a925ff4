"""The listings of tests: a category's tests, and which categories have any."""

from django.db.models import F
from django.db.models.functions import Substr

from wagtail.models import Page

from magazine.articles.models import ArticlePage, CategoryPage
from magazine.articles.querysets import ArticlePageQuerySet
from magazine.cache.fragments import generation_cached

from .models import ArticleSubject


def live_tests() -> ArticlePageQuerySet:
    """The live, public articles that are tests (a test box in their body), newest first."""
    tests = ArticleSubject.objects.filter(role=ArticleSubject.Role.REVIEW).values("article_id")
    return ArticlePage.objects.published().filter(pk__in=tests)


def category_test_articles(category: CategoryPage) -> ArticlePageQuerySet:
    """The live, public tests of `category`, newest first: its « Nos tests » listing."""
    return live_tests().child_of(category)


def paths_of_tested_categories() -> frozenset[str]:
    """The tree paths of the categories with at least one live, public test.

    One query, kept until the content changes: a publish, unpublish or move renews the
    generation, and so does the deletion of a game or a product, which takes its tests'
    rows with it (models.py).
    """

    def build() -> frozenset[str]:
        parent_path = Substr("path", 1, (F("depth") - 1) * Page.steplen)
        paths = live_tests().order_by().annotate(parent_path=parent_path)
        return frozenset(paths.values_list("parent_path", flat=True).distinct())

    return generation_cached("tested-categories", (), build)


def has_tests(category: CategoryPage) -> bool:
    """Whether `category` has at least one live, public test (no query once cached)."""
    return category.path in paths_of_tested_categories()
