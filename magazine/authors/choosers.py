"""The author chooser of the article editor, worded as French sentences."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser


class WordedSnippetChooser(AdminSnippetChooser):
    """Wagtail's snippet chooser, keeping the button texts its viewset gives it."""

    def __init__(self, **kwargs) -> None:
        # AdminSnippetChooser words its buttons from the verbose name whatever the viewset
        # says, which French reads as « Choisir auteur ».
        texts = self.choose_one_text, self.choose_another_text, self.link_to_chosen_text
        super().__init__(**kwargs)
        self.choose_one_text, self.choose_another_text, self.link_to_chosen_text = texts


class NameColumnMixin:
    """Heads the chooser's list of authors « Nom » rather than « Titre »."""

    @property
    def title_column(self):
        column = super().title_column
        column.label = _("Nom")
        return column


class AuthorChooseView(NameColumnMixin, ChooseView):
    page_subtitle = None


class AuthorChooseResultsView(NameColumnMixin, ChooseResultsView):
    pass


class AuthorChooserViewSet(SnippetChooserViewSet):
    """The modal and the widget that choose an author."""

    base_widget_class = WordedSnippetChooser
    choose_view_class = AuthorChooseView
    choose_results_view_class = AuthorChooseResultsView
    choose_one_text = _("Choisir un auteur")
    choose_another_text = _("Choisir un autre auteur")
    edit_item_text = _("Modifier cet auteur")
