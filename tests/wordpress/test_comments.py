"""WordPress comments imported: threads folded to one level, moderation, dates, no e-mail."""

from datetime import UTC, datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from magazine.articles.models import ArticlePage
from magazine.comments.models import Comment
from magazine.wordpress.importer import run_import
from magazine.wordpress.models import WordPressItem

from .conftest import EXPORTS, generated_export, import_wordpress, summary_row

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(home_page) -> str:
    """The export of one post with twelve comments, and a page with one, imported once."""
    return import_wordpress("comments.xml")


def comment(wp_id: int) -> Comment:
    item = WordPressItem.objects.get(kind="comment", wp_key=str(wp_id))
    return Comment.objects.get(pk=item.object_id)


def test_threads_five_levels_deep_answer_their_top_level_comment(imported):
    first = comment(1)
    assert first.parent is None
    assert [comment(wp_id).parent for wp_id in (2, 3, 4, 5)] == [first] * 4


def test_a_reply_before_its_parent_in_the_file_still_answers_it(imported):
    assert comment(6).parent == comment(9)
    assert comment(9).parent is None


def test_a_reply_to_a_skipped_comment_becomes_top_level(imported):
    assert comment(12).parent is None


def test_approved_are_published_and_held_wait_for_moderation(imported):
    assert comment(4).status == Comment.Status.PENDING
    approved = [1, 2, 3, 5, 6, 9, 12]
    assert {comment(wp_id).status for wp_id in approved} == {Comment.Status.APPROVED}


def test_spam_trash_and_pings_are_skipped_and_counted(imported):
    assert Comment.objects.count() == 8
    assert not Comment.objects.filter(name__in=["Casino", "Ancien", "Un blog ami"]).exists()
    # created, updated, unchanged, skipped, failed; the page's comment is skipped too.
    assert summary_row(imported, "Commentaires") == [8, 0, 0, 3, 0]
    assert summary_row(imported, "Rétroliens") == [0, 0, 0, 2, 0]
    assert "Pages 101 « Contact » : 1 commentaire(s) de page non importé(s)" in imported


def test_comment_fields_dates_and_text_are_kept(imported):
    first = comment(1)
    assert first.article == ArticlePage.objects.get(slug="grand-debat")
    assert (first.name, first.email, first.website) == (
        "Léa",
        "lea@lecteurs.example",
        "https://lea.example/",
    )
    assert first.created_at == datetime(2024, 3, 2, 10, 0, tzinfo=UTC)
    assert first.body == "Premier avis, très juste.\n\nDeuxième paragraphe."


def test_comment_emails_never_appear_in_public_pages_or_feeds(imported, client):
    article = ArticlePage.objects.get(slug="grand-debat")
    page = client.get(article.url).content.decode()
    assert "Un autre fil." in page  # the comments are shown…
    for url in (article.url, "/", "/feed/", "/feed/atom/", "/debats/", "/debats/feed/"):
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        assert "@lecteurs.example" not in content, url  # …never their authors' addresses
        assert "claire@ancien.example" not in content, url


def test_a_second_run_creates_no_duplicate_comment(imported):
    output = import_wordpress("comments.xml")
    assert Comment.objects.count() == 8
    assert summary_row(output, "Articles")[:2] == [0, 0]


def test_update_refreshes_a_changed_comment_once(imported, tmp_path):
    source = (EXPORTS / "comments.xml").read_text()
    changed = tmp_path / "changed.xml"
    changed.write_text(source.replace("Un autre fil.", "Un autre fil, corrigé."))
    output = import_wordpress(str(changed), "--update")
    assert Comment.objects.count() == 8
    assert comment(9).body == "Un autre fil, corrigé."
    assert summary_row(output, "Commentaires")[:3] == [0, 1, 7]


def test_a_posts_comments_cost_the_same_queries_whatever_their_number(home_page, tmp_path):
    site = Site.objects.get(is_default_site=True)
    # The category and the author exist once the first post is in, as for every later post.
    run_import(generated_export(tmp_path, [1], comments=0), site)
    counts = []
    for post_id, comments in ((2, 2), (3, 12)):
        with CaptureQueriesContext(connection) as queries:
            run_import(generated_export(tmp_path, [post_id], comments), site)
        counts.append(len(queries))
    assert Comment.objects.count() == 14
    assert WordPressItem.objects.filter(kind="comment").count() == 14
    assert counts[0] == counts[1]
