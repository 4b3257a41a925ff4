"""Factories for the magazine's pages and their relations."""

from django.utils import timezone

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from home.models import HomePage
from magazine.articles import stream_data as b
from magazine.articles.models import (
    ArticlePage,
    ArticlePageAuthor,
    ArticlePageUpdate,
    CategoryPage,
)
from magazine.authors.models import Author
from magazine.pages.models import InformationPage

from .authors import AuthorFactory

POINT_TITLES = ("Premier point", "Deuxième point", "Troisième point")


def standard_body() -> list[b.RawBlock]:
    """A small valid body: two sections, three points and a conclusion."""
    return b.body(
        b.heading("Le contexte"),
        b.paragraph("<p>Un paragraphe de texte.</p>"),
        b.heading("Les points clés"),
        b.numbered_points(
            *(b.point(title, f"<p>À propos du {title.lower()}.</p>") for title in POINT_TITLES)
        ),
        b.conclusion("<p>Pour finir.</p>"),
    )


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Magazine"
    slug = "accueil"


class CategoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CategoryPage

    title = factory.Sequence(lambda n: f"Rubrique {n}")
    slug = factory.Sequence(lambda n: f"rubrique-{n}")
    description = "Une rubrique du magazine."
    show_in_menus = True


class ArticlePageFactory(wagtail_factories.PageFactory):
    """A live article with a standfirst and a small valid body; no image, author or tag.

    When created, `authors=[author, …]` signs it in that order and `tags=["Nintendo", …]`
    tags it (a save stores the tags, which the page keeps in memory until then).
    `never_published=True` makes a draft that has never been online.
    """

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Article numéro {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    standfirst = "Un chapô qui résume l'article en deux phrases. Voici la seconde."
    body = factory.LazyFunction(standard_body)
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Params:
        never_published = factory.Trait(live=False, first_published_at=None)

    @factory.post_generation
    def authors(self, create: bool, extracted: list[Author] | None, **kwargs) -> None:
        if not create:
            return
        for order, author in enumerate(extracted or ()):
            ArticlePageAuthorFactory(page=self, author=author, sort_order=order)

    @factory.post_generation
    def tags(self, create: bool, extracted: list[str] | None, **kwargs) -> None:
        if create and extracted:
            self.tags.add(*extracted)
            self.save()


class ArticlePageAuthorFactory(DjangoModelFactory):
    """A signature of the `page` given: a new author unless one is given, first in the byline."""

    class Meta:
        model = ArticlePageAuthor

    author = factory.SubFactory(AuthorFactory)
    sort_order = 0


class ArticlePageUpdateFactory(DjangoModelFactory):
    """An update note on the `page` given, dated now."""

    class Meta:
        model = ArticlePageUpdate

    date = factory.LazyFunction(timezone.now)
    kind = ArticlePageUpdate.Kind.UPDATE
    text = "Ajout des prix."


class InformationPageFactory(wagtail_factories.PageFactory):
    """A live information page with an introduction and one paragraph."""

    class Meta:
        model = InformationPage

    title = factory.Sequence(lambda n: f"Page d'information {n}")
    slug = factory.Sequence(lambda n: f"information-{n}")
    introduction = "Une page qui présente le magazine à ses lecteurs."
    body = factory.LazyFunction(lambda: b.body(b.paragraph("<p>Qui nous sommes.</p>")))
