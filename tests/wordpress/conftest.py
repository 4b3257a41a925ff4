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
