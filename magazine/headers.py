"""Security headers the site adds to Django's: the Content-Security-Policy and CORP.

The public pages' policy is `CONTENT_SECURITY_POLICY` (django-csp), the same for every
response and every reader, so a cached page and its header always agree. Two responses get
another: the Wagtail admin's, under the admin's own prefix, `ADMIN_CONTENT_SECURITY_POLICY`;
and a response that Django or Wagtail lets the site frame (`X-Frame-Options: SAMEORIGIN`,
Wagtail's previews), whose `frame-ancestors` is the site itself rather than nobody.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

from csp.constants import HEADER, SELF
from csp.middleware import CSPMiddleware, PolicyParts

from magazine.admin_path import is_admin


def in_settings_order(policy: str) -> str:
    """Return `policy` with its directives in the order CONTENT_SECURITY_POLICY lists them.

    django-csp joins them in the order of a set, which changes with each process's hash
    seed: the same page would carry differently ordered headers from two servers.
    """
    order = list(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
    directives = [directive.strip() for directive in policy.split(";") if directive.strip()]

    def position(directive: str) -> tuple[int, str]:
        name = directive.split()[0]
        return (order.index(name) if name in order else len(order), name)

    return "; ".join(sorted(directives, key=position))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy and `frame-ancestors` for previews."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        # Wagtail renders a preview through the middleware once more, for a request of its
        # own making (`is_dummy`); the admin view that returns it sets the header.
        if getattr(request, "is_dummy", False):
            return response
        response = super().process_response(request, response)
        if HEADER in response:
            response[HEADER] = in_settings_order(response[HEADER])
        return response

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        """The policy's parts: a view's own, else the admin's or the public one."""
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if is_admin(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


class CrossOriginResourcePolicyMiddleware:
    """Set `Cross-Origin-Resource-Policy` from SECURE_CROSS_ORIGIN_RESOURCE_POLICY.

    Django sets the opener policy but not this one; it keeps other sites from loading the
    site's responses (pages, static files, the demo's media) as their own resources.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.setdefault(
            "Cross-Origin-Resource-Policy", settings.SECURE_CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response
