"""The release: a digest of the code, templates and translations that render pieces of pages.

Pieces kept in the shared cache outlive a deployment (the content generation changes only
with the content). Their keys hold this digest too, so a release that renders differently
(a template, a block's code, a translation, where media files are served) never serves the
HTML of the one before, and app servers of two releases side by side never share pieces.
"""

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings

# What renders pieces, under the project's folder.
FOLDERS = ("magazine", "home", "search", "templates", "locale")
SUFFIXES = {".py", ".html", ".txt", ".po", ".mo"}


@cache
def release() -> str:
    """The digest of this release, computed once per process (a few milliseconds)."""
    return code_digest(Path(settings.BASE_DIR), FOLDERS, (settings.MEDIA_URL, settings.STATIC_URL))


def code_digest(base: Path, folders: tuple[str, ...], values: tuple[str, ...] = ()) -> str:
    """A short digest of the source files under `base`'s `folders`, names and contents, and of
    `values`."""
    digest = hashlib.blake2b(digest_size=6)
    for value in values:
        digest.update(f"{value}\0".encode())
    for folder in folders:
        for path in sorted((base / folder).rglob("*")):
            if path.suffix in SUFFIXES and path.is_file():
                digest.update(f"{path.relative_to(base)}\0".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()
