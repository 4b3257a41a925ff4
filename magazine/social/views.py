"""The Mastodon share page: the reader names their instance and is sent to its share page."""

from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from wagtail.models import Site

from .forms import MastodonInstanceForm, SharedPageForm
from .mastodon import share_url

TEMPLATE = "social/share_mastodon.html"


def own_hosts(request: HttpRequest) -> set[str]:
    """Return the host names (with their port, if any) this site's pages are shared under:
    the request's, and the Wagtail site's root URL, which articles give as their address."""
    hosts = {request.get_host()}
    site = Site.find_for_request(request)
    if site is not None:
        hosts.add(urlsplit(site.root_url).netloc)
    return hosts


def from_this_site(request: HttpRequest, hosts: set[str]) -> bool:
    """Return whether the request comes from one of this site's pages (the share form), by
    the browser's `Sec-Fetch-Site`, or by the `Referer` where a browser sends no such header."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    return urlsplit(request.headers.get("Referer", "")).netloc in hosts


@require_safe
def share_on_mastodon(request: HttpRequest) -> HttpResponse:
    """Ask for the reader's instance, then redirect (302) to its share page.

    A GET form without CSRF token or session: the page is the same for every reader, so a
    shared cache may keep it, and it works without JavaScript. A shared address that is not
    this site's is a 400; an instance that is not a bare host name shows the form again with
    what to type instead, also a 400. A link from elsewhere that names an instance only fills
    the form in, for the reader to confirm: the page never sends a reader straight from
    another site to a host of that site's choosing (an open redirect).
    """
    hosts = own_hosts(request)
    shared = SharedPageForm(request.GET, hosts=hosts)
    if not shared.is_valid():
        return render(request, TEMPLATE, {"shared": shared}, status=400)
    form = MastodonInstanceForm(request.GET if "instance" in request.GET else None)
    if not form.is_valid():
        status = 400 if form.is_bound else 200
        return render(request, TEMPLATE, {"shared": shared, "form": form}, status=status)
    if from_this_site(request, hosts):
        response = redirect(share_url(form.cleaned_data["instance"], **shared.cleaned_data))
    else:
        response = render(request, TEMPLATE, {"shared": shared, "form": form, "confirm": True})
    # The answer depends on where the request comes from: no shared cache may keep it.
    patch_cache_control(response, private=True, no_store=True)
    return response
