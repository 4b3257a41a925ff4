"""Where the Wagtail admin answers (the ADMIN_PATH setting), for what treats it apart."""

from django.conf import settings
from django.http import HttpRequest


def is_admin(request: HttpRequest) -> bool:
    """Whether `request` is for the admin.

    Read from the setting rather than reverse(): every request asks, public ones included.
    """
    return request.path_info.startswith(f"/{settings.ADMIN_PATH}")
