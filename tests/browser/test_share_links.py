"""A reader shares an article: plain links, nothing loaded from elsewhere, « Copier le lien »
copies the address, and the Mastodon page works without JavaScript."""

from collections.abc import Callable
from urllib.parse import quote, urlsplit

from wagtail.models import Site

import pytest
from playwright.sync_api import APIResponse, Page, Request, Route, expect

from magazine.articles.models import ArticlePage, CategoryPage
from tests.factories.pages import ArticlePageFactory

from .conftest import PHONE, ConsoleErrors, screenshot

TITLE = "Bien choisir sa manette : notre guide"
# Each share link's name and where it leads; Mastodon's is our own page.
SHARE_ADDRESSES = {
    "X": "https://x.com/intent/post?",
    "Facebook": "https://www.facebook.com/sharer/sharer.php?",
    "LinkedIn": "https://www.linkedin.com/sharing/share-offsite/?",
    "Bluesky": "https://bsky.app/intent/compose?",
    "Mastodon": "/partager/mastodon/?",
    "WhatsApp": "https://wa.me/?",
    "E-mail": "mailto:?",
}


@pytest.fixture
def article(live_server, category: CategoryPage) -> ArticlePage:
    """An article whose address is the live server's, as a site's articles give their own."""
    site = Site.objects.get(is_default_site=True)
    site.port = urlsplit(live_server.url).port
    site.save()
    return ArticlePageFactory(parent=category, title=TITLE)


def record_requests(page: Page) -> list[Request]:
    """Return the list that every request `page` makes is appended to, as it is made."""
    requests: list[Request] = []
    page.on("request", lambda request: requests.append(request))
    return requests


@pytest.mark.browser
def test_share_links_are_plain_links_and_the_page_loads_nothing_from_elsewhere(
    page: Page, console_errors: ConsoleErrors, live_server, article: ArticlePage
) -> None:
    requests = record_requests(page)
    page.goto(article.url)
    page.wait_for_load_state("networkidle")

    server = urlsplit(live_server.url).netloc
    loaded = [(request.resource_type, request.url) for request in requests]
    assert {kind for kind, _ in loaded} >= {"document", "stylesheet", "script"}
    assert [(kind, url) for kind, url in loaded if urlsplit(url).netloc != server] == []
    assert console_errors.external_requests == []
    assert console_errors.messages == []

    share = page.locator(".share")
    encoded = quote(article.full_url, safe="")
    for name, prefix in SHARE_ADDRESSES.items():
        href = share.get_by_role("link", name=name).get_attribute("href")
        assert href.startswith(prefix), name
        assert encoded in href, name
    expect(share.locator("script, img, iframe, object, embed")).to_have_count(0)


@pytest.mark.browser
def test_copy_the_link_copies_the_address_and_says_so(
    new_page: Callable[..., Page], console_errors: ConsoleErrors, article: ArticlePage
) -> None:
    page = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(article.url)
    copy = page.locator(".share").get_by_role("button", name="Copier le lien")
    status = page.locator(".share").get_by_role("status")
    expect(status).to_have_text("")

    copy.click()

    expect(status).to_have_text("Lien copié")
    assert page.evaluate("navigator.clipboard.readText()") == article.full_url
    assert console_errors.messages == []
    screenshot(page, "share-copied")


@pytest.mark.browser
def test_without_javascript_copy_is_a_link_and_mastodon_asks_for_the_instance(
    new_page: Callable[..., Page], console_errors: ConsoleErrors, article: ArticlePage
) -> None:
    page = new_page(java_script_enabled=False, viewport=PHONE)
    page.goto(article.url)
    share = page.locator(".share")
    expect(share.get_by_role("link", name="Copier le lien")).to_have_attribute(
        "href", article.full_url
    )

    with page.context.expect_page() as new_tab:
        share.get_by_role("link", name="Mastodon").click()
    mastodon = new_tab.value
    expect(mastodon.get_by_role("heading", level=1)).to_have_text("Partager sur Mastodon")
    instance = mastodon.get_by_role("textbox", name="Votre instance Mastodon")
    instance.fill("https://mastodon.social")
    mastodon.get_by_role("button", name="Partager sur Mastodon").click()
    expect(mastodon.get_by_role("alert")).to_contain_text("Ce nom d'instance ne convient pas")
    expect(mastodon.locator(".share-form__error")).to_contain_text("sans « https:// »")
    screenshot(mastodon, "share-mastodon-error")

    instance.fill("mastodon.social")
    # Chromium would follow the redirect to the instance without asking the conftest's route,
    # which blocks other origins: the share page's answer is read here, and the browser told
    # that there is nothing to show (204), so that it never leaves the live server.
    answers: list[APIResponse] = []

    def read_answer(route: Route) -> None:
        answers.append(route.fetch(max_redirects=0))
        route.fulfill(status=204)

    mastodon.route("**/partager/mastodon/?*", read_answer)
    with mastodon.expect_response(lambda response: "instance=" in response.url):
        mastodon.get_by_role("button", name="Partager sur Mastodon").click()
    (answer,) = answers
    assert answer.status == 302
    message = quote(f"{TITLE} {article.full_url}", safe="")
    assert answer.headers["location"] == f"https://mastodon.social/share?text={message}"
    assert console_errors.external_requests == []
    assert console_errors.server_errors == []
