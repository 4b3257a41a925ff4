"""Reading the HTML a reader gets."""

import time

from django.http import HttpResponse
from django.test import Client

from bs4 import BeautifulSoup, Tag

from magazine.comments.spam import STAMP_STEP

# Structured data for search engines: a script element browsers never run.
DATA_BLOCK = "application/ld+json"


def soup(response: HttpResponse) -> BeautifulSoup:
    """Return the parsed HTML of `response`, whatever its status."""
    return BeautifulSoup(response.content, "html.parser")


def page_soup(client: Client, url: str, params: dict | None = None) -> BeautifulSoup:
    """Return the parsed HTML of the page at `url`, which must answer 200."""
    response = client.get(url, params)
    assert response.status_code == 200, url
    return soup(response)


def card_titles(page: BeautifulSoup) -> list[str]:
    """Return the titles of the article cards on `page`, in order."""
    return [link.get_text(strip=True) for link in page.select(".card__title a")]


def program_scripts(page: BeautifulSoup) -> list[Tag]:
    """Return the script elements of `page` a browser runs: all but structured data blocks."""
    return [script for script in page.find_all("script") if script.get("type") != DATA_BLOCK]


def in_one_stamp_window() -> None:
    """Wait, if need be, until the next requests fall in one window of the comment form's
    time stamp, which changes every STAMP_STEP seconds for every reader alike."""
    left = STAMP_STEP - time.time() % STAMP_STEP
    if left < 2:
        time.sleep(left)
