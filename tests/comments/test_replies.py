"""One level of replies: to an approved comment of the article, from a page of its own."""

from magazine.comments.models import Comment
from tests.factories.comments import CommentFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.html import page_soup, soup


def test_each_approved_comment_links_to_its_reply_page(client, article):
    comment = CommentFactory(article=article, name="Inès")
    link = page_soup(client, article.url).select_one(".comment__reply a")
    assert link["href"] == f"/commentaires/{comment.pk}/repondre/"
    assert link.get_text(" ", strip=True) == "Répondre à Inès"


def test_the_reply_page_shows_the_comment_and_a_form_that_names_it(client, article):
    comment = CommentFactory(article=article, name="Inès", body="Et la version Switch ?")
    page = page_soup(client, f"/commentaires/{comment.pk}/repondre/")
    assert page.h1.get_text() == "Répondre à Inès"
    assert page.select_one(".comment__body").get_text() == "Et la version Switch ?"
    assert page.select_one("input[name=parent]")["value"] == str(comment.pk)
    assert page.select_one(f"a[href$='#{comment.anchor}']")


def test_a_reply_is_shown_under_its_comment(client, post_comment, article):
    comment = CommentFactory(article=article)
    CommentFactory(article=article, email="camille@lecteurs.example")
    response = post_comment(article, parent=str(comment.pk), body="Je confirme.")
    reply = Comment.objects.get(body="Je confirme.")
    assert reply.parent == comment and reply.status == Comment.Status.APPROVED
    replies = page_soup(client, response["Location"]).find(id=comment.anchor).find_parent("li")
    assert (
        replies.select_one(".comments__replies").get_text(" ", strip=True).endswith("Je confirme.")
    )


def test_a_reply_to_a_reply_is_refused(post_comment, article):
    reply = CommentFactory(article=article, parent=CommentFactory(article=article))
    response = post_comment(article, parent=str(reply.pk), body="Et moi ?")
    assert response.status_code == 400
    assert "qui n'est pas une réponse" in soup(response).select_one(".comment-form__errors").text
    assert not Comment.objects.filter(body="Et moi ?").exists()


def test_a_reply_to_a_pending_comment_is_refused(post_comment, article):
    pending = CommentFactory(article=article, status=Comment.Status.PENDING)
    response = post_comment(article, parent=str(pending.pk), body="Et moi ?")
    assert response.status_code == 400
    assert not Comment.objects.filter(body="Et moi ?").exists()


def test_a_reply_to_a_comment_of_another_article_is_refused(post_comment, category, article):
    elsewhere = CommentFactory(article=ArticlePageFactory(parent=category))
    response = post_comment(article, parent=str(elsewhere.pk), body="Et moi ?")
    assert response.status_code == 400
    assert not Comment.objects.filter(body="Et moi ?").exists()


def test_pending_and_reply_comments_have_no_reply_page(client, article):
    pending = CommentFactory(article=article, status=Comment.Status.PENDING)
    reply = CommentFactory(article=article, parent=CommentFactory(article=article))
    assert client.get(f"/commentaires/{pending.pk}/repondre/").status_code == 404
    assert client.get(f"/commentaires/{reply.pk}/repondre/").status_code == 404


def test_a_refused_reply_comes_back_on_its_reply_page_with_the_text(post_comment, article):
    comment = CommentFactory(article=article, name="Inès")
    response = post_comment(article, parent=str(comment.pk), email="pas-une-adresse", body="Oui.")
    page = soup(response)
    assert response.status_code == 400
    assert page.h1.get_text() == "Répondre à Inès"
    assert page.select_one("textarea[name=body]").get_text().strip() == "Oui."
