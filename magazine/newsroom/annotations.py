"""What the newsroom's lists annotate articles with, as SQL subqueries of their own query."""

from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast, Substr

from wagtail.models import Page, Revision


def category_title() -> Subquery:
    """The title of the article's category (its parent page)."""
    return Subquery(
        Page.objects.filter(
            path=Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * Page.steplen)
        ).values("title")[:1]
    )


def scheduled_go_live() -> Subquery:
    """When the article's scheduled revision goes live, if it has one (the revision Wagtail's
    annotate_approved_schedule() finds).

    Built on use: the revisions' manager looks its content type up in the database.
    """
    return Subquery(
        Revision.page_revisions.filter(
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            approved_go_live_at__isnull=False,
        ).values("approved_go_live_at")[:1]
    )
