"""Pieces of pages are keyed by the release: another release's HTML is never served."""

from pathlib import Path

from magazine.cache.release import FOLDERS, code_digest, release


def source_tree(base: Path) -> None:
    (base / "templates").mkdir()
    (base / "templates" / "card.html").write_text("<article>{{ title }}</article>")
    (base / "magazine").mkdir()
    (base / "magazine" / "blocks.py").write_text("LEVELS = 2\n")


def test_a_changed_template_or_module_changes_the_release(tmp_path):
    source_tree(tmp_path)
    before = code_digest(tmp_path, FOLDERS)

    (tmp_path / "templates" / "card.html").write_text("<article><h3>{{ title }}</h3></article>")
    after_template = code_digest(tmp_path, FOLDERS)
    (tmp_path / "magazine" / "blocks.py").write_text("LEVELS = 3\n")
    after_module = code_digest(tmp_path, FOLDERS)

    assert len({before, after_template, after_module}) == 3


def test_where_media_are_served_changes_the_release(tmp_path):
    source_tree(tmp_path)
    here = code_digest(tmp_path, FOLDERS, ("/media/",))
    assert code_digest(tmp_path, FOLDERS, ("https://media.example/",)) != here


def test_what_renders_nothing_leaves_the_release_alone(tmp_path):
    source_tree(tmp_path)
    before = code_digest(tmp_path, FOLDERS)
    (tmp_path / "templates" / "notes.md").write_text("Des notes.")
    (tmp_path / "var").mkdir()
    (tmp_path / "var" / "db.sqlite3").write_bytes(b"SQLite")
    assert code_digest(tmp_path, FOLDERS) == before


def test_the_site_s_release_is_read_from_its_own_sources():
    assert release() == release()
    assert len(release()) == 12
