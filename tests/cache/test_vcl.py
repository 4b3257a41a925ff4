"""The VCL compiles, and names the cookies and headers the application uses."""

import subprocess

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage

import pytest

from magazine.cache.backends import PURGE_TAGS_HEADER
from magazine.cache.tags import HEADER
from tests.support.varnish import VCL, varnishd_path


@pytest.mark.varnish
def test_the_vcl_compiles(tmp_path):
    result = subprocess.run(  # noqa: S603 -- varnishd, with arguments of our own
        [varnishd_path(), "-C", "-j", "none", "-f", str(VCL), "-n", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_vcl_passes_requests_with_django_s_session_or_message_cookie():
    cookies = f"({settings.SESSION_COOKIE_NAME}|{CookieStorage.cookie_name})="
    assert cookies in VCL.read_text()


def test_the_vcl_reads_the_headers_the_application_sends():
    vcl = VCL.read_text()
    assert f"beresp.http.xkey = beresp.http.{HEADER};" in vcl
    assert f"xkey.purge(req.http.{PURGE_TAGS_HEADER})" in vcl
