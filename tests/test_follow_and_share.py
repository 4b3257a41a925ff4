"""The follow call to action and social links come from the site settings; share links
load nothing from elsewhere."""

from urllib.parse import parse_qs, quote, urlsplit

from wagtail.models import Site

from magazine.social.models import SocialSettings
from tests.factories.pages import ArticlePageFactory
from tests.support.html import soup


def test_follow_box_shows_the_site_settings(client, category):
    article = ArticlePageFactory(parent=category)
    assert "Suivez le magazine" in client.get(article.url).content.decode()  # now cached
    settings = SocialSettings.for_site(Site.objects.get(is_default_site=True))
    settings.follow_title = "Recevez notre lettre"
    settings.follow_url = "https://example.org/lettre"
    settings.links = [("link", {"network": "mastodon", "url": "https://mastodon.example/@mag"})]
    settings.save()
    page = soup(client.get(article.url))
    follow = page.select_one(".follow")
    assert follow.h2.get_text() == "Recevez notre lettre"
    assert follow.select_one("a.button")["href"] == "https://example.org/lettre"
    assert follow.select_one(".follow__links a").get_text() == "Mastodon"


def test_share_links_carry_the_article_address(client, category):
    article = ArticlePageFactory(parent=category, slug="un-article")
    page = soup(client.get(article.url))
    hrefs = [a["href"] for a in page.select(".share a")]
    assert any("un-article" in href for href in hrefs)
    assert all(a.get("rel") for a in page.select(".share a[target=_blank]"))


# Each network's share address, and the query parameter that carries the article's address.
NETWORKS = {
    "X": ("https://x.com/intent/post?", "url"),
    "Facebook": ("https://www.facebook.com/sharer/sharer.php?", "u"),
    "LinkedIn": ("https://www.linkedin.com/sharing/share-offsite/?", "url"),
    "Bluesky": ("https://bsky.app/intent/compose?", "text"),
    "Mastodon": ("/partager/mastodon/?", "url"),
    "WhatsApp": ("https://wa.me/?", "text"),
    "E-mail": ("mailto:?", "body"),
}


def share_links(client, article) -> dict:
    """Return the share block's links, by their visible name."""
    page = soup(client.get(article.url))
    return {
        "".join(link.find_all(string=True, recursive=False)).strip(): link
        for link in page.select(".share a")
    }


def test_each_network_gets_the_article_address_in_its_own_share_address(client, category):
    article = ArticlePageFactory(parent=category, slug="un-article", title="Un titre & co")
    links = share_links(client, article)
    assert list(links) == [*NETWORKS, "Copier le lien"]
    for name, (prefix, parameter) in NETWORKS.items():
        href = links[name]["href"]
        assert href.startswith(prefix), name
        assert quote(article.full_url, safe="") in href, name
        assert article.full_url in parse_qs(urlsplit(href).query)[parameter][0], name


def test_links_that_open_a_new_tab_say_so_to_screen_readers(client, category):
    links = share_links(client, ArticlePageFactory(parent=category))
    new_tabs = [name for name, link in links.items() if link.get("target") == "_blank"]
    assert new_tabs == ["X", "Facebook", "LinkedIn", "Bluesky", "Mastodon", "WhatsApp"]
    for name in new_tabs:
        assert "noopener" in links[name]["rel"]
        assert links[name].select_one(".visually-hidden").get_text() == " (nouvel onglet)"


def test_the_share_block_loads_nothing(client, category):
    page = soup(client.get(ArticlePageFactory(parent=category).url))
    share = page.select_one(".share")
    assert not share.select("script, img, iframe, object, embed, link, style, form")


def test_copy_the_link_is_a_link_to_the_article_itself_without_javascript(client, category):
    article = ArticlePageFactory(parent=category)
    page = soup(client.get(article.url))
    copy = page.select_one(".share a[data-copy-link]")
    assert copy.get_text() == "Copier le lien"
    assert copy["href"] == page.find("link", rel="canonical")["href"] == article.full_url
    status = page.find(id=copy["data-copy-link"])
    assert status["role"] == "status" and status["aria-live"] == "polite"
    assert page.find("script", src="/static/js/copy-link.js").has_attr("defer")


def test_the_mastodon_link_opens_our_share_page_for_the_article(client, category):
    article = ArticlePageFactory(parent=category, title="Un titre & co")
    shared = soup(client.get(share_links(client, article)["Mastodon"]["href"]))
    assert shared.select_one("input[name=url]")["value"] == article.full_url
    assert shared.select_one("input[name=text]")["value"] == "Un titre & co"
