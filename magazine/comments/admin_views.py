"""The comment listing in the Wagtail admin, its filters and columns, and the editors' reply."""

from django import forms
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

from magazine.articles.models import ArticlePage

from .changes import comments_changed
from .counts import pending_count
from .models import Comment


class CommentFilterSet(WagtailFilterSet):
    """Filters of the comment listing: status, article, date, and one reader's address."""

    status = django_filters.ChoiceFilter(
        label=_("Statut"),
        choices=Comment.Status.choices,
        empty_label=_("Tous"),
        widget=forms.RadioSelect,
    )
    article = django_filters.ModelChoiceFilter(
        label=_("Article"), queryset=ArticlePage.objects.order_by("title")
    )
    created_at = django_filters.DateFromToRangeFilter(label=_("Date"))
    email = django_filters.CharFilter(
        label=_("Adresse e-mail exacte"),
        method="filter_email",
        help_text=_("Tous les commentaires d'un lecteur, pour les exporter ou les effacer."),
    )

    class Meta:
        model = Comment
        fields = ["status", "article", "created_at", "email"]

    def filter_email(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.of_email(value) if value else queryset


class ArticleColumn(Column):
    """The comment's article, linked to its editor and to the comment on the live page."""

    cell_template_name = "comments/admin/article_cell.html"

    def get_cell_context_data(self, instance: Comment, parent_context: dict) -> dict:
        context = super().get_cell_context_data(instance, parent_context)
        article = instance.article
        url = article.get_url(parent_context.get("request"))
        context["article"] = article
        context["live_url"] = f"{url}#{instance.anchor}" if url else ""
        return context


class ReplyForm(forms.Form):
    """An editor's reply, signed with their name and marked « Rédaction » for readers."""

    name = forms.CharField(label=_("Signature"), max_length=60)
    body = forms.CharField(label=_("Réponse"), max_length=4000, widget=forms.Textarea)


class ReplyView(WagtailAdminTemplateMixin, FormView):
    """Reply to a reader's comment from the admin; the reply is published at once.

    A reply to a reply answers the comment it belongs to: readers see one level only.
    """

    template_name = "comments/admin/reply.html"
    form_class = ReplyForm
    page_title = _("Répondre")
    header_icon = "comment"
    viewset = None

    def dispatch(self, request: HttpRequest, pk: int) -> HttpResponse:
        policy = self.viewset.permission_policy
        if not policy.user_has_permission(request.user, "change"):
            return redirect("wagtailadmin_home")
        comment = get_object_or_404(Comment.objects.select_related("article", "parent"), pk=pk)
        self.comment = comment.parent or comment
        return super().dispatch(request, pk)

    def get_initial(self) -> dict:
        user = self.request.user
        return {"name": user.get_full_name() or _("La rédaction")}

    def get_page_subtitle(self) -> str:
        return str(self.comment)

    def get_context_data(self, **kwargs) -> dict:
        return {
            **super().get_context_data(**kwargs),
            "comment": self.comment,
            "action_url": self.request.path,
            "submit_button_label": _("Publier la réponse"),
        }

    def form_valid(self, form: ReplyForm) -> HttpResponse:
        reply = Comment.objects.create(
            article=self.comment.article,
            parent=self.comment,
            name=form.cleaned_data["name"],
            body=form.cleaned_data["body"].replace("\r\n", "\n"),
            status=Comment.Status.APPROVED,
            is_editorial=True,
            editor=self.request.user,
        )
        if self.comment.status != Comment.Status.APPROVED:
            # Answering a comment is approving it: a reply cannot show without its comment.
            self.comment.status = Comment.Status.APPROVED
            self.comment.save(update_fields=["status"])
        comments_changed([reply.article])
        messages.success(self.request, _("Réponse publiée."))
        return redirect(self.viewset.get_url_name("list"))


class PendingCountMenuItem(MenuItem):
    """« Commentaires », with the number waiting for moderation."""

    def __init__(self, *args, permission_policy: ModelPermissionPolicy, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.permission_policy = permission_policy

    def is_shown(self, request: HttpRequest) -> bool:
        return self.permission_policy.user_has_any_permission(request.user, ["change", "delete"])

    def render_component(self, request: HttpRequest) -> LinkMenuItem:
        pending = pending_count()
        label = f"{self.label} ({pending})" if pending else self.label
        return LinkMenuItem(
            self.name, label, self.url, icon_name=self.icon_name, classname=self.classname
        )


class CommentViewSet(SnippetViewSet):
    """Comments in the admin: moderated in bulk, searched, filtered, exported."""

    model = Comment
    icon = "comment"
    menu_label = _("Commentaires")
    menu_order = 250
    add_to_admin_menu = True
    filterset_class = CommentFilterSet
    search_fields = ["name", "email", "body"]
    search_backend_name = None
    list_per_page = 50
    list_export = ["created_at", "article", "name", "email", "website", "body", "status"]
    export_filename = "commentaires"
    copy_view_enabled = False
    # A comment is no « usage » of its article, and a reader's comment writes no index row.
    add_to_reference_index = False
    panels = [
        FieldPanel("status"),
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("website"),
        FieldPanel("body"),
        FieldPanel("is_editorial"),
    ]

    @property
    def list_display(self) -> list:
        return [
            "name",
            Column("excerpt", label=_("Commentaire")),
            ArticleColumn("article", label=_("Article")),
            Column("get_status_display", label=_("Statut")),
            DateColumn("created_at", label=_("Date")),
        ]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return Comment.objects.select_related("article")

    def get_menu_item(self, order: int | None = None) -> PendingCountMenuItem:
        return PendingCountMenuItem(
            self.menu_label,
            reverse(self.get_url_name("list")),
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=order or self.menu_order,
            permission_policy=self.permission_policy,
        )

    @property
    def reply_view(self):
        return self.construct_view(ReplyView, viewset=self)

    def get_urlpatterns(self) -> list:
        return [
            *super().get_urlpatterns(),
            path("reply/<int:pk>/", self.reply_view, name="reply"),
        ]

    def reply_url(self, comment: Comment) -> str:
        return reverse(self.get_url_name("reply"), args=[comment.pk])


def comments_listing_url(viewset: CommentViewSet, **filters) -> str:
    """The listing's address, filtered (`article=`, `status=`, `email=`)."""
    query = "&".join(f"{name}={value}" for name, value in filters.items())
    return reverse(viewset.get_url_name("list")) + (f"?{query}" if query else "")
