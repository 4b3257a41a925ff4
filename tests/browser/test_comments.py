"""A reader comments in Chromium with JavaScript off, on the page as any reader gets it."""

import time
from collections.abc import Callable

import pytest
from playwright.sync_api import Page as BrowserPage
from playwright.sync_api import expect

from magazine.articles.models import ArticlePage, CategoryPage
from magazine.comments.models import Comment
from tests.factories.comments import CommentFactory
from tests.factories.pages import ArticlePageFactory

from .conftest import ConsoleErrors
from .test_accessibility import WIDTHS, violations_report, wcag_audit


@pytest.fixture
def article(category: CategoryPage) -> ArticlePage:
    article = ArticlePageFactory(parent=category, title="Bien choisir sa manette")
    first = CommentFactory(article=article, name="Inès", website="https://ines.example")
    CommentFactory(article=article, parent=first, name="La rédaction", is_editorial=True)
    CommentFactory(article=article, name="Hugo", body="Ligne un.\nLigne deux.")
    return article


def fill_comment(page: BrowserPage, body: str) -> None:
    page.get_by_role("textbox", name="Nom", exact=True).fill("Léa Fontaine")
    page.get_by_role("textbox", name="Adresse e-mail", exact=True).fill("lea@lecteurs.example")
    comment_box(page).fill(body)


def comment_box(page: BrowserPage):
    return page.get_by_role("textbox", name="Commentaire", exact=True)


def wait_for_the_time_trap(page: BrowserPage, min_delay: int) -> None:
    """Wait until the form's stamp lets it be sent, as a reader writing would."""
    made = int(page.locator("input[name=stamp]").get_attribute("value").split(":")[1])
    time.sleep(max(0.0, made + min_delay + 0.5 - time.time()))


@pytest.mark.browser
def test_a_reader_comments_with_no_javascript_and_no_cookie(
    new_page: Callable[..., BrowserPage], console_errors: ConsoleErrors, settings, article
) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(article.url)
    fill_comment(page, "Très utile, merci !")
    wait_for_the_time_trap(page, settings.COMMENTS_MIN_DELAY)
    page.get_by_role("button", name="Envoyer le commentaire").click()
    expect(page).to_have_url(f"{page.url.split('?')[0]}?commentaire=attente#commentaires")
    expect(page.locator(".comments__notice")).to_contain_text("en attente de modération")
    assert page.context.cookies() == []
    assert Comment.objects.get(body="Très utile, merci !").status == Comment.Status.PENDING
    assert console_errors.external_requests == []


@pytest.mark.browser
def test_a_refused_comment_comes_back_with_its_text_in_the_browser(
    new_page: Callable[..., BrowserPage], settings, article
) -> None:
    settings.COMMENTS_MIN_DELAY = 600  # any submission is too quick
    page = new_page(java_script_enabled=False)
    page.goto(article.url)
    fill_comment(page, "Un texte que je ne veux pas perdre.")
    page.get_by_role("button", name="Envoyer le commentaire").click()
    expect(page.locator(".comment-form__errors")).to_contain_text("très vite")
    expect(comment_box(page)).to_have_value("Un texte que je ne veux pas perdre.")
    assert not Comment.objects.filter(name="Léa Fontaine").exists()


@pytest.mark.browser
def test_comments_the_reply_page_and_a_refused_form_meet_wcag(
    new_page: Callable[..., BrowserPage], settings, article
) -> None:
    settings.COMMENTS_MIN_DELAY = 600
    reply_url = f"/commentaires/{Comment.objects.get(name='Inès').pk}/repondre/"
    reports = []
    # axe runs in the page: JavaScript on here, though the pages need none.
    for width, context in WIDTHS.items():
        for url in (article.url, reply_url, "refused"):
            page = new_page(**context)
            if url == "refused":
                page.goto(article.url)
                fill_comment(page, "Trop rapide.")
                page.get_by_role("button", name="Envoyer le commentaire").click()
                expect(page.locator(".comment-form__errors")).to_be_visible()
            else:
                page.goto(url)
            results = wcag_audit(page)
            if results["violations"]:
                reports.append(f"{url} at {width}:\n{violations_report(results['violations'])}")
    if reports:
        pytest.fail("\n\n".join(reports), pytrace=False)
