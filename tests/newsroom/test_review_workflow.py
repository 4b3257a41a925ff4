"""The review workflow: a writer submits, the chief editor approves or asks for changes."""

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone

from wagtail.models import TaskState

import pytest
from bs4.element import TemplateString

from magazine.articles.models import ArticlePage
from tests.support.admin import article_form
from tests.support.html import soup

BASE_URL = "https://relecture.magazine.example"
COMMENT = "Le chapô est trop long : deux phrases au plus."


@pytest.fixture(autouse=True)
def _admin_base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL


@pytest.fixture
def submit(writer_client, category, author):
    """Return a function that submits a new article for review as the writer does."""

    def submit_article(**fields: str) -> ArticlePage:
        data = {**article_form(author.pk, **fields), "action-submit": "1"}
        response = writer_client.post(f"/admin/pages/add/articles/articlepage/{category.pk}/", data)
        assert response.status_code == 302
        return ArticlePage.objects.get()

    return submit_article


def awaiting_review(client) -> dict[str, str]:
    """Return the review actions of the dashboard's « awaiting your review » panel, by label."""
    panel = soup(client.get("/admin/")).select_one("#awaiting-review-section")
    if panel is None:
        return {}
    return {
        button.get_text(strip=True): button["data-workflow-action-url"]
        for button in panel.select("button[data-workflow-action-url]")
    }


def links(message: mail.EmailMessage) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


def test_a_submitted_article_awaits_the_chiefs_review(submit, chief_client, writer_client):
    article = submit()
    assert article.workflow_in_progress
    assert not article.live
    panel = soup(chief_client.get("/admin/")).select_one("#awaiting-review-section")
    assert article.title in panel.get_text()
    assert {"Approuver", "Demander des modifications"} <= set(awaiting_review(chief_client))
    assert awaiting_review(writer_client) == {}


def test_approving_publishes_the_submitted_revision(submit, chief_client, client):
    article = submit()
    submitted = TaskState.objects.get().revision
    response = chief_client.post(awaiting_review(chief_client)["Approuver"])
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live
    assert article.live_revision == submitted
    assert not article.workflow_in_progress
    assert client.get(article.url).status_code == 200


def test_approving_an_article_with_a_go_live_date_schedules_it(submit, chief_client, client):
    go_live = (timezone.localtime() + timedelta(days=2)).replace(second=0, microsecond=0)
    article = submit(go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    chief_client.post(awaiting_review(chief_client)["Approuver"])
    article.refresh_from_db()
    assert not article.live
    assert article.scheduled_revision == TaskState.objects.get().revision
    assert article.scheduled_revision.approved_go_live_at == go_live
    assert client.get("/jeux-video/consoles-portables/").status_code == 404


def test_requesting_changes_returns_the_draft_to_its_writer_with_the_comment(
    submit, chief_client, writer_client
):
    article = submit()
    request_changes = awaiting_review(chief_client)["Demander des modifications"]
    assert chief_client.post(request_changes, {"comment": COMMENT}).status_code == 302
    article.refresh_from_db()
    assert not article.live
    assert article.current_workflow_state.status == "needs_changes"
    editor = soup(writer_client.get(f"/admin/pages/{article.pk}/edit/"))
    # The editor's status panel opens this dialog (a <template> until then): who asked for
    # changes, and the comment.
    dialog = editor.find(id="workflow-status-dialog")
    status = dialog.get_text(" ", strip=True, types=(TemplateString,))
    assert "Modifications demandées par Julien Test" in status
    assert COMMENT in status
    assert editor.select_one("footer button[name=action-submit]") is not None
    dashboard = soup(writer_client.get("/admin/")).select_one("#objects-in-workflow-section")
    assert "Modifications demandées" in dashboard.get_text()


def test_the_writer_is_emailed_the_requested_changes_in_french(submit, chief_client, writer):
    article = submit()
    mail.outbox.clear()
    chief_client.post(
        awaiting_review(chief_client)["Demander des modifications"], {"comment": COMMENT}
    )
    (message,) = mail.outbox
    assert message.to == [writer.email]
    # Wagtail's French puts no-break spaces inside the guillemets.
    assert message.subject.replace("\xa0", " ").startswith(
        "La page « Les consoles portables » a été rejet"
    )
    assert f"« {COMMENT} »" in message.body.replace("\xa0", " ")
    assert f"{BASE_URL}/admin/pages/{article.pk}/edit/" in links(message)
    assert all(link.startswith(BASE_URL + "/") for link in links(message))


def test_the_chief_is_emailed_each_submission_in_french(submit, chief):
    article = submit()
    (message,) = [message for message in mail.outbox if message.to == [chief.email]]
    assert "a été soumise pour validation" in message.subject
    assert f"{BASE_URL}/admin/pages/{article.pk}/edit/" in links(message)
    assert all(link.startswith(BASE_URL + "/") for link in links(message))
