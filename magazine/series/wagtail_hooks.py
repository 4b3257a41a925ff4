"""Admin registration of series, under « Séries »."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Series


class SeriesViewSet(SnippetViewSet):
    model = Series
    icon = "list-ol"
    menu_label = _("Séries")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["title", "slug"]
    search_fields = ["title", "slug"]
    search_backend_name = None


register_snippet(SeriesViewSet)
