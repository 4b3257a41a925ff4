"""The tag field's text: tags separated by commas, shown without quotes."""

from taggit.models import Tag

import pytest

from magazine.tags.tag_strings import string_from_tags, tags_from_string
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.article_forms import article_form
from tests.support.html import soup

VALID_BODY = [("heading", {"text": "Un titre", "level": "h2"})]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vie privée", ["Vie privée"]),
        ("Vie privée, Nintendo", ["Nintendo", "Vie privée"]),
        ('"Vie privée",Nintendo', ["Nintendo", "Vie privée"]),
        ('"Jeux, consoles", PC', ["Jeux, consoles", "PC"]),
        (" , Nintendo, , Nintendo ", ["Nintendo"]),
        ("", []),
    ],
)
def test_tags_are_separated_by_commas_and_quotes_are_optional(text, names):
    assert tags_from_string(text) == names


def test_tags_are_written_without_quotes_unless_they_hold_a_comma():
    tags = [Tag(name="Vie privée"), Tag(name="Jeux, consoles"), Tag(name="Nintendo")]
    assert string_from_tags(tags) == '"Jeux, consoles", Nintendo, Vie privée'


def test_the_editor_shows_and_keeps_a_tag_of_several_words(admin_client, category):
    article = ArticlePageFactory(parent=category, authors=[AuthorFactory()], tags=["Vie privée"])
    html = soup(admin_client.get(f"/admin/pages/{article.pk}/edit/"))
    assert html.select_one("input[name=tags]")["value"] == "Vie privée"

    data = article_form(article, VALID_BODY, tags="Vie privée", **{"action-publish": "1"})
    assert admin_client.post(f"/admin/pages/{article.pk}/edit/", data).status_code == 302
    article.refresh_from_db()
    assert [tag.name for tag in article.tags.all()] == ["Vie privée"]
