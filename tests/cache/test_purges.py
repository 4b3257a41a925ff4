"""Each change purges, once committed, the cache tags of every page that shows what changed."""

import io
import logging
import socket

from django.core.management import CommandError, call_command

from taggit.models import Tag
from wagtail.models import Site

import pytest

from magazine.articles.models import ArticlePage
from magazine.pages.models import LegalSettings
from magazine.social.models import SocialSettings
from tests.factories.authors import AuthorFactory
from tests.factories.comments import CommentFactory
from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.support.article_form import article_edit_form


@pytest.fixture
def authors(db):
    return AuthorFactory.create_batch(2)


@pytest.fixture
def article(category, authors) -> ArticlePage:
    """A live article with two authors and two tags."""
    return ArticlePageFactory(parent=category, authors=authors, tags=["Nintendo", "Switch"])


@pytest.fixture
def article_tags(home_page, category, authors, article) -> set[str]:
    """The tags a change of `article` purges: itself, its category, the home page, its
    authors' pages, its tags' pages, the related lists it would enter, search, feeds and
    sitemaps."""
    keywords = Tag.objects.filter(name__in=["Nintendo", "Switch"]).values_list("pk", flat=True)
    assert len(keywords) == 2
    return {
        f"p{article.pk}",
        f"p{category.pk}",
        f"p{home_page.pk}",
        *(f"a{author.pk}" for author in authors),
        *(f"t{pk}" for pk in keywords),
        *(f"related-t{pk}" for pk in keywords),
        f"related-c{category.path}",
        "related-any",
        "search",
        "feeds",
        "sitemaps",
    }


def test_publishing_an_article_purges_every_listing_it_enters(
    purges, committed, article, article_tags
):
    with committed():
        article.save_revision().publish()
    assert purges.all_tags == article_tags
    assert purges.urls == [article.full_url]


def test_nothing_is_purged_before_the_commit(
    purges, django_capture_on_commit_callbacks, article, article_tags
):
    with django_capture_on_commit_callbacks() as callbacks:
        article.save_revision().publish()
    assert purges.tags == [] and purges.urls == []
    for callback in callbacks:
        callback()
    assert purges.all_tags == article_tags


def test_unpublishing_an_article_purges_every_page_that_shows_it(
    purges, committed, article, article_tags
):
    with committed():
        article.unpublish()
    assert purges.all_tags == article_tags
    assert purges.urls == [article.full_url]


def test_deleting_a_live_article_purges_every_page_that_showed_it(
    purges, committed, article, article_tags
):
    url = article.full_url
    with committed():
        article.delete()
    assert purges.all_tags == article_tags
    assert purges.urls == [url]


def test_moving_an_article_purges_its_old_and_new_categories(
    purges, committed, category, other_category, article, article_tags
):
    with committed():
        article.move(other_category, pos="last-child")
    # Its new category's related lists may take it in; the old ones show its card.
    entered = {f"p{other_category.pk}", f"related-c{other_category.path}"}
    assert purges.all_tags == article_tags - {f"related-c{category.path}"} | entered
    assert purges.urls == [ArticlePage.objects.get(pk=article.pk).full_url]
    assert "/materiel/" in purges.urls[0]


def test_saving_a_draft_purges_nothing(purges, committed, article):
    article.title = "Un titre en cours d'écriture"
    with committed():
        article.save_revision()
    assert purges.tags == [] and purges.urls == []


def test_moving_a_never_published_article_purges_nothing(
    purges, committed, category, other_category
):
    draft = ArticlePageFactory(parent=category, never_published=True)
    with committed():
        draft.move(other_category, pos="last-child")
    assert purges.tags == [] and purges.urls == []


def test_publishing_a_category_purges_the_whole_site(purges, committed, category):
    category.title = "Jeux"
    with committed():
        category.save_revision().publish()
    assert "site" in purges.all_tags
    assert purges.urls == [category.full_url]


def test_publishing_an_information_page_purges_the_whole_site(purges, committed, home_page):
    page = InformationPageFactory(parent=home_page)
    with committed():
        page.save_revision().publish()
    assert "site" in purges.all_tags


@pytest.mark.parametrize("setting", [SocialSettings, LegalSettings])
def test_changing_the_site_settings_purges_the_whole_site(purges, committed, home_page, setting):
    settings = setting.for_site(Site.objects.get(is_default_site=True))
    with committed():
        settings.save()
    assert purges.tags == [{"site"}]


def test_editing_an_author_purges_their_page(purges, committed, authors):
    author = authors[0]
    author.bio = "Journaliste depuis dix ans."
    with committed():
        author.save()
    assert purges.tags == [{f"a{author.pk}"}]


@pytest.mark.parametrize(
    ("field", "value", "purged"),
    [
        ("name", "Léa Roux-Martin", "site"),
        ("slug", "lea-roux-martin", "site"),
        ("bio", "Journaliste depuis dix ans.", "author"),
    ],
    ids=["name", "slug", "bio"],
)
def test_an_author_renamed_in_the_admin_purges_every_byline_else_their_page(
    purges, committed, admin_client, authors, field, value, purged
):
    author = authors[0]
    form = {"name": author.name, "slug": author.slug, "bio": author.bio, "photo": "", field: value}
    with committed():
        response = admin_client.post(f"/admin/snippets/authors/author/edit/{author.pk}/", form)
    assert response.status_code == 302
    assert getattr(type(author).objects.get(pk=author.pk), field) == value
    assert purges.tags == [{"site"} if purged == "site" else {f"a{author.pk}"}]
    assert purges.urls == []


def test_an_author_rename_is_purged_only_after_the_commit(
    purges, django_capture_on_commit_callbacks, authors
):
    author = authors[0]
    author.name = "Léa Roux-Martin"
    with django_capture_on_commit_callbacks() as callbacks:
        author.save()
    assert purges.tags == []
    for callback in callbacks:
        callback()
    assert purges.tags == [{"site"}]


@pytest.mark.parametrize(
    ("field", "value"), [("name", "Nintendo Switch 2"), ("slug", "switch-2")], ids=["name", "slug"]
)
def test_renaming_a_tag_purges_the_whole_site(purges, committed, article, field, value):
    tag = Tag.objects.get(name="Switch")
    setattr(tag, field, value)
    with committed():
        tag.save()
    assert purges.tags == [{"site"}]
    assert purges.urls == []


def test_a_tag_rename_is_purged_only_after_the_commit(
    purges, django_capture_on_commit_callbacks, article
):
    tag = Tag.objects.get(name="Switch")
    tag.name = "Nintendo Switch 2"
    with django_capture_on_commit_callbacks() as callbacks:
        tag.save()
    assert purges.tags == []
    for callback in callbacks:
        callback()
    assert purges.tags == [{"site"}]


def test_a_tag_saved_unchanged_or_created_purges_nothing(purges, committed, article):
    with committed():
        Tag.objects.get(name="Switch").save()
        Tag.objects.create(name="Consoles")
    assert purges.tags == [] and purges.urls == []


def test_deleting_a_tag_purges_the_whole_site(purges, committed, article):
    with committed():
        Tag.objects.get(name="Switch").delete()
    assert purges.tags == [{"site"}]


def test_approving_a_comment_purges_its_article_only(purges, committed, admin_client, article):
    comment = CommentFactory(article=article, status="pending")
    url = f"/admin/bulk/comments/comment/approve/?id={comment.pk}"
    with committed():
        assert admin_client.post(url).status_code == 302
    assert purges.tags == [{f"p{article.pk}"}]
    assert purges.urls == []


def closed_port() -> int:
    """A local port where nothing listens: a cache that is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_publishing_succeeds_when_the_cache_is_down(
    settings, committed, admin_client, article, caplog
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "magazine.cache.backends.VarnishBackend",
            "LOCATION": f"http://127.0.0.1:{closed_port()}",
        }
    }
    form = article_edit_form(article, title="Un titre corrigé", **{"action-publish": "1"})
    with caplog.at_level(logging.ERROR, logger="wagtail.frontendcache"), committed():
        response = admin_client.post(f"/admin/pages/{article.pk}/edit/", form)
    assert response.status_code == 302
    assert ArticlePage.objects.get(pk=article.pk).title == "Un titre corrigé"
    failures = [record.getMessage() for record in caplog.records]
    assert any(f"p{article.pk}" in failure for failure in failures), failures
    assert any(article.url in failure for failure in failures), failures


def test_the_purge_command_purges_the_whole_site_or_the_tags_given(purges):
    call_command("purge_cache", stdout=io.StringIO())
    call_command("purge_cache", "p12", "feeds", stdout=io.StringIO())
    assert purges.tags == [{"site"}, {"p12", "feeds"}]


def test_the_purge_command_refuses_what_is_not_a_tag(purges):
    with pytest.raises(CommandError, match="Not a cache tag"):
        call_command("purge_cache", "p12 feeds")
    assert purges.tags == []
