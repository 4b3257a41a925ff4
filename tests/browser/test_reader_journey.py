"""A reader finds an article from the home page and moves around in it."""

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage, CategoryPage
from tests.factories.pages import ArticlePageFactory

from .conftest import PHONE, ConsoleErrors

TITLE = "Bien choisir sa manette"
SECTIONS = ["Pourquoi changer de manette", "Les critères qui comptent", "Nos trois favorites"]
POINTS = ["La prise en main", "L'autonomie", "La compatibilité"]
TARGET_SECTION, TARGET_ANCHOR = SECTIONS[1], "les-criteres-qui-comptent"


def long_paragraph(topic: str) -> dict:
    """A paragraph several screens long, so the article really scrolls."""
    sentence = (
        f"Sur {topic}, les avis divergent et chaque joueur a ses habitudes : certains jouent "
        "des heures d'affilée, d'autres quelques minutes dans les transports, et tous "
        "attendent d'une manette qu'elle se fasse oublier. "
    )
    return b.paragraph("".join(f"<p>{sentence * 4}</p>" for _ in range(6)))


@pytest.fixture
def article(category: CategoryPage) -> ArticlePage:
    """A long article: three sections, numbered points and a conclusion."""
    return ArticlePageFactory(
        parent=category,
        title=TITLE,
        body=b.body(
            b.heading(SECTIONS[0]),
            long_paragraph("ce sujet"),
            b.heading(SECTIONS[1]),
            long_paragraph("les critères"),
            b.numbered_points(*map(b.point, POINTS)),
            b.heading(SECTIONS[2]),
            long_paragraph("nos favorites"),
            b.paragraph(
                "<p>Le comparatif complet est sur https://www.example.org/comparatifs/"
                "manettes-sans-fil-2026-prise-en-main-autonomie-compatibilite-prix.</p>"
            ),
            long_paragraph("le prix"),
            b.conclusion("<p>La meilleure manette est celle qu'on oublie en jouant.</p>"),
        ),
    )


@pytest.mark.browser
def test_a_reader_goes_from_the_home_page_to_a_section_of_an_article(
    page: Page, console_errors: ConsoleErrors, category: CategoryPage, article: ArticlePage
) -> None:
    """Home, then the category from the menu, then the article, then a section from the TOC."""
    page.goto("/")
    page.locator("nav.main-menu").get_by_role("link", name=category.title).click()
    expect(page).to_have_url(re.compile(rf"/{category.slug}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(category.title)

    page.get_by_role("link", name=TITLE, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page).to_have_url(re.compile(rf"{re.escape(article.url)}$"))

    target = page.locator(f"#{TARGET_ANCHOR}")
    expect(target).not_to_be_in_viewport()
    page.locator("nav.toc").get_by_role("link", name=TARGET_SECTION, exact=True).click()
    expect(page).to_have_url(re.compile(rf"{re.escape(article.url)}#{TARGET_ANCHOR}$"))
    expect(target).to_have_text(TARGET_SECTION)
    expect(target).to_be_in_viewport(ratio=1)

    assert console_errors.messages == []
    assert console_errors.external_requests == []
    assert console_errors.server_errors == []


@pytest.mark.browser
def test_an_article_does_not_scroll_sideways_on_a_phone(
    new_page: Callable[..., Page], console_errors: ConsoleErrors, article: ArticlePage
) -> None:
    """At 390 px wide nothing, not even a long link or the TOC, overflows the screen."""
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(article.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    # clientWidth, not innerWidth: on a phone Chromium zooms out to show a page wider than
    # the screen, and innerWidth grows with it.
    widths = page.evaluate(
        "() => ({page: document.documentElement.scrollWidth,"
        " screen: document.documentElement.clientWidth})"
    )
    assert widths == {"page": PHONE["width"], "screen": PHONE["width"]}
    assert console_errors.messages == []
