"""The planner's statistics of the import's tables, renewed as the import fills them."""

from django.db import connection
from django.db.models import Model

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

import pytest

from magazine.articles.models import ArticlePage
from magazine.comments.models import Comment
from magazine.wordpress import importer
from magazine.wordpress.importer import run_import
from magazine.wordpress.models import WordPressItem
from magazine.wordpress.planner_statistics import GrowingTables, analyze

from .conftest import generated_export

pytestmark = pytest.mark.django_db


def planned_rows(model: type[Model]) -> float:
    """The number of rows the planner believes the model's table holds (its last ANALYZE)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [model._meta.db_table]
        )
        return cursor.fetchone()[0]


def test_the_tables_are_analyzed_each_time_the_items_have_doubled(home_page):
    site = Site.objects.get(is_default_site=True)
    tables = GrowingTables(first=2, factor=2)
    analyzed = []
    for number in range(1, 10):
        Redirect.objects.create(site=site, old_path=f"/billet-{number}", redirect_link="/")
        if tables.item_done():
            analyzed.append(number)
            assert planned_rows(Redirect) == Redirect.objects.count()
    assert analyzed == [2, 4, 8]


def test_an_import_leaves_its_tables_analyzed_as_they_are(home_page, tmp_path, monkeypatch):
    # Planned on the statistics of empty tables, the import's lookups scan whole tables.
    models = [WordPressItem, ArticlePage, Comment, Redirect]
    analyze(models)
    assert [planned_rows(model) for model in models] == [0, 0, 0, 0]
    monkeypatch.setattr(importer, "GrowingTables", lambda: GrowingTables(first=2, factor=2))
    run_import(
        generated_export(tmp_path, [1, 2, 3, 4], comments=2), Site.objects.get(is_default_site=True)
    )
    assert [planned_rows(model) for model in models] == [model.objects.count() for model in models]
    assert Comment.objects.count() == 8
