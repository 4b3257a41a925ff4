"""Site settings for the follow call to action and the magazine's social links."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import register_setting
from wagtail.fields import StreamField

from magazine.cache.site_settings import CachedSiteSetting

NETWORKS = [
    ("mastodon", "Mastodon"),
    ("bluesky", "Bluesky"),
    ("linkedin", "LinkedIn"),
    ("youtube", "YouTube"),
    ("twitch", "Twitch"),
    ("instagram", "Instagram"),
    ("x", "X"),
    ("facebook", "Facebook"),
    ("rss", "RSS"),
]


class SocialLinkValue(blocks.StructValue):
    """A social link that knows its network's display name."""

    @property
    def network_label(self) -> str:
        return dict(NETWORKS).get(self.get("network"), self.get("network") or "")


class SocialLinkBlock(blocks.StructBlock):
    """A link to one of the magazine's accounts."""

    network = blocks.ChoiceBlock(
        label=_("Réseau"), choices=NETWORKS, help_text=_("Le réseau ou le service.")
    )
    url = blocks.URLBlock(label=_("Adresse"), help_text=_("L'adresse du compte du magazine."))

    class Meta:
        icon = "link"
        label = _("Lien social")
        value_class = SocialLinkValue


@register_setting(icon="site")
class SocialSettings(CachedSiteSetting):
    """The follow/subscribe call to action and social links shown on every article."""

    follow_title = models.CharField(
        _("titre de l'appel à suivre"),
        max_length=120,
        default="Suivez le magazine",
        help_text=_("Le titre de l'encadré qui invite à suivre le magazine."),
    )
    follow_text = models.TextField(
        _("texte de l'appel à suivre"),
        blank=True,
        max_length=500,
        help_text=_("Une ou deux phrases qui disent ce que le lecteur y gagne."),
    )
    follow_url = models.URLField(
        _("adresse d'abonnement"),
        blank=True,
        help_text=_("La page d'abonnement à la lettre d'information, par exemple."),
    )
    follow_label = models.CharField(
        _("texte du bouton"),
        max_length=60,
        default="S'abonner",
        help_text=_("Le texte du bouton d'abonnement."),
    )
    links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        verbose_name=_("liens sociaux"),
        help_text=_("Les comptes du magazine, dans l'ordre d'affichage."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("follow_title"),
                FieldPanel("follow_text"),
                FieldPanel("follow_url"),
                FieldPanel("follow_label"),
            ],
            heading=_("Appel à suivre"),
        ),
        FieldPanel("links"),
    ]

    class Meta:
        verbose_name = _("réseaux sociaux et abonnement")

    @property
    def has_feed_link(self) -> bool:
        """Whether the editors list a feed among the links (else the site's own is shown)."""
        return any(link.value.get("network") == "rss" for link in self.links)
