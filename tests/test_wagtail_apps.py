"""Wagtail's images, documents, snippets and redirects apps without the API v3
(magazine/wagtail_apps.py): what Wagtail's configs set up still is, the API is never loaded,
and a change to one of the methods copied is noticed."""

import hashlib
import inspect
import json
import weakref
from collections.abc import Callable

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate
from django.dispatch import Signal

from wagtail.admin.compare import comparison_class_registry
from wagtail.admin.forms.models import registry as form_field_overrides
from wagtail.admin.ui.fields import display_class_registry
from wagtail.contrib.redirects.apps import WagtailRedirectsAppConfig
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.redirects.signal_handlers import (
    autocreate_redirects_on_page_move,
    autocreate_redirects_on_slug_change,
)
from wagtail.documents import get_document_model
from wagtail.documents.apps import WagtailDocsAppConfig
from wagtail.documents.signal_handlers import post_delete_file_cleanup as documents_file_cleanup
from wagtail.images import get_image_model
from wagtail.images.apps import WagtailImagesAppConfig
from wagtail.images.components import ImageDisplay
from wagtail.images.edit_handlers import ImageFieldComparison
from wagtail.images.signal_handlers import post_delete_file_cleanup as images_file_cleanup
from wagtail.images.signal_handlers import post_delete_purge_rendition_cache
from wagtail.images.widgets import AdminImageChooser
from wagtail.models.reference_index import ReferenceIndex
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.signals import page_slug_changed, post_page_move
from wagtail.snippets.apps import WagtailSnippetsAppConfig
from wagtail.snippets.models import create_extra_permissions, get_snippet_models

from magazine import wagtail_apps
from magazine.articles.models import ArticlePage
from magazine.reviews.models import Game
from tests.test_settings import manage

# sha256 of the source of each `ready()` magazine/wagtail_apps.py copies, as in Wagtail 8.0.
# When one differs, Wagtail changed it: bring the change into the copy (leaving out the API
# v3's registrations), then record the new digest here.
UPSTREAM_READY = {
    WagtailImagesAppConfig: "52e409385bb1ad6269ea4d3e46918062ec1b167f9667b89fc6581a4d79c31aa2",
    WagtailDocsAppConfig: "4cdf87a46dbf81efa9910450b8a0756c0474db373c840e42180c24936737ac6d",
    WagtailSnippetsAppConfig: "1ac35b5ed40349560ef6772c940e99518fb6b96c9700e505fade4d7f289785e2",
    WagtailRedirectsAppConfig: "19d1a78049d84e479ad274b23b38dd533bfe9d897661912593ec0b2c293881e9",
}

# Loads the site as a web worker does, then says which of the API's libraries it holds.
LOADED_LIBRARIES = """
import json, sys
import magazine.wsgi
from django.urls import resolve
resolve("/")
print(json.dumps(sorted(name for name in ("ninja", "wagtail.api.v3.api") if name in sys.modules)))
"""


def digest(method: object) -> str:
    return hashlib.sha256(inspect.getsource(method).encode()).hexdigest()


def connected(signal: Signal) -> list[Callable]:
    """The functions connected to `signal`, whoever the sender."""
    return [
        receiver() if isinstance(receiver, weakref.ReferenceType) else receiver
        for _, receiver, _ in signal.receivers
    ]


def test_the_methods_copied_are_wagtails_own():
    changed = [
        upstream.__qualname__
        for upstream, recorded in UPSTREAM_READY.items()
        if digest(upstream.ready) != recorded
    ]
    assert changed == [], f"Wagtail changed {changed}: check magazine/wagtail_apps.py again"


def test_the_four_apps_are_configured_by_the_copies():
    expected = {
        "wagtailimages": wagtail_apps.ImagesConfig,
        "wagtaildocs": wagtail_apps.DocumentsConfig,
        "wagtailsnippets": wagtail_apps.SnippetsConfig,
        "wagtailredirects": wagtail_apps.RedirectsConfig,
    }
    assert {label: type(apps.get_app_config(label)) for label in expected} == expected


def test_images_keep_their_permissions_chooser_comparison_display_and_usage():
    image = get_image_model()
    hero_image = ArticlePage._meta.get_field("hero_image")
    policy = policy_registry.get_by_type(image, fallback=False)
    assert isinstance(policy, CollectionOwnershipPermissionPolicy)
    assert form_field_overrides.get(hero_image) == {"widget": AdminImageChooser}
    assert comparison_class_registry.get(hero_image) is ImageFieldComparison
    assert display_class_registry.get(hero_image) is ImageDisplay
    assert ReferenceIndex.is_indexed(image)
    # Files removed with their image, renditions forgotten with theirs.
    assert images_file_cleanup in connected(post_delete)
    assert post_delete_purge_rendition_cache in connected(post_delete)


def test_documents_keep_their_permissions_and_usage():
    document = get_document_model()
    policy = policy_registry.get_by_type(document, fallback=False)
    assert isinstance(policy, CollectionOwnershipPermissionPolicy)
    assert ReferenceIndex.is_indexed(document)
    assert documents_file_cleanup in connected(post_delete)


def test_snippets_are_registered_with_their_extra_permissions():
    assert Game in get_snippet_models()
    assert create_extra_permissions in connected(post_migrate)


def test_redirects_follow_moves_and_slug_changes():
    assert policy_registry.get_by_type(Redirect, fallback=False) is not None
    assert autocreate_redirects_on_page_move in connected(post_page_move)
    assert autocreate_redirects_on_slug_change in connected(page_slug_changed)


def test_a_loaded_site_holds_none_of_the_api_v3():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        LOADED_LIBRARIES,
        env={"DJANGO_SETTINGS_MODULE": "magazine.settings.test"},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []
