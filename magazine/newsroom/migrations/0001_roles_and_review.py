"""The newsroom's roles and the review workflow, replacing Wagtail's English defaults."""

from django.db import migrations

from magazine.newsroom.review import sync_review_workflow
from magazine.newsroom.roles import sync_roles


def sync_newsroom(apps, schema_editor):
    sync_roles(apps)
    sync_review_workflow(apps)


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("articles", "0004_hero_caption_and_credit"),
        ("authors", "0001_initial"),
        ("pages", "0001_initial"),
        ("social", "0001_initial"),
    ]

    operations = [
        # Nothing to undo: the groups, their members and the workflow stay, as Wagtail's do.
        migrations.RunPython(sync_newsroom, migrations.RunPython.noop),
    ]
