"""WordPress attachments as images of our library, taken from a copy of `wp-content/uploads`.

An image is found by the path of its URL under `uploads/` (a resized copy such as
`photo-300x200.jpg` leads to `photo.jpg`), and imported once: a file whose content is
already in the library (Wagtail's `file_hash`) is the same image. Nothing is fetched from
the network.
"""

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from . import wxr
from .body import FoundImage, ImageRef
from .report import ImportReport

UPLOADS = "/wp-content/uploads/"
RESIZED = re.compile(r"-\d+x\d+(?=\.\w+$)")


def upload_path(url: str) -> str:
    """Return the path of `url` under the uploads folder, or ''."""
    path = unquote(urlsplit(url).path)
    _, found, rest = path.partition(UPLOADS)
    return rest if found else ""


class MediaLibrary:
    """Finds the files of a WordPress export's attachments and makes them images, once."""

    def __init__(
        self, media_dir: Path | None, attachments: dict[int, wxr.Item], report: ImportReport
    ) -> None:
        self.media_dir = media_dir
        self.report = report
        self.attachments = attachments
        self.by_path: dict[str, FoundImage | None] = {}

    def forget(self) -> None:
        """Forget the images found so far: a failed item's transaction took its new ones away."""
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
        """Return the library's image for an image of a body, importing its file if need be."""
        attachment = self.attachments.get(ref.attachment_id or 0)
        url = attachment.attachment_url if attachment else ref.url
        title = wxr_title(attachment) if attachment else ""
        return self.image_for(url, title or ref.alt or ref.caption)

    def attachment_image(self, attachment_id: int) -> FoundImage | None:
        """Return the image of an attachment (a featured image), or None when not found."""
        attachment = self.attachments.get(attachment_id)
        if attachment is None:
            return None
        return self.image_for(attachment.attachment_url, wxr_title(attachment))

    def image_for(self, url: str, title: str) -> FoundImage | None:
        path = self.file_for(url)
        if path is None:
            return None
        key = str(path)
        if key not in self.by_path:
            self.by_path[key] = self.import_file(path, title or path.stem)
        return self.by_path[key]

    def import_file(self, path: Path, title: str) -> FoundImage:
        """Return the image of `path`: the library's image of the same content, else a new one."""
        image_model = get_image_model()
        with path.open("rb") as handle:
            # Wagtail's own hash of an image file (AbstractImage._set_file_hash), which it
            # sets only through its forms: set here too, so the next file finds this image.
            digest = hash_filelike(handle)
            image = image_model.objects.filter(file_hash=digest).first()
            self.report.count("attachment", "unchanged" if image else "created")
            if image is None:
                image = image_model(
                    title=title[:255],
                    file=ImageFile(handle, name=path.name),
                    file_hash=digest,
                    file_size=path.stat().st_size,
                )
                image.save()
        return FoundImage(image_id=image.pk, title=image.title)


def wxr_title(attachment: wxr.Item) -> str:
    """Return an attachment's alt text if WordPress kept one, else its title."""
    return attachment.meta_value("_wp_attachment_image_alt") or attachment.title
