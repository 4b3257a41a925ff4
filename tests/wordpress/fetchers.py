"""A media fetcher for the import's tests: images made on the spot, never the network."""

from io import BytesIO
from urllib.parse import urlsplit

from PIL import Image


def generated_upload(url: str) -> bytes | None:
    """Return a small PNG for any upload of ancien.example but `absent.png`, else None."""
    parts = urlsplit(url)
    if parts.hostname != "ancien.example" or parts.path.endswith("/absent.png"):
        return None
    buffer = BytesIO()
    Image.new("RGB", (32, 24), "#36a").save(buffer, format="PNG")
    return buffer.getvalue()
