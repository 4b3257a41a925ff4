"""The magazine's feeds: the latest articles of the site, of a category, an author or a tag.

Each is Django's syndication `Feed`, in RSS 2.0 or Atom as its `feed_type` says. Every
address in a feed is built from the Wagtail site's root URL rather than the request's host,
so every reader gets the same bytes whatever host name they came by.
"""

import html
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.feedgenerator import Enclosure, SyndicationFeed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.models import Page, Site

from magazine.articles.categories import request_categories
from magazine.articles.models import ArticlePage
from magazine.articles.querysets import ArticlePageQuerySet
from magazine.authors.models import Author
from magazine.cache.fragments import generation_cached, site_id
from magazine.cache.tags import FEEDS, tag_response
from magazine.tags.views import tag_or_404

from .conditional import conditional_feed
from .content import full_contents
from .enclosures import ImageEnclosure, image_enclosures
from .entries import feed_entries
from .generators import ArticleRssFeed
from .models import FeedSettings
from .titles import feed_title, site_name, tag_subject

# How long a feed's bytes are kept at most: an article's expiry or a date to come passing
# between two of the scheduler's passes is seen by then.
FEED_PIECE_SECONDS = 600


@dataclass(frozen=True)
class Entry:
    """An article with what its entry prints that takes more than the article itself."""

    article: ArticlePage
    url: str
    enclosure: ImageEnclosure | None
    content: str | None


@dataclass(frozen=True)
class FeedSource:
    """What a feed is about: its title, description and page, and its entries."""

    title: str
    description: str
    link: str
    feed_url: str
    site_name: str
    entries: list[Entry]


@dataclass(frozen=True)
class WrittenFeed:
    """A feed as it is sent, kept in the cache: its bytes, their type and the feed's URL."""

    content: bytes
    content_type: str
    feed_url: str


@dataclass(frozen=True)
class Scope:
    """A feed's subject before its entries are read: its words, page and articles."""

    title: str
    description: str
    path: str
    articles: ArticlePageQuerySet


def html_text(text: str) -> str:
    """Return plain `text` as HTML: its <, > and & escaped, its quotes as they are."""
    return html.escape(text, quote=False)


def local_date(moment: datetime | None) -> datetime | None:
    """Return `moment` in the site's time zone, to the second, as readers see dates."""
    return timezone.localtime(moment).replace(microsecond=0) if moment else None


class ArticleFeed(Feed):
    """The latest articles of a scope that subclasses define, in RSS 2.0 or Atom.

    The instance serves every request, so nothing about one request is ever kept on it:
    `get_object()` gathers it into a FeedSource.
    """

    language = "fr"
    # The summary, read as HTML in both formats: the standfirst, after the score of a test.
    description_template = "feeds/entry_description.html"

    def __init__(self, feed_type: type[SyndicationFeed] = ArticleRssFeed) -> None:
        self.feed_type = feed_type

    @method_decorator(require_safe)
    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # Django's own __call__, but for the validators (conditional.py) and the bytes kept
        # until the content changes: building them reads and prints twenty articles, the
        # slowest answer of the site (a feed is the same for every reader, its query string
        # unused). Any article published, changed or withdrawn, an author, a tag or a setting
        # saved, renews the generation; an expiry passing is the scheduler's unpublishing.
        written = generation_cached(
            "feed",
            (site_id(request), request.path),
            lambda: self.written(request, *args, **kwargs),
            timeout=FEED_PIECE_SECONDS,
        )
        response = HttpResponse(written.content, content_type=written.content_type)
        # Public for shared caches like the pages (magazine/cache/policy.py), and purged with
        # them: any article published, changed or withdrawn purges every feed.
        return tag_response(conditional_feed(request, response, written.feed_url), FEEDS)

    def written(self, request: HttpRequest, *args, **kwargs) -> WrittenFeed:
        """Return the feed's bytes for this request's URL; raise Http404 if it has none."""
        source = self.get_object(request, *args, **kwargs)
        feed = self.get_feed(source, request)
        response = HttpResponse(content_type=feed.content_type)
        feed.write(response, "utf-8")
        return WrittenFeed(response.content, feed.content_type, source.feed_url)

    def scope(self, request: HttpRequest, site: Site, **kwargs) -> Scope:
        """Return the scope of this feed for the URL's arguments; raise Http404 if none."""
        raise NotImplementedError

    def get_object(self, request: HttpRequest, **kwargs) -> FeedSource:
        """Return the feed's subject and its entries, each with what it prints."""
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("Aucun site ne sert cette adresse")
        scope = self.scope(request, site, **kwargs)
        articles = feed_entries(scope.articles, request)
        urls = {article.pk: article.get_full_url(request) for article in articles}
        enclosures = image_enclosures(articles, site.root_url)
        contents = {}
        if FeedSettings.for_site(site).full_content:
            contents = full_contents(articles, urls)
        return FeedSource(
            title=scope.title,
            description=scope.description,
            link=urljoin(site.root_url, scope.path),
            feed_url=urljoin(site.root_url, request.path),
            site_name=site_name(site),
            entries=[
                Entry(
                    article=article,
                    url=urls[article.pk],
                    enclosure=enclosures.get(article.pk),
                    content=contents.get(article.pk),
                )
                for article in articles
            ],
        )

    def title(self, source: FeedSource) -> str:
        return source.title

    def description(self, source: FeedSource) -> str:
        return source.description

    def link(self, source: FeedSource) -> str:
        return source.link

    def feed_url(self, source: FeedSource) -> str:
        return source.feed_url

    def author_name(self, source: FeedSource) -> str:
        # Atom asks for an author on every entry, or on the feed for entries without one.
        return source.site_name

    def items(self, source: FeedSource) -> list[Entry]:
        return source.entries

    def item_title(self, entry: Entry) -> str:
        # Many RSS readers read titles as HTML, Atom's are text (type="text"): escaped for
        # RSS only, as Django does (Django ticket #6533), but quotes kept, which text needs
        # no escape for: French titles are full of apostrophes that a reader reading the
        # title as text would show as "&#x27;".
        title = entry.article.title
        return html_text(title) if issubclass(self.feed_type, ArticleRssFeed) else title

    def item_link(self, entry: Entry) -> str:
        return entry.url

    def item_guid(self, entry: Entry) -> str:
        # Wagtail's translation key never changes for a page: not on an edit, a new slug or a
        # move, so a reader never shows the same article twice.
        return f"urn:uuid:{entry.article.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, entry: Entry) -> datetime | None:
        return local_date(entry.article.first_published_at)

    def item_updateddate(self, entry: Entry) -> datetime | None:
        # Its newest update note, else its first publication: a typo fixed without a note
        # tells no reader the article changed (Atom's <updated>, and the feed's own).
        return local_date(entry.article.modified_at)

    def item_categories(self, entry: Entry) -> list[str]:
        category = entry.article.category
        tags = [link.tag.name for link in entry.article.tagged_items.all()]
        return [category.title, *tags] if category else tags

    def item_enclosures(self, entry: Entry) -> list[Enclosure]:
        if entry.enclosure is None:
            return []
        return [
            Enclosure(
                url=entry.enclosure.url,
                length=str(entry.enclosure.length),
                mime_type=entry.enclosure.mime_type,
            )
        ]

    def item_extra_kwargs(self, entry: Entry) -> dict:
        # Names only: an author's e-mail address never leaves the newsroom.
        return {
            "authors": [author.name for author in entry.article.signing_authors],
            "content": entry.content,
        }


class SiteFeed(ArticleFeed):
    """The latest articles of the whole site, at /feed/."""

    def scope(self, request: HttpRequest, site: Site, **kwargs) -> Scope:
        return Scope(
            title=feed_title(site),
            description=_("Les derniers articles de %(site)s.") % {"site": site_name(site)},
            path="/",
            articles=ArticlePage.objects.descendant_of(site.root_page),
        )


class CategoryFeed(ArticleFeed):
    """The latest articles of a category, at /<category>/feed/."""

    def scope(self, request: HttpRequest, site: Site, category: str = "", **kwargs) -> Scope:
        # The site's live, public categories are cached: an unknown or hidden one costs no
        # query. Only the site root's children have the address /<slug>/.
        depth = site.root_page.depth + 1
        link = next(
            (
                link
                for link in request_categories(request)
                if link.slug == category and len(link.path) == depth * Page.steplen
            ),
            None,
        )
        if link is None:
            raise Http404("Rubrique inconnue")
        return Scope(
            title=feed_title(site, link.title),
            description=_("Les derniers articles de la rubrique « %(category)s ».")
            % {"category": link.title},
            path=link.url,
            articles=ArticlePage.objects.filter(path__startswith=link.path),
        )


class AuthorFeed(ArticleFeed):
    """The latest articles an author signed, at /auteurs/<slug>/feed/."""

    def scope(self, request: HttpRequest, site: Site, slug: str = "", **kwargs) -> Scope:
        author = get_object_or_404(Author, slug=slug)
        return Scope(
            title=feed_title(site, author.name),
            description=_("Les derniers articles signés par %(author)s.") % {"author": author.name},
            path=reverse("authors:detail", args=[author.slug]),
            articles=ArticlePage.objects.filter(authors__author=author),
        )


class TagFeed(ArticleFeed):
    """The latest articles with a tag, at /tags/<slug>/feed/.

    Like the tag's page, a tag that no live article carries has no feed: tags of drafts stay
    unpublished.
    """

    def scope(self, request: HttpRequest, site: Site, slug: str = "", **kwargs) -> Scope:
        tag = tag_or_404(slug)
        return Scope(
            title=feed_title(site, tag_subject(tag.name)),
            description=_("Les derniers articles sur « %(tag)s ».") % {"tag": tag.name},
            path=reverse("tags:detail", args=[tag.slug]),
            articles=ArticlePage.objects.filter(tagged_items__tag=tag),
        )

    def get_object(self, request: HttpRequest, **kwargs) -> FeedSource:
        source = super().get_object(request, **kwargs)
        if not source.entries:
            raise Http404("Aucun article publié avec ce mot-clé")
        return source
