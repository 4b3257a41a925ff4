"""A reader's e-mail address appears in no public output, in any form."""

import hashlib
import re
from urllib.parse import urljoin, urlsplit

from django.test import Client

from bs4 import BeautifulSoup
from django_redis import get_redis_connection

from magazine.comments.models import Comment
from tests.factories.comments import CommentFactory
from tests.factories.pages import InformationPageFactory

MARKER = "Marqueur.Secret-7f3a@Lecteurs.example"


def forms_of(address: str) -> list[str]:
    """The address as typed and as stored, and their MD5 (Gravatar) and SHA-256 digests."""
    forms = {address, address.lower(), address.strip().lower()}
    digests = {
        hashlib.new(algorithm, text.encode()).hexdigest()
        for text in forms
        for algorithm in ("md5", "sha256")
    }
    return sorted(forms | digests)


def crawl(client: Client, start: list[str], limit: int = 300) -> dict[str, bytes]:
    """Fetch every page of the site reachable from `start`, as an anonymous reader."""
    seen: dict[str, bytes] = {}
    queue = list(start)
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        seen[url] = content + "".join(f"{k}: {v}\n" for k, v in response.items()).encode()
        content_type = response.get("Content-Type", "")
        if "xml" in content_type:
            targets = re.findall(r"<loc>([^<]+)</loc>", content.decode())
        elif "html" in content_type:
            page = BeautifulSoup(content, "html.parser")
            targets = [tag["href"] for tag in page.find_all(["a", "link"], href=True)]
        else:
            targets = []
        for target in targets:
            parts = urlsplit(urljoin(url, target))
            ours = parts.netloc in ("", "testserver", "localhost")
            if ours and not parts.path.startswith(("/admin/", "/static/", "/media/")):
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen


def test_the_email_of_an_approved_reader_is_in_no_public_page(
    client, post_comment, home_page, article
):
    InformationPageFactory(parent=home_page, title="Confidentialité")
    CommentFactory(article=article, email=MARKER.lower())
    response = post_comment(article, email=MARKER, website="https://site.example", body="Bravo")
    comment = Comment.objects.get(body="Bravo")
    assert comment.status == Comment.Status.APPROVED
    reply_page = f"/commentaires/{comment.pk}/repondre/"
    pages = crawl(
        Client(),
        [
            "/",
            response["Location"],
            reply_page,
            "/sitemap.xml",
            "/recherche/?q=Bravo",
            "/recherche/suggestions/?q=Dix",
            "/feed/",
        ],
    )
    assert article.url in pages and reply_page in pages
    assert b"Bravo" in pages[article.url]  # the comment itself is public
    for url, content in pages.items():
        text = content.decode(errors="replace").lower()
        for form in forms_of(MARKER):
            assert form.lower() not in text, (url, form)


def test_no_ip_address_is_stored(post_comment, article):
    post_comment(
        article, headers={"REMOTE_ADDR": "198.51.100.77", "HTTP_ORIGIN": "http://testserver"}
    )
    row = Comment.objects.values().get()
    assert "198.51.100.77" not in str(row)


def test_rate_limits_keep_no_address_and_forget_it_with_their_window(
    settings, post_comment, article
):

    headers = {"REMOTE_ADDR": "198.51.100.77", "HTTP_ORIGIN": "http://testserver"}
    post_comment(article, headers=headers)
    redis = get_redis_connection("default")
    keys = [key for key in redis.keys("*") if b"comments:rate" in key]
    assert len(keys) == 2  # one per limit: the network, the e-mail
    longest = max(period for _, period in settings.COMMENTS_RATE_LIMITS.values())
    for key in keys:
        assert b"198.51.100.77" not in key and b"camille" not in key
        assert 0 < redis.ttl(key) <= longest + 5
