"""The newsroom's roles: Wagtail groups and exactly the permissions each one holds.

`sync_roles()` gives every role the permissions declared here and takes away any other:
migrations run it (0001, and any later one after a change here), so running it again sets
the groups right. It takes an app registry, the migration's or Django's own, and names
permissions as "app_label.codename", granted once they exist: an app installed later (search
promotions, reader comments) gets its permissions granted by the next migration that syncs.

Writers hold their page permissions on each category rather than on the home page: Wagtail
grants page permissions on a page and everything below it, whatever the page type, so
"add" on the home page would let them create categories and information pages, and "change"
would let them edit those and the home page. A category is the smallest page above all of
its articles; `open_new_category` grants the same permissions on a category created later.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product

from django.apps.registry import Apps
from django.contrib.auth.management import create_permissions
from django.db.models import Model, Q

WRITERS = "Rédacteurs"
CHIEFS = "Rédaction en chef"
MODERATORS = "Modérateurs"

ADMIN_ACCESS = "wagtailadmin.access_admin"
PAGE_EDITING = ("wagtailcore.add_page", "wagtailcore.change_page")
# Reader comments: the moderation listing, its bulk actions, replies and erasure.
COMMENT_MODERATION = ("comments.view_comment", "comments.change_comment", "comments.delete_comment")
PAGE_PUBLISHING = ("wagtailcore.publish_page", "wagtailcore.lock_page", "wagtailcore.unlock_page")
# Writers choose scales and series in their articles, and add the games and products they
# test; chief editors manage all of them.
CATALOGUE_WRITING = (
    "reviews.add_game",
    "reviews.change_game",
    "reviews.view_game",
    "reviews.add_product",
    "reviews.change_product",
    "reviews.view_product",
    "reviews.view_ratingscale",
    "series.view_series",
)
CATALOGUE_MANAGING = (
    *CATALOGUE_WRITING,
    "reviews.delete_game",
    "reviews.delete_product",
    "reviews.add_ratingscale",
    "reviews.change_ratingscale",
    "reviews.delete_ratingscale",
    "series.add_series",
    "series.change_series",
    "series.delete_series",
    "reviews.change_reviewsettings",
)


@dataclass(frozen=True)
class Role:
    """A group of users and what they may do."""

    name: str
    # Wagtail's default group this role takes over, renamed, with its members.
    replaces: str = ""
    # Model permissions: admin access, snippets, site settings, redirects…
    permissions: tuple[str, ...] = ()
    # Page permissions on the root of the page tree: every page, categories included.
    tree_permissions: tuple[str, ...] = ()
    # Page permissions on each category: its articles.
    category_permissions: tuple[str, ...] = ()
    # Image and document permissions in the root collection, so in every collection.
    collection_permissions: tuple[str, ...] = ()


ROLES = (
    Role(
        name=WRITERS,
        replaces="Editors",
        permissions=(ADMIN_ACCESS, *CATALOGUE_WRITING),
        category_permissions=PAGE_EDITING,
        collection_permissions=(
            "wagtailimages.add_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.choose_document",
        ),
    ),
    Role(
        name=CHIEFS,
        replaces="Moderators",
        permissions=(
            ADMIN_ACCESS,
            "authors.add_author",
            "authors.change_author",
            "authors.delete_author",
            "authors.view_author",
            "pages.change_legalsettings",
            "social.change_socialsettings",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
            "wagtailsearchpromotions.add_searchpromotion",
            "wagtailsearchpromotions.change_searchpromotion",
            "wagtailsearchpromotions.delete_searchpromotion",
            *COMMENT_MODERATION,
            "comments.change_commentsettings",
            "feeds.change_feedsettings",
            *CATALOGUE_MANAGING,
        ),
        tree_permissions=(*PAGE_EDITING, *PAGE_PUBLISHING),
        collection_permissions=(
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.delete_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.delete_document",
            "wagtaildocs.choose_document",
        ),
    ),
    # Reader comments only; never any page permission.
    Role(name=MODERATORS, permissions=(ADMIN_ACCESS, *COMMENT_MODERATION)),
)


def sync_roles(apps: Apps) -> None:
    """Create or rename each role's group and give it exactly the permissions declared."""
    create_missing_permissions(apps)
    roots = ids(apps, "wagtailcore", "Page", depth=1)
    categories = ids(apps, "articles", "CategoryPage")
    root_collections = ids(apps, "wagtailcore", "Collection", depth=1)
    for role in ROLES:
        group = role_group(apps, role)
        group.permissions.set(permissions(apps, role.permissions).values())
        apps.get_model("wagtailcore", "GroupSitePermission").objects.filter(group=group).delete()
        set_object_permissions(
            apps,
            apps.get_model("wagtailcore", "GroupPagePermission"),
            "page_id",
            group,
            {
                *product(roots, role.tree_permissions),
                *product(categories, role.category_permissions),
            },
        )
        set_object_permissions(
            apps,
            apps.get_model("wagtailcore", "GroupCollectionPermission"),
            "collection_id",
            group,
            set(product(root_collections, role.collection_permissions)),
        )


def grant_category_permissions(apps: Apps, category_id: int) -> None:
    """Give each role its category permissions on one category, keeping the others."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for role in ROLES:
        group = Group.objects.filter(name=role.name).first()
        if group is None:
            continue
        for permission in permissions(apps, role.category_permissions).values():
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=category_id, permission=permission
            )


def open_new_category(sender: type[Model], instance: Model, created: bool, **kwargs) -> None:
    """Grant the roles their category permissions on a new category (a post_save receiver)."""
    if created and not kwargs.get("raw"):
        grant_category_permissions(instance._meta.apps, instance.pk)


def role_group(apps: Apps, role: Role) -> Model:
    """Return the role's group: found by its name, else Wagtail's group renamed, else new."""
    Group = apps.get_model("auth", "Group")
    group = (
        Group.objects.filter(name=role.name).first()
        or (role.replaces and Group.objects.filter(name=role.replaces).first())
        or Group()
    )
    group.name = role.name
    group.save()
    return group


def permissions(apps: Apps, names: Iterable[str]) -> dict[str, Model]:
    """Return the permissions named "app_label.codename" that exist, by name."""
    query = Q(pk__in=[])
    for name in names:
        app_label, codename = name.split(".")
        query |= Q(content_type__app_label=app_label, codename=codename)
    found = apps.get_model("auth", "Permission").objects.filter(query)
    return {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in found.select_related("content_type")
    }


def ids(apps: Apps, app_label: str, model_name: str, **filters: object) -> list[int]:
    """Return the primary keys of the rows of a model that match `filters`."""
    rows = apps.get_model(app_label, model_name).objects.filter(**filters)
    return list(rows.values_list("pk", flat=True))


def set_object_permissions(
    apps: Apps, model: type[Model], field: str, group: Model, wanted: set[tuple[int, str]]
) -> None:
    """Give `group` exactly the `wanted` (object id, permission name) rows of `model`.

    `model` is GroupPagePermission or GroupCollectionPermission, whose `field` ("page_id",
    "collection_id") names the page or collection a permission applies to, and below.
    """
    by_name = permissions(apps, {name for _, name in wanted})
    wanted_rows = {(object_id, by_name[name].pk) for object_id, name in wanted if name in by_name}
    existing = {
        (getattr(row, field), row.permission_id): row.pk
        for row in model.objects.filter(group=group)
    }
    unwanted = [pk for row, pk in existing.items() if row not in wanted_rows]
    model.objects.filter(pk__in=unwanted).delete()
    model.objects.bulk_create(
        model(group=group, permission_id=permission_id, **{field: object_id})
        for object_id, permission_id in wanted_rows - existing.keys()
    )


def create_missing_permissions(apps: Apps) -> None:
    """Create the permissions of every model `apps` knows, when they do not exist yet.

    Django creates permissions after the last migration has run (post_migrate), too late for
    a migration that grants them on a new database; wagtailcore's migration 0086 does the same.
    """
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
