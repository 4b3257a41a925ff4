"""The form under each article: French labels, required fields, the privacy notice."""

from django.test import Client

from wagtail.models import Site

import pytest

from magazine.comments.models import CommentSettings
from tests.factories.pages import InformationPageFactory
from tests.support.html import page_soup


def form_of(client, article):
    return page_soup(client, article.url).select_one("form.comment-form")


def test_the_form_has_french_labels_and_marks_required_fields(client, article):
    form = form_of(client, article)
    labels = {label["for"]: label.get_text(" ", strip=True) for label in form.select("label")}
    assert labels["champ-name"] == "Nom *"
    assert labels["champ-email"] == "Adresse e-mail *"
    assert labels["champ-website"] == "Site web"
    assert labels["champ-body"] == "Commentaire *"
    assert form.find(id="champ-name").has_attr("required")
    assert not form.find(id="champ-website").has_attr("required")
    assert form["action"] == "/commentaires/#formulaire-commentaire"


def test_the_form_says_the_email_is_never_published(client, article):
    form = form_of(client, article)
    hint = form.find(id=form.find(id="champ-email")["aria-describedby"])
    assert "Votre adresse e-mail ne sera pas publiée" in hint.get_text()


def test_the_form_links_to_the_privacy_page_chosen_in_the_settings(client, home_page, article):
    privacy = InformationPageFactory(parent=home_page, title="Confidentialité", slug="vie-privee")
    settings = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    settings.privacy_page = privacy
    settings.save()
    hint = form_of(client, article).select_one(".comment-form__hint")
    assert hint.a["href"] == "/vie-privee/"


def test_the_form_carries_no_csrf_token_and_sets_no_cookie(article):
    response = Client().get(article.url)
    assert not response.cookies
    assert not page_soup(Client(), article.url).select("input[name=csrfmiddlewaretoken]")


@pytest.mark.parametrize("path", ["/", "/page-inconnue/"])
def test_only_article_pages_have_a_comment_form(client, article, path):
    assert Client().get(path).content.count(b"comment-form") == 0
