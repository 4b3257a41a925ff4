"""`manage.py import_wordpress` on exports of our own writing: rows, bodies, statuses, URLs."""

import gc
import weakref
from contextlib import contextmanager
from datetime import UTC, datetime

from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection

from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site

import pytest

from magazine.articles.models import ArticlePage, CategoryPage
from magazine.authors.models import Author
from magazine.cache import purge
from magazine.pages.models import InformationPage
from magazine.wordpress import importer, redirects, wxr
from magazine.wordpress.importer import run_import
from magazine.wordpress.models import WordPressItem
from search.bulk import indexed_in_bulk

from .conftest import EXPORTS, generated_export, import_wordpress

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(home_page, media_dir, local_embeds) -> str:
    """The main export imported once, with its uploads."""
    return import_wordpress("magazine.xml", "--media-dir", str(media_dir))


def article(wp_id: int) -> ArticlePage:
    item = WordPressItem.objects.get(kind="post", wp_key=str(wp_id))
    return ArticlePage.objects.get(pk=item.object_id)


def test_categories_are_top_level_and_sub_categories_become_tags(imported):
    category = CategoryPage.objects.get(slug="jeux-video")
    assert category.title == "Jeux vidéo" and category.live
    assert not CategoryPage.objects.filter(slug="rpg").exists()
    post = article(10)
    assert post.get_parent().specific == category
    assert sorted(post.tags.names()) == ["Jeux de rôle", "Nintendo"]
    assert Tag.objects.get(name="Nintendo").slug == "nintendo"


def test_post_without_category_goes_to_non_classe(imported):
    assert article(11).get_parent().slug == "non-classe"
    assert CategoryPage.objects.get(slug="non-classe").title == "Non classé"


def test_authors_become_snippets_without_user_or_email(imported, django_user_model):
    claire = Author.objects.get(slug="claire")
    assert claire.name == "Claire Vasseur"
    assert Author.objects.filter(slug="invite").exists()  # from dc:creator alone
    assert not django_user_model.objects.exists()
    assert [link.author for link in article(10).authors.all()] == [claire]


def test_title_entities_and_emoji_decoded(imported):
    assert article(10).title == "L’été des jeux & consoles 🎮"


def test_empty_title_gets_sans_titre_and_a_warning(imported):
    assert article(11).title == "Sans titre"
    assert "Articles 11 « Sans titre » : titre vide" in imported


def test_body_becomes_blocks_in_order(imported):
    post = article(10)
    assert [block.block_type for block in post.body] == [
        "paragraph",
        "heading",
        "paragraph",
        "heading",
        "numbered_points",
        "image",
        "quote",
        "embed",
        "paragraph",
        "conclusion",
    ]
    heading = post.body[3].value
    assert (heading["text"], heading["level"]) == ("Les incontournables", "h3")
    assert [p["title"] for p in post.body[4].value] == ["Le premier", "Le second"]
    assert "onclick" not in post.body[0].value.source
    assert post.body[9].value["body"].source == "<p>Un bel été en perspective.</p>"


def test_imported_body_passes_the_body_rules(imported):
    post = article(10)
    post.full_clean()


def test_unknown_block_and_missing_image_are_reported(imported):
    assert "bloc Gutenberg « acme/sondage » gardé comme texte" in imported
    assert "image introuvable" in imported and "absent.png" in imported


def test_standfirst_from_excerpt_else_first_paragraph(imported):
    assert article(10).standfirst == "Ce qui attend les joueurs cet été."
    assert article(11).standfirst == "Un brouillon sans titre."


def test_featured_image_from_media_dir(imported):
    post = article(10)
    assert post.hero_image is not None
    assert post.body[5].value["image"].pk == post.hero_image_id  # one image for both


def test_published_post_keeps_wordpress_dates_and_a_first_revision(imported):
    post = article(10)
    assert post.live
    assert post.first_published_at == datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
    assert post.last_published_at == datetime(2024, 6, 3, 9, 30, tzinfo=UTC)
    revisions = list(post.revisions.all())
    assert len(revisions) == 1
    assert revisions[0].created_at == datetime(2024, 6, 3, 9, 30, tzinfo=UTC)


def test_draft_stays_a_draft(imported):
    post = article(11)
    assert not post.live and post.first_published_at is None
    assert post.revisions.count() == 1


def test_future_post_is_scheduled(imported):
    post = article(12)
    assert not post.live
    revision = post.get_latest_revision()
    assert revision.approved_go_live_at == datetime(2099, 1, 1, 8, 0, tzinfo=UTC)


def test_private_post_is_not_served_to_anonymous_readers(imported, client):
    post = article(13)
    assert PageViewRestriction.objects.get(page=post).restriction_type == "groups"
    response = client.get(post.url)
    assert response.status_code in (302, 403)
    assert "confidentiel" not in response.content.decode()


def test_password_post_asks_for_the_same_password(imported, client):
    post = article(14)
    restriction = PageViewRestriction.objects.get(page=post)
    assert (restriction.restriction_type, restriction.password) == ("password", "sesame")
    response = client.get(post.url)
    assert "protégé par un mot de passe" not in response.content.decode()


def test_trash_and_menu_items_are_skipped(imported):
    assert not WordPressItem.objects.filter(wp_key="15").exists()
    assert not Page.objects.filter(title="À la corbeille").exists()
    assert "Autres types" in imported


def test_pages_flattened_under_the_home_page(imported, home_page):
    about = InformationPage.objects.get(slug="a-propos")
    team = InformationPage.objects.get(slug="equipe")
    assert about.get_parent().pk == team.get_parent().pk == home_page.pk
    assert "Pages 17 « L’équipe » : page imbriquée" in imported


def test_slug_shadowing_a_site_url_is_changed(imported):
    assert InformationPage.objects.get(title="Recherche").slug == "recherche-page"
    assert "réservée au site" in imported


def test_old_urls_redirect_permanently(imported, client):
    post = article(10)
    for old in ("/2024/06/ete-des-jeux/", "/2024/06/jeux-de-l-ete/", "/?p=10"):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == post.url
    response = client.get("/?page_id=16")
    assert response.status_code == 301
    assert response["Location"] == InformationPage.objects.get(slug="a-propos").url
    assert client.get("/category/jeux-video/rpg/")["Location"] == "/jeux-video/"
    assert client.get("/tag/nintendo/")["Location"] == "/tags/nintendo/"
    assert client.get("/author/claire/")["Location"] == "/auteurs/claire/"


def test_home_page_without_wordpress_query_is_served(imported, client):
    assert client.get("/?p=999").status_code == 200
    assert client.get("/").status_code == 200


def test_second_run_changes_nothing(imported, media_dir):
    pages_before = Page.objects.count()
    output = import_wordpress("magazine.xml", "--media-dir", str(media_dir))
    assert Page.objects.count() == pages_before
    summary = output.split("Avertissements")[0]
    rows = [line.split() for line in summary.splitlines()[1:] if line.strip()]
    for row in rows:
        created, updated = int(row[-5]), int(row[-4])
        assert (created, updated) == (0, 0), row


def test_update_refreshes_a_changed_post(imported, media_dir, tmp_path):
    source = (EXPORTS / "magazine.xml").read_text()
    changed = tmp_path / "changed.xml"
    changed.write_text(source.replace("Un bel été en perspective.", "Un été mémorable."))
    call_command("import_wordpress", str(changed), "--update", "--media-dir", str(media_dir))
    post = article(10)
    assert post.body[-1].value["body"].source == "<p>Un été mémorable.</p>"
    assert post.revisions.count() == 2


def test_dry_run_writes_nothing(home_page, local_embeds):
    pages_before = Page.objects.count()
    output = import_wordpress("magazine.xml", "--dry-run")
    assert "Essai à blanc" in output
    assert Page.objects.count() == pages_before
    assert not WordPressItem.objects.exists()
    assert not Author.objects.exists()


def test_a_dry_run_holds_no_more_than_a_batch_of_its_pages(
    home_page, tmp_path, monkeypatch, settings
):
    # A dry run is one transaction rolled back at its end: what it would index, renew and
    # purge is dropped a batch at a time, not kept for every page until then.
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.support.frontend_cache.RecordingBackend"}
    }
    indexes = []

    @contextmanager
    def small_batches():
        with indexed_in_bulk(batch=2) as index:
            indexes.append(index)
            yield index

    monkeypatch.setattr(importer, "indexed_in_bulk", small_batches)
    held = []

    def progress(number: int, total: int) -> None:
        tags, _ = purge._gathered.get()
        pending = sum(len(pks) for pks in indexes[0].pending.values())
        held.append((pending, len(tags), len(connection.run_on_commit)))

    export = generated_export(tmp_path, list(range(1, 13)))
    run_import(export, Site.objects.get(is_default_site=True), dry_run=True, progress=progress)
    assert not ArticlePage.objects.exists()
    pending, tags, on_commit = zip(*held, strict=True)
    assert max(pending) <= 2
    # The tags of every batch (its category's, search's…) and of its two pages, no more.
    assert max(tags) == max(tags[:4])
    assert len(set(on_commit)) == 1


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("truncated.xml", "incomplet"),
        ("not-xml.xml", "pas un XML"),
        ("not-wxr.xml", "pas un export WordPress"),
        ("entities.xml", "entités XML"),
    ],
)
def test_a_broken_file_changes_nothing(home_page, name, message):
    pages_before = Page.objects.count()
    with pytest.raises(CommandError, match=message):
        import_wordpress(name)
    assert Page.objects.count() == pages_before
    assert not WordPressItem.objects.exists()


def test_imported_articles_are_indexed_for_search_once_with_their_tags(imported, client):
    response = client.get("/recherche/?q=Nintendo")  # a tag, saved after the page itself
    assert "L’été des jeux &amp; consoles" in response.content.decode()


def test_imported_articles_are_in_the_reference_index(imported):
    post = article(10)
    assert (
        ReferenceIndex.get_references_for_object(post)
        .filter(to_object_id=str(post.hero_image_id))
        .exists()
    )


def test_progress_counts_every_entry_up_to_the_total(home_page, local_embeds):
    seen = []
    site = Site.objects.get(is_default_site=True)
    run_import(EXPORTS / "magazine.xml", site, progress=lambda n, total: seen.append((n, total)))
    total = len(list(wxr.read_entries(EXPORTS / "magazine.xml")))
    assert seen == [(number, total) for number in range(1, total + 1)]


def finalizers() -> int:
    """How many `weakref.finalize` the process holds: each lives as long as its object."""
    # Objects earlier tests left for the collector go first, with their finalizers.
    gc.collect()
    # type(), not isinstance(): that would evaluate the lazy objects among them.
    return sum(type(found) is weakref.finalize for found in gc.get_objects())


def test_a_longer_import_leaves_no_more_behind_in_the_process(home_page, tmp_path):
    # A receiver connected again for each post left one finalizer per connection for as long
    # as the process lived: a large import grew with every post.
    site = Site.objects.get(is_default_site=True)
    run_import(generated_export(tmp_path, [1]), site)
    left = []
    for post_ids in ([2], [3, 4, 5, 6, 7, 8]):
        before = finalizers()
        run_import(generated_export(tmp_path, post_ids), site)
        left.append(finalizers() - before)
    assert ArticlePage.objects.count() == 8
    # Six posts leave no more behind than one.
    assert left[1] <= max(left[0], 0)


def test_a_failed_post_takes_its_new_author_away_and_the_next_post_makes_it_again(
    home_page, tmp_path, monkeypatch
):
    add_redirects = redirects.add_redirects

    def refused_for_the_first_post(site, urls, page=None, link=""):
        if page is not None and page.slug == "billet-1":
            raise DatabaseError("refusé")
        return add_redirects(site, urls, page, link)

    monkeypatch.setattr(redirects, "add_redirects", refused_for_the_first_post)
    # The export names no wp:author: each post's dc:creator makes one, in its transaction.
    report = run_import(generated_export(tmp_path, [1, 2]), Site.objects.get(is_default_site=True))
    assert report.counts["post", "failed"] == 1
    assert report.counts["post", "created"] == 1
    second = ArticlePage.objects.get(slug="billet-2")
    assert [link.author.slug for link in second.authors.all()] == ["claire"]
