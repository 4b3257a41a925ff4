"""WordPress' sticky posts lead the home page and their category, never over an editor."""

from pathlib import Path

from wagtail.models import Page

import pytest

from magazine.articles.models import ArticlePage, CategoryPage
from magazine.wordpress.models import WordPressItem
from tests.factories.pages import ArticlePageFactory

from .conftest import EXPORTS, import_wordpress

pytestmark = pytest.mark.django_db

# The export's one sticky post, « L'été des jeux & consoles 🎮 », filed in « Jeux vidéo ».
STICKY_SLUG = "<wp:post_name><![CDATA[ete-des-jeux]]></wp:post_name>"
PUBLISHED = "<wp:status><![CDATA[publish]]></wp:status>"


def sticky_article() -> ArticlePage:
    item = WordPressItem.objects.get(kind="post", wp_key="10")
    return ArticlePage.objects.get(pk=item.object_id)


def export_with(tmp_path: Path, status: str = "publish", password: str = "") -> Path:
    """The main export, its sticky post given another status or a password."""
    source = (EXPORTS / "magazine.xml").read_text()
    head, rest = source.split(STICKY_SLUG)
    rest = rest.replace(PUBLISHED, f"<wp:status><![CDATA[{status}]]></wp:status>", 1)
    rest = rest.replace(
        "<wp:post_password><![CDATA[]]>", f"<wp:post_password><![CDATA[{password}]]>", 1
    )
    path = tmp_path / "epingle.xml"
    path.write_text(head + STICKY_SLUG + rest)
    return path


def test_sticky_post_leads_the_home_page_and_its_category(
    home_page, media_dir, local_embeds, client
):
    output = import_wordpress("magazine.xml", "--media-dir", str(media_dir))
    article = sticky_article()
    home_page.refresh_from_db()
    category = CategoryPage.objects.get(pk=article.get_parent().pk)
    assert home_page.lead_article_id == article.pk
    assert category.featured_article_id == article.pk
    assert not home_page.has_unpublished_changes and not category.has_unpublished_changes
    # Publishing the home page kept the tree whole.
    assert home_page.numchild == Page.objects.child_of(home_page).count() > 1
    assert "mis à la une de l'accueil, en avant dans « Jeux vidéo »" in output
    html = client.get("/").content.decode()
    lead = html.split('<section class="lead"', 1)[1].split("</section>", 1)[0]
    assert article.url in lead


def test_editor_choice_is_kept_and_the_sticky_post_reported(home_page, media_dir, local_embeds):
    category = home_page.add_child(instance=CategoryPage(title="Jeux vidéo", slug="jeux-video"))
    chosen = ArticlePageFactory(parent=category)
    home_page.lead_article = chosen
    home_page.save_revision().publish()
    output = import_wordpress("magazine.xml", "--media-dir", str(media_dir))
    home_page.refresh_from_db()
    category.refresh_from_db()
    assert home_page.lead_article_id == chosen.pk
    assert category.featured_article_id == sticky_article().pk
    assert (
        "mis en avant dans « Jeux vidéo » ; "
        "non mis à la une de l'accueil (un autre article y est déjà)" in output
    )


def test_a_home_page_draft_is_never_published_by_the_import(home_page, media_dir, local_embeds):
    home_page.introduction = "Brouillon de la rédaction"
    home_page.save_revision()
    output = import_wordpress("magazine.xml", "--media-dir", str(media_dir))
    home_page.refresh_from_db()
    assert home_page.lead_article_id is None
    assert home_page.introduction == ""
    assert "non mis à la une de l'accueil (la page a un brouillon en cours)" in output


@pytest.mark.parametrize(("status", "password"), [("private", ""), ("publish", "secret")])
def test_a_sticky_post_hidden_from_readers_is_never_put_forward(
    home_page, local_embeds, tmp_path, status, password
):
    output = import_wordpress(str(export_with(tmp_path, status, password)))
    home_page.refresh_from_db()
    assert home_page.lead_article_id is None
    assert not CategoryPage.objects.exclude(featured_article=None).exists()
    assert "article épinglé sur WordPress, non mis en avant : il n'est pas public" in output


def test_a_second_run_leaves_the_pages_put_forward_alone(home_page, media_dir, local_embeds):
    import_wordpress("magazine.xml", "--media-dir", str(media_dir))
    revisions = [page.revisions.count() for page in Page.objects.all()]
    output = import_wordpress("magazine.xml", "--media-dir", str(media_dir))
    assert [page.revisions.count() for page in Page.objects.all()] == revisions
    assert "épinglé" not in output


def test_a_dry_run_puts_nothing_forward(home_page, media_dir, local_embeds):
    output = import_wordpress("magazine.xml", "--media-dir", str(media_dir), "--dry-run")
    home_page.refresh_from_db()
    assert home_page.lead_article_id is None
    assert home_page.revisions.count() == 0
    assert "mis à la une de l'accueil" in output
