"""Fixtures of the WordPress import: the exports of our own writing and their uploads."""

from io import StringIO
from pathlib import Path

from django.core.management import call_command

import pytest
from PIL import Image

EXPORTS = Path(__file__).parent / "exports"


@pytest.fixture
def media_dir(tmp_path: Path) -> Path:
    """A copy of wp-content/uploads holding the one image the main export finds."""
    folder = tmp_path / "uploads" / "2024" / "05"
    folder.mkdir(parents=True)
    Image.new("RGB", (64, 48), "#3a6").save(folder / "chat.png")
    return tmp_path / "uploads"


@pytest.fixture
def local_embeds(settings) -> None:
    """Embeds of https://video.example/ resolve without any network."""
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "tests.support.embeds.LocalVideoFinder"}]


UPLOADS = {
    "2024/05/pomme.png": "#c00",
    "2024/05/poire.png": "#9c3",
    "2024/05/prune.png": "#639",
    # The same picture uploaded twice.
    "2024/05/double.png": "#fc0",
    "2023/01/double-copie.png": "#fc0",
}


@pytest.fixture
def uploads(tmp_path: Path) -> Path:
    """A copy of wp-content/uploads with the five files of `cases.xml`."""
    root = tmp_path / "uploads"
    for path, colour in UPLOADS.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (40, 30), colour).save(root / path)
    return root


def summary_row(output: str, label: str) -> list[int]:
    """Return one row of the summary table: created, updated, unchanged, skipped, failed."""
    line = next(line for line in output.splitlines() if line.startswith(label))
    return [int(number) for number in line.split()[-5:]]


def import_wordpress(name: str, *args: str) -> str:
    """Run the command on one of our exports and return what it printed."""
    out = StringIO()
    call_command("import_wordpress", str(EXPORTS / name), *args, stdout=out)
    return out.getvalue()


def generated_export(folder: Path, post_ids: list[int], comments: int = 0) -> Path:
    """Write an export of one post per id, in one category, each with `comments` approved
    comments, every second one a reply; return its path."""
    items = []
    for post_id in post_ids:
        first = post_id * 100
        threads = "".join(
            f"<wp:comment><wp:comment_id>{first + n}</wp:comment_id>"
            f"<wp:comment_author>Lecteur {n}</wp:comment_author>"
            f"<wp:comment_author_email>lecteur{n}@lecteurs.example</wp:comment_author_email>"
            "<wp:comment_date_gmt>2024-03-02 10:00:00</wp:comment_date_gmt>"
            f"<wp:comment_content>Avis {n}.</wp:comment_content>"
            "<wp:comment_approved>1</wp:comment_approved>"
            f"<wp:comment_parent>{first + n - 1 if n % 2 else 0}</wp:comment_parent>"
            "</wp:comment>"
            for n in range(comments)
        )
        items.append(
            f"<item><title>Billet {post_id}</title>"
            f"<link>https://ancien.example/billet-{post_id}/</link>"
            "<dc:creator>claire</dc:creator>"
            "<content:encoded>&lt;p&gt;Un billet.&lt;/p&gt;</content:encoded>"
            f"<wp:post_id>{post_id}</wp:post_id>"
            "<wp:post_date_gmt>2024-03-01 08:00:00</wp:post_date_gmt>"
            f"<wp:post_name>billet-{post_id}</wp:post_name><wp:status>publish</wp:status>"
            '<wp:post_type>post</wp:post_type><category domain="category" nicename="debats">'
            f"Débats</category>{threads}</item>"
        )
    path = folder / f"posts-{post_ids[0]}-{len(post_ids)}.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8" ?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:wp="http://wordpress.org/export/1.2/">'
        "<channel><link>https://ancien.example</link><wp:wxr_version>1.2</wp:wxr_version>"
        "<wp:category><wp:category_nicename>debats</wp:category_nicename>"
        "<wp:cat_name>Débats</wp:cat_name></wp:category>" + "".join(items) + "</channel></rss>",
        encoding="utf-8",
    )
    return path
