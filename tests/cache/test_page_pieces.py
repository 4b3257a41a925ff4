"""Pieces of pages kept in the site's own cache: each shows a published change at once.

The related articles' choice, the home page's choice of articles, the rendered body and its
word count, the site with its home page, the categories by slug and the restricted paths
are kept until the content generation changes (magazine/cache/generations.py). Each test
serves a page once (filling the cache), changes the content as an editor or the code
would, and reads the change on the very next request.
"""

import io
import time
from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction, Site

import pytest

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage
from magazine.articles.pagination import ARTICLES_PER_PAGE
from magazine.cache.fragments import generation_cached_many
from magazine.cache.generations import comment_generation
from magazine.comments import spam
from magazine.comments.bulk_actions import ApproveBulkAction
from magazine.comments.models import Comment
from magazine.comments.spam import STAMP_STEP, Stamp, check_stamp
from magazine.social.models import SocialSettings
from tests.comments.conftest import SAME_ORIGIN, comment_data
from tests.factories.authors import AuthorFactory
from tests.factories.comments import CommentFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory, CategoryPageFactory
from tests.support.html import page_soup, soup

pytestmark = pytest.mark.django_db


def days_ago(days: int):
    return timezone.now() - timedelta(days=days)


def related_section(html: str) -> str:
    return html[html.index('id="publications-similaires"') :]


def publish(page) -> None:
    page.save_revision().publish()


def test_a_newly_published_article_enters_the_related_list(client, category):
    article = ArticlePageFactory(parent=category, tags=["Zelda"])
    ArticlePageFactory(
        parent=category, tags=["Zelda"], title="Ancien voisin", first_published_at=days_ago(9)
    )
    assert "Ancien voisin" in related_section(client.get(article.url).content.decode())

    newcomer = ArticlePageFactory(
        parent=category, title="Nouveau voisin", never_published=True, tags=["Zelda"]
    )
    newcomer.first_published_at = None
    publish(newcomer)

    related = related_section(client.get(article.url).content.decode())
    assert "Nouveau voisin" in related


def test_an_unpublished_article_leaves_the_related_list_at_once(client, category):
    article = ArticlePageFactory(parent=category, tags=["Zelda"])
    neighbour = ArticlePageFactory(parent=category, tags=["Zelda"], title="Le voisin parti")
    assert "Le voisin parti" in related_section(client.get(article.url).content.decode())

    neighbour.unpublish()

    assert "Le voisin parti" not in client.get(article.url).content.decode()


def choosing_related(queries) -> list[str]:
    """The queries that weigh shared tags: the choice of related articles."""
    return [
        query["sql"] for query in queries if "COUNT" in query["sql"] and "tag_id" in query["sql"]
    ]


def test_the_related_choice_is_made_once_per_generation(client, category):
    article = ArticlePageFactory(parent=category, tags=["Zelda"])
    ArticlePageFactory(parent=category, tags=["Zelda"])
    with CaptureQueriesContext(connection) as first:
        client.get(article.url)
    with CaptureQueriesContext(connection) as second:
        client.get(article.url)

    assert choosing_related(first.captured_queries)
    assert not choosing_related(second.captured_queries)


def test_a_published_body_shows_on_the_next_request(client, category):
    article = ArticlePageFactory(parent=category, body=[b.paragraph("Le texte avant.")])
    assert "Le texte avant." in client.get(article.url).content.decode()

    article.body = [b.paragraph("Le texte après, bien plus long que le premier.")]
    publish(article)

    html = client.get(article.url).content.decode()
    assert "Le texte après" in html
    assert "Le texte avant." not in html


def test_a_body_changed_in_code_shows_on_the_next_request(client, category):
    article = ArticlePageFactory(parent=category, body=[b.paragraph("Première version.")])
    client.get(article.url)

    # An import or a script saves the page without a revision.
    article.body = [b.paragraph("Seconde version.")]
    article.save()

    assert "Seconde version." in client.get(article.url).content.decode()


def test_the_reading_time_follows_the_body(client, category):
    article = ArticlePageFactory(parent=category, body=[b.paragraph("Court.")])
    assert "1 minute de lecture" in client.get(article.url).content.decode()

    article.body = [b.paragraph(" ".join(["mot"] * 1000))]
    publish(article)

    assert "5 minutes de lecture" in client.get(article.url).content.decode()


def test_a_draft_body_never_reaches_readers(client, category):
    article = ArticlePageFactory(parent=category, body=[b.paragraph("Version en ligne.")])
    client.get(article.url)

    article.body = [b.paragraph("Brouillon secret.")]
    article.save_revision()

    html = client.get(article.url).content.decode()
    assert "Version en ligne." in html
    assert "Brouillon secret." not in html


def test_a_renamed_site_shows_on_the_next_request(client, home_page):
    client.get("/")
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Le Nouveau Magazine"
    site.save()

    assert "Le Nouveau Magazine" in client.get("/").content.decode()


def test_a_new_category_is_served_at_once(client, home_page):
    client.get("/")  # the home page's categories are now in the cache
    category = CategoryPageFactory(parent=home_page, title="Rétro", slug="retro")
    article = ArticlePageFactory(parent=category, title="Un article rétro")

    assert client.get("/retro/").status_code == 200
    assert "Un article rétro" in client.get(article.url).content.decode()


def test_a_renamed_category_answers_at_its_new_address(client, category):
    article = ArticlePageFactory(parent=category)
    old_url = article.url
    assert client.get(old_url).status_code == 200

    category.slug = "rubrique-renommee"
    publish(category)

    assert client.get(f"/rubrique-renommee/{article.slug}/").status_code == 200
    assert client.get(old_url).status_code in (301, 404)


def test_a_restriction_added_after_a_visit_applies_on_the_next_request(client, category):
    article = ArticlePageFactory(parent=category, title="Bientôt réservé")
    assert "Bientôt réservé" in client.get(article.url).content.decode()

    PageViewRestriction.objects.create(
        page=category, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    response = client.get(article.url)
    assert "Bientôt réservé" not in response.content.decode()
    assert 'type="password"' in response.content.decode()


def test_a_published_article_reaches_the_home_page_at_once(client, category):
    ArticlePageFactory(parent=category, title="Article de hier", first_published_at=days_ago(1))
    assert "Article de hier" in client.get("/").content.decode()

    newcomer = ArticlePageFactory(parent=category, title="Article du jour", never_published=True)
    publish(newcomer)

    assert "Article du jour" in client.get("/").content.decode()


def test_an_unpublished_article_leaves_the_home_page_at_once(client, category):
    gone = ArticlePageFactory(parent=category, title="Article retiré")
    assert "Article retiré" in client.get("/").content.decode()

    gone.unpublish()

    assert "Article retiré" not in client.get("/").content.decode()


def test_a_preview_shows_the_draft_body_not_the_cached_one(client, category, rf):
    article = ArticlePageFactory(parent=category, body=[b.paragraph("Version en ligne.")])
    client.get(article.url)
    article.body = [b.paragraph("Brouillon à relire.")]
    article.title = "Titre du brouillon"
    article.save_revision()

    draft = article.get_latest_revision_as_object()
    request = rf.get(article.url)
    request.user = AnonymousUser()
    # As the admin's preview does: through the middleware, marked as a preview.
    response = draft.make_preview_request(request, draft.default_preview_mode)
    html = response.content.decode()

    assert "Brouillon à relire." in html
    assert "Version en ligne." not in html
    assert '<meta property="og:title" content="Titre du brouillon">' in html


def test_a_renamed_author_shows_on_the_cards_at_once(client, category):
    author = AuthorFactory(name="Camille Avant")
    ArticlePageFactory(parent=category, authors=[author])
    assert "Camille Avant" in client.get("/").content.decode()

    author.name = "Camille Après"
    author.save()

    html = client.get("/").content.decode()
    assert "Camille Après" in html
    assert "Camille Avant" not in html


def test_an_approved_comment_shows_in_the_card_count_at_once(client, category):
    article = ArticlePageFactory(parent=category)
    CommentFactory(article=article, status=Comment.Status.APPROVED)
    assert "1 commentaire" in client.get(category.url).content.decode()

    CommentFactory(article=article, status=Comment.Status.APPROVED)

    assert "2 commentaires" in client.get(category.url).content.decode()


def test_comments_approved_in_bulk_show_in_the_card_count_at_once(client, category):
    article = ArticlePageFactory(parent=category, title="Article discuté")
    held = CommentFactory.create_batch(2, article=article, status=Comment.Status.PENDING)
    assert "commentaire" not in page_soup(client, category.url).select_one(".card").get_text()

    # The bulk action updates rows without a signal; it renews the comment generation itself.
    ApproveBulkAction.execute_action(held)

    assert "2 commentaires" in page_soup(client, category.url).select_one(".card").get_text()


def test_a_refused_comment_leaves_the_related_card_count_at_once(client, category):
    article = ArticlePageFactory(parent=category, tags=["Zelda"])
    neighbour = ArticlePageFactory(parent=category, tags=["Zelda"], title="Voisin discuté")
    comment = CommentFactory(article=neighbour, status=Comment.Status.APPROVED)
    related = page_soup(client, article.url).select_one(".related")
    assert "1 commentaire" in related.get_text()

    comment.status = Comment.Status.SPAM
    comment.save()

    related = page_soup(client, article.url).select_one(".related")
    assert "Voisin discuté" in related.get_text()
    assert "commentaire" not in related.get_text()


def test_a_comment_held_for_moderation_keeps_the_listings_pieces(category):
    article = ArticlePageFactory(parent=category)
    before = comment_generation()

    CommentFactory(article=article, status=Comment.Status.PENDING)

    assert comment_generation() == before


def test_a_published_article_enters_its_author_and_tag_listings_at_once(client, category):
    author = AuthorFactory()
    ArticlePageFactory(parent=category, authors=[author], tags=["Zelda"], title="Premier test")
    listings = [f"/auteurs/{author.slug}/", "/tags/zelda/"]
    assert all("Premier test" in client.get(url).content.decode() for url in listings)

    newcomer = ArticlePageFactory(
        parent=category, authors=[author], tags=["Zelda"], title="Second test", never_published=True
    )
    publish(newcomer)

    assert all("Second test" in client.get(url).content.decode() for url in listings)


def test_a_published_article_adds_a_page_to_its_category_at_once(client, category):
    ArticlePageFactory.create_batch(
        ARTICLES_PER_PAGE, parent=category, first_published_at=days_ago(3)
    )
    assert client.get(category.url + "?page=2").status_code == 404

    publish(ArticlePageFactory(parent=category, title="Le treizième", never_published=True))

    assert "Le treizième" in client.get(category.url).content.decode()
    assert client.get(category.url + "?page=2").status_code == 200


def test_a_listing_is_tagged_with_every_card_even_from_the_cache(client, category):
    articles = ArticlePageFactory.create_batch(3, parent=category)
    client.get(category.url)
    tags = client.get(category.url)["X-Cache-Tags"].split()
    assert {f"p{article.pk}" for article in articles} <= set(tags)


def test_pages_from_the_cache_keep_the_tags_of_what_they_show(client, category):
    article = ArticlePageFactory(parent=category, tags=["Zelda"])
    neighbour = ArticlePageFactory(parent=category, tags=["Zelda"])
    for url, shown in [("/", {article, neighbour}), (article.url, {neighbour})]:
        first = set(client.get(url)["X-Cache-Tags"].split())
        again = set(client.get(url)["X-Cache-Tags"].split())
        assert {f"p{page.pk}" for page in shown} <= again
        assert again == first


def test_an_unknown_or_impossible_slug_is_a_404_and_fills_no_cache(client, category):
    counts = []
    for slug in ["pas-encore-ecrit", "deux%20mots", "%C3%A9t%C3%A9!", "x" * 300]:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"{category.url}{slug}/").status_code == 404
        counts.append(len([query for query in queries if "articles_articlepage" in query["sql"]]))
    # A slug no article has is looked up each time (nothing kept); what no page can be called
    # (a space, a « ! ») never reaches the pages (Wagtail's URL pattern).
    assert counts == [1, 0, 0, 1]
    written = ArticlePageFactory(parent=category, slug="pas-encore-ecrit", never_published=True)
    publish(written)
    assert client.get(f"{category.url}pas-encore-ecrit/").status_code == 200


def test_an_approved_comment_shows_in_the_thread_at_once(client, category):
    article = ArticlePageFactory(parent=category)
    CommentFactory(article=article, status=Comment.Status.APPROVED, body="Premier avis.")
    assert "Premier avis." in client.get(article.url).content.decode()

    CommentFactory(article=article, status=Comment.Status.APPROVED, body="Second avis.")

    assert "Second avis." in client.get(article.url).content.decode()


def test_an_author_s_new_bio_shows_on_their_page_at_once(client, category):
    author = AuthorFactory(bio="Ancienne biographie.")
    ArticlePageFactory(parent=category, authors=[author])
    assert "Ancienne biographie." in client.get(f"/auteurs/{author.slug}/").content.decode()

    author.bio = "Nouvelle biographie."
    author.save()

    html = client.get(f"/auteurs/{author.slug}/").content.decode()
    assert "Nouvelle biographie." in html
    assert "Ancienne biographie." not in html


def test_a_renamed_tag_moves_its_page_at_once(client, category):
    ArticlePageFactory(parent=category, tags=["Consoles"])
    assert client.get("/tags/consoles/").status_code == 200
    tag = Tag.objects.get(slug="consoles")

    tag.name, tag.slug = "Consoles de salon", "consoles-de-salon"
    tag.save()

    assert client.get("/tags/consoles/").status_code == 404
    assert "Consoles de salon" in client.get("/tags/consoles-de-salon/").content.decode()


def test_a_repeated_search_finds_what_was_published_since(client, category):
    ArticlePageFactory(parent=category, title="Casques sans fil")
    assert "1 article trouvé" in client.get("/recherche/?q=casques").content.decode()

    publish(ArticlePageFactory(parent=category, title="Casques filaires", never_published=True))

    html = client.get("/recherche/?q=casques").content.decode()
    assert "2 articles trouvés" in html
    assert "Casques filaires" in html


def test_the_menu_from_the_cache_marks_the_section_being_read(client, home_page, category):
    other = CategoryPageFactory(parent=home_page, title="Matériel", slug="materiel")
    pages = {
        "/": [],
        "/recherche/": [],
        category.url: [category.title],
        ArticlePageFactory(parent=category).url: [category.title],
        other.url: ["Matériel"],
        ArticlePageFactory(parent=other).url: ["Matériel"],
    }
    for _ in range(2):  # built, then from the cache
        for url, current in pages.items():
            menu = page_soup(client, url).select_one("nav.main-menu")
            assert [a.get_text() for a in menu.select('a[aria-current="page"]')] == current, url


def test_a_renamed_site_shows_in_an_article_s_meta_tags_at_once(client, category):
    article = ArticlePageFactory(parent=category)
    client.get(article.url)
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Le Nouveau Magazine"
    site.save()

    assert '<meta property="og:site_name" content="Le Nouveau Magazine">' in (
        client.get(article.url).content.decode()
    )


def test_an_edited_title_shows_in_an_article_s_meta_tags_at_once(client, category):
    article = ArticlePageFactory(parent=category, title="Ancien titre")
    client.get(article.url)
    article.title = "Nouveau titre"
    publish(article)

    html = client.get(article.url).content.decode()
    assert '<meta property="og:title" content="Nouveau titre">' in html


def test_purging_everything_renews_the_pieces_too(client, category):
    article = ArticlePageFactory(parent=category, title="Titre en base")
    client.get("/")
    # A change behind the site's back: SQL, a restored database.
    ArticlePage.objects.filter(pk=article.pk).update(title="Titre changé en SQL")
    Page.objects.filter(pk=article.pk).update(title="Titre changé en SQL")
    call_command("purge_cache", stdout=io.StringIO())

    assert "Titre changé en SQL" in client.get("/").content.decode()


def test_a_renamed_tag_shows_on_the_article_at_once(client, category):
    article = ArticlePageFactory(parent=category, tags=["Ancien mot"])
    assert "Ancien mot" in client.get(article.url).content.decode()

    tag = Tag.objects.get(name="Ancien mot")
    tag.name = "Nouveau mot"
    tag.save()

    html = client.get(article.url).content.decode()
    assert "Nouveau mot" in html
    assert "Ancien mot" not in html


def byline_comments(client, article) -> str:
    return page_soup(client, article.url).select_one(".byline__comments").get_text(strip=True)


def test_an_approved_comment_shows_in_the_byline_at_once(client, category):
    article = ArticlePageFactory(parent=category)
    CommentFactory(article=article)
    assert byline_comments(client, article) == "1 commentaire"

    CommentFactory(article=article)

    assert byline_comments(client, article) == "2 commentaires"


def test_the_follow_box_follows_the_social_settings_at_once(client, category):
    article = ArticlePageFactory(parent=category)
    client.get(article.url)
    social = SocialSettings.for_site(Site.objects.get(is_default_site=True))
    social.follow_title = "Abonnez-vous vite"
    social.save()

    assert "Abonnez-vous vite" in client.get(article.url).content.decode()


def test_with_redis_down_one_lookup_never_gets_the_pieces_of_another(redis_down):
    assert generation_cached_many("card", [(1,), (2,)], lambda missing: ["un", "deux"]) == [
        "un",
        "deux",
    ]
    assert cache.get_many(["piece:card:1"]) == {}


def test_with_redis_down_pages_and_the_feed_are_served(redis_down, client, category):
    # Hero images: the feed then looks up its enclosures' sizes in the cache as well.
    for title in ["Avant la panne", "Pendant la panne"]:
        ArticlePageFactory(parent=category, title=title, hero_image=ImageFactory())
    article = ArticlePageFactory(
        parent=category, title="Malgré la panne du cache", hero_image=ImageFactory()
    )
    for url in ["/", category.url, article.url, "/feed/", "/", article.url, "/feed/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Malgré la panne du cache" in response.content.decode(), url


def test_the_comment_thread_shows_a_new_approved_comment_and_a_reply_at_once(client, category):
    article = ArticlePageFactory(parent=category)
    first = CommentFactory(article=article, body="Premier avis.")
    assert "Premier avis." in page_soup(client, article.url).select_one(".comments").get_text()

    CommentFactory(article=article, body="Une réponse.", parent=first)
    CommentFactory(article=article, body="Second avis.")

    thread = page_soup(client, article.url).select_one(".comments__list").get_text()
    assert "Une réponse." in thread
    assert "Second avis." in thread


def stamp_of(client, article) -> str:
    return page_soup(client, article.url).select_one("input[name=stamp]")["value"]


class Later:
    """`time` as the comment forms read it, some seconds ahead."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def time(self) -> float:
        return time.time() + self.seconds


def test_a_new_comment_form_is_kept_only_while_its_stamp_lasts(client, category, monkeypatch):
    article = ArticlePageFactory(parent=category)
    stamp = stamp_of(client, article)
    assert stamp_of(client, article) == stamp
    # The time trap's stamp moves on every STAMP_STEP seconds: so does the form's HTML.
    monkeypatch.setattr(spam, "time", Later(STAMP_STEP * 3))
    later = stamp_of(client, article)
    assert later != stamp
    assert check_stamp(later, article.pk, time.time() + STAMP_STEP * 3) is not Stamp.INVALID


def test_a_form_sent_back_shows_the_reader_s_text_not_the_kept_new_form(client, category):
    article = ArticlePageFactory(parent=category)
    stamp_of(client, article)
    sent = comment_data(article, name="", body="Mon texte gardé.")
    response = client.post("/commentaires/", sent, **SAME_ORIGIN)
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("textarea[name=body]").get_text().strip() == "Mon texte gardé."
    assert page.select_one(".comment-form__errors")
