"""WordPress attachments as the site's images, taken from a copy of `wp-content/uploads`.

An image is found by the path of its URL under `uploads/` (a resized copy such as
`photo-300x200.jpg` leads to `photo.jpg`), and imported once: a file whose content is
already among the site's images (Wagtail's `file_hash`) is the same image.

Nothing is fetched from the network unless the `WORDPRESS_MEDIA_FETCHER` setting names a
callable (`url -> bytes | None`), asked only for the files the folder lacks. A dry run
writes no file to storage: its images are rows that point at no file, rolled back with the
rest. Storage is no part of a transaction: the files an item wrote are deleted when its
transaction is rolled back (`rolled_back()`), so that a failed item leaves no file behind.
"""

import re
from collections.abc import Callable
from io import BytesIO
from pathlib import Path, PurePosixPath
from typing import BinaryIO, NamedTuple
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.files.storage import Storage
from django.utils.module_loading import import_string

from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from . import wxr
from .body import FoundImage, ImageRef
from .report import ImportReport

UPLOADS = "/wp-content/uploads/"
RESIZED = re.compile(r"-\d+x\d+(?=\.\w+$)")
# What Wagtail's images take; other attachments (PDF, sound…) are not images.
IMAGE_EXTENSIONS = frozenset({"avif", "gif", "jpg", "jpeg", "png", "webp", "bmp", "svg"})
Fetcher = Callable[[str], bytes | None]


class Attachment(NamedTuple):
    """What the import reads of an attachment, kept for the whole run in place of its item.

    An export may list a hundred thousand attachments; their descriptions, postmeta and
    terms are never read again, and a whole item each would grow the import with them.
    """

    post_id: int
    # The file's URL (`wp:attachment_url`).
    url: str
    # The image's title: its alt text if WordPress kept one, else its title.
    image_title: str
    # The attachment's own title and page, and the item it belongs to (0: none).
    title: str
    link: str
    parent: int

    @classmethod
    def of(cls, item: wxr.Item) -> "Attachment":
        """Return the record of an attachment's item."""
        return cls(
            post_id=item.post_id,
            url=item.attachment_url,
            image_title=item.meta_value("_wp_attachment_image_alt") or item.title,
            title=item.title,
            link=item.link,
            parent=item.parent,
        )


def media_fetcher() -> Fetcher | None:
    """Return the callable the `WORDPRESS_MEDIA_FETCHER` setting names, or None (the default)."""
    name = getattr(settings, "WORDPRESS_MEDIA_FETCHER", None)
    return import_string(name) if name else None


def upload_path(url: str) -> str:
    """Return the path of `url` under the uploads folder, or ''."""
    path = unquote(urlsplit(url).path)
    _, found, rest = path.partition(UPLOADS)
    return rest if found else ""


class MediaImages:
    """Finds the files of a WordPress export's attachments and makes them images, once."""

    def __init__(
        self,
        media_dir: Path | None,
        attachments: dict[int, Attachment],
        report: ImportReport,
        dry_run: bool = False,
    ) -> None:
        self.media_dir = media_dir
        self.dry_run = dry_run
        self.fetch = media_fetcher()
        self.report = report
        self.attachments = attachments
        self.by_path: dict[str, FoundImage | None] = {}
        # The files stored for the item being imported: (storage, name).
        self.stored: list[tuple[Storage, str]] = []

    def committed(self) -> None:
        """The item's transaction committed: its files stay."""
        self.stored.clear()

    def rolled_back(self) -> None:
        """The item's transaction was rolled back, its new images with it: delete their files,
        and forget the images found so far (some of them were those)."""
        for storage, name in self.stored:
            storage.delete(name)
        self.stored.clear()
        self.by_path.clear()

    def file_for(self, url: str) -> Path | None:
        """Return the file the upload URL stands for in the media folder, or None."""
        relative = upload_path(url)
        if self.media_dir is None or not relative:
            return None
        root = self.media_dir.resolve()
        for candidate in (relative, RESIZED.sub("", relative)):
            path = (root / candidate).resolve()
            # A crafted URL (../) never reads outside the media folder.
            if path.is_relative_to(root) and path.is_file():
                return path
        return None

    def resolve(self, ref: ImageRef) -> FoundImage | None:
        """Return the site's image for an image of a body, importing its file if need be."""
        attachment = self.attachments.get(ref.attachment_id or 0)
        url = attachment.url if attachment else ref.url
        title = attachment.image_title if attachment else ""
        return self.image_for(url, title or ref.alt or ref.caption)

    def attachment_image(self, attachment_id: int) -> FoundImage | None:
        """Return the image of an attachment (a featured image), or None when not found."""
        attachment = self.attachments.get(attachment_id)
        if attachment is None:
            return None
        return self.image_for(attachment.url, attachment.image_title)

    def image_for(self, url: str, title: str) -> FoundImage | None:
        """Return the image of an upload URL: from the media folder, else the fetcher."""
        if PurePosixPath(upload_path(url)).suffix.lower().lstrip(".") not in IMAGE_EXTENSIONS:
            return None
        path = self.file_for(url)
        key = str(path) if path is not None else url
        if key in self.by_path:
            return self.by_path[key]
        if path is not None:
            with path.open("rb") as handle:
                found = self.import_file(handle, path.name, title or path.stem)
        else:
            content = self.fetch(url) if self.fetch is not None and upload_path(url) else None
            if not content:
                return None
            name = PurePosixPath(upload_path(url)).name
            found = self.import_file(BytesIO(content), name, title or name)
        self.by_path[key] = found
        return found

    def import_file(self, handle: BinaryIO, name: str, title: str) -> FoundImage:
        """Return the image of a file: the site's image of the same content, else a new one."""
        image_model = get_image_model()
        # Wagtail's own hash of an image file (AbstractImage._set_file_hash), which it sets
        # only through its forms: set here too, so the next file finds this image.
        digest = hash_filelike(handle)
        image = image_model.objects.filter(file_hash=digest).first()
        self.report.count("attachment", "unchanged" if image else "created")
        if image is None:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(0)
            file = ImageFile(handle, name=name)
            image = image_model(title=title[:255], file_hash=digest, file_size=size)
            if self.dry_run:
                # A name without content: the field counts it as stored, so nothing is written.
                image.width, image.height = file.width, file.height
                image.file.name = f"original_images/{name}"
            else:
                # Stored before the row is saved, and noted, so that it goes if the row does.
                image.file.save(name, file, save=False)
                self.stored.append((image.file.storage, image.file.name))
            image.save()
        return FoundImage(image_id=image.pk, title=image.title)
