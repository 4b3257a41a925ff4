"""A reader's way through the release calendar, a series and an article's update notes, in
Chromium at desktop and phone widths (screenshots when SCREENSHOT_DIR is set)."""

from datetime import date, timedelta

from django.utils import timezone

import pytest
from playwright.sync_api import Page, expect

from magazine.articles.models import CategoryPage
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory, ArticlePageUpdateFactory
from tests.factories.reviews import GameFactory, GameReleaseFactory
from tests.factories.series import SeriesFactory

from .conftest import ConsoleErrors, screenshot, serve_uploads

YEAR = date.today().year + 1


@pytest.mark.browser
def test_a_reader_filters_the_calendar_by_platform(
    page: Page, home_page, console_errors: ConsoleErrors
) -> None:
    releases = [
        ("Rivages oubliés", date(YEAR, 3, 12), "day", "ps5"),
        ("Petites Pattes", date(YEAR, 3, 27), "day", "switch-2"),
        ("Cargo Stellaire", date(YEAR, 3, 1), "month", "pc"),
        ("Les Veilleurs de Brocéliande", date(YEAR, 1, 1), "quarter", "switch-2"),
        ("Néon Boulevard", date(YEAR, 1, 1), "year", "pc"),
    ]
    for title, when, precision, platform in releases:
        game = GameFactory(title=title)
        GameReleaseFactory(game=game, platform=platform, release_date=when, precision=precision)
    page.goto("/sorties/")
    expect(page.locator(".release-group h2")).to_have_text(
        [f"Mars {YEAR}", f"T1 {YEAR}", str(YEAR)]
    )
    screenshot(page, "reviews2-calendar")
    page.get_by_role("link", name="Nintendo Switch 2", exact=True).click()
    page.wait_for_url("**/sorties/?plateforme=switch-2")
    expect(page.locator(".release__title")).to_have_text(
        ["Petites Pattes", "Les Veilleurs de Brocéliande"]
    )
    assert console_errors.messages == []


@pytest.mark.browser
def test_a_reader_follows_a_series_from_episode_to_episode(
    page: Page, category: CategoryPage, console_errors: ConsoleErrors
) -> None:
    series = SeriesFactory(
        title="Sécurité à la maison",
        slug="securite-a-la-maison",
        description="Trois étapes pour protéger le numérique de toute la famille.",
    )
    titles = [
        "Sécuriser son réseau Wi-Fi en six étapes",
        "Mises à jour : pourquoi il ne faut plus les repousser",
        "Passkeys : la fin annoncée des mots de passe ?",
    ]
    episodes = []
    for number, title in enumerate(titles, start=1):
        when = timezone.now() - timedelta(days=10 - number)
        episodes.append(
            ArticlePageFactory(
                parent=category,
                title=title,
                hero_image=ImageFactory(),
                series=series,
                episode=number,
                first_published_at=when,
                last_published_at=when,
            )
        )
    serve_uploads(page)
    page.goto(series.get_absolute_url())
    expect(page.locator(".card__title")).to_have_count(3)
    screenshot(page, "reviews2-series")
    page.locator(".card__title a").first.click()
    page.wait_for_url(f"**{episodes[0].url}")
    expect(page.locator(".series-nav__position")).to_contain_text("Épisode 1 sur 3")
    page.locator('.series-nav a[rel="next"]').click()
    page.wait_for_url(f"**{episodes[1].url}")
    expect(page.locator(".series-nav__position")).to_contain_text("Épisode 2 sur 3")
    assert console_errors.messages == []


@pytest.mark.browser
def test_a_reader_sees_an_articles_update_and_correction_first(
    page: Page, category: CategoryPage, console_errors: ConsoleErrors
) -> None:
    article = ArticlePageFactory(
        parent=category,
        title="Test du Lumen Aster 3 : le compact qui tient la distance",
        hero_image=ImageFactory(),
        first_published_at=timezone.now() - timedelta(days=40),
    )
    ArticlePageUpdateFactory(
        page=article,
        date=timezone.now() - timedelta(days=30),
        text="Ajout de nos mesures d'autonomie après la mise à jour 3.1.",
    )
    ArticlePageUpdateFactory(
        page=article,
        date=timezone.now() - timedelta(days=2),
        kind="correction",
        text="Le poids était erroné : 182 g, et non 192 g.",
    )
    serve_uploads(page)
    page.goto(article.url)
    notes = page.locator(".article__header .update-note")
    expect(notes).to_have_count(2)
    expect(notes.first).to_contain_text("Correction")
    expect(page.locator(".byline")).to_contain_text("mis à jour le")
    screenshot(page, "reviews2-article-update")
    assert console_errors.messages == []
