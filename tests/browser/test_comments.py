"""A reader comments in Chromium with JavaScript off, on the page as any reader gets it; a
moderator approves it in the admin."""

import re
import time
from collections.abc import Callable

import pytest
from playwright.sync_api import Page as BrowserPage
from playwright.sync_api import expect

from magazine.articles.models import ArticlePage, CategoryPage
from magazine.comments.models import Comment
from magazine.newsroom.roles import MODERATORS
from tests.factories.comments import CommentFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.admin import PASSWORD, member

from .admin import log_in
from .conftest import ConsoleErrors, screenshot
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
    send_comment(page, "Très utile, merci !", settings.COMMENTS_MIN_DELAY)
    expect(page).to_have_url(f"{page.url.split('?')[0]}?commentaire=attente#commentaires")
    expect(page.locator(".comments__notice")).to_contain_text("en attente de modération")
    assert page.context.cookies() == []
    assert Comment.objects.get(body="Très utile, merci !").status == Comment.Status.PENDING
    assert console_errors.external_requests == []


def send_comment(
    page: BrowserPage, body: str, min_delay: int, button: str = "Envoyer le commentaire"
) -> None:
    """Write a comment (or a reply) as Léa in the page's form, send it once the trap allows."""
    fill_comment(page, body)
    wait_for_the_time_trap(page, min_delay)
    page.get_by_role("button", name=button).click()


@pytest.mark.browser
def test_a_reader_comments_a_moderator_approves_in_bulk_and_the_reader_replies(
    new_page: Callable[..., BrowserPage],
    console_errors: ConsoleErrors,
    django_user_model,
    settings,
    article,
) -> None:
    moderator = member(django_user_model, "camille", "Camille", MODERATORS)
    reader = new_page(java_script_enabled=False)
    reader.goto(article.url)
    send_comment(reader, "La manette sans fil tient-elle une soirée ?", settings.COMMENTS_MIN_DELAY)
    expect(reader.locator(".comments__notice")).to_contain_text("en attente de modération")
    expect(reader.locator(".comments")).not_to_contain_text("tient-elle une soirée")
    comment = Comment.objects.get(name="Léa Fontaine")

    admin = new_page()
    log_in(admin, moderator.username, PASSWORD)
    admin.goto("/admin/snippets/comments/comment/?status=pending")
    row = admin.get_by_role("row").filter(has_text="Léa Fontaine")
    row.get_by_role("checkbox").check()
    admin.locator("[data-bulk-action-footer]").get_by_role("link", name="Approuver").click()
    expect(admin.get_by_role("heading", level=1)).to_contain_text("Approuver")
    screenshot(admin, "comments-approve", full_page=False)
    admin.get_by_role("button", name="Oui, continuer").click()
    expect(admin.locator(".messages")).to_contain_text("1 commentaire : approuvé.")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED

    reader.goto(article.url)
    published = reader.locator(f"#{comment.anchor}")
    expect(published).to_contain_text("tient-elle une soirée")
    reader.get_by_role("link", name=re.compile("^Répondre à Léa Fontaine")).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text("Répondre à Léa Fontaine")
    send_comment(
        reader, "Oui, six heures d'affilée.", settings.COMMENTS_MIN_DELAY, "Envoyer la réponse"
    )
    # Léa has an approved comment now: her reply is published at once, under hers.
    reply = Comment.objects.get(body="Oui, six heures d'affilée.")
    assert (reply.parent, reply.status) == (comment, Comment.Status.APPROVED)
    expect(reader.locator(f"#{reply.anchor}")).to_contain_text("six heures")
    expect(
        reader.locator(f"#{comment.anchor} ~ .comments__replies #{reply.anchor}")
    ).to_be_visible()
    screenshot(reader, "comments-reply")
    assert reader.context.cookies() == []
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
