"""Accessibility of the reader pages in Chromium: axe-core at WCAG 2.2 A and AA, touch targets.

axe-core comes inside axe-playwright-python and is injected into the page under test: the
audit fetches nothing. Each page is audited at desktop and phone widths, as its own test.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Site

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import FloatRect
from playwright.sync_api import Page as BrowserPage

from home.models import HomePage
from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage, ArticlePageAuthor, CategoryPage
from magazine.authors.models import Author
from magazine.pages.models import InformationPage, LegalSettings
from magazine.social.models import SocialSettings
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    ArticlePageFactory,
    CategoryPageFactory,
    InformationPageFactory,
)

from .conftest import DESKTOP, PHONE, ConsoleErrors, serve_uploads

# axe-core's names for the WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA.
# axe 4.12 has no rule tagged wcag22a (WCAG 2.2's new level-A criteria cannot be checked
# by a machine); the tag stays so that rules a later axe adds under it run too.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# WCAG 2.2, 2.5.8 Target Size (Minimum), in CSS pixels.
TARGET_SIZE = 24
SEARCH_WORD = "manette"
AXE = Axe()


@dataclass
class Magazine:
    """The pages of a small but complete magazine, as a reader reaches them."""

    home: HomePage
    category: CategoryPage
    article: ArticlePage
    author: Author
    tag_slug: str
    information: InformationPage


def long_article_body(image_id: int) -> list[b.RawBlock]:
    """A body with every kind of block a reader meets: sections, points, quote, image."""
    return b.body(
        b.heading("Pourquoi changer de manette"),
        b.paragraph(
            "<p>Une manette s'use : les sticks dérivent, la batterie faiblit. "
            '<a href="/recherche/?q=manette">Nos autres essais</a> le montrent.</p>'
        ),
        b.heading("Les critères qui comptent"),
        b.heading("Le confort", level="h3"),
        b.numbered_points(
            b.point("La prise en main", "<p>Elle tombe bien sous les doigts.</p>"),
            b.point("L'autonomie", "<p>Une semaine de jeu.</p>"),
            b.point("La compatibilité", "<p>Console et ordinateur.</p>"),
        ),
        b.quote("Une bonne manette se fait oublier.", "Une joueuse de longue date"),
        b.image(
            image_id,
            caption="La manette testée, vue de dessus",
            credit="Photo : Magazine",
            alt="Une manette noire posée sur un bureau",
        ),
        b.heading("Nos trois favorites"),
        b.paragraph("<ul><li>Pour le salon</li><li>Pour le bureau</li></ul>"),
        b.conclusion("<p>La meilleure manette est celle qu'on oublie en jouant.</p>"),
    )


def build_magazine(home: HomePage, category: CategoryPage) -> Magazine:
    """Three categories, more articles than a listing page holds, authors, tags, settings."""
    images = [
        ImageFactory(title=f"Photo {number}", description=f"Une manette de jeu, vue {number}")
        for number in range(3)
    ]
    authors = [
        AuthorFactory(
            name=name,
            slug=slug,
            bio="Teste du matériel de jeu depuis quinze ans.",
            photo=ImageFactory(title=f"Portrait de {name}", description=f"Portrait de {name}"),
        )
        for name, slug in [("Léa Martin", "lea-martin"), ("Hugo Bernard", "hugo-bernard")]
    ]
    others = [
        CategoryPageFactory(parent=home, title="Matériel", slug="materiel"),
        CategoryPageFactory(parent=home, title="Logiciels", slug="logiciels"),
    ]
    now = timezone.now()
    for number in range(16):
        parent = category if number < 14 else others[number % 2]
        article = ArticlePageFactory(
            parent=parent,
            title=f"Test de la {SEARCH_WORD} numéro {number + 1}",
            standfirst=f"Une {SEARCH_WORD} passée au crible : confort, autonomie et prix.",
            hero_image=images[number % len(images)],
            first_published_at=now - timedelta(days=number + 1),
        )
        ArticlePageAuthor.objects.create(page=article, author=authors[number % 2], sort_order=0)
        article.tags.add("Manettes", "Test" if number % 2 else "Nintendo")
        article.save()
    article = ArticlePageFactory(
        parent=category,
        title="Bien choisir sa manette : notre guide",
        hero_image=images[0],
        body=long_article_body(images[1].pk),
        first_published_at=now,
    )
    for order, author in enumerate(authors):
        ArticlePageAuthor.objects.create(page=article, author=author, sort_order=order)
    article.tags.add("Manettes", "Nintendo", "Guide d'achat")
    article.save()

    social = SocialSettings.for_site(Site.objects.get(is_default_site=True))
    social.follow_text = "Une lettre par semaine : nos tests et nos guides, sans publicité."
    social.follow_url = "https://lettre.example/inscription"
    social.links = [
        ("link", {"network": network, "url": f"https://{network}.example/@magazine"})
        for network in ("mastodon", "bluesky", "youtube", "x", "rss")
    ]
    social.save()
    information = InformationPageFactory(
        parent=home, title="Mentions légales", slug="mentions-legales", show_legal_details=True
    )
    return Magazine(
        home=home,
        category=category,
        article=article,
        author=authors[0],
        tag_slug="manettes",
        information=information,
    )


@pytest.fixture
def magazine(
    home_page: HomePage, category: CategoryPage, legal_settings: LegalSettings
) -> Magazine:
    """A magazine with everything a reader page can show."""
    return build_magazine(home_page, category)


# Each reader page, by the address that shows it.
PAGES: list = [
    pytest.param(lambda m: "/", id="home"),
    pytest.param(lambda m: m.category.url, id="category"),
    pytest.param(lambda m: m.article.url, id="article"),
    pytest.param(lambda m: f"{reverse('search:results')}?q={SEARCH_WORD}", id="search"),
    pytest.param(lambda m: reverse("authors:detail", args=[m.author.slug]), id="author"),
    pytest.param(lambda m: reverse("tags:detail", args=[m.tag_slug]), id="tag"),
    pytest.param(lambda m: "/cette-page-n-existe-pas/", id="not-found"),
    pytest.param(lambda m: m.information.url, id="information"),
    pytest.param(
        lambda m: f"{reverse('social:share_mastodon')}?{urlencode({'url': m.article.full_url})}",
        id="share-mastodon",
    ),
]
ON_A_PHONE = {"viewport": PHONE, "is_mobile": True, "has_touch": True}
# Both widths are audited in one test: building the magazine is the slow part.
WIDTHS = {"desktop": {"viewport": DESKTOP}, "phone": ON_A_PHONE}


def open_reader_page(new_page: Callable[..., BrowserPage], url: str, **context) -> BrowserPage:
    """Open `url` in a fresh browser context, with its images."""
    page = new_page(**context)
    serve_uploads(page)
    response = page.goto(url)
    assert response is not None and response.status in (200, 404), url
    return page


def wcag_audit(page: BrowserPage) -> dict:
    """axe-core's results for `page` against WCAG 2.0, 2.1 and 2.2 at levels A and AA."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return AXE.run(page, options=options).response


def violations_report(violations: list[dict]) -> str:
    """One line per violation: rule, impact, what it asks, and the elements that break it."""
    lines = [f"{len(violations)} WCAG violation(s):"]
    for violation in violations:
        targets = " | ".join(", ".join(map(str, node["target"])) for node in violation["nodes"])
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}\n    {targets}"
        )
    return "\n".join(lines)


@pytest.mark.browser
@pytest.mark.parametrize("address", PAGES)
def test_reader_page_has_no_wcag_violation(
    new_page: Callable[..., BrowserPage],
    console_errors: ConsoleErrors,
    magazine: Magazine,
    address: Callable[[Magazine], str],
) -> None:
    """axe-core finds nothing against WCAG 2.0, 2.1 and 2.2 at levels A and AA, at both widths."""
    reports = []
    for width, context in WIDTHS.items():
        page = open_reader_page(new_page, address(magazine), **context)
        results = wcag_audit(page)
        ran = {
            rule["id"] for kind in ("passes", "violations", "incomplete") for rule in results[kind]
        }
        # Guards against an audit that checks nothing: contrast and target size are the rules
        # the stylesheet can break, and target-size only runs when its tag is asked for.
        assert {"color-contrast", "target-size"} <= ran, (width, sorted(ran))
        if results["violations"]:
            reports.append(f"At {width} width:\n{violations_report(results['violations'])}")
    assert console_errors.external_requests == []
    if reports:
        pytest.fail("\n\n".join(reports), pytrace=False)


@dataclass(frozen=True)
class Target:
    """A link or control, where it is on screen."""

    name: str
    box: FloatRect

    @property
    def is_undersized(self) -> bool:
        return self.box["width"] < TARGET_SIZE or self.box["height"] < TARGET_SIZE

    @property
    def centre(self) -> tuple[float, float]:
        return (self.box["x"] + self.box["width"] / 2, self.box["y"] + self.box["height"] / 2)

    def distance_to(self, point: tuple[float, float]) -> float:
        """The distance from `point` to the nearest edge of the box (0 inside it)."""
        x, y = point
        dx = max(self.box["x"] - x, 0, x - self.box["x"] - self.box["width"])
        dy = max(self.box["y"] - y, 0, y - self.box["y"] - self.box["height"])
        return math.hypot(dx, dy)


def targets(page: BrowserPage, selector: str) -> list[Target]:
    """The visible elements matching `selector`, with their boxes."""
    found = []
    for element in page.locator(selector).all():
        box = element.bounding_box()
        if box and box["width"] and box["height"]:
            found.append(Target(element.inner_text().strip() or selector, box))
    return found


def too_small_targets(measured: list[Target], others: list[Target]) -> list[str]:
    """The measured targets that fail 2.5.8: under 24×24 px and without the spacing exception.

    The exception: a 24 px circle centred on the undersized target intersects no other
    target, nor the circle of another undersized target.
    """
    radius = TARGET_SIZE / 2
    failing = []
    for target in measured:
        if not target.is_undersized:
            continue
        neighbours = [other for other in others if other.box != target.box]
        crowded = any(other.distance_to(target.centre) < radius for other in neighbours) or any(
            math.dist(target.centre, other.centre) < 2 * radius
            for other in neighbours
            if other.is_undersized
        )
        if crowded:
            failing.append(f"{target.name!r} {target.box['width']:.1f}×{target.box['height']:.1f}")
    return failing


INTERACTIVE = "a[href], button, input, select, textarea, summary"
# What a reader taps on a phone, by page.
TOUCH_TARGETS = [
    (lambda m: m.article.url, ".tag a"),
    (lambda m: m.article.url, ".share__link"),
    (lambda m: m.article.url, ".follow a"),
    (lambda m: m.category.url, ".pagination a"),
    (lambda m: f"{reverse('search:results')}?q={SEARCH_WORD}&page=2", ".pagination a"),
    (lambda m: "/", ".footer-links a"),
]


@pytest.mark.browser
def test_touch_targets_are_big_enough_on_a_phone(
    new_page: Callable[..., BrowserPage], magazine: Magazine
) -> None:
    """Each is at least 24×24 CSS px, or far enough from its neighbours (WCAG 2.2, 2.5.8)."""
    failing = {}
    for address, selector in TOUCH_TARGETS:
        url = address(magazine)
        page = open_reader_page(new_page, url, **ON_A_PHONE)
        measured = targets(page, selector)
        assert measured, f"nothing matches {selector} on {url}"
        if too_small := too_small_targets(measured, targets(page, INTERACTIVE)):
            failing[f"{selector} on {url}"] = too_small
    assert failing == {}
