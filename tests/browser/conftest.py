"""Fixtures for browser tests: one Chromium per session, pages that record console errors.

The browser is Debian's Chromium driven by Playwright's sync API (`playwright install` is
never needed). The site is served by pytest-django's `live_server` on the transactional
database; pages never reach the network beyond it.

Transactional tests end by emptying the database, which would lose the rows Wagtail's
migrations create (root page, locale, root collection, groups, workflow). So browser tests
use serialized rollbacks: pytest-django saves those rows when it sets the database up and
Django reloads them before each test; once the browser tests are over they are reloaded one
last time, so the database that `--reuse-db` keeps is whole for the next run.
"""

import mimetypes
import os
import threading
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn
from urllib.parse import unquote, urlsplit

from django.conf import settings as django_settings
from django.core.files.storage import default_storage
from django.core.signals import got_request_exception, request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, connections

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Error,
    Playwright,
    Route,
    sync_playwright,
)
from playwright.sync_api import Page as BrowserPage

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
# Long enough for a slow CI machine, short enough that a wrong selector fails quickly.
TIMEOUT_MS = 10_000


def chromium_path() -> str:
    """Where Chromium is: $CHROMIUM_PATH, else Debian's package."""
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def _no_browser(reason: str) -> NoReturn:
    """Fail on CI, where the browser is required; skip elsewhere."""
    message = f"Browser tests need Chromium: {reason}. Install it or set CHROMIUM_PATH."
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the browser tests last, once pytest-django has put the database tests first.

    While the browser is open an event loop runs in the test thread, and Django's async
    safety is switched off (see `playwright_driver`); no other test should run then.
    """
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def playwright_driver(migrated_rows: str) -> Iterator[Playwright]:
    """Playwright's driver, started once for the session."""
    # Playwright's sync API keeps an event loop running in the test thread; without this
    # Django refuses database access from that thread (it would think it is inside async
    # code). Set only while the driver runs: a process started from a test inherits the
    # variable, and `check --deploy` rejects it.
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    driver = sync_playwright().start()
    # With Playwright's event loop running, Django gives this thread another connection
    # object (asgiref's thread-critical storage switches to a context variable): it needs
    # the serialized rows too, or Django would neither reload them nor keep them.
    connections[DEFAULT_DB_ALIAS]._test_serialized_contents = migrated_rows
    yield driver
    # Close that connection while Django can still see it, or it would keep the test
    # database open and stop pytest-django from dropping it.
    connections.close_all()
    driver.stop()
    if previous is None:
        del os.environ[ASYNC_UNSAFE]
    else:
        os.environ[ASYNC_UNSAFE] = previous


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    """One headless Chromium shared by every browser test of the session."""
    executable = chromium_path()
    if not (Path(executable).is_file() and os.access(executable, os.X_OK)):
        _no_browser(f"no executable at {executable}")
    try:
        chromium = playwright_driver.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    except Error as error:
        _no_browser(f"{executable} did not start ({error.message.splitlines()[0]})")
    yield chromium
    chromium.close()


class RequestsInFlight:
    """Counts the requests the live server is handling, to wait for them to finish.

    A page may leave a request running (the admin autosaves in the background); the
    database must not be emptied under it at the end of the test, or the two deadlock.
    """

    def __init__(self) -> None:
        self.count = 0
        self.idle = threading.Condition()
        request_started.connect(self.started, weak=False)
        request_finished.connect(self.finished, weak=False)

    def started(self, sender, **kwargs) -> None:
        with self.idle:
            self.count += 1

    def finished(self, sender, **kwargs) -> None:
        with self.idle:
            self.count -= 1
            self.idle.notify_all()

    def wait(self, timeout: float = TIMEOUT_MS / 1000) -> None:
        """Return once no request is running, or after `timeout` seconds."""
        with self.idle:
            self.idle.wait_for(lambda: self.count <= 0, timeout=timeout)


@pytest.fixture(scope="session")
def requests_in_flight() -> RequestsInFlight:
    """The live server's running requests."""
    return RequestsInFlight()


@dataclass
class ConsoleErrors:
    """What went wrong in the pages a test opened, in the order it happened.

    `messages` holds console errors and uncaught exceptions; `external_requests` the URLs
    a page tried to load from anywhere but the live server (they are blocked);
    `server_errors` the tracebacks of requests the live server answered with an exception.
    """

    messages: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    server_errors: list[str] = field(default_factory=list)

    def watch(self, page: BrowserPage) -> None:
        """Record the console errors and uncaught exceptions of `page`."""
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.messages.append(f"{page.url}: {error}"))

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location.get("url") or "?"
            self.messages.append(f"{where}: {message.text}")


@pytest.fixture
def console_errors() -> Iterator[ConsoleErrors]:
    """The console errors, blocked requests and server exceptions of the test's pages."""
    errors = ConsoleErrors()

    def record(sender, request=None, **kwargs) -> None:
        where = request.get_full_path() if request is not None else "?"
        errors.server_errors.append(f"{where}\n{traceback.format_exc()}")

    got_request_exception.connect(record, weak=False)
    yield errors
    got_request_exception.disconnect(record)


@pytest.fixture
def new_page(
    browser: Browser,
    live_server,
    django_db_serialized_rollback: None,
    console_errors: ConsoleErrors,
    settings,
    requests_in_flight: RequestsInFlight,
) -> Iterator[Callable[..., BrowserPage]]:
    """Open a page in a fresh browser context (own cookies) on the live server.

    Keyword arguments go to `Browser.new_context`, e.g. `viewport=PHONE`. Relative URLs in
    `page.goto` are resolved against the live server.
    """
    # The admin would ask releases.wagtail.org for a newer version and gravatar.com for
    # avatars: tests stay offline.
    settings.WAGTAIL_ENABLE_UPDATE_CHECK = False
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = None
    server = urlsplit(live_server.url).netloc
    contexts: list[BrowserContext] = []

    def block_external(route: Route) -> None:
        url = route.request.url
        if urlsplit(url).netloc == server or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            console_errors.external_requests.append(url)
            route.abort()

    def open_page(**context_args) -> BrowserPage:
        context_args.setdefault("viewport", DESKTOP)
        context = browser.new_context(base_url=live_server.url, locale="fr-FR", **context_args)
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/*", block_external)
        contexts.append(context)
        page = context.new_page()
        console_errors.watch(page)
        return page

    yield open_page
    for context in contexts:
        context.close()
    requests_in_flight.wait()


@pytest.fixture
def page(new_page: Callable[..., BrowserPage]) -> BrowserPage:
    """A desktop-sized page on the live server; its errors go to `console_errors`."""
    return new_page()


def serve_uploads(page: BrowserPage) -> None:
    """Make `page` load uploaded images (renditions) from the storage the tests write to.

    Tests keep uploads in memory, where the live server cannot serve them; without this a
    page shows broken images and its console fills with 404s.
    """

    def fulfil(route: Route) -> None:
        name = unquote(urlsplit(route.request.url).path).removeprefix(django_settings.MEDIA_URL)
        if not default_storage.exists(name):
            route.fulfill(status=404)
            return
        with default_storage.open(name) as upload:
            route.fulfill(body=upload.read(), content_type=mimetypes.guess_type(name)[0])

    # On the context, so pages the page opens (the editor's preview tab) load them too.
    page.context.route(f"**{django_settings.MEDIA_URL}**", fulfil)


def screenshot(page: BrowserPage, name: str, *, full_page: bool = True) -> None:
    """Save a screenshot of `page` at both widths, when SCREENSHOT_DIR asks for it.

    The admin scrolls inside its own layout: its screenshots are of the viewport.
    """
    folder = os.environ.get("SCREENSHOT_DIR")
    if not folder:
        return
    for label, viewport in (("desktop", DESKTOP), ("mobile", PHONE)):
        page.set_viewport_size(viewport)
        page.screenshot(path=str(Path(folder) / f"{name}-{label}.png"), full_page=full_page)
    page.set_viewport_size(DESKTOP)
