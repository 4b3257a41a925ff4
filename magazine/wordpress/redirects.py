"""Permanent redirects from a WordPress site's old addresses to the imported pages.

Wagtail's redirects (wagtail.contrib.redirects) hold them, so editors see and change them
in the admin. Those with a query string (`/?p=12`, `/?page_id=3`) reach the home page, which
answers 200 before Wagtail's redirect middleware looks (it only acts on a 404):
`middleware.WordPressQueryRedirectMiddleware` answers them.
"""

from typing import NamedTuple
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from magazine.articles.slugs import RESERVED_SLUGS

# The query parameters by which WordPress finds a post, page, attachment or archive.
QUERY_KEYS = frozenset({"p", "page_id", "attachment_id", "cat", "tag", "author"})


def old_path(url: str) -> str:
    """Return a WordPress URL as the path Wagtail's redirects are keyed by ('' if none)."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if path == "/index.php":
        path = "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return Redirect.normalise_path(path) if path != "/" else ""


class Added(NamedTuple):
    """What `add_redirects` did: how many redirects it made, and the paths it found leading
    elsewhere and kept."""

    created: int
    kept: list[str]


def add_redirects(site: Site, urls: list[str], page: Page | None = None, link: str = "") -> Added:
    """Make each of `urls` redirect permanently to `page` (or `link`).

    A path already redirected elsewhere (by an editor, or for another blog's item of the
    same id) is kept: an import never takes an address away. Two queries at most whatever
    their number: the site's redirects of those paths, then the new ones created together.
    """
    target = link or (page.relative_url(site) if page is not None else "")
    paths = {old_path(url) for url in urls} - {""}
    if target:
        # A URL is never redirected to itself.
        paths.discard(Redirect.normalise_path(target))
    if not paths:
        return Added(0, [])
    wanted = (page.pk if page is not None else None, link, True)
    found = {
        path: tuple(got)
        for path, *got in Redirect.objects.filter(site=site, old_path__in=paths).values_list(
            "old_path", "redirect_page", "redirect_link", "is_permanent"
        )
    }
    new = sorted(paths - found.keys())
    Redirect.objects.bulk_create(
        [
            Redirect(
                old_path=path, site=site, redirect_page=page, redirect_link=link, is_permanent=True
            )
            for path in new
        ]
    )
    return Added(len(new), sorted(path for path, got in found.items() if got != wanted))


def shadows_site_url(path: str) -> bool:
    """Whether a page at `path` ('/slug/') would be hidden by one of the site's own URLs."""
    slug = path.strip("/").split("/")[-1]
    if slug in RESERVED_SLUGS:
        return True
    for prefix in (settings.MEDIA_URL, settings.STATIC_URL):
        if prefix and path.startswith(prefix):
            return True
    # A category's articles live below it: /auteurs/<article>/ would be an author's page.
    for probe in (path, f"{path}article/"):
        try:
            match = resolve(probe)
        except Resolver404:
            continue
        if match.url_name != "wagtail_serve":
            return True
    return False
