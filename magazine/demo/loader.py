"""Load the demo content into the database, creating only what is missing.

Every object is found by a natural key (slug, or title within the "Démo" collection)
before it is created, so a second run creates nothing: no page, revision or image.
Pages are published through Wagtail's revisions; each page gets exactly one revision.
"""

import io
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Collection, Page, Revision, Site

from home.models import HomePage
from magazine.articles import stream_data
from magazine.articles.blocks import ArticleBodyBlock
from magazine.articles.models import (
    ArticlePage,
    ArticlePageAuthor,
    ArticlePageRelatedArticle,
    ArticlePageUpdate,
    CategoryPage,
)
from magazine.articles.stream_data import RawBlock
from magazine.authors.models import Author
from magazine.pages.blocks import InformationBodyBlock
from magazine.pages.models import InformationPage, LegalSettings
from magazine.reviews.models import (
    DEFAULT_OLD_AFTER_MONTHS,
    Game,
    GameRelease,
    Product,
    ProductSpecification,
    RatingRange,
    RatingScale,
    ReviewSettings,
)
from magazine.reviews.release_dates import Precision
from magazine.series.models import Series
from magazine.social.models import SocialSettings

from . import images
from .comments import ensure_comment_settings, ensure_comments
from .content import CATEGORIES, catalogue, information, series, site
from .content.base import (
    ILLUSTRATION_CREDIT,
    TAGS,
    DemoArticle,
    DemoAuthor,
    DemoCategory,
    DemoFigure,
    DemoInformationPage,
    DemoReview,
    DemoSeries,
    DemoSheet,
)
from .content.catalogue import DemoGame, DemoProduct, DemoRelease, DemoScale

COLLECTION_NAME = "Démo"
DAYS_BETWEEN_ARTICLES = 6
PUBLICATION_TIMES = ((7, 30), (9, 0), (11, 15), (14, 0), (17, 45))
WELCOME_PAGE_SLUG = "home"
PROTOCOL_SLUG = "notre-protocole-de-test"

Image = get_image_model()


def publication_schedule(now: datetime) -> dict[str, datetime]:
    """When each article was first published: every few days, categories interleaved.

    The newest article of each category comes first, then the second of each, and so on;
    the offsets are fixed, so only `now` moves the whole schedule.
    """
    local_now = timezone.localtime(now)
    depth = max(len(category.articles) for category in CATEGORIES)
    order = [
        category.articles[rank]
        for rank in range(depth)
        for category in CATEGORIES
        if rank < len(category.articles)
    ]
    schedule = {}
    for index, article in enumerate(order):
        hour, minute = PUBLICATION_TIMES[index % len(PUBLICATION_TIMES)]
        day = local_now - timedelta(days=1 + index * DAYS_BETWEEN_ARTICLES)
        schedule[article.slug] = day.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return schedule


def demo_address() -> tuple[str, int]:
    """Return the host and port the demo is served from: those of WAGTAILADMIN_BASE_URL,
    which `make run` sets to its own port. Canonical links, feeds and sitemaps print the
    site's address, so they lead back to the running demo."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return address.hostname or "localhost", address.port or (
        443 if address.scheme == "https" else 80
    )


def release_date(today: date, release: DemoRelease) -> date:
    """The first day of the period `release.offset` periods from `today`, as a date of its
    precision is kept (a quarter's first day, a year's 1 January)."""
    if release.precision == Precision.DAY:
        return today + timedelta(days=release.offset)
    if release.precision == Precision.YEAR:
        return date(today.year + release.offset, 1, 1)
    months = 3 if release.precision == Precision.QUARTER else 1
    first_month = (today.month - 1) // months * months
    index = today.year * 12 + first_month + release.offset * months
    return date(index // 12, index % 12 + 1, 1)


class DemoLoader:
    """Creates the demo site step by step and counts what it created."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or timezone.now()
        self.created: Counter[str] = Counter()
        self.body_block = ArticleBodyBlock()
        self.information_body_block = InformationBodyBlock()
        self._collection: Collection | None = None
        self.scale: RatingScale | None = None
        self.games: dict[str, Game] = {}
        self.products: dict[str, Product] = {}
        self.protocol: InformationPage | None = None
        self.series: dict[str, Series] = {}

    def run(self) -> Counter[str]:
        """Load everything missing and return how many objects of each kind were created."""
        authors = {demo.slug: self.ensure_author(demo) for demo in site.AUTHORS}
        home = self.ensure_home()
        default_site = self.ensure_site(home)
        self.remove_welcome_page()
        categories = {demo.slug: self.ensure_category(home, demo) for demo in CATEGORIES}
        # Before the articles: tests link to the protocol page, their games and products.
        for demo in information.PAGES:
            self.ensure_information_page(home, demo)
        self.scale = self.ensure_scale(catalogue.SCALE)
        self.games = {demo.slug: self.ensure_game(demo) for demo in catalogue.GAMES}
        self.products = {demo.slug: self.ensure_product(demo) for demo in catalogue.PRODUCTS}
        self.protocol = InformationPage.objects.filter(slug=PROTOCOL_SLUG).first()
        self.series = {demo.slug: self.ensure_series(demo) for demo in series.SERIES}
        articles = self.ensure_articles(home, categories, authors)
        for demo in CATEGORIES:
            featured = articles.get(demo.featured) if demo.featured else None
            self.publish_once(categories[demo.slug], "featured_article", featured)
        self.publish_once(home, "lead_article", articles.get(site.LEAD_ARTICLE))
        self.ensure_social_settings(default_site)
        self.ensure_legal_settings(default_site)
        self.ensure_review_settings(default_site)
        # Counter addition keeps only what was created: a second run reports nothing.
        self.created += Counter(
            {
                "comments": ensure_comments(articles),
                "comment settings": ensure_comment_settings(default_site),
            }
        )
        return self.created

    # Images and authors

    @property
    def collection(self) -> Collection:
        """The "Démo" collection that holds every generated image."""
        if self._collection is None:
            root = Collection.get_first_root_node()
            self._collection = Collection.objects.child_of(root).filter(
                name=COLLECTION_NAME
            ).first() or root.add_child(name=COLLECTION_NAME)
        return self._collection

    def ensure_image(
        self, title: str, description: str, render: Callable[[], bytes]
    ) -> AbstractImage:
        """The demo image called `title`, drawn by `render` only if it does not exist yet."""
        image = Image.objects.filter(collection=self.collection, title=title).first()
        if image is not None:
            return image
        filename = f"{slugify(title)[:80] or 'demo'}.jpg"
        image = Image(title=title, description=description, collection=self.collection)
        image.file = ImageFile(io.BytesIO(render()), name=filename)
        image._set_image_file_metadata()
        image.save()
        self.created["images"] += 1
        return image

    def ensure_author(self, demo: DemoAuthor) -> Author:
        """The author with `demo.slug`, created with a portrait if missing."""
        author = Author.objects.filter(slug=demo.slug).first()
        if author is not None:
            return author
        photo = self.ensure_image(
            f"Portrait de {demo.name}",
            f"Portrait stylisé de {demo.name} : une silhouette sur un fond dégradé.",
            lambda: images.render_portrait(demo.slug),
        )
        self.created["authors"] += 1
        return Author.objects.create(name=demo.name, slug=demo.slug, bio=demo.bio, photo=photo)

    # Page tree and site

    def ensure_home(self) -> HomePage:
        """The home page at the top of the tree; created unpublished, published at the end."""
        home = HomePage.objects.filter(depth=2).first()
        if home is not None:
            return home
        self.created["home pages"] += 1
        return Page.get_first_root_node().add_child(
            instance=HomePage(
                title=site.HOME_TITLE,
                slug=site.HOME_SLUG,
                introduction=site.HOME_INTRODUCTION,
                live=False,
            )
        )

    def ensure_site(self, home: HomePage) -> Site:
        """The default site, rooted at the home page, at the address the demo is served from."""
        hostname, port = demo_address()
        current = Site.objects.filter(is_default_site=True).first()
        current = current or Site.objects.filter(hostname=hostname, port=port).first()
        current = current or Site(hostname=hostname, port=port)
        wanted = {
            "hostname": hostname,
            "port": port,
            "is_default_site": True,
            "site_name": site.SITE_NAME,
            "root_page_id": home.pk,
        }
        if current.pk is None or any(getattr(current, k) != v for k, v in wanted.items()):
            for name, value in wanted.items():
                setattr(current, name, value)
            current.save()
        return current

    def remove_welcome_page(self) -> None:
        """Delete Wagtail's "Welcome to your new Wagtail site!" page if it is still there."""
        for page in Page.objects.filter(depth=2, slug=WELCOME_PAGE_SLUG, numchild=0):
            if page.specific_class is Page and not page.sites_rooted_here.exists():
                page.delete()

    def ensure_category(self, home: HomePage, demo: DemoCategory) -> CategoryPage:
        """The category with `demo.slug` under the home page, created unpublished."""
        category = CategoryPage.objects.child_of(home).filter(slug=demo.slug).first()
        if category is not None:
            return category
        self.created["categories"] += 1
        return home.add_child(
            instance=CategoryPage(
                title=demo.title,
                slug=demo.slug,
                description=demo.description,
                show_in_menus=True,
                live=False,
            )
        )

    def publish_once(self, page: Page, field: str, target: ArticlePage | None) -> None:
        """Publish `page` with `field` set to `target`, once.

        A page created by this loader is published here for the first time, after the
        articles it points to exist; a live page is left alone unless `field` is empty.
        """
        if page.live and (getattr(page, f"{field}_id") or target is None):
            return
        if target is not None and not getattr(page, f"{field}_id"):
            setattr(page, field, target)
        page.save_revision().publish()

    # Articles

    def ensure_articles(
        self, home: HomePage, categories: dict[str, CategoryPage], authors: dict[str, Author]
    ) -> dict[str, ArticlePage]:
        """Every demo article by slug, the missing ones created oldest first and published."""
        articles = {
            page.slug: page
            for page in ArticlePage.objects.descendant_of(home).only("id", "slug", "path")
        }
        schedule = publication_schedule(self.now)
        pending = [
            (demo, category)
            for category in CATEGORIES
            for demo in category.articles
            if demo.slug not in articles
        ]
        pending.sort(key=lambda item: schedule[item[0].slug])
        for demo, category in pending:
            articles[demo.slug] = self.create_article(
                demo, category, categories[category.slug], authors, articles, schedule
            )
        return articles

    def create_article(
        self,
        demo: DemoArticle,
        category: DemoCategory,
        parent: CategoryPage,
        authors: dict[str, Author],
        articles: dict[str, ArticlePage],
        schedule: dict[str, datetime],
    ) -> ArticlePage:
        """Create, publish and date one article."""
        unknown = set(demo.tags) - TAGS
        if unknown:
            raise ImproperlyConfigured(f"{demo.slug}: tags outside the vocabulary: {unknown}")
        missing = [slug for slug in demo.related if slug not in articles]
        if missing:
            raise ImproperlyConfigured(f"{demo.slug}: related articles not created yet: {missing}")
        hero = self.ensure_image(
            demo.title,
            images.illustration_description(category.slug),
            lambda: images.render_illustration(demo.slug, category.slug),
        )
        body = self.article_body(demo, category)
        self.body_block.clean(self.body_block.to_python(body))
        page = ArticlePage(
            title=demo.title,
            slug=demo.slug,
            standfirst=demo.standfirst,
            hero_image=hero,
            hero_credit=ILLUSTRATION_CREDIT,
            body=body,
            series=self.series[demo.series] if demo.series else None,
            episode=demo.episode,
            live=False,
        )
        page.authors = [
            ArticlePageAuthor(author=authors[slug], sort_order=index)
            for index, slug in enumerate(demo.authors)
        ]
        page.related_articles = [
            ArticlePageRelatedArticle(article=articles[slug], sort_order=index)
            for index, slug in enumerate(demo.related)
        ]
        first = schedule[demo.slug]
        page.updates = [
            ArticlePageUpdate(
                date=min(first + timedelta(days=note.days_later, hours=3), self.now),
                kind=note.kind,
                text=note.text,
                sort_order=index,
            )
            for index, note in enumerate(demo.notes)
        ]
        page.tags.add(*demo.tags)
        parent.add_child(instance=page)
        revision = page.save_revision()
        revision.publish()
        last = max((note.date for note in page.updates.all()), default=first)
        Page.objects.filter(pk=page.pk).update(
            first_published_at=first, last_published_at=last, latest_revision_created_at=last
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=last)
        self.created["articles"] += 1
        return page

    def article_body(self, demo: DemoArticle, category: DemoCategory) -> list[RawBlock]:
        """The raw body of `demo`, with an illustration drawn for each figure."""
        body = []
        figures = 0
        for block in demo.body:
            if isinstance(block, DemoFigure):
                figures += 1
                seed = f"{demo.slug}-figure-{figures}"
                image = self.ensure_image(
                    f"{demo.title} (illustration {figures})",
                    images.illustration_description(category.slug),
                    lambda seed=seed: images.render_illustration(seed, category.slug, (1600, 1000)),
                )
                block = stream_data.image(
                    image.pk, block.caption, block.credit, block.alt or image.default_alt_text
                )
            elif isinstance(block, DemoSheet):
                block = (
                    stream_data.game_sheet(self.games[block.game].pk)
                    if block.game
                    else stream_data.product_sheet(self.products[block.product].pk)
                )
            elif isinstance(block, DemoReview):
                block = self.review_block(block)
            body.append(block)
        return body

    def review_block(self, demo: DemoReview) -> RawBlock:
        """The test box of `demo`, on the demo's scale, linking to the protocol page."""
        return stream_data.review(
            demo.verdict,
            game_id=self.games[demo.game].pk if demo.game else None,
            product_id=self.products[demo.product].pk if demo.product else None,
            scale_id=self.scale.pk,
            score=demo.score,
            pros=demo.pros,
            cons=demo.cons,
            tested_on=demo.tested_on,
            protocol_id=self.protocol.pk if self.protocol else None,
        )

    # Series, rating scale, games and products

    def ensure_series(self, demo: DemoSeries) -> Series:
        """The series with `demo.slug`, created if missing."""
        found = Series.objects.filter(slug=demo.slug).first()
        if found is not None:
            return found
        self.created["series"] += 1
        return Series.objects.create(slug=demo.slug, title=demo.title, description=demo.description)

    def ensure_scale(self, demo: DemoScale) -> RatingScale:
        """The scale called `demo.name`, created with its word labels if missing."""
        scale = RatingScale.objects.filter(name=demo.name).first()
        if scale is not None:
            return scale
        scale = RatingScale(name=demo.name, maximum=Decimal(demo.maximum), step=Decimal(demo.step))
        scale.ranges = [
            RatingRange(from_score=Decimal(start), label=label, sort_order=order)
            for order, (start, label) in enumerate(demo.ranges)
        ]
        scale.full_clean()
        scale.save()
        self.created["rating scales"] += 1
        return scale

    def ensure_game(self, demo: DemoGame) -> Game:
        """The game with `demo.slug`, created with its releases if missing."""
        game = Game.objects.filter(slug=demo.slug).first()
        if game is not None:
            return game
        game = Game(
            title=demo.title,
            slug=demo.slug,
            developer=demo.developer,
            publisher=demo.publisher,
            pegi_age=demo.pegi_age,
            pegi_descriptors=list(demo.pegi_descriptors),
            players=demo.players,
        )
        game.releases = [
            GameRelease(
                platform=release.platform,
                precision=release.precision,
                release_date=release_date(timezone.localdate(self.now), release),
                sort_order=order,
            )
            for order, release in enumerate(demo.releases)
        ]
        game.full_clean()
        game.save()
        self.created["games"] += 1
        return game

    def ensure_product(self, demo: DemoProduct) -> Product:
        """The product with `demo.slug`, created with its specifications if missing."""
        product = Product.objects.filter(slug=demo.slug).first()
        if product is not None:
            return product
        product = Product(
            brand=demo.brand,
            name=demo.name,
            slug=demo.slug,
            launch_price=Decimal(demo.launch_price),
            launch_date=timezone.localdate(self.now) - timedelta(days=demo.launch_days_ago),
        )
        product.specifications = [
            ProductSpecification(label=label, value=value, sort_order=order)
            for order, (label, value) in enumerate(demo.specifications)
        ]
        product.full_clean()
        product.save()
        self.created["products"] += 1
        return product

    # Information pages

    def ensure_information_page(self, home: HomePage, demo: DemoInformationPage) -> None:
        """The information page with `demo.slug` under the home page, created and published."""
        if InformationPage.objects.child_of(home).filter(slug=demo.slug).exists():
            return
        body = list(demo.body)
        self.information_body_block.clean(self.information_body_block.to_python(body))
        page = home.add_child(
            instance=InformationPage(
                title=demo.title,
                slug=demo.slug,
                introduction=demo.introduction,
                body=body,
                show_legal_details=demo.show_legal_details,
                live=False,
            )
        )
        page.save_revision().publish()
        self.created["information pages"] += 1

    # Settings

    def ensure_social_settings(self, default_site: Site) -> None:
        """Fill the follow call to action and social links, unless an editor already did."""
        social = SocialSettings.for_site(default_site)
        if social.follow_url or len(social.links):
            return
        social.follow_title = site.FOLLOW_TITLE
        social.follow_text = site.FOLLOW_TEXT
        social.follow_url = site.FOLLOW_URL
        social.follow_label = site.FOLLOW_LABEL
        social.links = [
            {"type": "link", "value": {"network": network, "url": url}}
            for network, url in site.SOCIAL_LINKS
        ]
        social.save()
        self.created["social settings"] += 1

    def ensure_review_settings(self, default_site: Site) -> None:
        """Let the demo's tests show their age sooner than the default, unless an editor
        already changed it."""
        review_settings = ReviewSettings.for_site(default_site)
        if review_settings.old_after_months != DEFAULT_OLD_AFTER_MONTHS:
            return
        review_settings.old_after_months = catalogue.OLD_AFTER_MONTHS
        review_settings.save()
        self.created["review settings"] += 1

    def ensure_legal_settings(self, default_site: Site) -> None:
        """Fill the legal details with fictional values, unless an editor already did."""
        legal = LegalSettings.for_site(default_site)
        if legal.publisher_name:
            return
        for field, value in information.LEGAL_DETAILS.items():
            setattr(legal, field, value)
        legal.full_clean()
        legal.save()
        self.created["legal settings"] += 1
