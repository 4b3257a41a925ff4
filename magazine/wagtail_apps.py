"""Wagtail's images, documents, snippets and redirects apps, without Wagtail's API v3.

Wagtail 8's API v3 is an app of its own, `wagtail.api.v3`, which the admin checks for before
offering API tokens (wagtail/users/wagtail_hooks.py). The site does not install it and mounts
no API URL. Yet the `ready()` of these four apps builds the API's routers whatever is
installed: that imports django-ninja and builds every schema of the API at start-up, about
10 MiB in each web worker, measured, and 0.1 s more to start. (pydantic and Django REST
framework stay: the admin's own API, which its explorer uses, needs them.)

Each config below is Wagtail's own, its `ready()` the same but for the API's registrations;
INSTALLED_APPS names them instead of the plain app modules, with the same labels, so models,
migrations and templates are Wagtail's. tests/test_wagtail_apps.py fails when Wagtail changes
one of the methods copied here, so that the copy is checked again. A deployment that wants
the API v3 installs `wagtail.api.v3` and names Wagtail's own app modules again.

Their imports are made in `ready()`, as Wagtail's are: they load models, which Django
loads only once every app's config is read.
"""

from django.db.models import ForeignKey
from django.db.models.signals import post_migrate

from wagtail.contrib.redirects.apps import WagtailRedirectsAppConfig
from wagtail.documents.apps import WagtailDocsAppConfig
from wagtail.images.apps import WagtailImagesAppConfig
from wagtail.snippets.apps import WagtailSnippetsAppConfig


class ImagesConfig(WagtailImagesAppConfig):
    """wagtail.images: its permissions, signals and admin registrations, no API router."""

    def ready(self) -> None:
        from wagtail.admin.compare import register_comparison_class
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.admin.ui.fields import register_display_class
        from wagtail.images import get_image_model, get_permission_policy
        from wagtail.images.components import ImageDisplay
        from wagtail.images.edit_handlers import ImageFieldComparison
        from wagtail.images.signal_handlers import register_signal_handlers
        from wagtail.images.widgets import AdminImageChooser
        from wagtail.models.reference_index import ReferenceIndex
        from wagtail.permissions import register_permission_policy

        image = get_image_model()
        register_permission_policy(image, get_permission_policy())
        register_signal_handlers()
        register_form_field_override(ForeignKey, to=image, override={"widget": AdminImageChooser})
        register_comparison_class(ForeignKey, to=image, comparison_class=ImageFieldComparison)
        register_display_class(ForeignKey, to=image, display_class=ImageDisplay)
        ReferenceIndex.register_model(image)


class DocumentsConfig(WagtailDocsAppConfig):
    """wagtail.documents: its permissions, signals and admin registrations, no API router."""

    def ready(self) -> None:
        from wagtail.admin.ui.fields import register_display_class
        from wagtail.documents import get_document_model, get_permission_policy
        from wagtail.documents.components import DocumentDisplay
        from wagtail.documents.signal_handlers import register_signal_handlers
        from wagtail.models.reference_index import ReferenceIndex
        from wagtail.permissions import register_permission_policy

        document = get_document_model()
        register_permission_policy(document, get_permission_policy())
        register_signal_handlers()
        register_display_class(ForeignKey, to=document, display_class=DocumentDisplay)
        ReferenceIndex.register_model(document)


class SnippetsConfig(WagtailSnippetsAppConfig):
    """wagtail.snippets: the snippets registered, their extra permissions, no API router."""

    def ready(self) -> None:
        from wagtail.snippets.models import create_extra_permissions, register_deferred_snippets

        register_deferred_snippets()
        post_migrate.connect(create_extra_permissions, sender=self)


class RedirectsConfig(WagtailRedirectsAppConfig):
    """wagtail.contrib.redirects: redirects made when a page moves or changes its slug, no
    API router."""

    def ready(self) -> None:
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.contrib.redirects.signal_handlers import (
            autocreate_redirects_on_page_move,
            autocreate_redirects_on_slug_change,
        )
        from wagtail.permissions import register_permission_policy
        from wagtail.signals import page_slug_changed, post_page_move

        register_permission_policy(Redirect)
        post_page_move.connect(autocreate_redirects_on_page_move)
        page_slug_changed.connect(autocreate_redirects_on_slug_change)
