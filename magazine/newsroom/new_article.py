"""« Nouvel article »: pick a category, land in the article editor."""

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.choose_parent import ChooseParentView
from wagtail.models import Page
from wagtail.permissions import policy_registry


def may_write(request: HttpRequest) -> bool:
    """Whether the user may add pages somewhere, articles among them."""
    return policy_registry.get_by_type(Page).user_has_permission(request.user, "add")


class ChooseCategoryView(ChooseParentView):
    """Wagtail's « choose a parent » step, with the categories the editor may write in
    as a list of choices rather than a page chooser to browse.

    Wagtail's own view already goes straight to the editor when there is only one.
    """

    page_title = _("Nouvel article")
    submit_button_label = _("Écrire l'article")

    def get_form(self) -> forms.Form:
        form = super().get_form()
        form.fields["parent_page"] = forms.ModelChoiceField(
            label=_("Rubrique"),
            help_text=_("La rubrique où l'article paraîtra."),
            queryset=self.get_valid_parent_pages(self.request.user).order_by("path"),
            widget=forms.RadioSelect,
            empty_label=None,
        )
        return form

    def get_page_subtitle(self) -> str:
        return ""


class NewArticlePanel(Component):
    """A dashboard panel with « Nouvel article » and a link to every article."""

    name = "new_article"
    template_name = "newsroom/new_article_panel.html"
    order = 50


class NewArticleMenuItem(MenuItem):
    """« Nouvel article » in the admin menu, for the users who may write one."""

    def is_shown(self, request: HttpRequest) -> bool:
        return may_write(request)
