"""What leaves the cache when a page, a setting, a site, a restriction or a tag changes.

A page published, unpublished (deleted, too: Wagtail unpublishes a live page before deleting
it) or moved purges its own tag (its responses, and every card or link that shows it, even
on another article's « Publications similaires »), its ancestors' tags (a category lists its
articles, the home page the latest ones; a move, its old parent's too) and the tags its
`listing_cache_tags()` names (an article: its authors' and tags' pages, feeds, sitemaps,
search; a category or an information page: `site`, since every page's menu or footer shows
it). Its URL is purged as well, where a 404 may be cached from before it existed.

Site settings, sites and view restrictions change what every page shows: `site`. So does a
tag renamed or deleted: article pages list their tags; renames are rare, and no query
finds every page that prints one. An author's rename does the same (magazine/authors).

Pages (saved, published, unpublished, moved, deleted), images, settings, sites and view
restrictions also renew the content generation (generations.py), the key of the pieces of
pages the site keeps in its own cache; renewed first, since the purge that follows makes the
cache in front ask for the pages again at once. Saving a draft changes nothing readers see,
and renews nothing.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_save

from taggit.models import Tag
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .generations import renew_content_generation
from .purge import purge
from .tags import SITE, page_tag

# What Wagtail saves on a page for a draft (a revision saved, a lock): nothing readers see.
DRAFT_FIELDS = frozenset(
    {
        "comments",
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def page_saved_receiver(instance: object, update_fields=None, **kwargs) -> None:
    """A page saved or deleted, other than for a draft, renews the content generation.

    Pages created or changed in code (an import, the demo) send no publish signal.
    """
    if isinstance(instance, Page) and not (
        update_fields and DRAFT_FIELDS.issuperset(update_fields)
    ):
        renew_content_generation()


# What Wagtail fills in on an image the first time a page shows it: nothing changes.
IMAGE_FACTS = frozenset({"file_hash", "file_size", "width", "height"})


def image_saved_receiver(update_fields=None, **kwargs) -> None:
    """An image edited (its file, its focal point: renditions bodies print) renews the
    content generation; Wagtail filling in its hash or size as a page shows it does not."""
    if not (update_fields and IMAGE_FACTS.issuperset(update_fields)):
        renew_content_generation()


def page_purge_tags(page: Page, *former_parents: Page) -> set[str]:
    """Return the tags to purge when `page` changes: its own, its ancestors' and its listings'.

    The ancestors come from the pages' paths in one query; the tree's root is no page of
    the site. `former_parents` (before a move) count with their own ancestors.
    """
    steplen = Page.steplen
    paths = {page.path[: steplen * depth] for depth in range(2, page.depth)}
    for parent in former_parents:
        paths.update(parent.path[: steplen * depth] for depth in range(2, parent.depth + 1))
    ancestors = Page.objects.filter(path__in=paths).values_list("pk", flat=True)
    listing_cache_tags = getattr(page, "listing_cache_tags", None)
    return {
        page_tag(page.pk),
        *(page_tag(pk) for pk in ancestors),
        *(listing_cache_tags() if listing_cache_tags else ()),
    }


def purge_page(page: Page, *former_parents: Page) -> None:
    """Purge what shows `page` once the transaction commits (see the module's docstring).

    Without a cache in front (WAGTAILFRONTENDCACHE empty) nothing is looked up.
    """
    if not get_backends():
        return
    page = page.specific
    url = page.get_full_url()
    purge(page_purge_tags(page, *former_parents), [url] if url else [])


def page_published_receiver(instance: Page, **kwargs) -> None:
    renew_content_generation()
    # Publishing a revision scheduled for later sends the signal too, with the page not live.
    if instance.live:
        purge_page(instance)


def page_unpublished_receiver(instance: Page, **kwargs) -> None:
    renew_content_generation()
    purge_page(instance)


def post_page_move_receiver(
    instance: Page, parent_page_before: Page, url_path_before: str, url_path_after: str, **kwargs
) -> None:
    renew_content_generation()
    # Reordering pages under the same parent changes no URL and no listing (they sort by date).
    if instance.live and url_path_before != url_path_after:
        purge_page(instance, parent_page_before)


def purge_site(**kwargs) -> None:
    """Purge every cached response of the site (a signal receiver)."""
    purge([SITE])


def content_receiver(**kwargs) -> None:
    """A setting, a site, a view restriction or a tag's name changes what every page may
    show, without a publish."""
    renew_content_generation()
    purge_site()


def setting_receiver(created: bool = False, **kwargs) -> None:
    """A setting saved by an editor; not one created with its defaults on first reading."""
    if not created:
        content_receiver(**kwargs)


def tag_pre_save_receiver(instance: Tag, raw: bool, **kwargs) -> None:
    # The name and slug pages print, read before the save to tell a rename afterwards (a
    # purge must wait for the commit, which may come at once outside a transaction).
    if instance.pk and not raw:
        instance._printed = Tag.objects.filter(pk=instance.pk).values_list("name", "slug").first()


def tag_post_save_receiver(instance: Tag, **kwargs) -> None:
    printed = getattr(instance, "_printed", None)
    if printed and printed != (instance.name, instance.slug):
        content_receiver()
    instance._printed = None


def connect_receivers() -> None:
    """Connect the receivers; called once the apps are ready, so every setting is known."""
    uid = "frontend-cache"
    page_published.connect(page_published_receiver, dispatch_uid=f"{uid}-published")
    page_unpublished.connect(page_unpublished_receiver, dispatch_uid=f"{uid}-unpublished")
    post_page_move.connect(post_page_move_receiver, dispatch_uid=f"{uid}-move")
    post_save.connect(page_saved_receiver, dispatch_uid="content-page-save")
    post_delete.connect(page_saved_receiver, dispatch_uid="content-page-delete")
    image_model = get_image_model()
    post_save.connect(image_saved_receiver, sender=image_model, dispatch_uid="content-image-save")
    post_delete.connect(
        renew_content_generation, sender=image_model, dispatch_uid="content-image-delete"
    )
    settings_models = [
        model
        for model in apps.get_models()
        if issubclass(model, (BaseSiteSetting, BaseGenericSetting))
    ]
    receivers = dict.fromkeys(settings_models, setting_receiver)
    receivers[Site] = receivers[PageViewRestriction] = content_receiver
    for model, receiver in receivers.items():
        for action, signal in (("save", post_save), ("delete", post_delete)):
            signal.connect(
                receiver, sender=model, dispatch_uid=f"{uid}-{model._meta.label}-{action}"
            )
    pre_save.connect(tag_pre_save_receiver, sender=Tag, dispatch_uid=f"{uid}-tag-pre-save")
    post_save.connect(tag_post_save_receiver, sender=Tag, dispatch_uid=f"{uid}-tag-save")
    post_delete.connect(content_receiver, sender=Tag, dispatch_uid=f"{uid}-tag-delete")
