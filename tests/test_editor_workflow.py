"""An editor composes an article with every block: draft, preview, publish, schedule."""

from datetime import timedelta

from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory

LOCAL_EMBEDS = [{"class": "tests.support.embeds.LocalVideoFinder"}]


def list_items(*values: dict) -> dict:
    items = {
        str(i): {"type": "item", "value": value, "deleted": "", "order": str(i), "id": ""}
        for i, value in enumerate(values)
    }
    return {**items, "count": str(len(values))}


def article_form(author_id: int, image_id: int, **extra) -> dict:
    """The admin form for an article with one block of every type."""
    return nested_form_data(
        {
            "title": "Tout savoir sur les consoles portables",
            "slug": "consoles-portables",
            "standfirst": "Elles reviennent en force. Voici pourquoi.",
            "authors": inline_formset([{"author": str(author_id)}], min=1),
            "subjects": inline_formset([]),
            "updates": inline_formset([]),
            "related_articles": inline_formset([], max=4),
            "tags": "Consoles, Nintendo",
            "body": streamfield(
                [
                    ("heading", {"text": "Un marché qui renaît", "level": "h2"}),
                    ("paragraph", rich_text("<p>Le <b>jeu nomade</b> revient.</p>")),
                    (
                        "numbered_points",
                        list_items(
                            {"title": "L'autonomie", "body": rich_text("<p>Des heures.</p>")},
                            {"title": "Le poids", "body": rich_text("<p>Léger.</p>")},
                        ),
                    ),
                    (
                        "image",
                        {
                            "image": {
                                "image": str(image_id),
                                "alt_text": "Une console portable posée sur une table",
                                "decorative": False,
                            },
                            "caption": "Une console",
                            "credit": "",
                        },
                    ),
                    ("quote", {"text": "Le jeu va partout.", "attribution": "Une joueuse"}),
                    ("embed", "https://video.example/v/42"),
                    ("conclusion", {"title": "Conclusion", "body": rich_text("<p>À suivre.</p>")}),
                ]
            ),
            **extra,
        }
    )


@pytest.fixture
def form_data(settings):
    settings.WAGTAILEMBEDS_FINDERS = LOCAL_EMBEDS
    return article_form(AuthorFactory(name="Léa Roux").pk, ImageFactory().pk)


def add_url(category) -> str:
    return f"/admin/pages/add/articles/articlepage/{category.pk}/"


def test_editor_saves_a_draft_with_every_block(admin_client, category, form_data):
    response = admin_client.post(add_url(category), form_data)
    assert response.status_code == 302, response.context["form"].errors
    article = ArticlePage.objects.get(slug="consoles-portables")
    assert not article.live
    draft = article.get_latest_revision_as_object()
    assert [block.block_type for block in draft.body] == [
        "heading",
        "paragraph",
        "numbered_points",
        "image",
        "quote",
        "embed",
        "conclusion",
    ]
    assert [link.author.name for link in draft.authors.all()] == ["Léa Roux"]


def test_editor_publishes_and_readers_see_the_article(admin_client, client, category, form_data):
    response = admin_client.post(add_url(category), {**form_data, "action-publish": "1"})
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="consoles-portables")
    assert article.live
    html = client.get(article.url).content.decode()
    assert "Tout savoir sur les consoles portables" in html
    assert 'src="https://video.example/v/42/player"' in html


def test_editor_previews_before_publishing(admin_client, category, form_data):
    preview_url = f"/admin/pages/add/articles/articlepage/{category.pk}/preview/"
    response = admin_client.post(preview_url, form_data)
    assert response.json()["is_valid"] is True
    html = admin_client.get(preview_url).content.decode()
    assert "Un marché qui renaît" in html
    assert not ArticlePage.objects.exists()


def test_editor_schedules_publication(admin_client, client, category, form_data):
    go_live = timezone.localtime() + timedelta(days=2)
    data = {**form_data, "go_live_at": go_live.strftime("%Y-%m-%d %H:%M"), "action-publish": "1"}
    response = admin_client.post(add_url(category), data)
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="consoles-portables")
    assert not article.live
    assert article.scheduled_revision is not None
    assert client.get("/jeux-video/consoles-portables/").status_code == 404


def test_publishing_shows_the_conclusion_rule_at_the_block(admin_client, category, form_data):
    data = {**form_data, "action-publish": "1"}
    data["body-6-order"], data["body-0-order"] = "0", "6"  # conclusion first, heading last
    response = admin_client.post(add_url(category), data)
    assert response.status_code == 200
    (body_error,) = response.context["form"].errors.as_data()["body"]
    assert "dernier bloc" in " ".join(body_error.block_errors[0].messages)
    assert not ArticlePage.objects.exists()


def test_a_draft_may_keep_an_empty_heading_and_point_title(admin_client, category, form_data):
    data = {**form_data, "body-0-value-text": "", "body-2-value-1-value-title": ""}
    response = admin_client.post(add_url(category), data)
    assert response.status_code == 302
    assert not ArticlePage.objects.get(slug="consoles-portables").live


def test_publishing_refuses_an_empty_heading(admin_client, category, form_data):
    data = {**form_data, "body-0-value-text": "", "action-publish": "1"}
    response = admin_client.post(add_url(category), data)
    assert response.status_code == 200
    (body_error,) = response.context["form"].errors.as_data()["body"]
    assert "doit avoir un texte" in " ".join(
        body_error.block_errors[0].block_errors["text"].messages
    )
    assert not ArticlePage.objects.exists()
