from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "magazine.pages"
    label = "pages"
    verbose_name = _("Pages d'information")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .links import clear_information_links, clear_information_links_for_page

        for_page = clear_information_links_for_page
        # Publishing, unpublishing and renaming all save the page; moves save via treebeard.
        post_save.connect(for_page, dispatch_uid="information-links-save")
        post_delete.connect(for_page, dispatch_uid="information-links-delete")
        post_page_move.connect(for_page, dispatch_uid="information-links-move")
        # Actions that save a plain Page still send these with the specific page.
        page_published.connect(for_page, dispatch_uid="information-links-pub")
        page_unpublished.connect(for_page, dispatch_uid="information-links-unp")
        # A restriction on the page or on an ancestor hides it without saving the page.
        post_save.connect(
            clear_information_links,
            sender=PageViewRestriction,
            dispatch_uid="information-links-restriction-save",
        )
        post_delete.connect(
            clear_information_links,
            sender=PageViewRestriction,
            dispatch_uid="information-links-restriction-delete",
        )
