"""The admin form of articles."""

from wagtail.admin.forms import WagtailAdminPageForm

from .scheduling import FutureGoLiveMixin


class ArticlePageForm(FutureGoLiveMixin, WagtailAdminPageForm):
    """Leaves the body to its form field, which knows whether the editor saves a draft; a
    go-live date the editor sets must still be ahead (`FutureGoLiveMixin`)."""

    def _get_validation_exclusions(self) -> set[str]:
        # The body's form field has already cleaned it with the body's own block, deferring
        # the structural rules for a draft (Wagtail's defer_required_fields()). The model's
        # check in ArticlePage.clean_fields(), meant for pages saved in code, would clean it
        # a second time and could not tell a draft from a publication.
        return super()._get_validation_exclusions() | {"body"}
