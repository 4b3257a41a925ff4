"""Moderators hear of each held comment by e-mail, once it is committed, never at its cost."""

import socket

from django.contrib.auth.models import Group, Permission
from django.core import mail

import pytest

from magazine.comments.models import Comment
from tests.factories.comments import CommentFactory


@pytest.fixture
def moderator(django_user_model):
    group = Group.objects.create(name="Modérateurs des commentaires")
    group.permissions.add(
        Permission.objects.get(codename="change_comment", content_type__app_label="comments")
    )
    user = django_user_model.objects.create_user("modo", email="modo@magazine.example")
    user.groups.add(group)
    # Wagtail's own comments (editors' notes on pages) are another permission.
    writer = django_user_model.objects.create_user("plume", email="plume@magazine.example")
    writer.user_permissions.add(
        Permission.objects.get(codename="change_comment", content_type__app_label="wagtailcore")
    )
    return user


def test_a_held_comment_is_announced_to_moderators_after_the_commit(
    django_capture_on_commit_callbacks, post_comment, article, moderator
):
    with django_capture_on_commit_callbacks() as callbacks:
        assert post_comment(article, name="Inès", body="Et la version Switch ?").status_code == 303
        assert not mail.outbox  # nothing before the commit
    for callback in callbacks:
        callback()
    [message] = mail.outbox
    assert message.to == ["modo@magazine.example"]
    assert message.subject == "Commentaire à modérer : « Dix jeux à attendre »"
    assert "Inès a commenté" in message.body and "Et la version Switch ?" in message.body
    assert "/admin/snippets/comments/comment/?status=pending" in message.body


def test_a_comment_published_at_once_is_not_announced(
    django_capture_on_commit_callbacks, post_comment, article, moderator
):
    CommentFactory(article=article, email="camille@lecteurs.example")
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(article)
    assert Comment.objects.latest("pk").status == Comment.Status.APPROVED
    assert not mail.outbox


def test_a_mail_server_that_does_not_answer_never_fails_the_reader(
    settings, django_capture_on_commit_callbacks, post_comment, article, moderator
):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port, 2
    with django_capture_on_commit_callbacks(execute=True):
        response = post_comment(article)
    assert response.status_code == 303
    assert Comment.objects.get().status == Comment.Status.PENDING
