"""One user per newsroom role, each with a client logged into the admin."""

from django.contrib.auth.models import Group
from django.test import Client

import pytest

from magazine.newsroom.roles import CHIEFS, MODERATORS, WRITERS
from tests.factories.authors import AuthorFactory


def member(django_user_model, username: str, first_name: str, group: str):
    """Return a new user with an e-mail address, in the role's group."""
    user = django_user_model.objects.create_user(
        username=username,
        email=f"{username}@magazine.example",
        password="mot-de-passe-de-test",
        first_name=first_name,
        last_name="Test",
    )
    user.groups.add(Group.objects.get(name=group))
    return user


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
