"""What each newsroom role may do in the admin, and what the admin refuses it."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Collection, Revision

import pytest
from wagtail_factories import DocumentFactory

from magazine.articles.models import ArticlePage
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory
from tests.factories.reviews import GameFactory, ProductFactory, RatingScaleFactory
from tests.factories.series import SeriesFactory
from tests.support.admin import article_form, assert_refused
from tests.support.html import soup

REFUSED_TO_WRITERS = [
    "/admin/settings/pages/legalsettings/",
    "/admin/settings/social/socialsettings/",
    "/admin/redirects/",
    "/admin/searchpicks/add/",
    "/admin/snippets/authors/author/add/",
    "/admin/snippets/reviews/ratingscale/add/",
    "/admin/snippets/series/series/add/",
    "/admin/settings/reviews/reviewsettings/",
]
CHOSEN = "Console en vitrine"
USERS_AND_GROUPS = ["/admin/users/", "/admin/users/new/", "/admin/groups/", "/admin/groups/new/"]


def root() -> Collection:
    """Return the root collection: the factories would make one of their own."""
    return Collection.get_first_root_node()


def add_url(parent, model: str = "articles/articlepage") -> str:
    return f"/admin/pages/add/{model}/{parent.pk}/"


def edit_url(page) -> str:
    return f"/admin/pages/{page.pk}/edit/"


def in_two_days() -> str:
    return (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")


def action_menu(response) -> str:
    """Return the text of the editor's action menu, with the names of its buttons."""
    footer = soup(response).select_one("footer")
    names = [button.get("name", "") for button in footer.select("button")]
    return " ".join([*names, footer.get_text(" ", strip=True)])


@pytest.fixture
def draft(category, writer):
    """An unpublished article by the writer, whose draft has a go-live date in two days."""
    article = ArticlePageFactory(parent=category, live=False, owner=writer)
    article.go_live_at = timezone.now() + timedelta(days=2)
    article.save_revision(user=writer)
    return article


def test_a_writer_gets_no_publish_or_schedule_action_in_the_editor(writer_client, draft):
    response = writer_client.get(edit_url(draft))
    assert response.status_code == 200
    menu = action_menu(response)
    assert "action-submit" in menu
    assert "action-publish" not in menu
    assert "Publier" not in menu
    assert "Programmer" not in menu


def test_the_chief_gets_the_schedule_action_in_the_editor(chief_client, draft):
    menu = action_menu(chief_client.get(edit_url(draft)))
    assert "action-publish" in menu
    assert "Programmer pour publication" in menu


def test_a_writer_creates_articles_in_every_category(
    writer_client, writer, category, other_category, author
):
    for parent in (category, other_category):
        data = article_form(author.pk, slug=f"consoles-{parent.slug}")
        response = writer_client.post(add_url(parent), data)
        assert response.status_code == 302, parent
    articles = ArticlePage.objects.filter(owner=writer)
    assert sorted(article.get_parent().pk for article in articles) == sorted(
        [category.pk, other_category.pk]
    )


def test_a_writer_edits_an_article_someone_else_wrote(writer_client, category, author):
    article = ArticlePageFactory(parent=category, live=False)
    assert writer_client.get(edit_url(article)).status_code == 200
    response = writer_client.post(edit_url(article), article_form(author.pk, title="Relu"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Relu"


def test_a_writer_posting_publish_only_saves_a_draft(writer_client, category, author):
    data = {**article_form(author.pk), "action-publish": "1"}
    assert writer_client.post(add_url(category), data).status_code == 302
    article = ArticlePage.objects.get()
    assert not article.live
    assert article.live_revision is None


def test_a_writer_posting_publish_on_an_article_leaves_it_unpublished(
    writer_client, category, author
):
    article = ArticlePageFactory(parent=category, live=False)
    data = {**article_form(author.pk, title="Relu"), "action-publish": "1"}
    assert writer_client.post(edit_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Relu"
    assert not article.live
    assert article.live_revision is None


def test_a_writer_cannot_schedule_with_a_go_live_date(writer_client, category, author):
    data = {**article_form(author.pk, go_live_at=in_two_days()), "action-publish": "1"}
    assert writer_client.post(add_url(category), data).status_code == 302
    article = ArticlePage.objects.get()
    assert article.scheduled_revision is None
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()


def test_a_writer_cannot_unpublish(writer_client, category):
    article = ArticlePageFactory(parent=category)
    unpublish = f"/admin/pages/{article.pk}/unpublish/"
    assert_refused(writer_client.get(unpublish, follow=True))
    assert_refused(writer_client.post(unpublish, follow=True))
    article.refresh_from_db()
    assert article.live


@pytest.mark.parametrize("model", ["articles/categorypage", "pages/informationpage"])
def test_a_writer_cannot_create_a_category_or_information_page(writer_client, home_page, model):
    assert_refused(writer_client.get(add_url(home_page, model), follow=True))
    response = writer_client.post(
        add_url(home_page, model), {"title": "Nouvelle", "slug": "nouvelle"}, follow=True
    )
    assert_refused(response)
    assert not home_page.get_children().filter(slug="nouvelle").exists()


def test_the_home_page_offers_writers_no_page_type(writer_client, home_page):
    assert_refused(writer_client.get(f"/admin/pages/{home_page.pk}/add_subpage/", follow=True))


@pytest.mark.parametrize("url", REFUSED_TO_WRITERS)
def test_a_writer_cannot_reach_settings_redirects_or_authors(writer_client, home_page, url):
    assert_refused(writer_client.get(url, follow=True))


@pytest.mark.parametrize(
    ("url", "make"),
    [
        ("/admin/images/chooser/", lambda: ImageFactory(title=CHOSEN, collection=root())),
        ("/admin/documents/chooser/", lambda: DocumentFactory(title=CHOSEN, collection=root())),
        ("/admin/snippets/choose/authors/author/", lambda: AuthorFactory(name=CHOSEN)),
    ],
)
def test_a_writer_chooses_images_documents_and_authors(writer_client, url, make):
    make()
    response = writer_client.get(url)
    assert CHOSEN in response.json()["html"]


@pytest.mark.parametrize(
    ("url", "make"),
    [
        ("/admin/snippets/choose/reviews/game/", lambda: GameFactory(title=CHOSEN)),
        ("/admin/snippets/choose/reviews/product/", lambda: ProductFactory(name=CHOSEN)),
        ("/admin/snippets/choose/reviews/ratingscale/", lambda: RatingScaleFactory(name=CHOSEN)),
        ("/admin/snippets/choose/series/series/", lambda: SeriesFactory(title=CHOSEN)),
    ],
)
def test_a_writer_chooses_games_products_scales_and_series(writer_client, url, make):
    make()
    assert CHOSEN in writer_client.get(url).json()["html"]


def test_a_writer_adds_the_game_they_test(writer_client, home_page):
    assert writer_client.get("/admin/snippets/reviews/game/add/").status_code == 200


@pytest.mark.parametrize("url", ["/admin/images/multiple/add/", "/admin/documents/multiple/add/"])
def test_a_writer_adds_images_and_documents(writer_client, url):
    assert writer_client.get(url).status_code == 200


def test_a_writer_gets_tag_suggestions(writer_client, category):
    ArticlePageFactory(parent=category, tags=["Consoles"])
    assert writer_client.get("/admin/tag-autocomplete/?term=con").json() == ["Consoles"]


def test_the_chief_publishes(chief_client, category, author):
    data = {**article_form(author.pk), "action-publish": "1"}
    response = chief_client.post(add_url(category), data)
    assert response.status_code == 302
    article = ArticlePage.objects.get()
    assert article.live
    assert article.live_revision == article.latest_revision


def test_the_chief_schedules(chief_client, category, author):
    data = {**article_form(author.pk, go_live_at=in_two_days()), "action-publish": "1"}
    assert chief_client.post(add_url(category), data).status_code == 302
    article = ArticlePage.objects.get()
    assert not article.live
    assert article.scheduled_revision is not None


def test_the_chief_unpublishes(chief_client, category):
    article = ArticlePageFactory(parent=category)
    response = chief_client.post(f"/admin/pages/{article.pk}/unpublish/")
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live


def test_the_chief_locks_an_article(chief_client, category):
    article = ArticlePageFactory(parent=category)
    assert chief_client.post(f"/admin/pages/{article.pk}/lock/").status_code == 302
    article.refresh_from_db()
    assert article.locked


@pytest.mark.parametrize(
    "url",
    [
        "/admin/settings/pages/legalsettings/{site}/",
        "/admin/settings/social/socialsettings/{site}/",
        "/admin/redirects/",
        "/admin/searchpicks/add/",
        "/admin/snippets/authors/author/add/",
        "/admin/snippets/reviews/ratingscale/add/",
        "/admin/snippets/series/series/add/",
        "/admin/settings/reviews/reviewsettings/{site}/",
        "/admin/images/multiple/add/",
        "/admin/documents/multiple/add/",
    ],
)
def test_the_chief_manages_settings_redirects_promotions_authors_and_media(
    chief_client, home_page, url
):
    response = chief_client.get(url.format(site=home_page.get_site().pk))
    assert response.status_code == 200


@pytest.mark.parametrize("model", ["articles/categorypage", "pages/informationpage"])
def test_the_chief_creates_categories_and_information_pages(chief_client, home_page, model):
    assert chief_client.get(add_url(home_page, model)).status_code == 200


def test_a_moderator_cannot_open_the_page_editor(moderator_client, category):
    article = ArticlePageFactory(parent=category)
    assert_refused(moderator_client.get(edit_url(article), follow=True))
    assert_refused(moderator_client.get(f"/admin/pages/{category.pk}/", follow=True))


@pytest.mark.parametrize("role", ["writer_client", "chief_client", "moderator_client"])
@pytest.mark.parametrize("url", USERS_AND_GROUPS)
def test_no_role_reaches_users_or_groups(db, request, role, url):
    assert_refused(request.getfixturevalue(role).get(url, follow=True))


COMMENTS = "/admin/snippets/comments/comment/"


@pytest.mark.parametrize("role", ["chief_client", "moderator_client"])
def test_moderators_and_chiefs_moderate_comments(request, category, role):
    client = request.getfixturevalue(role)
    assert client.get(COMMENTS).status_code == 200
    assert "Commentaires" in soup(client.get("/admin/")).select_one("#wagtail-sidebar-props").text


def test_a_writer_cannot_moderate_comments(writer_client, category):
    assert_refused(writer_client.get(COMMENTS, follow=True))


def test_the_chief_sets_the_comment_settings(chief_client, home_page):
    url = f"/admin/settings/comments/commentsettings/{home_page.get_site().pk}/"
    assert chief_client.get(url).status_code == 200
