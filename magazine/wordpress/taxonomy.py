"""WordPress categories, tags and authors as our categories, tags and Author snippets.

Our categories are one level deep: a WordPress sub-category files its posts in its
top-level ancestor's category and tags them with its own name.
"""

import html
from dataclasses import dataclass
from urllib.parse import unquote

from django.utils.text import slugify

from taggit.models import Tag
from wagtail.models import Page

from magazine.articles.models import CategoryPage
from magazine.articles.slugs import page_slug
from magazine.authors.models import Author

from . import wxr

UNCATEGORISED_SLUG = "non-classe"
UNCATEGORISED_TITLE = "Non classé"


@dataclass(frozen=True)
class Filing:
    """Where a WordPress category files a post: our category, and a tag for a sub-category."""

    category: CategoryPage
    tag: str = ""


def top_ancestor(term: wxr.Term, by_nicename: dict[str, wxr.Term]) -> wxr.Term:
    """Return the top-level category above `term` (itself when it has no parent)."""
    seen = {term.nicename}
    while term.parent and term.parent in by_nicename and term.parent not in seen:
        term = by_nicename[term.parent]
        seen.add(term.nicename)
    return term


def archive_path(term: wxr.Term, by_nicename: dict[str, wxr.Term]) -> str:
    """Return WordPress' archive path of a category: /category/parent/child/."""
    names = [term.nicename]
    seen = {term.nicename}
    while term.parent and term.parent in by_nicename and term.parent not in seen:
        term = by_nicename[term.parent]
        names.insert(0, term.nicename)
        seen.add(term.nicename)
    return "/category/" + "/".join(names) + "/"


def term_name(term: wxr.Term) -> str:
    """Return a term's name with its HTML entities decoded, else its nicename."""
    return html.unescape(term.name).strip() or term.nicename


def category_page(home: Page, slug: str, title: str, description: str = "") -> CategoryPage:
    """Return the live category at `slug` under the home page, created if need be."""
    existing = CategoryPage.objects.child_of(home).filter(slug=slug).first()
    if existing is not None:
        return existing
    category = CategoryPage(
        title=title[:255], slug=slug, description=description[:500], show_in_menus=True
    )
    home.add_child(instance=category)
    category.save_revision().publish()
    return category


def category_slug(term: wxr.Term) -> str:
    """Return our slug for a WordPress category: its nicename, made plain ASCII."""
    return page_slug(unquote(term.nicename)) or page_slug(term_name(term))


def tag_for(term: wxr.Term) -> Tag:
    """Return our tag of a WordPress tag: the same name, its nicename as slug when free."""
    name = term_name(term)[:100]
    tag = Tag.objects.filter(name__iexact=name).first()
    if tag is not None:
        return tag
    slug = slugify(term.nicename) or slugify(name)
    if not slug or Tag.objects.filter(slug=slug).exists():
        return Tag.objects.create(name=name)
    return Tag.objects.create(name=name, slug=slug)


def author_for(login: str, display_name: str = "") -> Author:
    """Return the Author of a WordPress login: an existing one with its slug, else a new one.

    Neither a user account nor the e-mail address is made of it.
    """
    slug = slugify(login)[:120] or "auteur"
    author = Author.objects.filter(slug=slug).first()
    if author is None:
        author = Author(name=(display_name or login)[:120], slug=slug)
        author.save()
    return author


def display_name(author: wxr.Author) -> str:
    """Return the name an author signs with: the display name, else first and last names."""
    full = f"{author.first_name} {author.last_name}".strip()
    return html.unescape(author.display_name or full or author.login).strip()
