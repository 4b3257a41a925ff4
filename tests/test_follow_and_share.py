"""The follow call to action and social links come from the site settings."""

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
