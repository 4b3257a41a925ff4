"""Admin set-up of tags: the tag field shows tags without quotes."""

from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks


@hooks.register("insert_global_admin_js")
def tag_labels_without_quotes() -> str:
    """Load the script that takes the quotes off the tag field's labels."""
    return format_html('<script src="{}"></script>', static("js/admin-tag-labels.js"))
