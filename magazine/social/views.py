"""The Mastodon share page: the reader names their instance and is sent to its share page."""

from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
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


@require_safe
def share_on_mastodon(request: HttpRequest) -> HttpResponse:
    """Ask for the reader's instance, then redirect (302) to its share page.

    A GET form without CSRF token or session: the page is the same for every reader, so a
    shared cache may keep it, and it works without JavaScript. A shared address that is not
    this site's is a 400; an instance that is not a bare host name shows the form again with
    what to type instead, also a 400.
    """
    shared = SharedPageForm(request.GET, hosts=own_hosts(request))
    if not shared.is_valid():
        return render(request, TEMPLATE, {"shared": shared}, status=400)
    form = MastodonInstanceForm(request.GET if "instance" in request.GET else None)
    if form.is_valid():
        return redirect(share_url(form.cleaned_data["instance"], **shared.cleaned_data))
    status = 400 if form.is_bound else 200
    return render(request, TEMPLATE, {"shared": shared, "form": form}, status=status)
