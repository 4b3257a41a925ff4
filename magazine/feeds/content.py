"""The full content of entries: each article's body as the page renders it, made fit for a
feed reader (absolute addresses, no script), and cached.

A reader opens the content away from the site, so every address in it is made absolute, a
link to a section included (against the article's address). Scripts are taken out (an
embedded post's own script, for one): a feed reader would not run them, and some would show
their text. The rendered body is kept in the shared cache per article and publication, so a
feed asks the database for no body while its articles stay as they are; a link to another
page or an embed may change without a new publication, hence a lifetime of a day.
"""

import hashlib
from urllib.parse import urljoin

from django.core.cache import cache
from django.template.loader import render_to_string

from bs4 import BeautifulSoup

from magazine.articles.models import ArticlePage

CONTENT_TIMEOUT = 24 * 3600
CONTENT_TEMPLATE = "feeds/article_content.html"
URL_ATTRIBUTES = ("href", "src", "poster", "cite")
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:text")


def absolute_url(url: str, base_url: str) -> str | None:
    """Return `url` made absolute against `base_url`; None for a script address."""
    url = url.strip()
    if url.lower().replace("\t", "").replace("\n", "").startswith(UNSAFE_SCHEMES):
        return None
    return urljoin(base_url, url)


def absolute_srcset(srcset: str, base_url: str) -> str:
    """Return a `srcset` with each candidate's address made absolute."""
    candidates = []
    for candidate in srcset.split(","):
        url, _, descriptor = candidate.strip().partition(" ")
        if url and (url := absolute_url(url, base_url)):
            candidates.append(f"{url} {descriptor}".strip())
    return ", ".join(candidates)


def feed_html(html: str, base_url: str) -> str:
    """Return `html` without scripts or event handlers, every address absolute."""
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all(["script", "noscript"]):
        script.decompose()
    for element in soup.find_all(True):
        for name in list(element.attrs):
            if name.lower().startswith("on"):
                del element[name]
        for name in URL_ATTRIBUTES:
            if element.has_attr(name):
                url = absolute_url(element[name], base_url)
                if url is None:
                    del element[name]
                else:
                    element[name] = url
        if element.has_attr("srcset"):
            element["srcset"] = absolute_srcset(element["srcset"], base_url)
    return str(soup).strip()


def content_key(article: ArticlePage, article_url: str) -> str:
    """The cache key of an article's content: its id, publication and address."""
    version = f"{article.last_published_at.isoformat()}|{article_url}"
    digest = hashlib.md5(version.encode(), usedforsecurity=False).hexdigest()
    return f"feeds:content:{article.pk}:{digest}"


def full_contents(articles: list[ArticlePage], urls: dict[int, str]) -> dict[int, str]:
    """Return the full content of each of `articles`, by id, `urls` giving their addresses.

    One cache round trip; the bodies the cache lacks are read in one query, then rendered
    (which reads their images and linked pages) and kept.
    """
    keys = {content_key(article, urls[article.pk]): article for article in articles}
    contents = {keys[key].pk: html for key, html in cache.get_many(keys).items()}
    missing = [article for article in articles if article.pk not in contents]
    if not missing:
        return contents
    bodies = dict(
        ArticlePage.objects.filter(pk__in=[article.pk for article in missing]).values_list(
            "pk", "body"
        )
    )
    rendered = {}
    for key, article in keys.items():
        if article.pk in contents:
            continue
        article.body = bodies[article.pk]
        html = render_to_string(CONTENT_TEMPLATE, {"page": article})
        contents[article.pk] = rendered[key] = feed_html(html, urls[article.pk])
    cache.set_many(rendered, timeout=CONTENT_TIMEOUT)
    return contents
