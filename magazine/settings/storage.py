"""Media storage settings shared by production and its tests (not a settings module itself)."""

from urllib.parse import urlsplit


def s3_media_storage(
    bucket_name: str, *, endpoint_url: str = "", region_name: str = "", custom_domain: str = ""
) -> dict:
    """Return the `STORAGES["default"]` entry that keeps media in an S3-compatible bucket.

    django-storages' S3Storage (the `s3` extra); credentials are boto3's own (the
    AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY variables, or the host's role). Empty
    arguments leave boto3's defaults: AWS itself, the region of its configuration, URLs on
    the bucket's endpoint rather than a custom domain (a CDN in front of the bucket).
    """
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket_name,
            "endpoint_url": endpoint_url or None,
            "region_name": region_name or None,
            "custom_domain": custom_domain or None,
            # An upload under a name already taken gets another name: a published image, or
            # a rendition cached pages still point to, is never replaced under its URL.
            "file_overwrite": False,
            # Plain public URLs: signed ones would expire inside cached pages and feeds.
            "querystring_auth": False,
        },
    }


def media_origin(
    media_url: str, *, bucket_name: str = "", endpoint_url: str = "", custom_domain: str = ""
) -> str | None:
    """Return the origin media are served from, or None when it is the site's own.

    As boto3 builds unsigned URLs for s3_media_storage(): on the custom domain over HTTPS;
    else on the endpoint, the bucket in the path; else on AWS's virtual host of the bucket.
    """
    if bucket_name:
        if custom_domain:
            return f"https://{custom_domain.split('/')[0]}"
        if endpoint_url:
            endpoint = urlsplit(endpoint_url)
            return f"{endpoint.scheme}://{endpoint.netloc}"
        return f"https://{bucket_name}.s3.amazonaws.com"
    url = urlsplit(media_url)
    if not url.netloc:
        return None
    # A scheme-relative MEDIA_URL (//media.example/) is the host alone, either scheme.
    return f"{url.scheme}://{url.netloc}" if url.scheme else url.netloc
