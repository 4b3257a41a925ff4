"""The admin form of articles."""

from wagtail.admin.forms import WagtailAdminPageForm

from .scheduling import FutureGoLiveMixin


class ArticlePageForm(FutureGoLiveMixin, WagtailAdminPageForm):
    """Tells the page when the editor saves a draft, so its own body check is deferred too.

    A go-live date the editor sets must still be ahead (`FutureGoLiveMixin`).
    """

    def _post_clean(self) -> None:
        # Wagtail lets drafts skip required fields (defer_required_fields); the model-level
        # body check in ArticlePage.clean_fields() must then skip them as well.
        self.instance.body_validation_deferred = self.is_deferred_validation
        try:
            super()._post_clean()
        finally:
            self.instance.body_validation_deferred = False
