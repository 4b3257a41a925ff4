"""The dashboard's « Articles programmés » and « Mes brouillons » panels."""

from datetime import datetime, timedelta

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from magazine.articles.models import ArticlePage
from magazine.newsroom.dashboard import DraftArticlesPanel, ScheduledArticlesPanel
from tests.factories.pages import ArticlePageFactory
from tests.support.dates import admin_datetime
from tests.support.html import soup

DASHBOARD = "/admin/"
# What each panel costs, whatever the number of articles. Scheduled: the articles with their
# planned dates, categories and schedule flags in one query; then the site serving the request
# and its root paths, which Wagtail reads once to link the live ones (« publiée + programmée »).
# Drafts: the articles, then their workflow states (a draft may be in moderation).
SCHEDULED_PANEL_QUERIES = 3
DRAFTS_PANEL_QUERIES = 2


def schedule(article: ArticlePage, go_live_at: datetime) -> ArticlePage:
    """Publish `article` for `go_live_at`, as « Programmer pour publication » does."""
    article.go_live_at = go_live_at
    article.save_revision().publish()
    return article


def live(category, title: str) -> ArticlePage:
    """An article online, published from a revision as the editor publishes."""
    article = ArticlePageFactory(parent=category, title=title)
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def draft(category, owner, title: str) -> ArticlePage:
    """An article never published, created by `owner`, with a saved draft."""
    article = ArticlePageFactory(
        parent=category,
        title=title,
        owner=owner,
        live=False,
        first_published_at=None,
        last_published_at=None,
    )
    article.save_revision(user=owner)
    return article


def panel(client, name: str):
    """Return the dashboard's panel `name` (its section), or None when it is not shown."""
    return soup(client.get(DASHBOARD)).select_one(f"#{name}-section")


def rows(section) -> list[list[str]]:
    """Return the panel's rows as the texts their cells show (screen-reader labels left out)."""
    for hidden in section.select("tbody .w-sr-only"):
        hidden.decompose()
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in section.select("tbody tr")
    ]


def in_days(days: int, hour: int = 9) -> datetime:
    """`days` from now at `hour`:00, Paris time."""
    day = timezone.localtime() + timedelta(days=days)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


def test_scheduled_articles_are_listed_soonest_first_with_their_planned_date(
    admin_client, admin_user, category
):
    later = schedule(draft(category, admin_user, "Le dossier de la rentrée"), in_days(9))
    sooner = schedule(draft(category, admin_user, "Le test de la console"), in_days(2, 18))
    draft(category, admin_user, "Un brouillon")
    ArticlePageFactory(parent=category, title="Déjà en ligne")

    section = panel(admin_client, "scheduled-articles")

    assert section.select_one("h2").get_text(strip=True) == "Articles programmés"
    planned = [in_days(2, 18), in_days(9)]
    assert rows(section) == [
        ["Le test de la console", "Jeux vidéo", admin_datetime(planned[0]), "programmée"],
        ["Le dossier de la rentrée", "Jeux vidéo", admin_datetime(planned[1]), "programmée"],
    ]
    links = [link["href"] for link in section.select("td.title a")]
    assert links == [f"/admin/pages/{sooner.pk}/edit/", f"/admin/pages/{later.pk}/edit/"]
    assert [time["datetime"] for time in section.select("time")] == [
        date.isoformat() for date in planned
    ]


def test_a_live_article_with_a_scheduled_new_version_is_listed(admin_client, category):
    schedule(live(category, "Une mise à jour prévue"), in_days(1))
    (row,) = rows(panel(admin_client, "scheduled-articles"))
    assert row == [
        "Une mise à jour prévue",
        "Jeux vidéo",
        admin_datetime(in_days(1)),
        "publiée + programmée",
    ]


def test_the_scheduled_panel_shows_the_five_soonest(admin_client, admin_user, category):
    for day in range(7, 0, -1):
        schedule(draft(category, admin_user, f"Jour {day}"), in_days(day))
    titles = [row[0] for row in rows(panel(admin_client, "scheduled-articles"))]
    assert titles == ["Jour 1", "Jour 2", "Jour 3", "Jour 4", "Jour 5"]


def test_my_drafts_lists_the_articles_i_created_latest_changed_first(
    admin_client, admin_user, category, django_user_model
):
    colleague = django_user_model.objects.create_user("collegue", password="x")
    older = draft(category, admin_user, "Mon premier brouillon")
    draft(category, admin_user, "Mon second brouillon")
    draft(category, colleague, "Le brouillon d'un collègue")
    schedule(draft(category, admin_user, "Mon article programmé"), in_days(3))
    ArticlePageFactory(parent=category, title="Mon article en ligne", owner=admin_user)
    older.save_revision(user=colleague)

    section = panel(admin_client, "draft-articles")

    assert section.select_one("h2").get_text(strip=True) == "Mes brouillons"
    assert [row[0] for row in rows(section)] == ["Mon premier brouillon", "Mon second brouillon"]
    assert [row[3] for row in rows(section)] == ["brouillon", "brouillon"]
    assert section.select_one("td.title a")["href"] == f"/admin/pages/{older.pk}/edit/"


def test_the_drafts_panel_shows_the_five_latest(admin_client, admin_user, category):
    for number in range(1, 8):
        draft(category, admin_user, f"Brouillon {number}")
    titles = [row[0] for row in rows(panel(admin_client, "draft-articles"))]
    assert titles == [f"Brouillon {number}" for number in (7, 6, 5, 4, 3)]


def test_no_panel_without_articles_to_show(admin_client, category):
    ArticlePageFactory(parent=category)
    assert panel(admin_client, "scheduled-articles") is None
    assert panel(admin_client, "draft-articles") is None


def test_a_user_who_may_not_edit_articles_sees_none(
    client, admin_user, category, django_user_model
):
    schedule(draft(category, admin_user, "Programmé"), in_days(1))
    visitor = django_user_model.objects.create_user("visiteur", password="x")
    admin_access = Group.objects.create(name="Accès à l'administration")
    admin_access.permissions.add(Permission.objects.get(codename="access_admin"))
    visitor.groups.add(admin_access)
    client.force_login(visitor)
    assert panel(client, "scheduled-articles") is None


def articles_of_every_kind(category, owner, count: int) -> None:
    """`count` drafts, `count` scheduled drafts, and a live article with a version scheduled."""
    for number in range(count):
        draft(category, owner, f"Brouillon {number}")
        schedule(draft(category, owner, f"Programmé {number}"), in_days(number + 1))
    schedule(live(category, "En ligne"), in_days(2))


@pytest.mark.parametrize("count", [1, 10])
def test_each_panel_costs_a_fixed_number_of_queries(
    rf, admin_user, category, django_assert_num_queries, count
):
    articles_of_every_kind(category, admin_user, count)
    request = rf.get(DASHBOARD)
    request.user = admin_user
    with django_assert_num_queries(SCHEDULED_PANEL_QUERIES):
        html = ScheduledArticlesPanel().render_html({"request": request})
    assert html.count("<tr>") == 1 + min(count + 1, 5)
    with django_assert_num_queries(DRAFTS_PANEL_QUERIES):
        html = DraftArticlesPanel().render_html({"request": request})
    assert html.count("<tr>") == 1 + min(count, 5)


def test_the_dashboard_costs_the_same_with_1_or_10_drafts_and_scheduled_articles(
    admin_client, admin_user, category
):
    def dashboard_queries() -> int:
        admin_client.get(DASHBOARD)
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(DASHBOARD).status_code == 200
        return len(queries)

    articles_of_every_kind(category, admin_user, 1)
    with_one = dashboard_queries()
    articles_of_every_kind(category, admin_user, 9)
    assert ArticlePage.objects.filter(live=False).count() == 20
    assert dashboard_queries() == with_one
