"""Pages for anonymous readers are public and tagged; nothing personal is ever public."""

from django.conf import settings
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.sessions.backends.db import SessionStore
from django.http import HttpResponse
from django.test import Client, RequestFactory

import pytest

from magazine.articles.models import ArticlePageRelatedArticle
from magazine.cache.policy import CacheControlMiddleware
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.html import in_one_stamp_window


def directives(response: HttpResponse) -> dict[str, str]:
    """Return the response's Cache-Control directives, a value or "" for each."""
    fields = (field.strip() for field in response.get("Cache-Control", "").split(","))
    return dict((field.split("=", 1) + [""])[:2] for field in fields if field)


def cache_tags(response: HttpResponse) -> set[str]:
    return set(response.get("X-Cache-Tags", "").split())


def assert_public(response: HttpResponse, max_age: str = "60", s_maxage: str = "600") -> None:
    cache_control = directives(response)
    assert "public" in cache_control and "private" not in cache_control, cache_control
    assert cache_control["max-age"] == max_age
    assert cache_control["s-maxage"] == s_maxage
    assert "site" in cache_tags(response)
    assert "cookie" not in response.get("Vary", "").lower()


def assert_private(response: HttpResponse) -> None:
    cache_control = directives(response)
    assert {"private", "no-store"} <= cache_control.keys(), cache_control
    assert "public" not in cache_control and "s-maxage" not in cache_control
    assert not response.has_header("X-Cache-Tags")


@pytest.fixture
def article(category):
    return ArticlePageFactory(parent=category, authors=[AuthorFactory()], tags=["Nintendo"])


@pytest.mark.parametrize("method", ["get", "head"])
def test_an_anonymous_reader_gets_a_public_page_the_shared_cache_keeps_longer(
    client, article, method
):
    response = getattr(client, method)(article.url)
    assert response.status_code == 200
    assert_public(response)


def test_an_article_carries_its_own_tag_and_its_related_articles(client, category, article):
    related = ArticlePageFactory(parent=category)
    ArticlePageRelatedArticle.objects.create(page=article, article=related, sort_order=0)
    tags = cache_tags(client.get(article.url))
    assert {f"p{article.pk}", f"p{related.pk}"} <= tags
    # Its category's tag would purge every article of the category on each publish.
    assert f"p{category.pk}" not in tags


def test_every_page_of_a_category_carries_its_tag_and_its_cards(client, category):
    articles = [ArticlePageFactory(parent=category) for _ in range(14)]
    tags = cache_tags(client.get(category.url + "?page=2"))
    # 12 cards a page, newest first: the two oldest are on page 2.
    assert tags == {"site", f"p{category.pk}", f"p{articles[0].pk}", f"p{articles[1].pk}"}


def test_the_home_page_carries_its_tag_and_its_cards(client, home_page, article):
    assert {f"p{home_page.pk}", f"p{article.pk}"} <= cache_tags(client.get(home_page.url))


def test_an_author_page_carries_the_author_s_tag_and_its_cards(client, article):
    author = article.signing_authors[0]
    tags = cache_tags(client.get(f"/auteurs/{author.slug}/"))
    assert tags == {"site", f"a{author.pk}", f"p{article.pk}"}


def test_a_tag_page_carries_the_tag_s_tag_and_its_cards(client, article):
    tag = article.tags.get()
    assert cache_tags(client.get(f"/tags/{tag.slug}/")) == {"site", f"t{tag.pk}", f"p{article.pk}"}


def test_search_results_carry_search_and_their_articles(client, article):
    response = client.get("/recherche/", {"q": article.title})
    assert_public(response)
    assert {"search", f"p{article.pk}"} <= cache_tags(response)


@pytest.mark.parametrize("url", ["/sitemap.xml", "/sitemap-news.xml"])
def test_the_sitemaps_keep_their_own_max_age_and_carry_the_sitemaps_tag(client, article, url):
    response = client.get(url)
    assert response.status_code == 200
    assert directives(response) == {"public": "", "max-age": "300"}
    assert cache_tags(response) == {"site", "sitemaps"}


@pytest.mark.parametrize("url", ["/feed/", "/jeux-video/feed/atom/"])
def test_the_feeds_are_public_like_the_pages_and_carry_the_feeds_tag(client, article, url):
    response = client.get(url)
    assert response.status_code == 200
    assert_public(response)
    assert cache_tags(response) == {"site", "feeds"}


def test_a_comment_message_is_the_same_for_every_reader_and_leaves_with_the_article(article):
    url = article.url + "?commentaire=attente"
    in_one_stamp_window()
    first, second = Client().get(url), Client().get(url)
    assert "en attente de modération" in first.content.decode()
    assert first.content == second.content
    assert_public(first)
    assert f"p{article.pk}" in cache_tags(first)


def test_a_missing_page_is_kept_a_minute(client, home_page):
    response = client.get("/page-inconnue/")
    assert response.status_code == 404
    assert_public(response, max_age="60", s_maxage="60")


def test_suggestions_keep_the_minute_their_view_chose(client, article):
    response = client.get("/recherche/suggestions/", {"q": "art"})
    assert directives(response) == {"public": "", "max-age": "60"}


def test_a_signed_in_editor_gets_a_private_page(admin_client, article):
    response = admin_client.get(article.url)
    assert response.status_code == 200
    assert_private(response)


def test_a_session_cookie_makes_the_page_private(client, article):
    session = SessionStore()
    session["panier"] = "vide"
    session.create()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    response = client.get(article.url)
    assert not response.cookies  # the session is read, not changed: no cookie set
    assert_private(response)


def test_a_waiting_message_makes_the_page_private(client, article):
    client.cookies["messages"] = "un-message"
    assert_private(client.get(article.url))


@pytest.mark.parametrize("url", ["/admin/", "/admin/login/"])
def test_the_admin_is_never_public_even_anonymous(db, client, url):
    assert_private(client.get(url))


def test_the_admin_is_private(admin_client, article):
    assert_private(admin_client.get(f"/admin/pages/{article.pk}/edit/"))


def test_a_preview_is_never_public(admin_client, article):
    response = admin_client.get(f"/admin/pages/{article.pk}/view_draft/")
    assert response.status_code == 200
    assert article.title in response.content.decode()
    assert_private(response)


def test_a_post_is_never_public_even_a_404(client, home_page):
    same_origin = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}
    response = client.post("/commentaires/", {"article": "999999"}, **same_origin)
    assert response.status_code == 404
    assert_private(response)


def respond(response: HttpResponse, path: str = "/", **request_attributes) -> HttpResponse:
    """Return what the middleware makes of `response` to an anonymous GET of `path`."""
    request = RequestFactory().get(path)
    for name, value in request_attributes.items():
        setattr(request, name, value)
    return CacheControlMiddleware(lambda request: response)(request)


def test_anything_under_the_admin_is_private_whatever_its_view_says(db):
    assert_private(respond(HttpResponse(), "/admin/pages/"))


def test_a_preview_is_private_whatever_its_view_says(db):
    assert_private(respond(HttpResponse(), "/jeux-video/", is_preview=True))


def test_a_page_showing_a_message_just_added_is_private(db):
    request = RequestFactory().get("/")
    request._messages = CookieStorage(request)
    messages.success(request, "Enregistré.")
    assert_private(CacheControlMiddleware(lambda request: HttpResponse())(request))


def test_a_server_error_is_never_public_even_when_its_view_says_so(db):
    response = HttpResponse(status=500)
    response["Cache-Control"] = "public, max-age=600"
    assert_private(respond(response))


def test_a_response_that_sets_a_cookie_is_never_public(db):
    response = HttpResponse()
    response.set_cookie("suivi", "1")
    assert_private(respond(response))


def related_openings(response: HttpResponse) -> set[str]:
    return {tag for tag in cache_tags(response) if tag.startswith("related-")}


def test_a_short_related_list_is_open_to_any_new_article(client, category, article):
    ArticlePageFactory(parent=category)
    assert related_openings(client.get(article.url)) == {"related-any"}


def test_a_list_of_articles_sharing_tags_opens_to_articles_with_those_tags(
    client, category, other_category, article
):
    ArticlePageFactory.create_batch(4, parent=other_category, tags=["Nintendo"])
    nintendo = article.tags.get()
    assert related_openings(client.get(article.url)) == {f"related-t{nintendo.pk}"}


def test_a_list_ending_with_its_category_opens_to_its_tags_and_category(
    client, category, other_category, article
):
    ArticlePageFactory(parent=other_category, tags=["Nintendo"])
    ArticlePageFactory.create_batch(3, parent=category)
    ArticlePageFactory.create_batch(2, parent=other_category)
    nintendo = article.tags.get()
    assert related_openings(client.get(article.url)) == {
        f"related-t{nintendo.pk}",
        f"related-c{category.path}",
    }


def test_a_list_of_editor_picks_is_open_to_nothing(client, category, article):
    for order, picked in enumerate(ArticlePageFactory.create_batch(4, parent=category)):
        ArticlePageRelatedArticle.objects.create(page=article, article=picked, sort_order=order)
    ArticlePageFactory.create_batch(2, parent=category, tags=["Nintendo"])
    assert related_openings(client.get(article.url)) == set()
