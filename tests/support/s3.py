"""Looking into an S3 bucket as an operator would, and fetching media as a reader does."""

import io
import urllib.request

from PIL import Image

# The region of the local server's buckets (any will do; not the default us-east-1).
REGION = "eu-west-3"


def bucket_keys(s3, bucket: str) -> set[str]:
    """Return the names of the objects in `bucket`."""
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


def object_bytes(s3, bucket: str, key: str) -> bytes:
    """Return the content of the object `key` in `bucket`."""
    return s3.get_object(Bucket=bucket, Key=key)["Body"].read()


def fetch(url: str) -> tuple[int, str, bytes]:
    """GET `url` without credentials, as a browser does: status, content type, body."""
    assert url.startswith("http://127.0.0.1:"), url  # the local server only
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 -- checked above
        return response.status, response.headers["Content-Type"], response.read()


def image_size(content: bytes) -> tuple[str, tuple[int, int]]:
    """Return the format and size of the image `content` holds, as Pillow reads it."""
    with Image.open(io.BytesIO(content)) as image:
        image.load()
        return image.format, image.size
