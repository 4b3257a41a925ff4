"""Comments close per article, and by themselves some days after publication."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Site

from magazine.comments.models import Comment, CommentSettings
from tests.factories.comments import CommentFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.html import page_soup, soup


def set_close_after(days: int) -> None:
    settings = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    settings.close_after_days = days
    settings.save()


def test_a_closed_article_says_so_and_shows_no_form(client, category):
    article = ArticlePageFactory(parent=category, comments_open=False)
    CommentFactory(article=article, body="Un ancien commentaire.")
    page = page_soup(client, article.url)
    assert page.select_one(".comments__closed").get_text() == "Les commentaires sont fermés."
    assert page.select_one("form.comment-form") is None
    assert page.select_one(".comment__reply") is None
    assert "Un ancien commentaire." in page.select_one(".comments").get_text()


def test_a_closed_article_refuses_a_comment_and_gives_the_text_back(post_comment, category):
    article = ArticlePageFactory(parent=category, comments_open=False)
    response = post_comment(article, body="Trop tard ?")
    assert response.status_code == 403
    assert soup(response).select_one(".comments__kept").get_text() == "Trop tard ?"
    assert not Comment.objects.exists()


def test_comments_close_by_themselves_after_the_days_of_the_setting(post_comment, category):
    set_close_after(10)
    old = ArticlePageFactory(parent=category, first_published_at=timezone.now() - timedelta(11))
    recent = ArticlePageFactory(parent=category, first_published_at=timezone.now() - timedelta(9))
    assert post_comment(old).status_code == 403
    assert post_comment(recent).status_code == 303
    assert list(Comment.objects.values_list("article_id", flat=True)) == [recent.pk]


def test_no_automatic_closing_when_the_setting_is_zero(post_comment, category):
    set_close_after(0)
    old = ArticlePageFactory(parent=category, first_published_at=timezone.now() - timedelta(900))
    assert post_comment(old).status_code == 303


def test_the_reply_page_of_a_closed_article_says_so(client, category):
    article = ArticlePageFactory(parent=category, comments_open=False)
    comment = CommentFactory(article=article)
    page = page_soup(client, f"/commentaires/{comment.pk}/repondre/")
    assert page.select_one(".comments__closed").get_text() == "Les commentaires sont fermés."
    assert page.select_one("form.comment-form") is None
