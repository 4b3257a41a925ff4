"""Chromium reports no Content-Security-Policy violation on any page, public or admin.

Each test records what the browser refused, two ways: its console messages about the
policy (and about a Permissions-Policy it cannot read), and the `securitypolicyviolation`
events of every frame (the preview's included).
Screenshots of an article and of its editor, at both widths, go to $SCREENSHOT_DIR when set.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import reverse

import pytest
from playwright.sync_api import BrowserContext, ConsoleMessage, Route, expect
from playwright.sync_api import Page as BrowserPage

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.pages.models import LegalSettings
from tests.factories.comments import CommentFactory

from .admin import insert_block, log_in
from .conftest import ConsoleErrors, screenshot, serve_uploads
from .test_accessibility import SEARCH_WORD, Magazine, build_magazine, long_article_body

VIDEO = "https://www.youtube.com/watch?v=jNQXAC9IVRw"
ADMIN = {"username": "direction", "password": "un-mot-de-passe-solide"}
# Records the violations a frame's document reports; Playwright adds it to every frame before
# the frame's own scripts run, unhindered by the page's policy.
LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolation(`${event.effectiveDirective} refused ${event.blockedURI || "inline"}`
        + ` in ${event.documentURI} (${event.sourceFile || "?"}:${event.lineNumber})`);
});
"""


@dataclass
class Violations:
    """What the browser refused under the Content-Security-Policy, in the pages opened."""

    reported: list[str] = field(default_factory=list)

    def watch(self, page: BrowserPage) -> BrowserPage:
        """Record the violations of `page` and of the frames and pages it opens."""
        context: BrowserContext = page.context
        context.expose_function("cspViolation", self._on_event)
        context.add_init_script(LISTENER)
        page.on("console", self._on_console)
        return page

    def _on_event(self, description: str) -> None:
        self.reported.append(description)

    def _on_console(self, message: ConsoleMessage) -> None:
        # A feature of the Permissions-Policy that Chromium does not know is an error too.
        text = message.text
        if any(sign in text for sign in ("Content Security Policy", "Permissions-Policy")) or (
            text.startswith("Refused to")
        ):
            self.reported.append(f"console: {message.text}")


def fake_player(route: Route) -> None:
    """Answer for the video player's frame, as the player would with a page of its own."""
    route.fulfill(
        body="<!DOCTYPE html><title>Lecteur</title><p>Lecteur</p>", content_type="text/html"
    )


@pytest.fixture
def magazine(home_page, category: CategoryPage, legal_settings: LegalSettings, settings):
    """The accessibility tests' magazine, its article with every block, a video included."""
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "tests.support.embeds.YouTubeLikeFinder"}]
    built = build_magazine(home_page, category)
    body = long_article_body(built.article.hero_image_id)
    body.insert(-1, b.embed(VIDEO))
    built.article.body = body
    built.article.save_revision().publish()
    CommentFactory(article=built.article, name="Inès", body="Merci pour le guide.")
    return built


def open_watched(new_page: Callable[..., BrowserPage], **context) -> tuple:
    """A page on the live server, its violations recorded, uploads and the player served."""
    violations = Violations()
    page = violations.watch(new_page(**context))
    serve_uploads(page)
    page.context.route("https://www.youtube.com/embed/**", fake_player)
    return page, violations


READER_PAGES = {
    "home": lambda m: "/",
    "category": lambda m: m.category.url,
    "article": lambda m: m.article.url,
    "search": lambda m: f"{reverse('search:results')}?q={SEARCH_WORD}",
    "author": lambda m: reverse("authors:detail", args=[m.author.slug]),
    "tag": lambda m: reverse("tags:detail", args=[m.tag_slug]),
    "information": lambda m: m.information.url,
    "not-found": lambda m: "/cette-page-n-existe-pas/",
}


@pytest.mark.browser
def test_reader_pages_run_with_no_policy_violation(
    new_page: Callable[..., BrowserPage], console_errors: ConsoleErrors, magazine: Magazine
) -> None:
    page, violations = open_watched(new_page)
    for name, address in READER_PAGES.items():
        response = page.goto(address(magazine))
        assert response is not None and response.status == (404 if name == "not-found" else 200)
        # The stylesheet applies (a refused one would leave the header unstyled) and the
        # search box's script runs (it adds the suggestions' list).
        expect(page.locator(".site-header__inner")).to_have_css("display", "flex")
        expect(page.locator("ul.suggestions")).to_have_count(1)
        page.wait_for_load_state("networkidle")
    page.goto(magazine.article.url)
    player = page.locator(".block-embed iframe")
    expect(player).to_have_attribute("src", re.compile(r"^https://www\.youtube\.com/embed/"))
    expect(page.frame_locator(".block-embed iframe").locator("p")).to_have_text("Lecteur")
    screenshot(page, "headers-article")
    assert violations.reported == []


@pytest.mark.browser
def test_admin_screens_run_with_no_policy_violation(
    new_page: Callable[..., BrowserPage],
    console_errors: ConsoleErrors,
    magazine: Magazine,
    django_user_model,
    settings,
) -> None:
    """Sign-in, dashboard, the editor with every block, its preview and image chooser,
    the comments' moderation."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    django_user_model.objects.create_superuser(email="direction@example.org", **ADMIN)
    page, violations = open_watched(new_page)
    log_in(page, ADMIN["username"], ADMIN["password"])
    expect(page.locator(".w-dashboard, main")).not_to_have_count(0)
    page.wait_for_load_state("networkidle")

    article = ArticlePage.objects.get(pk=magazine.article.pk)
    page.goto(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    blocks = page.locator(
        "#body-root > [data-streamfield-stream-container] > [data-streamfield-child]"
    )
    expect(blocks).to_have_count(len(article.body))
    expect(page.locator(".public-DraftEditor-content").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    screenshot(page, "headers-editor", full_page=False)

    # The preview, framed by the editor, and the checks Wagtail runs inside it (axe).
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("[data-side-panel='preview'] iframe").last
    expect(preview.get_by_role("heading", level=1)).to_have_text(article.title)
    page.get_by_role("button", name="Activer/désactiver les vérifications").click()
    checks = page.locator("[data-side-panel=checks]")
    expect(checks.locator("[data-content-word-count]")).to_have_text(re.compile(r"^\d+$"))

    image = insert_block(page, "Image")
    image.get_by_role("button", name=re.compile("^Choisir une image")).click()
    modal = page.locator(".modal")
    expect(modal.get_by_role("link", name="Photo 0").first).to_be_visible()
    page.wait_for_load_state("networkidle")

    page.goto("/admin/snippets/comments/comment/")
    expect(page.get_by_role("row").filter(has_text="Inès")).to_have_count(1)
    page.wait_for_load_state("networkidle")

    assert violations.reported == []
