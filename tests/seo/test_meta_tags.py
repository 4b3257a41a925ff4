"""Every public page gives search engines and social networks its title, description,
canonical address, robots rules and Open Graph tags, as a crawler reads them."""

from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
from PIL import Image

from magazine.articles.images import OPEN_GRAPH_SPEC
from magazine.articles.models import ArticlePage
from magazine.seo.metadata import LOGO_HEIGHT, LOGO_PATH, LOGO_WIDTH
from tests.factories.comments import CommentFactory
from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.support.metadata import SITE_URL, page_data

HOSTILE = 'Les « jeux » & "consoles" </script><script>alert(1)</script>\nla suite'


def listing(category, count: int) -> None:
    """Give `category` enough live articles for `count` pages of its listing."""
    ArticlePageFactory.create_batch(12 * (count - 1) + 2, parent=category)


def test_an_article_title_ends_with_the_site_name(client, article):
    assert page_data(client, article.url).title == "Les consoles portables reviennent · Magazine"


def test_the_promote_tab_title_replaces_the_article_title(client, article):
    article.seo_title = "Consoles portables : le retour"
    article.save_revision().publish()
    data = page_data(client, article.url)
    assert data.title == "Consoles portables : le retour · Magazine"
    assert data.og("og:title") == "Consoles portables : le retour"


def test_the_home_page_title_is_the_site_name(client, home_page):
    assert page_data(client, home_page.url).title == "Magazine"


def test_a_later_page_of_a_listing_says_which_in_its_title(client, category):
    listing(category, 2)
    assert page_data(client, category.url).title == "Jeux vidéo · Magazine"
    assert page_data(client, category.url + "?page=2").title == "Jeux vidéo – page 2 · Magazine"


def test_the_description_is_the_standfirst_unless_the_promote_tab_says_otherwise(client, article):
    data = page_data(client, article.url)
    assert data.meta("description") == data.og("og:description") == "Elles reviennent en force."
    article.search_description = "Pour les moteurs de recherche."
    article.save_revision().publish()
    assert page_data(client, article.url).meta("description") == "Pour les moteurs de recherche."


@pytest.mark.parametrize("query", ["", "?page=1", "?page=1&utm_source=x", "?page=abc", "?utm=1"])
def test_the_first_page_of_a_category_is_canonical_without_a_query(client, category, query):
    listing(category, 2)
    data = page_data(client, category.url + query)
    assert data.canonical == data.og("og:url") == f"{SITE_URL}/jeux-video/"


def test_a_later_page_of_a_category_is_canonical_with_its_number_alone(client, category):
    listing(category, 3)
    data = page_data(client, category.url + "?utm_source=x&page=2&fbclid=y")
    assert data.canonical == data.og("og:url") == f"{SITE_URL}/jeux-video/?page=2"


def test_author_and_tag_pages_are_canonical_on_the_page_shown(client, category, article):
    author = article.signing_authors[0]
    ArticlePageFactory.create_batch(12, parent=category, tags=["Nintendo"], authors=[author])
    assert page_data(client, "/auteurs/lea-roux/?utm_source=x").canonical == (
        f"{SITE_URL}/auteurs/lea-roux/"
    )
    assert page_data(client, "/auteurs/lea-roux/?page=2").canonical == (
        f"{SITE_URL}/auteurs/lea-roux/?page=2"
    )
    assert page_data(client, "/tags/nintendo/?page=2&x=1").canonical == (
        f"{SITE_URL}/tags/nintendo/?page=2"
    )


def test_articles_and_information_pages_are_canonical_without_a_query(client, home_page, article):
    information = InformationPageFactory(parent=home_page, slug="a-propos")
    assert page_data(client, article.url + "?commentaire=attente").canonical == (
        f"{SITE_URL}/jeux-video/consoles-portables/"
    )
    assert page_data(client, information.url + "?utm_source=x").canonical == f"{SITE_URL}/a-propos/"


def test_articles_are_indexed_with_large_image_previews(client, article):
    data = page_data(client, article.url)
    assert data.meta("robots") == "max-image-preview:large"
    assert "noindex" not in data.html


def test_search_results_are_kept_out_of_search_engines(client, article):
    for query in ("?q=consoles", "?q=consoles&page=1", "?q=zeppelin", ""):
        data = page_data(client, reverse("search:results") + query)
        assert data.meta("robots") == "noindex, follow"
        assert data.canonical is None
        assert "og:url" not in data.opengraph


def test_the_reply_page_is_kept_out_of_search_engines(client, article):
    comment = CommentFactory(article=article)
    data = page_data(client, reverse("comments:reply", args=[comment.pk]))
    assert data.meta("robots") == "noindex, follow"
    assert data.canonical is None
    assert data.og("og:type") == "website"


def test_a_hostile_commenter_name_stays_text_on_the_reply_page(client, article):
    comment = CommentFactory(article=article, name="</title><script>alert(1)</script> & co")
    data = page_data(client, reverse("comments:reply", args=[comment.pk]))
    assert data.title == "Répondre à </title><script>alert(1)</script> & co · Magazine"
    assert data.og("og:title") == "Répondre à </title><script>alert(1)</script> & co"
    assert data.meta("description") == (
        "Répondre à un commentaire de l'article « Les consoles portables reviennent »."
    )
    assert "<script>alert(1)" not in data.html


def test_error_pages_are_kept_out_of_search_engines(client, article):
    not_found = page_data(client, "/nulle-part/", status=404)
    assert not_found.meta("robots") == "noindex, follow"
    assert not_found.title == "Page introuvable · Magazine"
    refused = client.post(reverse("comments:post"), {"article": article.pk})
    assert refused.status_code == 403
    assert '<meta name="robots" content="noindex, follow">' in refused.content.decode()


@pytest.mark.parametrize(
    "url",
    ["/", "/jeux-video/", "/a-propos/", "/auteurs/lea-roux/", "/tags/nintendo/"],
)
def test_other_public_pages_are_indexed_websites(client, home_page, article, url):
    InformationPageFactory(parent=home_page, slug="a-propos")
    data = page_data(client, url)
    assert data.meta("robots") == "max-image-preview:large"
    assert data.og("og:type") == "website"
    assert data.canonical == data.og("og:url") == SITE_URL + url
    assert data.og("og:site_name") == "Magazine"
    assert data.og("og:locale") == "fr_FR"


def test_an_article_is_an_open_graph_article(client, article):
    data = page_data(client, article.url)
    assert data.og("og:type") == "article"
    assert data.og("og:title") == "Les consoles portables reviennent"
    assert data.og("og:url") == f"{SITE_URL}/jeux-video/consoles-portables/"
    assert data.og("article:published_time") == "2026-01-15T09:30:00+01:00"
    assert data.og("article:modified_time") == "2026-07-02T18:05:00+02:00"
    assert data.opengraph["article:author"] == [
        f"{SITE_URL}/auteurs/lea-roux/",
        f"{SITE_URL}/auteurs/marc-petit/",
    ]
    assert data.og("article:section") == "Jeux vidéo"
    assert sorted(data.opengraph["article:tag"]) == ["Consoles", "Nintendo"]


def test_an_article_shares_its_hero_image_as_a_wide_card(client, article):
    data = page_data(client, article.url)
    card = article.hero_image.get_rendition(OPEN_GRAPH_SPEC)
    assert (card.width, card.height) == (1200, 630)
    assert data.og("og:image") == SITE_URL + card.url
    assert data.og("og:image:width") == "1200"
    assert data.og("og:image:height") == "630"
    assert data.og("og:image:alt") == "Une console portable posée sur une table"
    assert data.meta("twitter:card") == "summary_large_image"


def test_an_article_without_a_hero_image_shares_no_image(client, category):
    data = page_data(client, ArticlePageFactory(parent=category).url)
    assert "og:image" not in data.opengraph
    assert data.meta("twitter:card") == "summary"


def test_pages_without_an_image_of_their_own_share_the_logo(client, category):
    data = page_data(client, category.url)
    assert data.og("og:image") == f"{SITE_URL}/static/{LOGO_PATH}"
    assert data.og("og:image:width") == str(LOGO_WIDTH)
    assert data.og("og:image:height") == str(LOGO_HEIGHT)
    assert data.og("og:image:alt") == "Magazine"
    assert data.meta("twitter:card") == "summary"


def test_the_logo_is_the_png_of_the_size_declared():
    with Image.open(finders.find(LOGO_PATH)) as logo:
        assert logo.format == "PNG"
        assert logo.size == (LOGO_WIDTH, LOGO_HEIGHT)


def test_a_hostile_title_and_standfirst_stay_text_in_meta_tags(client, article):
    article.title = article.standfirst = HOSTILE
    article.save_revision().publish()
    data = page_data(client, ArticlePage.objects.get(pk=article.pk).url)
    assert data.title == f"{HOSTILE} · Magazine"
    assert data.og("og:title") == HOSTILE
    assert data.meta("description") == data.og("og:description") == HOSTILE
    assert "<script>alert(1)" not in data.html


def test_meta_tags_read_no_tag_or_rendition_once_warm(client, article):
    # The meta tags and the article are pieces kept in the cache (magazine/cache/fragments.py):
    # once they are, a request reads neither the tags they print nor the renditions.
    client.get(article.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(article.url).status_code == 200
    statements = [query["sql"] for query in queries]
    assert not [sql for sql in statements if 'FROM "taggit_tag"' in sql]
    assert not [sql for sql in statements if "wagtailimages_rendition" in sql]
