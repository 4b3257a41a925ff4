"""Factories for the magazine's pages."""

from django.utils import timezone

import factory
import wagtail_factories

from home.models import HomePage
from magazine.articles.models import ArticlePage, CategoryPage
from magazine.pages.models import InformationPage

from .body import body, paragraph, standard_body


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
    """A live article with a standfirst and a small valid body; no image, author or tag."""

    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Article numéro {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    standfirst = "Un chapô qui résume l'article en deux phrases. Voici la seconde."
    body = factory.LazyFunction(standard_body)
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")


class InformationPageFactory(wagtail_factories.PageFactory):
    """A live information page with an introduction and one paragraph."""

    class Meta:
        model = InformationPage

    title = factory.Sequence(lambda n: f"Page d'information {n}")
    slug = factory.Sequence(lambda n: f"information-{n}")
    introduction = "Une page qui présente le magazine à ses lecteurs."
    body = factory.LazyFunction(lambda: body(paragraph()))
