"""Reader comments, and the site setting that closes them after a while."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import register_setting

from magazine.articles.models import ArticlePage
from magazine.cache.site_settings import CachedSiteSetting


class CommentQuerySet(models.QuerySet):
    """Comments, with a method per way the site and the admin read them."""

    def approved(self) -> "CommentQuerySet":
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self) -> "CommentQuerySet":
        return self.filter(status=Comment.Status.PENDING)

    def of_email(self, email: str) -> "CommentQuerySet":
        """Every comment written with this e-mail address, whatever its case."""
        return self.filter(email=normalize_email(email))


def normalize_email(email: str) -> str:
    """The form in which addresses are stored and compared: trimmed, lower case."""
    return email.strip().lower()


class Comment(models.Model):
    """A reader's comment on an article, or a reply to one (one level only).

    The e-mail address is for the newsroom alone: it is never printed on a public page. No IP
    address is kept: rate limits count salted hashes in the cache, forgotten with their window.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("en attente")
        APPROVED = "approved", _("approuvé")
        REJECTED = "rejected", _("refusé")
        SPAM = "spam", _("indésirable")

    article = models.ForeignKey(
        ArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("en réponse à"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    name = models.CharField(_("nom"), max_length=60)
    email = models.EmailField(_("adresse e-mail"), blank=True, db_index=True)
    website = models.URLField(_("site web"), max_length=200, blank=True)
    body = models.TextField(_("commentaire"), max_length=4000)
    status = models.CharField(
        _("statut"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    is_editorial = models.BooleanField(
        _("réponse de la rédaction"),
        default=False,
        help_text=_("Marquée « Rédaction » pour les lecteurs."),
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("rédacteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("date"), default=timezone.now, db_index=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("commentaire")
        verbose_name_plural = _("commentaires")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["article", "status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.name} — {self.article.title}"

    def save(self, *args, **kwargs) -> None:
        self.email = normalize_email(self.email)
        super().save(*args, **kwargs)

    @property
    def excerpt(self) -> str:
        """The start of the text, for the admin's listing."""
        return Truncator(self.body).chars(120)

    @property
    def anchor(self) -> str:
        """The id of the comment in its article's page."""
        return f"commentaire-{self.pk}"


@register_setting(icon="comment")
class CommentSettings(CachedSiteSetting):
    """How long articles take comments, and the page that says what becomes of readers' data."""

    close_after_days = models.PositiveSmallIntegerField(
        _("fermeture automatique (jours)"),
        default=30,
        help_text=_(
            "Les commentaires d'un article se ferment ce nombre de jours après sa première "
            "publication. 0 : jamais."
        ),
    )
    privacy_page = models.ForeignKey(
        "pages.InformationPage",
        verbose_name=_("page de confidentialité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("La page liée sous le formulaire de commentaire."),
    )

    panels = [FieldPanel("close_after_days"), FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("commentaires")

    def closing_date(self, article: ArticlePage):
        """When comments on `article` close by themselves (None: never)."""
        if not self.close_after_days or not article.first_published_at:
            return None
        return article.first_published_at + timedelta(days=self.close_after_days)

    def accepts_comments(self, article: ArticlePage) -> bool:
        """Whether readers may comment `article` now: open, and not closed by age."""
        closing = self.closing_date(article)
        return article.comments_open and (closing is None or timezone.now() < closing)
