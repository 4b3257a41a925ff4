"""Production keeps media in the bucket its environment names, with the options tested here."""

import json

from magazine.settings.storage import s3_media_storage
from tests.test_settings import PRODUCTION_ENV, manage

S3_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "magazine-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
    "AWS_S3_REGION_NAME": "fr-par",
    "AWS_S3_CUSTOM_DOMAIN": "media.magazine.example",
}
CODE = "import json; from django.conf import settings as s;print(json.dumps(s.STORAGES['default']))"


def test_production_stores_media_in_the_bucket_named_with_the_tested_options():
    result = manage("shell", "--no-imports", "-c", CODE, env={**PRODUCTION_ENV, **S3_ENV})
    assert json.loads(result.stdout) == s3_media_storage(
        "magazine-media",
        endpoint_url="https://s3.fr-par.scw.cloud",
        region_name="fr-par",
        custom_domain="media.magazine.example",
    ), result.stderr


def test_without_a_bucket_production_stores_media_on_disk():
    result = manage("shell", "--no-imports", "-c", CODE, env=PRODUCTION_ENV)
    assert json.loads(result.stdout)["BACKEND"] == "django.core.files.storage.FileSystemStorage"
