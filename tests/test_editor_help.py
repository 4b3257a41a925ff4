"""Editors get French help text on every field they fill in."""

import pytest

from home.models import HomePage
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.authors.models import Author
from magazine.social.models import SocialSettings

OWN_FIELDS = {
    ArticlePage: ["standfirst", "hero_image", "hero_image_alt", "tags", "body"],
    CategoryPage: ["description", "featured_article"],
    HomePage: ["introduction", "lead_article"],
    Author: ["name", "slug", "bio", "photo"],
    SocialSettings: ["follow_title", "follow_text", "follow_url", "follow_label", "links"],
}


@pytest.mark.parametrize(
    ("model", "field"), [(m, f) for m, fields in OWN_FIELDS.items() for f in fields]
)
def test_field_has_help_text(model, field):
    assert model._meta.get_field(field).help_text


def test_admin_article_form_is_in_french(admin_client, category):
    response = admin_client.get(f"/admin/pages/add/articles/articlepage/{category.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'lang="fr"' in html
    assert "Chapô" in html
    assert "Publications similaires" in html
