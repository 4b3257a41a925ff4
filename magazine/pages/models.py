"""The fixed information pages and the legal details a French publication must show."""

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from magazine.articles.slugs import SlugFromTitleMixin
from magazine.cache.restrictions import CachedViewRestrictionsMixin
from magazine.cache.tags import SITE

from .blocks import InformationBodyBlock


class InformationPage(CachedViewRestrictionsMixin, SlugFromTitleMixin, Page):
    """A fixed page under the home page: « À propos », « Mentions légales », « Contact »…

    It never appears among articles; the site's footer links to every live, public one.
    """

    introduction = models.TextField(
        _("introduction"),
        max_length=300,
        help_text=_(
            "Une ou deux phrases en tête de page (texte simple), reprises comme description "
            "pour les moteurs de recherche."
        ),
    )
    body = StreamField(
        InformationBodyBlock(),
        blank=True,
        verbose_name=_("contenu"),
        help_text=_("Le contenu de la page : intertitres, paragraphes, images et citations."),
    )
    show_legal_details = models.BooleanField(
        _("afficher les informations légales de l'éditeur"),
        default=False,
        help_text=_(
            "Cochez pour la page « Mentions légales » : l'éditeur, le directeur de la "
            "publication, l'hébergeur et le contact s'affichent sous l'introduction, tels "
            "que saisis dans Paramètres › Informations légales."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("show_legal_details"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("page d'information")
        verbose_name_plural = _("pages d'information")

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def listing_cache_tags(self) -> set[str]:
        """The cache tags to purge, besides its own, when the page changes: every page's
        footer links to it (magazine/cache/receivers.py)."""
        return {SITE}

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        if self.show_legal_details:
            context["legal"] = LegalSettings.for_request(request)
        return context


@register_setting(icon="info-circle")
class LegalSettings(BaseSiteSetting):
    """Who publishes, directs and hosts the magazine, and how to reach it.

    French law (loi pour la confiance dans l'économie numérique, article 6) asks every online
    publication to name these. They are read only by the page that shows them, so unlike
    the social settings they are not cached.
    """

    publisher_name = models.CharField(
        _("éditeur"),
        max_length=200,
        help_text=_(
            "La dénomination de la société qui édite le magazine, ou les nom et prénom de la "
            "personne qui l'édite."
        ),
    )
    publisher_details = models.CharField(
        _("forme juridique et immatriculation"),
        max_length=300,
        blank=True,
        help_text=_(
            "Pour une société : forme, capital social et numéro d'immatriculation, par exemple "
            "« SAS au capital de 10 000 €, RCS Paris 123 456 789 ». Vide pour une personne."
        ),
    )
    publisher_address = models.TextField(
        _("adresse de l'éditeur"),
        max_length=500,
        help_text=_("Le siège social de la société, ou le domicile de la personne."),
    )
    publisher_phone = models.CharField(
        _("téléphone de l'éditeur"),
        max_length=30,
        help_text=_("Un numéro où joindre l'éditeur, par exemple « 01 23 45 67 89 »."),
    )
    publication_director = models.CharField(
        _("directeur ou directrice de la publication"),
        max_length=200,
        help_text=_("Les nom et prénom de la personne responsable de ce qui est publié."),
    )
    host_name = models.CharField(
        _("hébergeur"),
        max_length=200,
        help_text=_("Le nom ou la dénomination de l'hébergeur du site."),
    )
    host_address = models.TextField(
        _("adresse de l'hébergeur"),
        max_length=500,
        help_text=_("L'adresse postale de l'hébergeur."),
    )
    host_phone = models.CharField(
        _("téléphone de l'hébergeur"),
        max_length=30,
        help_text=_("Le numéro de téléphone de l'hébergeur."),
    )
    contact_email = models.EmailField(
        _("adresse électronique de contact"),
        help_text=_("L'adresse à laquelle les lecteurs peuvent écrire à la rédaction."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("publisher_name"),
                FieldPanel("publisher_details"),
                FieldPanel("publisher_address"),
                FieldPanel("publisher_phone"),
            ],
            heading=_("Éditeur"),
        ),
        FieldPanel("publication_director"),
        MultiFieldPanel(
            [FieldPanel("host_name"), FieldPanel("host_address"), FieldPanel("host_phone")],
            heading=_("Hébergeur"),
        ),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("informations légales")
