"""Reading what the Wagtail admin shows an editor."""

from django.http import HttpResponse

from .html import soup


def listed_titles(response: HttpResponse) -> list[str]:
    """Return the titles of the pages an admin page listing shows, in order."""
    assert response.status_code == 200
    return [
        title.get_text(strip=True)
        for title in soup(response).select("td.title span[id^='page_'][id$='_title']")
    ]
