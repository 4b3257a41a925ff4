"""Edge cases of a WordPress export: every Gutenberg block, shortcodes, shared files, order.

The export (`cases.xml`) lists a page before its parent, posts with fields missing, empty or
dated 0000-00-00, two attachments of one file, and post types that are not content.
"""

from wagtail.images import get_image_model
from wagtail.models import Page

import pytest

from magazine.articles.models import ArticlePage
from magazine.pages.models import InformationPage
from magazine.wordpress.models import WordPressItem

from .conftest import import_wordpress, summary_row

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(home_page, uploads, local_embeds) -> str:
    return import_wordpress("cases.xml", "--media-dir", str(uploads))


def page(wp_id: int) -> Page:
    item = WordPressItem.objects.get(kind__in=["post", "page"], wp_key=str(wp_id))
    return item.target


def types(article: ArticlePage) -> list[str]:
    return [block.block_type for block in article.body]


def test_every_gutenberg_block_becomes_our_blocks_in_reading_order(imported):
    article = page(50)
    assert types(article) == [
        "paragraph",  # paragraph
        "heading",  # heading
        "paragraph",  # list
        "image",  # image
        "image",  # gallery, first image
        "image",  # gallery, second image
        "quote",  # quote
        "quote",  # pullquote
        "embed",  # embed; the separator makes no block
        "paragraph",  # table, as a list
        "heading",
        "paragraph",  # code
        "heading",
        "paragraph",  # preformatted, then the left column's paragraph
        "image",  # the right column's image
    ]
    body = article.body
    assert "<li>Une liste</li>" in body[2].value.source
    assert [body[i].value["image"].title for i in (3, 4, 5)] == ["pomme", "poire", "prune"]
    assert body[3].value["caption"] == "Une pomme"
    assert (body[7].value["text"], body[7].value["attribution"]) == ("Une exergue.", "Un auteur")
    assert body[8].value.url == "https://video.example/demo"
    assert body[9].value.source == "<ul><li>Fruit — Prix</li><li>Pomme — 2 €</li></ul>"
    assert body[11].value.source == "<p>if a &lt; b:<br/>    print(a)</p>"
    assert body[13].value.source.endswith("<p>Colonne de gauche.</p>")


def test_gutenberg_body_passes_the_body_rules_without_unknown_block_warnings(imported):
    page(50).full_clean()
    assert "bloc Gutenberg" not in imported
    assert "Articles 50 « Tous les blocs » : tableau converti en liste" in imported


def test_shortcodes_become_images_embeds_and_text_naming_the_others(imported):
    article = page(51)
    assert types(article) == ["paragraph", "image", "image", "image", "embed", "paragraph"]
    assert article.body[1].value["caption"] == "Une pomme rouge"
    assert article.body[4].value.url == "https://video.example/clip"
    assert article.body[5].value.source == "<p>Abonnez-vous</p>"
    assert "code court [audio] retiré" in imported
    assert "code court [bouton] retiré, son texte est gardé" in imported
    article.full_clean()


def test_the_same_file_under_two_attachments_is_one_image(imported):
    article = page(52)
    first, second = article.body[0].value["image"], article.body[2].value["image"]
    assert first.pk == second.pk
    assert get_image_model().objects.count() == 4
    assert summary_row(imported, "Images") == [4, 0, 1, 0, 0]


def test_a_page_listed_before_its_parent_is_imported_and_redirected(imported, client, home_page):
    child, parent = page(60), page(61)
    assert isinstance(child, InformationPage) and isinstance(parent, InformationPage)
    assert child.get_parent().pk == parent.get_parent().pk == home_page.pk
    assert "Pages 60 « Nos partenaires » : page imbriquée" in imported
    response = client.get("/partenaires/")
    assert response.status_code == 200


def test_missing_and_empty_fields_give_drafts_with_a_body_to_fill(imported):
    for wp_id, title in ((53, "Presque vide"), (54, "Sans titre")):
        article = page(wp_id)
        assert (article.title, article.live) == (title, False)
        assert article.get_parent().slug == "non-classe"
        assert article.body[0].value.source == "<p>Article vide dans WordPress, à compléter.</p>"
        assert not article.authors.exists()
    assert "Articles 53 « Presque vide » : contenu vide" in imported


def test_a_pending_post_stays_a_draft_without_dates(imported, client):
    article = page(56)
    assert (article.live, article.first_published_at, article.go_live_at) == (False, None, None)
    assert article.revisions.count() == 1
    assert client.get("/non-classe/en-relecture/").status_code == 404


def test_zero_dates_publish_at_the_import_with_a_warning(imported):
    article = page(55)
    assert article.live and article.first_published_at is not None
    assert "Articles 55 « Sans date » : date de publication inconnue (0000-00-00)" in imported


def test_menu_items_and_other_post_types_are_ignored_with_a_count(imported):
    assert summary_row(imported, "Autres types") == [0, 0, 0, 5, 0]
    titles = {"Accueil", "Rubriques", "Bloc réutilisable", "Chaussettes", "Style"}
    assert not Page.objects.filter(title__in=titles).exists()
    assert not WordPressItem.objects.filter(wp_key__in=["80", "81", "82", "83", "84"]).exists()


def test_wxr_1_1_with_the_http_namespace_is_imported(home_page):
    output = import_wordpress("wxr-1.1-http.xml")
    article = page(5)
    assert (article.title, article.get_parent().slug, article.live) == (
        "Premier billet",
        "humeurs",
        True,
    )
    assert summary_row(output, "Articles") == [1, 0, 0, 0, 0]
