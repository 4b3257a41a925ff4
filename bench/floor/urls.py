"""The floor's only URL: `/`, a fixed short HTML page."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

PAGE = (
    b'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Plancher</title>'
    b"</head><body><p>Une page constante.</p></body></html>"
)


def constant_page(request: HttpRequest) -> HttpResponse:
    """The same short page for every request."""
    return HttpResponse(PAGE)


urlpatterns = [path("", constant_page)]
