"""Styled French error pages."""

from django.test import Client
from django.urls import path

import pytest

from magazine.urls import urlpatterns as site_urlpatterns
from tests.support.html import soup


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("casse/", broken_view), *site_urlpatterns]


def test_unknown_url_gets_the_styled_french_404(client, home_page):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == "fr"
    assert page.h1.get_text() == "Page introuvable"
    assert page.select_one("link[rel=stylesheet]")["href"].endswith(".css")


@pytest.mark.urls(__name__)
def test_server_error_gets_the_styled_french_500(home_page):
    client = Client(raise_request_exception=False)
    response = client.get("/casse/")
    assert response.status_code == 500
    page = soup(response)
    assert page.h1.get_text() == "Une erreur est survenue"
    assert "boom" not in response.content.decode()
