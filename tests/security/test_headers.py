"""Every public response carries the security headers, with production's own values.

The values come from `magazine.settings.production`, loaded in a process of its own from
an environment as production has it; the responses are then made here with those values.
"""

import json
from collections.abc import Iterator

from django.test import Client
from django.urls import reverse

import pytest

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage, ArticlePageAuthor
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.test_settings import PRODUCTION_ENV, manage

# The settings production makes these headers from.
SECURITY_SETTINGS = [
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SECURE_CROSS_ORIGIN_RESOURCE_POLICY",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_HSTS_SECONDS",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_REFERRER_POLICY",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_SAMESITE",
    "LANGUAGE_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SAMESITE",
    "X_FRAME_OPTIONS",
]
ONE_YEAR = 365 * 24 * 3600
PUBLIC_POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": [
        "https://player.vimeo.com",
        "https://www.youtube-nocookie.com",
        "https://www.youtube.com",
    ],
    "form-action": ["'self'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
    "frame-ancestors": ["'none'"],
}
DENIED_FEATURES = {
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "interest-cohort",
    "browsing-topics",
}


def production_settings(**environment: str) -> dict:
    """The security settings of magazine.settings.production in `environment`."""
    code = (
        "import json; from django.conf import settings as s; "
        f"print(json.dumps({{name: getattr(s, name) for name in {SECURITY_SETTINGS!r}}}))"
    )
    result = manage("shell", "--no-imports", "-c", code, env={**PRODUCTION_ENV, **environment})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def production() -> dict:
    """Production's security settings, read once."""
    return production_settings()


@pytest.fixture(autouse=True)
def _production_security(production: dict, settings) -> None:
    """The responses of these tests are made with production's security settings."""
    for name, value in production.items():
        setattr(settings, name, tuple(value) if isinstance(value, list) else value)
    # The policies are dicts of lists; the proxy header is the one tuple Django requires.
    settings.CONTENT_SECURITY_POLICY = production["CONTENT_SECURITY_POLICY"]
    settings.ADMIN_CONTENT_SECURITY_POLICY = production["ADMIN_CONTENT_SECURITY_POLICY"]
    settings.PERMISSIONS_POLICY = production["PERMISSIONS_POLICY"]


def parse_policy(header: str) -> dict[str, list[str]]:
    """A Content-Security-Policy header as directives and their sources; no name twice."""
    policy: dict[str, list[str]] = {}
    for directive in filter(None, (part.strip() for part in header.split(";"))):
        name, *sources = directive.split()
        assert name not in policy, f"{name} given twice in {header}"
        policy[name] = sources
    return policy


def parse_permissions(header: str) -> dict[str, str]:
    """A Permissions-Policy header as features and their allow lists."""
    return dict(item.strip().split("=", 1) for item in header.split(","))


@pytest.fixture
def site(home_page, category, legal_settings, settings) -> dict[str, str]:
    """One address of each kind of public page (and a feed), the article with a video."""
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "tests.support.embeds.YouTubeLikeFinder"}]
    author = AuthorFactory(name="Léa Roux", slug="lea-roux")
    article = ArticlePageFactory(
        parent=category,
        title="Les consoles portables",
        body=b.body(
            b.heading("Le retour des portables"),
            b.paragraph("<p>Elles reviennent.</p>"),
            b.quote("Une console qui tient dans la poche.", "Une joueuse"),
            b.embed("https://www.youtube.com/watch?v=jNQXAC9IVRw"),
            b.conclusion("<p>À suivre.</p>"),
        ),
    )
    ArticlePageAuthor.objects.create(page=article, author=author, sort_order=0)
    article.tags.add("Consoles")
    article.save_revision().publish()
    information = InformationPageFactory(parent=home_page, title="À propos", slug="a-propos")
    return {
        "home": "/",
        "category": category.url,
        "article": ArticlePage.objects.get(pk=article.pk).url,
        "search": f"{reverse('search:results')}?q=consoles",
        "author": reverse("authors:detail", args=["lea-roux"]),
        "tag": reverse("tags:detail", args=["consoles"]),
        "information": information.url,
        "not-found": "/cette-page-n-existe-pas/",
        "feed": reverse("feeds:site"),
    }


PAGES = ["home", "category", "article", "search", "author", "tag", "information", "not-found"]


@pytest.fixture(params=[*PAGES, "feed"])
def public_response(request, site: dict[str, str], client: Client) -> Iterator:
    """The response to a reader's HTTPS request for one kind of page."""
    response = client.get(site[request.param], secure=True)
    assert response.status_code == (404 if request.param == "not-found" else 200)
    assert "public" in response["Cache-Control"]
    yield response


def test_public_responses_carry_the_strict_content_security_policy(public_response):
    policy = parse_policy(public_response["Content-Security-Policy"])
    assert policy == PUBLIC_POLICY
    sources = [source.lower() for values in policy.values() for source in values]
    assert not [source for source in sources if source.startswith(("'unsafe-", "'nonce-"))]


def test_public_responses_deny_the_features_a_reader_page_never_uses(public_response):
    features = parse_permissions(public_response["Permissions-Policy"])
    assert {feature for feature, allowed in features.items() if allowed == "()"} >= DENIED_FEATURES


def test_public_responses_isolate_the_site_from_other_origins(public_response):
    assert public_response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert public_response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert public_response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert public_response["X-Content-Type-Options"] == "nosniff"
    assert public_response["X-Frame-Options"] == "DENY"


def test_public_responses_over_https_ask_for_https_for_a_year(public_response):
    hsts = [part.strip() for part in public_response["Strict-Transport-Security"].split(";")]
    assert int(hsts[0].removeprefix("max-age=")) >= ONE_YEAR
    assert "includeSubDomains" in hsts
    # Preloading is a commitment production makes only when told (SECURE_HSTS_PRELOAD).
    assert "preload" not in hsts


def test_the_headers_add_nothing_to_vary_and_are_the_same_for_every_reader(site, client):
    someone_else = Client(HTTP_COOKIE="_ga=GA1.1.42", HTTP_ACCEPT_LANGUAGE="en")
    for name, url in site.items():
        first, second = client.get(url, secure=True), someone_else.get(url, secure=True)
        assert "Cookie" not in first.get("Vary", ""), name
        for header in ("Content-Security-Policy", "Permissions-Policy", "Vary"):
            assert first.get(header) == second.get(header), (name, header)


def test_static_files_may_not_be_loaded_by_other_sites(client):
    response = client.get("/static/css/magazine.css", secure=True)
    assert response.status_code == 200
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_the_admin_gets_its_own_policy_with_inline_scripts_and_styles(client, db):
    response = client.get(reverse("wagtailadmin_login"), secure=True)
    policy = parse_policy(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-src"] == ["'self'", *PUBLIC_POLICY["frame-src"]]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["default-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "Permissions-Policy" in response


def test_only_a_preview_may_be_framed_and_only_by_the_site(admin_client, site):
    article = ArticlePage.objects.get(title="Les consoles portables")
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]), secure=True)
    assert parse_policy(editor["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    preview = admin_client.get(url, secure=True)
    assert preview.status_code == 200
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert parse_policy(preview["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
    assert preview["Content-Security-Policy"].count("frame-ancestors") == 1


def test_the_session_and_csrf_cookies_are_secure_and_same_site(client, django_user_model):
    django_user_model.objects.create_superuser("direction", "d@example.org", "mot-de-passe-long")
    login = reverse("wagtailadmin_login")
    client.get(login, secure=True)
    response = client.post(
        login,
        {"username": "direction", "password": "mot-de-passe-long"},
        secure=True,
        HTTP_REFERER=f"https://testserver{login}",
    )
    assert response.status_code == 302
    for name in ("sessionid", "csrftoken"):
        cookie = response.cookies[name] if name in response.cookies else client.cookies[name]
        assert cookie["secure"] is True, name
        assert cookie["samesite"] == "Lax", name
    assert response.cookies["sessionid"]["httponly"] is True


def test_production_declares_the_language_cookie_secure_and_same_site(production):
    assert production["LANGUAGE_COOKIE_SECURE"] is True
    assert production["LANGUAGE_COOKIE_SAMESITE"] == "Lax"


def test_production_preloads_hsts_only_when_told(production):
    assert production["SECURE_HSTS_PRELOAD"] is False
    assert production["SECURE_HSTS_SECONDS"] >= ONE_YEAR
    told = production_settings(SECURE_HSTS_PRELOAD="true")
    assert told["SECURE_HSTS_PRELOAD"] is True
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={**PRODUCTION_ENV, "SECURE_HSTS_PRELOAD": "true"},
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("environment", "media_source"),
    [
        ({"MEDIA_URL": "https://media.magazine.example/"}, "https://media.magazine.example"),
        (
            {"AWS_STORAGE_BUCKET_NAME": "magazine-media", "AWS_S3_CUSTOM_DOMAIN": "cdn.example"},
            "https://cdn.example",
        ),
        (
            {
                "AWS_STORAGE_BUCKET_NAME": "magazine-media",
                "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
            },
            "https://s3.fr-par.scw.cloud",
        ),
        (
            {"AWS_STORAGE_BUCKET_NAME": "magazine-media"},
            "https://magazine-media.s3.amazonaws.com",
        ),
    ],
    ids=["media-url", "custom-domain", "endpoint", "aws"],
)
def test_images_may_come_from_the_media_host_production_is_given(environment, media_source):
    policy = production_settings(**environment)["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert policy["img-src"] == ["'self'", media_source]
    assert policy["default-src"] == ["'none'"]
