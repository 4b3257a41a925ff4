"""Reading a page as search engines and social networks do: its head, its JSON-LD and Open
Graph as extruct extracts them."""

from dataclasses import dataclass

from django.test import Client

import extruct
from bs4 import BeautifulSoup

# The default site of the tests (conftest.home_page): every absolute address starts here.
SITE_URL = "http://localhost"


@dataclass
class PageData:
    """What a crawler reads of one page."""

    html: str
    head: BeautifulSoup
    json_ld: list[dict]
    opengraph: dict[str, list[str]]

    def og(self, name: str) -> str:
        """The one value of the Open Graph property `name`."""
        values = self.opengraph.get(name, [])
        assert len(values) == 1, (name, values)
        return values[0]

    def item(self, schema_type: str) -> dict:
        """The one JSON-LD item of `schema_type`."""
        items = [item for item in self.json_ld if item.get("@type") == schema_type]
        assert len(items) == 1, (schema_type, self.json_ld)
        return items[0]

    def meta(self, name: str) -> str | None:
        """The content of the one <meta name=…> of `name`, None without one."""
        tags = self.head.select(f'meta[name="{name}"]')
        assert len(tags) <= 1, tags
        return tags[0]["content"] if tags else None

    @property
    def canonical(self) -> str | None:
        """The canonical address, None without one."""
        links = self.head.select('link[rel="canonical"]')
        assert len(links) <= 1, links
        return links[0]["href"] if links else None

    @property
    def title(self) -> str:
        return self.head.title.string


def page_data(client: Client, url: str, status: int = 200) -> PageData:
    """Return what a crawler reads of the page at `url`, which must answer `status`."""
    response = client.get(url)
    assert response.status_code == status, url
    html = response.content.decode()
    extracted = extruct.extract(html, base_url=SITE_URL, syntaxes=["json-ld", "opengraph"])
    opengraph: dict[str, list[str]] = {}
    for block in extracted["opengraph"]:
        for name, value in block["properties"]:
            opengraph.setdefault(name, []).append(value)
    head = BeautifulSoup(html, "html.parser").head
    return PageData(html, head, extracted["json-ld"], opengraph)
