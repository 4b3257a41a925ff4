"""Fixtures for the information pages: the legal settings of the test site."""

from wagtail.models import Site

import pytest
from bs4 import BeautifulSoup

from magazine.pages.models import LegalSettings


@pytest.fixture
def legal_settings(home_page) -> LegalSettings:
    """The default site's legal details, every field filled."""
    legal = LegalSettings.for_site(Site.objects.get(is_default_site=True))
    legal.publisher_name = "Éditions Exemple SAS"
    legal.publisher_details = "SAS au capital de 1 000 €, RCS Paris 000 000 000"
    legal.publisher_address = "12 rue de l'Exemple\n75000 Paris"
    legal.publisher_phone = "01 99 00 12 34"
    legal.publication_director = "Claire Vasseur"
    legal.host_name = "Hébergeur Exemple SARL"
    legal.host_address = "8 quai des Données\n69000 Lyon"
    legal.host_phone = "01 99 00 56 78"
    legal.contact_email = "redaction@magazine.example"
    legal.save()
    return legal


def soup(response) -> BeautifulSoup:
    """The parsed HTML of a successful response."""
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")
