"""The newsroom's dashboard panels: scheduled articles, and the editor's own drafts.

Each panel costs a fixed number of queries, whatever the number of articles: the planned
date, the category's title and whether a schedule exists are subqueries of the one query that
reads the articles, so neither the rows nor Wagtail's status tag query again.
"""

from collections.abc import Mapping
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast, Length, Substr
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

from magazine.articles.models import ArticlePage
from magazine.articles.querysets import ArticlePageQuerySet

# As many rows as Wagtail's own dashboard panels show (WAGTAILADMIN_RECENT_EDITS_LIMIT).
ROWS = 5


def editable_articles(user: AbstractBaseUser) -> ArticlePageQuerySet:
    """The articles `user` may edit or publish, with their category's title."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, {"change", "publish"}
    )
    parent = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return (
        ArticlePage.objects.filter(pk__in=editable.values("pk"))
        .defer_streamfields()
        .annotate(category_title=Subquery(parent.values("title")[:1]))
    )


def scheduled_articles(user: AbstractBaseUser) -> ArticlePageQuerySet:
    """The articles waiting for their go-live date, the soonest first, with `planned_at`.

    A live article with a new version scheduled is among them: the date is when the
    scheduled version replaces the live one.
    """
    schedules = Revision.page_revisions.filter(
        approved_go_live_at__isnull=False,
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    return (
        editable_articles(user)
        .annotate(planned_at=Subquery(schedules.values("approved_go_live_at")[:1]))
        .filter(planned_at__isnull=False)
        .annotate_approved_schedule()
        .order_by("planned_at", "pk")
    )


def draft_articles(user: AbstractBaseUser) -> ArticlePageQuerySet:
    """The articles `user` created that are not online nor scheduled, latest change first.

    The owner decides whose draft it is, not the last editor: a writer's article stays in
    their list while the editor-in-chief reworks it (Wagtail's « Vos modifications les plus
    récentes » lists what one edited last). Expired articles are not drafts; those in
    moderation are, and say so (their workflow states come in one more query).
    """
    return (
        editable_articles(user)
        .filter(owner=user, live=False, expired=False)
        .annotate_approved_schedule()
        .filter(_approved_schedule=False)
        .prefetch_workflow_states()
        .order_by("-latest_revision_created_at", "-pk")
    )


class ArticlesPanel(Component):
    """A dashboard panel listing the first few articles of a queryset, with a date each.

    Subclasses give the queryset, the panel's heading and the date shown: `exact_date`
    prints it in full (a planned date), else as Wagtail prints recent changes.
    """

    template_name = "newsroom/dashboard/articles_panel.html"
    heading = ""
    date_heading = ""
    date_field = ""
    exact_date = False

    def articles(self, user: AbstractBaseUser) -> ArticlePageQuerySet:
        """The articles the panel lists for `user`, in their order."""
        raise NotImplementedError

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict:
        request = parent_context["request"]
        articles = self.articles(request.user)[:ROWS]
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "date_heading": self.date_heading,
            "exact_date": self.exact_date,
            "rows": [(article, getattr(article, self.date_field)) for article in articles],
            "request": request,
        }


class ScheduledArticlesPanel(ArticlesPanel):
    """« Articles programmés »: what goes live next, with the planned date."""

    name = "scheduled_articles"
    # After Wagtail's moderation panels (210, 220), before its recent edits (250).
    order = 230
    heading = _("Articles programmés")
    date_heading = _("Publication prévue")
    date_field = "planned_at"
    exact_date = True

    def articles(self, user: AbstractBaseUser) -> ArticlePageQuerySet:
        return scheduled_articles(user)


class DraftArticlesPanel(ArticlesPanel):
    """« Mes brouillons »: the user's articles not yet online, the latest worked on first."""

    name = "draft_articles"
    order = 240
    heading = _("Mes brouillons")
    date_heading = _("Dernière modification")
    date_field = "latest_revision_created_at"

    def articles(self, user: AbstractBaseUser) -> ArticlePageQuerySet:
        return draft_articles(user)
