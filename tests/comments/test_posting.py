"""A reader posts a comment: held or published, then sent back to the article's comments."""

from magazine.comments.models import Comment
from tests.factories.comments import CommentFactory
from tests.support.html import page_soup, soup


def test_a_first_comment_is_held_for_moderation(post_comment, article):
    response = post_comment(article)
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert response.status_code == 303
    assert response["Location"] == f"{article.url}?commentaire=attente#commentaires"


def test_the_article_says_a_held_comment_awaits_moderation(post_comment, article):
    page = soup(post_comment(article, follow=True))
    assert "en attente de modération" in page.select_one(".comments__notice").get_text()
    assert "Un article utile, merci." not in page.get_text()


def test_a_known_reader_is_published_at_once(client, post_comment, article):
    CommentFactory(article=article, email="camille@lecteurs.example")
    response = post_comment(article, email="Camille@Lecteurs.example")
    comment = Comment.objects.latest("pk")
    assert comment.status == Comment.Status.APPROVED
    assert response["Location"] == f"{article.url}?commentaire={comment.pk}#{comment.anchor}"
    page = page_soup(client, response["Location"])
    assert page.find(id=comment.anchor).select_one(".comment__body").get_text() == (
        "Un article utile, merci."
    )
    assert "publié" in page.select_one(".comments__notice").get_text()


def test_a_reader_whose_comment_is_pending_only_is_held_again(post_comment, article):
    CommentFactory(article=article, email="camille@lecteurs.example", status="pending")
    post_comment(article)
    assert Comment.objects.latest("pk").status == Comment.Status.PENDING


def test_a_blocked_address_is_held_despite_an_approved_comment(post_comment, article):
    CommentFactory(article=article, email="camille@lecteurs.example")
    CommentFactory(article=article, email="camille@lecteurs.example", status="spam")
    post_comment(article)
    assert Comment.objects.latest("pk").status == Comment.Status.PENDING
