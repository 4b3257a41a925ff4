"""Reading the sitemaps a crawler gets, as XML."""

from datetime import datetime

from django.test import Client

from lxml import etree

# Where production serves the site, as the tests' Wagtail Site says.
HOST = "magazine.example"
ORIGIN = f"https://{HOST}"

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
NAMESPACES = {"sm": SITEMAP_NS, "news": NEWS_NS}
# Every sitemap of the site, the sections of /sitemap.xml included.
SITEMAP_PATHS = [
    "/sitemap.xml",
    "/sitemap-pages.xml",
    "/sitemap-authors.xml",
    "/sitemap-tags.xml",
    "/sitemap-news.xml",
]


def sitemap_root(client: Client, url: str, params: dict | None = None) -> etree._Element:
    """Return the root element of the XML at `url`, which must answer 200 as XML."""
    response = client.get(url, params)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml"), url
    return etree.fromstring(response.content)


def listed_urls(root: etree._Element) -> dict[str, datetime | None]:
    """Return each <loc> of a urlset with its <lastmod> read as a datetime, in order."""
    assert root.tag == f"{{{SITEMAP_NS}}}urlset"
    urls = {}
    for url in root.iterfind("sm:url", NAMESPACES):
        lastmod = url.findtext("sm:lastmod", namespaces=NAMESPACES)
        urls[url.findtext("sm:loc", namespaces=NAMESPACES)] = (
            datetime.fromisoformat(lastmod) if lastmod else None
        )
    return urls


def sitemap_urls(client: Client, url: str, params: dict | None = None) -> dict:
    """Return the URLs and lastmods listed by the urlset at `url`."""
    return listed_urls(sitemap_root(client, url, params))


def index_locations(root: etree._Element) -> list[str]:
    """Return the <loc> of each sitemap named by a sitemap index."""
    assert root.tag == f"{{{SITEMAP_NS}}}sitemapindex"
    return root.xpath("sm:sitemap/sm:loc/text()", namespaces=NAMESPACES)


class CrawlerClient(Client):
    """An anonymous client reading https://magazine.example/ (Django's asks for https and a
    host on each request)."""

    def __init__(self) -> None:
        super().__init__(HTTP_HOST=HOST)

    def get(self, path: str, data=None, follow: bool = False, secure: bool = True, **extra):
        return super().get(path, data, follow, secure, **extra)
