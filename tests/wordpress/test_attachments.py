"""Attachments: old pages redirect, a fetcher may fill the folder's gaps, dry runs store no file."""

import tracemalloc
from pathlib import Path

from django.conf import settings as project_settings
from django.core.files.storage import default_storage
from django.db import DatabaseError

from wagtail.images import get_image_model

import pytest

from magazine.articles.models import ArticlePage
from magazine.wordpress import redirects
from magazine.wordpress.importer import scan
from magazine.wordpress.models import WordPressItem

from .conftest import import_wordpress, summary_row

pytestmark = pytest.mark.django_db


def article(wp_id: int) -> ArticlePage:
    item = WordPressItem.objects.get(kind="post", wp_key=str(wp_id))
    return ArticlePage.objects.get(pk=item.object_id)


def stored_files() -> set[str]:
    if not default_storage.exists("original_images"):
        return set()
    return set(default_storage.listdir("original_images")[1])


def test_attachment_pages_redirect_permanently_to_the_post_using_them(
    home_page, media_dir, local_embeds, client
):
    import_wordpress("magazine.xml", "--media-dir", str(media_dir))
    for old in ("/2024/06/ete-des-jeux/chat/", "/?attachment_id=30"):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == article(10).url


def test_attachment_without_parent_redirects_to_its_file(home_page, uploads, local_embeds, client):
    output = import_wordpress("cases.xml", "--media-dir", str(uploads))
    image = get_image_model().objects.get(title="prune")
    response = client.get("/?attachment_id=43")
    assert response.status_code == 301
    assert response["Location"] == image.file.url
    # pomme, poire (posts), prune (its file), double and its copy (posts).
    assert summary_row(output, "Pages d'images") == [5, 0, 0, 0, 0]


def test_attachment_without_parent_nor_file_is_left_alone(home_page, media_dir, client):
    output = import_wordpress("magazine.xml", "--media-dir", str(media_dir))
    assert client.get("/?attachment_id=31").status_code == 200
    assert summary_row(output, "Pages d'images") == [1, 0, 0, 1, 0]


def test_no_fetcher_by_default_so_no_file_means_no_image(home_page, local_embeds):
    assert project_settings.WORDPRESS_MEDIA_FETCHER is None
    import_wordpress("magazine.xml")
    assert article(10).hero_image is None
    assert not get_image_model().objects.exists()


def test_a_configured_fetcher_fills_what_the_folder_lacks(home_page, local_embeds, settings):
    settings.WORDPRESS_MEDIA_FETCHER = "tests.wordpress.fetchers.generated_upload"
    output = import_wordpress("magazine.xml")
    post = article(10)
    assert post.hero_image is not None
    assert post.hero_image.width == 32
    assert "absent.png" in output  # the fetcher had nothing for it


def test_dry_run_writes_no_image_file(home_page, media_dir, local_embeds):
    before = stored_files()
    output = import_wordpress("magazine.xml", "--media-dir", str(media_dir), "--dry-run")
    assert summary_row(output, "Images")[0] == 1  # the image was found and checked…
    assert stored_files() == before  # …but never stored
    assert not get_image_model().objects.exists()


def test_a_post_that_fails_after_storing_its_image_leaves_no_file_nor_image(
    home_page, media_dir, settings, tmp_path, monkeypatch
):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    export = tmp_path / "one-post.xml"
    export.write_text(
        """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel><link>https://ancien.example</link><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Le chat</title><link>https://ancien.example/le-chat/</link>
<content:encoded><![CDATA[<p>Voici le chat.</p>
<img src="https://ancien.example/wp-content/uploads/2024/05/chat.png" alt="Un chat">
]]></content:encoded>
<wp:post_id>5</wp:post_id><wp:post_name>le-chat</wp:post_name><wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type></item></channel></rss>""",
        encoding="utf-8",
    )
    add_redirects = redirects.add_redirects

    def refused_for_articles(site, urls, page=None, link=""):
        # The database refuses the post's last rows, after its image was stored.
        if isinstance(page, ArticlePage):
            raise DatabaseError("refusé")
        return add_redirects(site, urls, page, link)

    monkeypatch.setattr(redirects, "add_redirects", refused_for_articles)
    output = import_wordpress(str(export), "--media-dir", str(media_dir))
    assert summary_row(output, "Images")[0] == 1  # the image was stored…
    assert summary_row(output, "Articles")[4] == 1  # …by a post that failed
    assert not get_image_model().objects.exists()
    assert [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()] == []


def attachments_export(folder: Path, number: int, description: str) -> Path:
    """Write an export of `number` attachments, each with a long description and postmeta."""
    items = "".join(
        f"<item><title>Image {n}</title><link>https://ancien.example/image-{n}/</link>"
        f"<content:encoded>{description}</content:encoded><wp:post_id>{n}</wp:post_id>"
        "<wp:status>inherit</wp:status><wp:post_parent>0</wp:post_parent>"
        "<wp:post_type>attachment</wp:post_type>"
        f"<wp:attachment_url>https://ancien.example/wp-content/uploads/image-{n}.png"
        "</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attachment_metadata</wp:meta_key>"
        f"<wp:meta_value>{description}</wp:meta_value></wp:postmeta></item>"
        for n in range(1, number + 1)
    )
    path = folder / "attachments.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8" ?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:wp="http://wordpress.org/export/1.2/">'
        "<channel><link>https://ancien.example</link><wp:wxr_version>1.2</wp:wxr_version>"
        + items
        + "</channel></rss>",
        encoding="utf-8",
    )
    return path


def test_the_first_pass_keeps_a_small_record_of_each_attachment(tmp_path):
    # An export may list a hundred thousand attachments: what the import never reads again
    # of them (descriptions, postmeta) is not kept for the whole run.
    export = attachments_export(tmp_path, 200, "description " * 1_000)
    tracemalloc.start()
    try:
        found = scan(export)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found.attachments[7].url == "https://ancien.example/wp-content/uploads/image-7.png"
    assert found.attachments[7].link == "https://ancien.example/image-7/"
    # Each item was 24 kB of text: 200 of them would hold 4.8 MB.
    assert held < 200 * 2_000
