"""Editors moderate comments in the Wagtail admin: listing, filters, bulk actions, replies."""

import csv
import io

from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.urls import reverse

import pytest

from magazine.comments.models import Comment
from magazine.comments.panels import PendingCommentsPanel
from tests.factories.comments import CommentFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.html import page_soup, soup

LISTING = "/admin/snippets/comments/comment/"


def listed_names(client, query: str = "") -> list[str]:
    page = page_soup(client, LISTING + query)
    return sorted(link.get_text(strip=True) for link in page.select("td.title .title-wrapper a"))


@pytest.fixture
def comments(article):
    return {
        "pending": CommentFactory(article=article, name="Paul", status="pending"),
        "approved": CommentFactory(article=article, name="Zoé", body="Vive les manettes"),
        "spam": CommentFactory(article=article, name="Robot", status="spam"),
    }


def test_the_listing_filters_by_status(admin_client, comments):
    assert listed_names(admin_client, "?status=pending") == ["Paul"]
    assert listed_names(admin_client, "?status=spam") == ["Robot"]
    assert listed_names(admin_client) == ["Paul", "Robot", "Zoé"]


def test_the_listing_filters_by_article(admin_client, category, comments):
    other = ArticlePageFactory(parent=category)
    CommentFactory(article=other, name="Ailleurs")
    assert listed_names(admin_client, f"?article={other.pk}") == ["Ailleurs"]


def test_the_listing_filters_by_date(admin_client, comments):
    old = CommentFactory(article=comments["pending"].article, name="Ancien")
    Comment.objects.filter(pk=old.pk).update(created_at="2020-01-15T10:00:00Z")
    query = "?created_at_after=2020-01-01&created_at_before=2020-01-31"
    assert listed_names(admin_client, query) == ["Ancien"]


def test_the_listing_searches_names_and_text(admin_client, comments):
    assert listed_names(admin_client, "?q=manettes") == ["Zoé"]


def test_the_listing_links_each_comment_to_its_article(admin_client, article, comments):
    page = page_soup(admin_client, LISTING)
    links = [a["href"] for a in page.select("table.listing tbody tr")[0].select("a")]
    assert f"/admin/pages/{article.pk}/edit/" in links
    assert any(href.startswith(article.url + "#commentaire-") for href in links)


def test_the_article_editor_links_back_to_its_comments(admin_client, article, comments):
    page = page_soup(admin_client, f"/admin/pages/{article.pk}/edit/")
    link = page.select_one(f"a[href='{LISTING}?article={article.pk}']")
    assert link.get_text(" ", strip=True) == "3 commentaires"


def bulk(client, action: str, comments: list, follow: bool = True):
    ids = "&".join(f"id={comment.pk}" for comment in comments)
    url = f"/admin/bulk/comments/comment/{action}/?{ids}&next={LISTING}"
    assert client.get(url).status_code == 200  # the confirmation page
    return client.post(url, follow=follow)


def test_approving_in_bulk_publishes_the_comments(client, admin_client, article, comments):
    bulk(admin_client, "approve", [comments["pending"], comments["spam"]])
    statuses = set(Comment.objects.values_list("status", flat=True))
    assert statuses == {Comment.Status.APPROVED}
    names = [
        n.get_text(strip=True) for n in page_soup(client, article.url).select(".comment__author")
    ]
    assert sorted(names) == ["Paul", "Robot", "Zoé"]


@pytest.mark.parametrize(("action", "status"), [("reject", "rejected"), ("spam", "spam")])
def test_rejecting_or_marking_as_spam_unpublishes(
    client, admin_client, article, comments, action, status
):
    bulk(admin_client, action, [comments["approved"]])
    assert Comment.objects.get(pk=comments["approved"].pk).status == status
    assert "Vive les manettes" not in page_soup(client, article.url).get_text()


def test_deleting_in_bulk_removes_the_comments(admin_client, comments):
    bulk(admin_client, "delete", [comments["spam"]])
    assert not Comment.objects.filter(pk=comments["spam"].pk).exists()
    assert Comment.objects.count() == 2


def test_erasing_an_author_deletes_every_comment_of_their_address(admin_client, category, comments):
    elsewhere = ArticlePageFactory(parent=category)
    mine = [
        CommentFactory(article=elsewhere, email="efface@lecteurs.example"),
        CommentFactory(article=comments["approved"].article, email="EFFACE@lecteurs.example"),
    ]
    reply = CommentFactory(article=elsewhere, parent=mine[0], email="autre@lecteurs.example")
    url = f"/admin/bulk/comments/comment/erase_authors/?id={mine[0].pk}&next={LISTING}"
    confirmation = soup(admin_client.get(url)).get_text()
    assert "efface@lecteurs.example" in confirmation
    assert "3 commentaires seront effacés" in confirmation
    admin_client.post(url)
    assert not Comment.objects.filter(pk__in=[c.pk for c in [*mine, reply]]).exists()
    assert Comment.objects.count() == 3


def test_an_author_s_comments_are_exported_by_their_exact_address(admin_client, comments):
    CommentFactory(article=comments["approved"].article, email="lea@lecteurs.example", body="Un")
    CommentFactory(article=comments["approved"].article, email="lea@lecteurs.example", body="Deux")
    CommentFactory(article=comments["approved"].article, email="malea@lecteurs.example")
    response = admin_client.get(LISTING, {"email": "Lea@Lecteurs.example", "export": "csv"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted(row["Commentaire"] for row in rows) == ["Deux", "Un"]
    assert {row["Adresse e-mail"] for row in rows} == {"lea@lecteurs.example"}


def test_an_editor_replies_from_the_admin_as_the_newsroom(client, admin_client, article, comments):
    url = reverse("wagtailsnippets_comments_comment:reply", args=[comments["pending"].pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"name": "Claire", "body": "Merci Paul !"})
    assert response.status_code == 302
    reply = Comment.objects.get(body="Merci Paul !")
    assert reply.is_editorial and reply.status == Comment.Status.APPROVED
    assert Comment.objects.get(pk=comments["pending"].pk).status == Comment.Status.APPROVED
    shown = page_soup(client, article.url).find(id=reply.anchor)
    assert shown.select_one(".comment__badge").get_text() == "Rédaction"
    assert shown.select_one(".comment__author").get_text() == "Claire"


def test_an_editor_s_reply_to_a_reply_answers_its_comment(admin_client, comments):
    reply = CommentFactory(article=comments["approved"].article, parent=comments["approved"])
    url = reverse("wagtailsnippets_comments_comment:reply", args=[reply.pk])
    admin_client.post(url, {"name": "Claire", "body": "Réponse."})
    assert Comment.objects.get(body="Réponse.").parent == comments["approved"]


def test_the_menu_counts_pending_comments(admin_client, comments):
    CommentFactory(article=comments["approved"].article, status="pending")
    assert "Commentaires (2)" in admin_client.get("/admin/").content.decode()


def test_the_dashboard_panel_lists_pending_comments(admin_client, comments):
    panel = page_soup(admin_client, "/admin/").find(id="pending-comments-section")
    assert "1 commentaire attend votre relecture" in panel.get_text(" ", strip=True)
    assert "Paul" in panel.get_text()


@pytest.mark.parametrize("pending", [0, 3, 30])
def test_the_dashboard_panel_costs_two_queries(
    django_assert_num_queries, article, admin_user, pending
):
    CommentFactory.create_batch(pending, article=article, status="pending")
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    with django_assert_num_queries(2):
        html = PendingCommentsPanel(request).render_html({"request": request})
    rows = html.count("<tr>") - 1  # the header's row
    assert rows == min(pending, 5) if pending else "Aucun commentaire" in html


def test_the_listing_costs_the_same_queries_for_five_comments_or_forty(admin_client, category):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def listing_queries() -> int:
        admin_client.get(LISTING)
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(LISTING).status_code == 200
        return len(queries)

    for _ in range(5):
        CommentFactory(article=ArticlePageFactory(parent=category))
    few = listing_queries()
    for _ in range(35):
        CommentFactory(article=ArticlePageFactory(parent=category), status="pending")
    assert listing_queries() == few


def test_a_moderator_sees_comments_and_a_writer_does_not(client, django_user_model, comments):
    moderators = Group.objects.create(name="Modérateurs des commentaires")
    moderators.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="comments"),
    )
    moderator = django_user_model.objects.create_user("modo", password="x")
    moderator.groups.add(moderators)
    writer = django_user_model.objects.create_user("plume", password="x")
    writer.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(moderator)
    assert client.get(LISTING).status_code == 200
    assert "Commentaires (1)" in client.get("/admin/").content.decode()
    client.force_login(writer)
    assert client.get(LISTING).status_code in (302, 403)
    assert "Commentaires" not in client.get("/admin/").content.decode()


def test_an_editor_corrects_a_comment_in_its_form(admin_client, client, article, comments):
    url = f"{LISTING}edit/{comments['pending'].pk}/"
    form = page_soup(admin_client, url).select_one("form#w-editor-form")
    assert form.select_one("[name=status]") and form.select_one("[name=body]")
    data = {
        "status": "approved",
        "name": "Paul",
        "email": "paul@lecteurs.example",
        "website": "",
        "body": "Texte corrigé par la rédaction.",
    }
    assert admin_client.post(url, data).status_code == 302
    assert "Texte corrigé par la rédaction." in page_soup(client, article.url).get_text()


def test_the_menu_count_follows_bulk_moderation(admin_client, comments):
    assert "Commentaires (1)" in admin_client.get("/admin/").content.decode()
    bulk(admin_client, "approve", [comments["pending"]])
    menu = admin_client.get("/admin/").content.decode()
    assert "Commentaires (1)" not in menu and "Commentaires (0)" not in menu


def test_the_menu_count_costs_no_query_once_known(admin_client, comments):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    admin_client.get("/admin/")
    with CaptureQueriesContext(connection) as queries:
        assert "Commentaires (1)" in admin_client.get("/admin/pages/").content.decode()
    assert not [q for q in queries if "comments_comment" in q["sql"] and "COUNT" in q["sql"]]
