"""Structured data (JSON-LD) as search engines extract it: a NewsArticle and breadcrumbs on
articles, breadcrumbs on categories, the site, its search and its publisher on the home page."""

from datetime import datetime

from django.urls import reverse

from wagtail.models import Site

from magazine.articles.images import STRUCTURED_DATA_SPECS
from magazine.articles.models import ArticlePage
from magazine.seo.metadata import LOGO_HEIGHT, LOGO_PATH, LOGO_WIDTH
from magazine.seo.structured_data import json_ld
from magazine.social.models import SocialSettings
from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.support.html import DATA_BLOCK
from tests.support.metadata import SITE_URL, page_data

CATEGORY_URL = f"{SITE_URL}/jeux-video/"
ARTICLE_URL = f"{CATEGORY_URL}consoles-portables/"
HOSTILE = 'Les « jeux » & "consoles" </script><script>alert(1)</script>\nla suite'
LOGO = {
    "@type": "ImageObject",
    "url": f"{SITE_URL}/static/{LOGO_PATH}",
    "width": LOGO_WIDTH,
    "height": LOGO_HEIGHT,
}


def social_links(*links: tuple[str, str]) -> None:
    """Set the default site's social links, as (network, URL) pairs."""
    social = SocialSettings.for_site(Site.objects.get(is_default_site=True))
    social.links = [("link", {"network": network, "url": url}) for network, url in links]
    social.save()


def test_an_article_is_a_news_article(client, article):
    news = page_data(client, article.url).item("NewsArticle")
    assert news["@context"] == "https://schema.org"
    assert news["headline"] == "Les consoles portables reviennent"
    assert news["description"] == "Elles reviennent en force."
    assert news["mainEntityOfPage"] == ARTICLE_URL
    assert news["articleSection"] == "Jeux vidéo"
    assert sorted(news["keywords"]) == ["Consoles", "Nintendo"]
    # « Elles reviennent en force. » + « Le retour » + « Un marché qui renaît. »
    assert news["wordCount"] == 10


def test_a_news_article_is_dated_with_its_time_zone(client, article):
    news = page_data(client, article.url).item("NewsArticle")
    assert news["datePublished"] == "2026-01-15T09:30:00+01:00"
    assert news["dateModified"] == "2026-07-02T18:05:00+02:00"
    assert datetime.fromisoformat(news["datePublished"]) == article.first_published_at


def test_a_news_article_names_its_authors_and_their_pages(client, article):
    news = page_data(client, article.url).item("NewsArticle")
    assert news["author"] == [
        {"@type": "Person", "name": "Léa Roux", "url": f"{SITE_URL}/auteurs/lea-roux/"},
        {"@type": "Person", "name": "Marc Petit", "url": f"{SITE_URL}/auteurs/marc-petit/"},
    ]


def test_a_news_article_has_its_image_in_three_shapes(client, article):
    news = page_data(client, article.url).item("NewsArticle")
    renditions = [article.hero_image.get_rendition(spec) for spec in STRUCTURED_DATA_SPECS]
    assert news["image"] == [
        {
            "@type": "ImageObject",
            "url": SITE_URL + rendition.url,
            "width": rendition.width,
            "height": rendition.height,
        }
        for rendition in renditions
    ]
    # 16:9, 4:3 and 1:1, from the 1600×900 image of the factory.
    assert [(image["width"], image["height"]) for image in news["image"]] == [
        (1200, 675),
        (1200, 900),
        (900, 900),
    ]


def test_a_news_article_is_published_by_the_magazine_with_its_logo(client, article):
    social_links(("mastodon", "https://mastodon.example/@magazine"))
    news = page_data(client, article.url).item("NewsArticle")
    assert news["publisher"] == {
        "@type": "Organization",
        "name": "Magazine",
        "url": f"{SITE_URL}/",
        "logo": LOGO,
        "sameAs": ["https://mastodon.example/@magazine"],
    }


def test_an_article_without_image_or_tag_leaves_them_out(client, category):
    news = page_data(client, ArticlePageFactory(parent=category).url).item("NewsArticle")
    assert "image" not in news
    assert "keywords" not in news


def test_an_article_has_its_breadcrumbs(client, article):
    trail = page_data(client, article.url).item("BreadcrumbList")["itemListElement"]
    assert trail == [
        {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{SITE_URL}/"},
        {"@type": "ListItem", "position": 2, "name": "Jeux vidéo", "item": CATEGORY_URL},
        {"@type": "ListItem", "position": 3, "name": article.title, "item": ARTICLE_URL},
    ]


def test_a_category_has_its_breadcrumbs_on_every_page(client, category):
    ArticlePageFactory.create_batch(14, parent=category)
    for url in (category.url, category.url + "?page=2"):
        data = page_data(client, url)
        assert [item["name"] for item in data.item("BreadcrumbList")["itemListElement"]] == [
            "Accueil",
            "Jeux vidéo",
        ]
        assert [item["@type"] for item in data.json_ld] == ["BreadcrumbList"]


def test_the_home_page_describes_the_site_and_its_search(client, home_page):
    site = page_data(client, home_page.url).item("WebSite")
    assert site["name"] == "Magazine"
    assert site["url"] == f"{SITE_URL}/"
    assert site["potentialAction"] == {
        "@type": "SearchAction",
        "target": f"{SITE_URL}/recherche/?q={{search_term_string}}",
        "query-input": "required name=search_term_string",
    }


def test_the_home_page_names_the_magazine_and_its_accounts_but_not_its_feed(client, home_page):
    social_links(
        ("mastodon", "https://mastodon.example/@magazine"),
        ("rss", "https://magazine.example/feed/"),
        ("youtube", "https://video.example/magazine"),
    )
    organization = page_data(client, home_page.url).item("Organization")
    assert organization == {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": "Magazine",
        "url": f"{SITE_URL}/",
        "logo": LOGO,
        "sameAs": ["https://mastodon.example/@magazine", "https://video.example/magazine"],
    }


def test_a_magazine_without_social_accounts_has_no_same_as(client, home_page):
    assert "sameAs" not in page_data(client, home_page.url).item("Organization")


def test_other_pages_carry_no_structured_data(client, home_page, article):
    InformationPageFactory(parent=home_page, slug="a-propos")
    for url in ("/a-propos/", "/auteurs/lea-roux/", "/tags/nintendo/", "/recherche/?q=console"):
        assert page_data(client, url).json_ld == [], url


def test_a_hostile_title_and_standfirst_stay_inert_in_structured_data(client, article):
    article.title = article.standfirst = HOSTILE
    article.save_revision().publish()
    data = page_data(client, ArticlePage.objects.get(pk=article.pk).url)
    news = data.item("NewsArticle")
    assert news["headline"] == news["description"] == HOSTILE
    assert data.item("BreadcrumbList")["itemListElement"][2]["name"] == HOSTILE
    scripts = data.head.find_all("script")
    assert [script.get("type") for script in scripts if not script.get("src")] == [DATA_BLOCK] * 2
    assert "alert(1)</script>" not in data.html


def test_json_ld_escapes_what_could_end_its_element():
    html = json_ld({"text": "</script><!-- & -->"})
    assert html == (
        '<script type="application/ld+json">'
        '{"text": "\\u003C/script\\u003E\\u003C!-- \\u0026 --\\u003E"}</script>'
    )


def test_the_search_action_leads_to_the_search_page(client, home_page):
    target = page_data(client, home_page.url).item("WebSite")["potentialAction"]["target"]
    path = target.removeprefix(SITE_URL).replace("{search_term_string}", "consoles")
    assert path == reverse("search:results") + "?q=consoles"
    assert client.get(path).status_code == 200


def test_the_publisher_goes_by_the_name_of_the_news_sitemap(client, article, settings):
    settings.NEWS_PUBLICATION_NAME = "Le Magazine de la tech"
    news = page_data(client, article.url).item("NewsArticle")
    assert news["publisher"]["name"] == "Le Magazine de la tech"
    assert page_data(client, "/").item("Organization")["name"] == "Le Magazine de la tech"
