"""Driving the Wagtail admin in Chromium as an editor does: signing in, the body's blocks,
the footer's actions and the scheduling dialog."""

import json
import re
from datetime import datetime, timedelta

from django.utils import timezone

from playwright.sync_api import Locator, Page, expect

# The account browser tests sign in with, unless they need a role's.
EDITOR = {"username": "redactrice", "password": "un-mot-de-passe-solide"}
# Typing, saving and publishing take a few seconds; a go-live minute must still be ahead.
SCHEDULE_MARGIN = timedelta(seconds=30)


def log_in(
    page: Page, username: str = EDITOR["username"], password: str = EDITOR["password"]
) -> None:
    """Sign in to the French admin, as the editor unless told otherwise."""
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="S'identifier").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def choose_author(page: Page, name: str) -> None:
    """Pick `name` in the first author form of the "Auteurs" inline, through the chooser."""
    chooser = page.locator("#id_authors-0-author-chooser")
    chooser.get_by_role("button", name=re.compile("^Choisir")).click()
    page.locator(".modal").get_by_role("link", name=name, exact=True).click()
    expect(chooser.locator("[data-chooser-title]")).to_have_text(name)


def insert_block(page: Page, label: str) -> Locator:
    """Append a body block picked by its label in the block chooser; return its form."""
    stream = page.locator("#body-root > [data-streamfield-stream-container]")
    blocks = stream.locator("> [data-streamfield-child]")
    count = blocks.count()
    stream.locator("> div > button[title='Insérer un bloc']").last.click()
    page.get_by_role("option", name=label, exact=True).click()
    expect(blocks).to_have_count(count + 1)
    return blocks.nth(count)


def fill_points(points: Locator, titles: list[str]) -> None:
    """Give the numbered points block one point per title, adding points as needed."""
    fields = points.get_by_label("Titre du point")
    expect(fields).to_have_count(1)
    for index, title in enumerate(titles):
        if index:
            points.locator("button[data-streamfield-list-add]").last.click()
            expect(fields).to_have_count(index + 1)
        fields.nth(index).fill(title)


def type_rich_text(field: Locator, text: str) -> None:
    """Type into the Draftail editor in `field`, and wait until the form holds the text.

    Draftail copies its content to the form's hidden input a moment after each keystroke;
    submitting before then would send what the editor held before the typing.
    """
    field.locator(".public-DraftEditor-content").click()
    field.page.keyboard.type(text)
    as_json = json.dumps(text, ensure_ascii=False)[1:-1]
    # A paragraph block's input is named "body-N-value", a conclusion's "body-N-value-body".
    hidden = field.locator("input[type=hidden][name$='-value'], input[type=hidden][name$='-body']")
    expect(hidden.first).to_have_value(re.compile(re.escape(as_json)))


def footer_action(page: Page, name: str) -> None:
    """Click the action `name` in the footer's « Plus d'actions » menu."""
    footer = page.get_by_role("navigation", name="Actions (pied de page)")
    footer.get_by_role("button", name="Plus d'actions").click()
    footer.get_by_role("button", name=name, exact=True).click()


def open_schedule_dialog(page: Page) -> Locator:
    """Open Wagtail's scheduling dialog with « Programmer… »; return the dialog."""
    footer_action(page, "Programmer…")
    dialog = page.get_by_role("dialog", name="Définir la programmation de publication")
    expect(dialog).to_be_visible()
    return dialog


def type_go_live(page: Page, dialog: Locator, text: str) -> Locator:
    """Type `text` as the go-live date, then leave the field; return the field."""
    field = dialog.get_by_label("Date/heure de publication")
    picker = page.locator(".xdsoft_datetimepicker:visible")
    field.fill(text)
    # The picker opens a moment after the field gets focus; leaving the field then closes
    # it, and it reads (or replaces) what was typed. (A click elsewhere could land on the
    # picker itself, which may cover the dialog.)
    expect(picker).to_have_count(1)
    field.blur()
    expect(picker).to_have_count(0)
    return field


def next_minute_ahead() -> datetime:
    """The first whole minute at least SCHEDULE_MARGIN ahead, Paris time."""
    soon = timezone.localtime() + SCHEDULE_MARGIN + timedelta(minutes=1)
    return soon.replace(second=0, microsecond=0)
