"""One user per newsroom role, each with a client logged into the admin; articles in every
state an editor meets, made the way Wagtail makes them."""

from datetime import timedelta

from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from wagtail.models import Workflow

import pytest

from magazine.newsroom.review import WORKFLOW_NAME
from magazine.newsroom.roles import CHIEFS, MODERATORS, WRITERS
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.admin import member


def logged_in(user) -> Client:
    """Return a client logged in as `user`."""
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def writer(db, django_user_model):
    return member(django_user_model, "ines", "Inès", WRITERS)


@pytest.fixture
def chief(db, django_user_model):
    return member(django_user_model, "julien", "Julien", CHIEFS)


@pytest.fixture
def moderator(db, django_user_model):
    return member(django_user_model, "sami", "Sami", MODERATORS)


@pytest.fixture
def writer_client(writer) -> Client:
    return logged_in(writer)


@pytest.fixture
def chief_client(chief) -> Client:
    return logged_in(chief)


@pytest.fixture
def moderator_client(moderator) -> Client:
    return logged_in(moderator)


@pytest.fixture
def author(db):
    return AuthorFactory(name="Léa Roux")


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
    """The newsroom's review workflow, as its migration made it."""
    return Workflow.objects.get(name=WORKFLOW_NAME)


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
