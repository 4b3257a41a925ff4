"""Structured data for search engines: schema.org types as plain dicts, and their JSON-LD.

The builders take values already made absolute and formatted (metadata.py gathers them);
`json_ld()` is the one way these dicts reach a page.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

SCHEMA_ORG = "https://schema.org"

# What Django's json_script() escapes, and why: an HTML parser ends a <script> element at the
# first "</script", whatever the JSON inside says, so no value may carry a "<" (nor ">" or
# "&") as such. json_script() itself cannot be used: it writes type="application/json",
# and search engines read only "application/ld+json".
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data: dict) -> SafeString:
    """Return `data` as a <script type="application/ld+json"> element, inert in any page."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(SCRIPT_ESCAPES)),  # noqa: S308 -- escaped just above
    )


def image_object(url: str, width: int, height: int) -> dict:
    """An image with its size, as search engines prefer it to a bare URL."""
    return {"@type": "ImageObject", "url": url, "width": width, "height": height}


def person(name: str, url: str) -> dict:
    """An author, with the address of their page."""
    return {"@type": "Person", "name": name, "url": url}


def organization(name: str, url: str, logo: dict, same_as: list[str]) -> dict:
    """The magazine as an organisation: its name, home page, logo and social accounts."""
    data = {"@type": "Organization", "name": name, "url": url, "logo": logo}
    if same_as:
        data["sameAs"] = same_as
    return data


def top_level(data: dict) -> dict:
    """Return `data` as a document of its own, with the vocabulary it uses."""
    return {"@context": SCHEMA_ORG, **data}


def website(name: str, url: str, search_url: str) -> dict:
    """The site, with the search that takes a query in `?q=` (a « search action »)."""
    return top_level(
        {
            "@type": "WebSite",
            "name": name,
            "url": url,
            "inLanguage": "fr-FR",
            "potentialAction": {
                "@type": "SearchAction",
                "target": f"{search_url}?q={{search_term_string}}",
                "query-input": "required name=search_term_string",
            },
        }
    )


def breadcrumb_list(trail: list[tuple[str, str]]) -> dict:
    """The path from the home page to a page, as (name, absolute URL) pairs."""
    return top_level(
        {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "name": name, "item": url}
                for position, (name, url) in enumerate(trail, start=1)
            ],
        }
    )


def news_article(
    *,
    headline: str,
    description: str,
    url: str,
    images: list[dict],
    published: str,
    modified: str,
    authors: list[dict],
    publisher: dict,
    section: str,
    keywords: list[str],
    word_count: int,
    review: dict | None = None,
) -> dict:
    """An article, with what Google asks of a news article and a few fields more.

    The headline is the title in full: Google's Article documentation no longer sets a length
    (its old 110-character limit came from AMP pages), and a cut title would misquote it.
    """
    data = {
        "@type": "NewsArticle",
        "headline": headline,
        "description": description,
        "image": images,
        "mainEntityOfPage": url,
        "url": url,
        "inLanguage": "fr-FR",
        "datePublished": published,
        "dateModified": modified,
        "author": authors,
        "publisher": publisher,
        "articleSection": section,
        "keywords": keywords,
        "wordCount": word_count,
        "review": review or "",
    }
    # A preview has no date yet, an article may have no image or no tag: left out, not empty.
    return top_level({key: value for key, value in data.items() if value not in ("", [])})


def video_game(name: str, url: str, platforms: list[str], publisher: str) -> dict:
    """A game as a test reviews it, with its hub's address."""
    data = {"@type": "VideoGame", "name": name, "url": url, "gamePlatform": platforms}
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    return data


def product(name: str, brand: str, url: str) -> dict:
    """A product as a test reviews it, with its hub's address."""
    brand_data = {"@type": "Brand", "name": brand}
    return {"@type": "Product", "name": name, "brand": brand_data, "url": url}


def rating(value: str, best: str, worst: str) -> dict:
    """A score on a scale: search engines read the bounds from `bestRating`/`worstRating`."""
    return {"@type": "Rating", "ratingValue": value, "bestRating": best, "worstRating": worst}


def review(item: dict, authors: list[dict], body: str, rating: dict | None) -> dict:
    """A test of `item` by `authors`, with its verdict and its score when it has one."""
    data = {"@type": "Review", "itemReviewed": item, "author": authors, "reviewBody": body}
    if rating:
        data["reviewRating"] = rating
    return data
