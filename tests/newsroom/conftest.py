"""One user per newsroom role, each with a client logged into the admin."""

from django.test import Client

import pytest

from magazine.newsroom.roles import CHIEFS, MODERATORS, WRITERS
from tests.factories.authors import AuthorFactory
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
