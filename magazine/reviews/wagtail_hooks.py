"""Admin registration of games, products and rating scales, under « Tests et fiches »."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Game, Product, RatingScale


class GameViewSet(SnippetViewSet):
    model = Game
    icon = "pick"
    menu_label = _("Jeux")
    list_display = ["title", "developer", "publisher"]
    # The admin's search reads the database (icontains): found as soon as saved, whatever
    # the reader search's index holds.
    search_fields = ["title", "developer", "publisher", "slug"]
    search_backend_name = None


class ProductViewSet(SnippetViewSet):
    model = Product
    icon = "mobile-alt"
    menu_label = _("Produits")
    list_display = ["name", "brand", "launch_date"]
    search_fields = ["name", "brand", "slug"]
    search_backend_name = None


class RatingScaleViewSet(SnippetViewSet):
    model = RatingScale
    icon = "order"
    menu_label = _("Barèmes")
    list_display = ["name", "maximum", "step"]
    search_fields = ["name"]
    search_backend_name = None


class CatalogueViewSetGroup(SnippetViewSetGroup):
    items = (GameViewSet, ProductViewSet, RatingScaleViewSet)
    menu_icon = "pick"
    menu_label = _("Tests et fiches")
    menu_order = 210


register_snippet(CatalogueViewSetGroup)
