"""Styled French error pages."""

from django.test import Client
from django.urls import path

import pytest
from bs4 import BeautifulSoup

from magazine.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("casse/", broken_view), *site_urlpatterns]


def test_unknown_url_gets_the_styled_french_404(client, home_page):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "fr"
    assert soup.h1.get_text() == "Page introuvable"
    assert soup.select_one("link[rel=stylesheet]")["href"].endswith(".css")


@pytest.mark.urls(__name__)
def test_server_error_gets_the_styled_french_500(home_page):
    client = Client(raise_request_exception=False)
    response = client.get("/casse/")
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Une erreur est survenue"
    assert "boom" not in response.content.decode()
