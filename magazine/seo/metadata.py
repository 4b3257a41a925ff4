"""What each public page tells search engines and social networks, as one `PageMeta`.

`includes/page_meta.html` prints it: the document title, the description, the robots rules,
the canonical address, Open Graph and Twitter tags, and the structured data. A function per
kind of page builds it from what the page already has in hand (the article with its authors,
tags and hero image, the page of a listing…), so it costs no query once renditions and
settings are cached.

Addresses are absolute on the Wagtail site that serves the request (its hostname and port,
as `Page.full_url` makes them), never on the request's Host header.
"""

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from django.conf import settings
from django.core.paginator import Page as ListingPage
from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from taggit.models import Tag
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Page, Site

from magazine.articles.images import OPEN_GRAPH_SPEC, STRUCTURED_DATA_SPECS
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.authors.models import Author
from magazine.comments.models import Comment
from magazine.reviews.models import Game, Product, plain_number
from magazine.series.models import Series
from magazine.social.models import SocialSettings

from . import structured_data as schema
from .publication import publication_name

# The magazine's logo for search engines and social networks (the Organization and the
# publisher of every article, the share image of pages that have none of their own). A PNG:
# social networks read no SVG. Square and over 112 px a side, as Google asks of a logo;
# shipped with the static files, so it costs no query and changes with a deployment.
LOGO_PATH = "img/logo.png"
LOGO_WIDTH = LOGO_HEIGHT = 512

# Google shows about 155 characters of a description; a bio is cut a little after.
DESCRIPTION_LENGTH = 160


@dataclass(frozen=True)
class SiteFacts:
    """The site a page belongs to: its name, its address, the Wagtail site (for its
    settings), and the name its articles' publisher goes by (as in the news sitemap)."""

    name: str
    root_url: str
    site: Site | None
    publisher_name: str

    def absolute(self, url: str) -> str:
        """Return `url`, a path or already absolute (media on a CDN), as an absolute URL."""
        return urljoin(self.root_url + "/", url)

    @property
    def home_url(self) -> str:
        return self.absolute(reverse("wagtail_serve", args=[""]))


@dataclass(frozen=True)
class ShareImage:
    """An image as social networks fetch it: absolute URL, size in pixels, alt text."""

    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class ArticleFacts:
    """Open Graph's article:* properties: dates, authors' pages, section and tags."""

    published_time: str
    modified_time: str
    author_urls: tuple[str, ...]
    section: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class PageMeta:
    """Everything a page's <head> says about it to search engines and social networks.

    No canonical address on a page kept out of search engines: Google reads a canonical
    as « index this address instead », which a noindex contradicts.
    """

    document_title: str
    title: str
    description: str
    site_name: str
    canonical_url: str = ""
    og_type: str = "website"
    image: ShareImage | None = None
    noindex: bool = False
    article: ArticleFacts | None = None
    structured_data: tuple[dict, ...] = ()

    @property
    def robots(self) -> str:
        """The robots rules: out of the index, or in it with large image previews.

        Without max-image-preview:large, Google Discover and the results show a thumbnail
        at most; « follow » keeps the links of a noindexed page worth following.
        """
        return "noindex, follow" if self.noindex else "max-image-preview:large"

    @property
    def twitter_card(self) -> str:
        """The large card for a wide image; the small one for the square logo, or nothing."""
        if self.image and self.image.width > self.image.height:
            return "summary_large_image"
        return "summary"


def site_facts(request: HttpRequest) -> SiteFacts:
    """Return the name and address of the Wagtail site serving `request`.

    base.html has already looked the site up, and Wagtail keeps it on the request.
    """
    site = Site.find_for_request(request)
    publisher = publication_name(request)
    if site is None:  # no site for this host and no default one: the request's own host
        root_url = request.build_absolute_uri("/")[:-1]
        return SiteFacts(settings.WAGTAIL_SITE_NAME, root_url, None, publisher)
    return SiteFacts(site.site_name or settings.WAGTAIL_SITE_NAME, site.root_url, site, publisher)


def document_title(title: str, site_name: str, page_number: int = 1) -> str:
    """Return the <title>: « Titre · Magazine », « Titre – page 2 · Magazine »."""
    if page_number > 1:
        title = _("%(title)s – page %(number)d") % {"title": title, "number": page_number}
    return _("%(title)s · %(site)s") % {"title": title, "site": site_name}


def listing_url(url: str, listing: ListingPage | None) -> str:
    """Return `url` for the page of `listing` shown: as is for the first, ?page=N after."""
    if listing is None or listing.number == 1:
        return url
    return f"{url}?{urlencode({'page': listing.number})}"


def iso_datetime(value: datetime | None) -> str:
    """Return `value` in ISO 8601 with its offset, in the site's time zone; "" for none."""
    return timezone.localtime(value).isoformat(timespec="seconds") if value else ""


def logo(site: SiteFacts) -> ShareImage:
    """The logo, as the share image of pages that have none of their own."""
    return ShareImage(site.absolute(static(LOGO_PATH)), LOGO_WIDTH, LOGO_HEIGHT, site.name)


def publisher(site: SiteFacts) -> dict:
    """The magazine as schema.org's Organization, its social accounts as `sameAs`."""
    image = logo(site)
    return schema.organization(
        name=site.publisher_name,
        url=site.home_url,
        logo=schema.image_object(image.url, image.width, image.height),
        same_as=social_profiles(site),
    )


def social_profiles(site: SiteFacts) -> list[str]:
    """The addresses of the magazine's accounts (site settings, cached); not its feed."""
    if site.site is None:
        return []
    links = SocialSettings.for_site(site.site).links
    return [link.value["url"] for link in links if link.value["network"] != "rss"]


def website_meta(
    site: SiteFacts,
    title: str,
    description: str,
    canonical_url: str = "",
    listing: ListingPage | None = None,
    **fields,
) -> PageMeta:
    """A page that is not an article: its title, description and address, the logo."""
    return PageMeta(
        document_title=document_title(title, site.name, listing.number if listing else 1),
        title=title,
        description=description,
        site_name=site.name,
        canonical_url=listing_url(canonical_url, listing) if canonical_url else "",
        image=logo(site),
        **fields,
    )


def page_meta(request: HttpRequest, page: Page, default_description: str) -> PageMeta:
    """A page of the tree: its promote tab's title, else its title; its description (every
    page type of the magazine says it with `get_meta_description()`)."""
    return website_meta(
        site_facts(request),
        title=page.seo_title or page.title,
        description=page.get_meta_description() or default_description,
        canonical_url=page.get_full_url(request) or "",
    )


def home_meta(request: HttpRequest, page: Page, default_description: str) -> PageMeta:
    """The home page: the magazine's name as its title, the site and its publisher."""
    site = site_facts(request)
    title = page.seo_title or site.name
    search_url = site.absolute(reverse("search:results"))
    return PageMeta(
        document_title=title,
        title=title,
        description=page.get_meta_description() or default_description,
        site_name=site.name,
        canonical_url=site.home_url,
        image=logo(site),
        structured_data=(
            schema.website(site.name, site.home_url, search_url),
            schema.top_level(publisher(site)),
        ),
    )


def category_meta(
    request: HttpRequest, page: CategoryPage, listing: ListingPage, default_description: str
) -> PageMeta:
    """A category, on the page of its articles shown, with its place under the home page."""
    site = site_facts(request)
    url = page.get_full_url(request) or ""
    trail = [(_("Accueil"), site.home_url), (page.title, url)]
    return website_meta(
        site,
        title=page.seo_title or page.title,
        description=page.get_meta_description() or default_description,
        canonical_url=url,
        listing=listing,
        structured_data=(schema.breadcrumb_list(trail),),
    )


def author_meta(request: HttpRequest, author: Author, listing: ListingPage) -> PageMeta:
    """An author's page: their name, the start of their bio."""
    site = site_facts(request)
    description = Truncator(author.bio).chars(DESCRIPTION_LENGTH) or _(
        "Les articles signés par %(name)s."
    ) % {"name": author.name}
    return website_meta(
        site,
        title=author.name,
        description=description,
        canonical_url=site.absolute(reverse("authors:detail", args=[author.slug])),
        listing=listing,
    )


def tag_meta(request: HttpRequest, tag: Tag, listing: ListingPage) -> PageMeta:
    """A tag's page."""
    site = site_facts(request)
    return website_meta(
        site,
        title=_("Mot-clé « %(name)s »") % {"name": tag.name},
        description=_("Les articles du magazine sur « %(name)s ».") % {"name": tag.name},
        canonical_url=site.absolute(reverse("tags:detail", args=[tag.slug])),
        listing=listing,
    )


def hub_meta(request: HttpRequest, item: Game | Product, listing: ListingPage) -> PageMeta:
    """A game's or a product's hub, on the page of its articles shown."""
    site = site_facts(request)
    name = item.title if isinstance(item, Game) else item.full_name
    return website_meta(
        site,
        title=name,
        description=_("Tout sur %(name)s : sa fiche, notre test et nos articles.") % {"name": name},
        canonical_url=site.absolute(item.get_absolute_url()),
        listing=listing,
    )


def series_meta(request: HttpRequest, series: Series, listing: ListingPage) -> PageMeta:
    """A series' page, on the page of its episodes shown."""
    site = site_facts(request)
    return website_meta(
        site,
        title=series.title,
        description=series.description
        or _("Tous les épisodes de la série « %(title)s », dans l'ordre.")
        % {"title": series.title},
        canonical_url=site.absolute(series.get_absolute_url()),
        listing=listing,
    )


def category_tests_meta(
    request: HttpRequest, category: CategoryPage, listing: ListingPage
) -> PageMeta:
    """A category's tests, on the page of them shown."""
    site = site_facts(request)
    return website_meta(
        site,
        title=_("Tests : %(category)s") % {"category": category.title},
        description=_("Nos tests de la rubrique %(category)s, avec leur note.")
        % {"category": category.title},
        canonical_url=site.absolute(reverse("reviews:category_tests", args=[category.slug])),
        listing=listing,
    )


def calendar_meta(request: HttpRequest, platform: str) -> PageMeta:
    """The release calendar, on every platform or one (each its own address)."""
    site = site_facts(request)
    address = reverse("reviews:calendar") + (f"?plateforme={platform}" if platform else "")
    return website_meta(
        site,
        title=_("Calendrier des sorties"),
        description=_("Les prochains jeux vidéo, mois par mois, et sur quelles plateformes."),
        canonical_url=site.absolute(address),
    )


def search_meta(request: HttpRequest, text: str, listing: ListingPage | None) -> PageMeta:
    """The search results: kept out of search engines (results of results are no content,
    and any query would make a new page of them)."""
    title = _("Recherche « %(text)s »") % {"text": text} if text else _("Recherche")
    return website_meta(
        site_facts(request),
        title=title,
        description=_("Rechercher parmi les articles du magazine."),
        listing=listing,
        noindex=True,
    )


def reply_meta(request: HttpRequest, comment: Comment, article: ArticlePage) -> PageMeta:
    """The page to reply to a comment on `article`: kept out of search engines, the comment
    is already on the article's page."""
    return website_meta(
        site_facts(request),
        title=_("Répondre à %(name)s") % {"name": comment.name},
        description=_("Répondre à un commentaire de l'article « %(title)s ».")
        % {"title": article.title},
        noindex=True,
    )


def noindex_meta(request: HttpRequest, title: str, description: str) -> PageMeta:
    """A page kept out of search engines, with nothing but a title and a description.

    Error pages (not found, refused comment), whatever their status, and the Mastodon share
    page, a form that every shared address makes a page of its own.
    """
    return website_meta(site_facts(request), title, description, noindex=True)


def article_meta(request: HttpRequest, article: ArticlePage, category: CategoryPage) -> PageMeta:
    """An article: Open Graph's article type, its hero image, a NewsArticle and breadcrumbs.

    Authors, tags, hero image and category come with the article from its category's
    routing; the four renditions come from one call, from the cache once made.
    """
    site = site_facts(request)
    url = article.get_full_url(request) or ""
    category_url = category.get_full_url(request) or ""
    description = article.get_meta_description()
    authors = [
        (author.name, site.absolute(reverse("authors:detail", args=[author.slug])))
        for author in article.signing_authors
    ]
    tags = tuple(tag.name for tag in article.tags.all())
    published = iso_datetime(article.first_published_at)
    modified = iso_datetime(article.updated_at) or published
    share_image, images = hero_images(site, article)
    people = [schema.person(name, author_url) for name, author_url in authors]
    news_article = schema.news_article(
        headline=article.title,
        description=description,
        url=url,
        images=images,
        published=published,
        modified=modified,
        authors=people,
        publisher=publisher(site),
        section=category.title,
        keywords=list(tags),
        word_count=article.word_count,
        review=review_data(site, article, people),
    )
    trail = [(_("Accueil"), site.home_url), (category.title, category_url), (article.title, url)]
    return PageMeta(
        document_title=document_title(article.seo_title or article.title, site.name),
        title=article.seo_title or article.title,
        description=description,
        site_name=site.name,
        canonical_url=url,
        og_type="article",
        image=share_image,
        article=ArticleFacts(
            published_time=published,
            modified_time=modified,
            author_urls=tuple(author_url for _name, author_url in authors),
            section=category.title,
            tags=tags,
        ),
        structured_data=(news_article, schema.breadcrumb_list(trail)),
    )


def review_data(site: SiteFacts, article: ArticlePage, authors: list[dict]) -> dict | None:
    """The article's test as a Review of its game or product, or None without a test box."""
    box = next((block.value for block in article.body if block.block_type == "review"), None)
    if box is None or box.item is None:
        return None
    if game := box.get("game"):
        platforms = sorted({release.get_platform_display() for release in game.releases.all()})
        url = site.absolute(game.get_absolute_url())
        item = schema.video_game(game.title, url, platforms, game.publisher)
    else:
        item_product = box["product"]
        url = site.absolute(item_product.get_absolute_url())
        item = schema.product(item_product.full_name, item_product.brand, url)
    rating = None
    if box.has_score:
        scale = box["scale"]
        rating = schema.rating(
            box.score_value, plain_number(scale.maximum, "."), plain_number(scale.minimum, ".")
        )
    return schema.review(item, authors, box["verdict"], rating)


def hero_images(site: SiteFacts, article: ArticlePage) -> tuple[ShareImage | None, list[dict]]:
    """Return the article's Open Graph image and its structured data images (16:9, 4:3, 1:1).

    An article without a hero image shows none rather than the logo: search engines want
    an image of the article itself.
    """
    image = article.hero_image
    if image is None:
        return None, []
    renditions = get_renditions_or_not_found(image, (OPEN_GRAPH_SPEC, *STRUCTURED_DATA_SPECS))
    card = renditions[OPEN_GRAPH_SPEC]
    share_image = ShareImage(site.absolute(card.url), card.width, card.height, article.hero_alt)
    images = [
        schema.image_object(site.absolute(rendition.url), rendition.width, rendition.height)
        for rendition in (renditions[spec] for spec in STRUCTURED_DATA_SPECS)
    ]
    return share_image, images
