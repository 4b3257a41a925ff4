"""The filters of the « Articles » list: category, author, status, tag and dates.

Every filter narrows the articles by primary key (`pk__in` a subquery), never by a
field of a related table: while an editor searches, the search backend accepts filters only
on the fields an article indexes as FilterFields, and `id` is one of them.
"""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Page, WorkflowState

import django_filters

from magazine.articles.models import ArticlePage, ArticlePageAuthor, ArticlePageTag, CategoryPage
from magazine.authors.models import Author


def review_in_progress() -> Exists:
    """Whether a moderation workflow is in progress on the article (Wagtail's « in moderation »)."""
    return Exists(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
    )


def status_condition(status: str) -> Q:
    """The condition on articles of a status, as Wagtail's `status_string` tells them apart.

    « Programmé » and « En relecture » include live articles whose next version is scheduled
    or in review: that is what an editor looks for. « Brouillon » is an article that is
    nothing else: not live, neither expired, scheduled nor in review.
    """
    scheduled = Q(_approved_schedule=True)
    return {
        "draft": Q(live=False, expired=False) & ~scheduled & ~Q(review_in_progress()),
        "in_review": Q(review_in_progress()),
        "scheduled": scheduled,
        "live": Q(live=True),
        "expired": Q(expired=True),
    }[status]


class StatusFilter(django_filters.ChoiceFilter):
    """Articles of one status (`?status=draft|in_review|scheduled|live|expired`)."""

    def filter(self, qs: QuerySet, value: str) -> QuerySet:
        if not value:
            return qs
        matching = ArticlePage.objects.annotate_approved_schedule().filter(status_condition(value))
        return qs.filter(pk__in=matching.values("pk"))


class PrimaryKeyFilter(django_filters.ModelMultipleChoiceFilter):
    """Articles linked to any of the chosen objects, through the `links` (a values queryset).

    `links(chosen)` returns the primary keys of the articles linked to `chosen`.
    """

    def __init__(self, *args, links, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.links = links

    def filter(self, qs: QuerySet, value) -> QuerySet:
        if not value:
            return qs
        return qs.filter(pk__in=self.links(value))


class ArticleFilterSet(WagtailFilterSet):
    """The filters of the « Articles » list."""

    category = PrimaryKeyFilter(
        label=_("Rubrique"),
        queryset=CategoryPage.objects.order_by("path"),
        links=lambda categories: ArticlePage.objects.filter(
            Q.create([("path__startswith", category.path) for category in categories], "OR")
        ).values("pk"),
        widget=forms.CheckboxSelectMultiple,
    )
    author = PrimaryKeyFilter(
        label=_("Auteur"),
        queryset=Author.objects.all(),
        links=lambda authors: ArticlePageAuthor.objects.filter(author__in=authors).values(
            "page_id"
        ),
        widget=forms.CheckboxSelectMultiple,
    )
    status = StatusFilter(
        label=_("Statut"),
        choices=[
            ("draft", _("Brouillon")),
            ("in_review", _("En relecture")),
            ("scheduled", _("Programmé")),
            ("live", _("En ligne")),
            ("expired", _("Expiré")),
        ],
        empty_label=_("Tous"),
        widget=forms.RadioSelect,
    )
    tag = PrimaryKeyFilter(
        label=_("Mot-clé"),
        queryset=Tag.objects.filter(pk__in=ArticlePageTag.objects.values("tag_id")).order_by(
            "name"
        ),
        links=lambda tags: ArticlePageTag.objects.filter(tag__in=tags).values("content_object_id"),
        widget=forms.CheckboxSelectMultiple,
    )
    first_published_at = django_filters.DateFromToRangeFilter(
        label=_("Première publication"), widget=DateRangePickerWidget
    )
    latest_revision_created_at = django_filters.DateFromToRangeFilter(
        label=_("Dernière modification"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ArticlePage
        fields: list[str] = []
