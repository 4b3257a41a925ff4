"""A newsroom's day in Chromium: a writer composes an article and submits it for review; the
chief editor approves it with a go-live a minute ahead; the scheduler publishes it; a reader
reads it. Screenshots of the editor, the dashboard and the preview, at both widths, go to
$SCREENSHOT_DIR when it is set (see `screenshot`)."""

import re
import subprocess
import time
from collections.abc import Callable

from django.utils import timezone

import pytest
from playwright.sync_api import Page, expect

from magazine.articles.models import ArticlePage, CategoryPage
from magazine.newsroom.roles import CHIEFS, WRITERS
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.support.admin import PASSWORD, member
from tests.support.dates import admin_datetime

from .admin import (
    choose_author,
    fill_points,
    footer_action,
    insert_block,
    log_in,
    next_minute_ahead,
    open_schedule_dialog,
    type_go_live,
    type_rich_text,
)
from .conftest import ConsoleErrors, screenshot, serve_uploads

TITLE = "Les jeux indépendants français à l'assaut de 2027"
SLUG = "les-jeux-independants-francais-a-l-assaut-de-2027"
STANDFIRST = "Petits studios, grandes ambitions : l'année qui vient leur appartient."
AUTHOR = "Camille Martin"
HEADING = "Des studios partout en France"
PARAGRAPH = "De Lyon à Montpellier, les équipes grandissent."
POINTS = ["Des moyens nouveaux", "Un public fidèle"]
IMAGE = "Un salon du jeu vidéo"
CONCLUSION = "Une année à suivre de près."
# The scheduler checks every second; the go-live minute is at most ninety seconds ahead.
LIVE_WITHIN_SECONDS = 150


def compose(page: Page, category: CategoryPage) -> None:
    """Write the article in the editor: every kind of block the brief's articles use."""
    page.goto(f"/admin/pages/add/articles/articlepage/{category.pk}/")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_standfirst").fill(STANDFIRST)
    choose_author(page, AUTHOR)
    insert_block(page, "Intertitre").get_by_label("Texte").fill(HEADING)
    type_rich_text(insert_block(page, "Paragraphe"), PARAGRAPH)
    fill_points(insert_block(page, "Points numérotés"), POINTS)
    image = insert_block(page, "Image")
    image.get_by_role("button", name=re.compile("^Choisir une image")).click()
    page.locator(".modal").get_by_role("link", name=IMAGE).first.click()
    expect(image.locator("[data-chooser-title]")).to_have_text(IMAGE)
    type_rich_text(insert_block(page, "Conclusion"), CONCLUSION)


@pytest.mark.browser
def test_a_writer_submits_the_chief_schedules_and_readers_read_it(
    new_page: Callable[..., Page],
    console_errors: ConsoleErrors,
    category: CategoryPage,
    scheduler: subprocess.Popen,
    client,
    django_user_model,
    settings,
) -> None:
    # An autosave still running when an action is clicked would race it.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    AuthorFactory(name=AUTHOR)
    ImageFactory(title=IMAGE, description="Des joueurs devant des écrans")
    writer = member(django_user_model, "ines", "Inès", WRITERS)
    chief = member(django_user_model, "julien", "Julien", CHIEFS)

    writing = new_page()
    serve_uploads(writing)
    log_in(writing, writer.username, PASSWORD)
    compose(writing, category)
    screenshot(writing, "editor", full_page=False)
    footer_action(writing, "Soumettre à Relecture")
    expect(writing.locator(".messages")).to_contain_text(TITLE)
    article = ArticlePage.objects.get(title=TITLE)
    assert not article.live
    assert article.slug == SLUG
    assert article.current_workflow_state.status == "in_progress"

    chiefs = new_page()
    serve_uploads(chiefs)
    log_in(chiefs, chief.username, PASSWORD)
    awaiting = chiefs.locator("section", has_text="En attente de votre vérification")
    expect(awaiting.get_by_role("link", name=TITLE)).to_be_visible()
    screenshot(chiefs, "dashboard", full_page=False)

    chiefs.goto(f"/admin/pages/{article.pk}/edit/")
    chiefs.locator("[data-side-panel-toggle='preview']").click()
    with chiefs.expect_popup() as preview_opened:
        chiefs.get_by_role("link", name=re.compile("nouvel onglet")).click()
    preview = preview_opened.value
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.locator(".byline")).to_contain_text("Non publié")
    screenshot(preview, "preview")

    go_live = next_minute_ahead()
    dialog = open_schedule_dialog(chiefs)
    type_go_live(chiefs, dialog, go_live.strftime("%d/%m/%Y %H:%M"))
    dialog.get_by_role("button", name="Enregistrer la programmation").click()
    expect(chiefs.locator(".messages")).to_contain_text(TITLE)
    footer_action(chiefs, "Approuver et Publier")
    expect(chiefs.locator(".messages")).to_contain_text(TITLE)

    article.refresh_from_db()
    assert not article.live
    assert article.scheduled_revision.approved_go_live_at == go_live
    assert client.get(article.url).status_code == 404
    chiefs.goto("/admin/")
    scheduled = chiefs.locator("section", has_text="Articles programmés")
    expect(scheduled).to_contain_text(admin_datetime(go_live))

    deadline = time.monotonic() + LIVE_WITHIN_SECONDS
    while not ArticlePage.objects.get(pk=article.pk).live:
        assert scheduler.poll() is None, scheduler.stderr.read()
        assert time.monotonic() < deadline, "the approved article never went live"
        time.sleep(1)
    assert timezone.now() >= go_live

    reader = new_page()
    serve_uploads(reader)
    response = reader.goto(article.url)
    assert response is not None
    assert response.status == 200
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.locator(".article__body h2").first).to_have_text(HEADING)
    expect(reader.locator(".article__body")).to_contain_text(PARAGRAPH)
    expect(reader.locator(".article__body ol > li h3")).to_have_text(POINTS)
    expect(reader.locator(".article__body figure img")).to_have_count(1)
    expect(reader.locator(".article__body .block-conclusion")).to_contain_text(CONCLUSION)
    reader.goto(category.url)
    expect(reader.get_by_role("link", name=TITLE)).to_be_visible()

    assert console_errors.server_errors == []
    assert console_errors.messages == []
