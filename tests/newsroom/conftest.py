"""Articles in every state an editor meets, made the way Wagtail makes them."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

import pytest

from tests.factories.pages import ArticlePageFactory


def published(**fields):
    """A live article, published through a revision as the editor's « Publier » does.

    Publishing indexes it again once its authors and tags are saved (search/indexing.py),
    as the admin's search then reads them.
    """
    article = ArticlePageFactory(**fields)
    article.save_revision().publish()
    return article


@pytest.fixture
def review_workflow(db) -> Workflow:
    """A one-step moderation workflow."""
    workflow = Workflow.objects.create(name="Relecture")
    task = GroupApprovalTask.objects.create(name="Relecture par la rédaction en chef")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


@pytest.fixture
def articles_by_status(category, other_category, review_workflow, admin_user) -> dict:
    """One article of each status, by status name as the list's `status` filter spells it."""
    draft = ArticlePageFactory(parent=category, title="Un brouillon", live=False)
    in_review = ArticlePageFactory(parent=category, title="Un article en relecture", live=False)
    in_review.save_revision(user=admin_user)
    review_workflow.start(in_review, admin_user)
    scheduled = ArticlePageFactory(parent=other_category, title="Un article programmé", live=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    scheduled.save_revision().publish()
    live = published(parent=other_category, title="Un article en ligne")
    expired = published(
        parent=category,
        title="Un article expiré",
        expire_at=timezone.now() - timedelta(minutes=1),
    )
    call_command("publish_scheduled")
    return {
        "draft": draft,
        "in_review": in_review,
        "scheduled": scheduled,
        "live": live,
        "expired": expired,
    }
