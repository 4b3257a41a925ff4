"""A local S3-compatible server (moto's, over real HTTP) and the site's media stored on it.

The media storage is the one production builds (magazine/settings/storage.py), pointed at a
bucket of its own per test on the local server; boto3 finds its credentials where it does in
production, in the AWS_* environment variables.
"""

import json
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

from wagtail.models import Collection

import boto3
import pytest
from moto.server import ThreadedMotoServer

from magazine.settings.storage import s3_media_storage
from tests.support.s3 import REGION


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """The URL of a local S3 server, on a free port, for the whole test session."""
    # Its HTTP server logs each request (INFO): tests that count them lower the level.
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def aws_credentials(monkeypatch) -> None:
    """Credentials for the local server, where boto3 reads them in production too."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "magazine-test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "magazine-test-secret")
    for name in ("AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def s3(s3_endpoint, aws_credentials):
    """A boto3 S3 client of the local server, to look into buckets as an operator would."""
    return boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION)


@pytest.fixture
def bucket(s3) -> str:
    """A new, empty bucket's name."""
    name = f"magazine-media-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    # Readers fetch media anonymously: the bucket policy production needs too (objects are
    # private otherwise, and S3Storage sets no ACL on them).
    s3.put_bucket_policy(Bucket=name, Policy=json.dumps(public_read_policy(name)))
    return name


def public_read_policy(bucket: str) -> dict:
    """Return a bucket policy that lets anyone read the bucket's objects, and nothing else."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/*",
            }
        ],
    }


@pytest.fixture
def media_on_s3(settings, s3_endpoint, bucket) -> str:
    """Media stored in `bucket`, with production's storage options; returns the bucket name."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_media_storage(bucket, endpoint_url=s3_endpoint, region_name=REGION),
    }
    return bucket


@pytest.fixture
def root_collection(db) -> Collection:
    return Collection.get_first_root_node()


@pytest.fixture
def committed(django_capture_on_commit_callbacks) -> Callable[[], AbstractContextManager]:
    """A block whose transaction commits at its end: Wagtail deletes files after the commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
