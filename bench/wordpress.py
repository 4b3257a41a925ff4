"""A large WordPress import: `python -m bench wordpress [--wp-posts N]` (not in the default run).

Writes a WXR export of N generated posts (POSTS by default) with their categories
(sub-categories included), tags, authors and comments (threads, a held comment, pingbacks)
to a temporary file, then imports it with `manage.py import_wordpress`'s code under the
production settings into a throwaway PostgreSQL database (bench/stack.py) holding the demo
magazine. The import runs in a process of its own (bench/wordpress_import.py): its peak
resident memory is the kernel's (`wait4`'s rusage), and it reports its resident memory as
it goes, so a growth with the number of posts shows. It takes long (about 15 posts a
second on two busy CPUs: five minutes for 5 000 posts, forty for the default 50 000),
hence not part of `make bench`.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from html import escape
from pathlib import Path

from .servers import REDIS_URL
from .stack import (
    BASE_DIR,
    MANAGE,
    flushed_redis,
    production_environment,
    run_step,
    tail,
    throwaway_database,
)

POSTS = 50_000
CATEGORIES = 20
TAGS = 300
AUTHORS = 12
BLOG = "https://blog.example"


def cdata(text: str) -> str:
    """Return `text` as a CDATA section, as WordPress writes it."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def channel_head() -> str:
    """Return the channel's opening: namespaces, the blog, its authors, categories and tags."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:wp="http://wordpress.org/export/1.2/">',
        "<channel>",
        "<title>Un grand magazine</title>",
        f"<link>{BLOG}</link>",
        "<wp:wxr_version>1.2</wp:wxr_version>",
        f"<wp:base_site_url>{BLOG}</wp:base_site_url>",
        f"<wp:base_blog_url>{BLOG}</wp:base_blog_url>",
    ]
    for number in range(AUTHORS):
        lines.append(
            f"<wp:author><wp:author_login>{cdata(f'auteur{number}')}</wp:author_login>"
            f"<wp:author_email>{cdata(f'auteur{number}@blog.example')}</wp:author_email>"
            f"<wp:author_display_name>{cdata(f'Auteur numéro {number}')}"
            "</wp:author_display_name></wp:author>"
        )
    for number in range(CATEGORIES):
        # Every fourth category is a sub-category of the one before it.
        parent = f"rubrique-{number - 1}" if number % 4 == 3 else ""
        lines.append(
            f"<wp:category><wp:category_nicename>rubrique-{number}</wp:category_nicename>"
            f"<wp:category_parent>{parent}</wp:category_parent>"
            f"<wp:cat_name>{cdata(f'Rubrique {number}')}</wp:cat_name></wp:category>"
        )
    for number in range(TAGS):
        lines.append(
            f"<wp:tag><wp:tag_slug>sujet-{number}</wp:tag_slug>"
            f"<wp:tag_name>{cdata(f'Sujet {number}')}</wp:tag_name></wp:tag>"
        )
    return "\n".join(lines) + "\n"


def post_body(number: int) -> str:
    """Return a Gutenberg body: sections, a list, numbered points and a conclusion."""
    words = " ".join(f"mot{(number * 7 + k) % 997}" for k in range(40))
    block = "<!-- wp:paragraph -->\n<p>{}</p>\n<!-- /wp:paragraph -->\n\n"
    heading = "<!-- wp:heading -->\n<h2>{}</h2>\n<!-- /wp:heading -->\n\n"
    return (
        block.format(f"Introduction de l'article {number}, {words}.")
        + heading.format("Première partie")
        + block.format(f"Un <strong>paragraphe</strong> de texte : {words}.")
        + "<!-- wp:list -->\n<ul><li>Un point</li><li>Un autre point</li></ul>\n"
        "<!-- /wp:list -->\n\n"
        + heading.format("Nos conseils")
        + block.format("1. Premier conseil : lire.")
        + block.format("2. Second conseil : relire.")
        + heading.format("Conclusion")
        + block.format(f"Fin de l'article {number}.")
    )


def comment(comment_id: int, parent: int, approved: str, kind: str = "") -> str:
    """Return a `wp:comment`."""
    return (
        f"<wp:comment><wp:comment_id>{comment_id}</wp:comment_id>"
        f"<wp:comment_author>{cdata(f'Lecteur {comment_id % 500}')}</wp:comment_author>"
        "<wp:comment_author_email>"
        f"{cdata(f'lecteur{comment_id % 500}@lecteurs.example')}</wp:comment_author_email>"
        "<wp:comment_date_gmt>2024-02-01 10:00:00</wp:comment_date_gmt>"
        f"<wp:comment_content>{cdata(f'Un avis, le numéro {comment_id}.')}</wp:comment_content>"
        f"<wp:comment_approved>{approved}</wp:comment_approved>"
        f"<wp:comment_type>{kind}</wp:comment_type>"
        f"<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>"
    )


def post_item(number: int) -> str:
    """Return the `item` of post `number`, with three comments and now and then a pingback."""
    post_id = number + 1
    day = f"20{10 + number % 14}-{1 + number % 12:02d}-{1 + number % 28:02d}"
    slug = f"article-{post_id}"
    first = post_id * 10
    comments = [
        comment(first, 0, "1"),
        comment(first + 1, first, "1"),
        comment(first + 2, first + 1, "0"),
    ]
    if number % 10 == 0:
        comments.append(comment(first + 3, 0, "1", "pingback"))
    return "\n".join(
        [
            "<item>",
            f"<title>{escape(f'Article n°{post_id} : l’essentiel & plus')}</title>",
            f"<link>{BLOG}/{day[:4]}/{day[5:7]}/{slug}/</link>",
            f"<dc:creator>{cdata(f'auteur{number % AUTHORS}')}</dc:creator>",
            f"<content:encoded>{cdata(post_body(post_id))}</content:encoded>",
            f"<excerpt:encoded>{cdata('')}</excerpt:encoded>",
            f"<wp:post_id>{post_id}</wp:post_id>",
            f"<wp:post_date_gmt>{day} 08:00:00</wp:post_date_gmt>",
            f"<wp:post_name>{slug}</wp:post_name>",
            "<wp:status>publish</wp:status>",
            "<wp:post_type>post</wp:post_type>",
            f'<category domain="category" nicename="rubrique-{number % CATEGORIES}">'
            f"{cdata(f'Rubrique {number % CATEGORIES}')}</category>",
            *(
                f'<category domain="post_tag" nicename="sujet-{tag}">'
                f"{cdata(f'Sujet {tag}')}</category>"
                for tag in (number % TAGS, (number * 13 + 5) % TAGS)
            ),
            *comments,
            "</item>",
        ]
    )


def export_lines(posts: int) -> Iterator[str]:
    """Yield the export piece by piece: a large one is never whole in memory."""
    yield channel_head()
    for number in range(posts):
        yield post_item(number) + "\n"
    yield "</channel>\n</rss>\n"


def write_export(path: Path, posts: int) -> int:
    """Write an export of `posts` posts to `path`; return its size in bytes."""
    with path.open("w", encoding="utf-8") as output:
        output.writelines(export_lines(posts))
    return path.stat().st_size


def run(posts: int = POSTS) -> bool:
    """Generate the export, import it, print duration and memory; False if the import failed."""
    with tempfile.TemporaryDirectory(prefix="bench-wordpress-") as name:
        folder = Path(name)
        export = folder / "export.xml"
        started = time.perf_counter()
        size = write_export(export, posts)
        print(
            f"WordPress export: {posts} posts, {size / 2**20:.0f} MiB written in "
            f"{time.perf_counter() - started:.0f} s"
        )
        log = folder / "steps.log"
        with throwaway_database("wordpress") as database_url, flushed_redis(REDIS_URL):
            environment = production_environment(database_url, "http://127.0.0.1", folder)
            demo = {**environment, "DJANGO_SETTINGS_MODULE": "magazine.settings.demo"}
            run_step([MANAGE, "migrate", "--noinput"], demo, log)
            run_step([MANAGE, "load_demo"], demo, log)
            return import_measured(export, environment, folder / "import.log", posts)


def import_measured(export: Path, environment: dict[str, str], log: Path, posts: int) -> bool:
    """Import `export` in a process of its own; print its duration, peak RSS and RSS samples."""
    started = time.perf_counter()
    with log.open("w") as output:
        process = subprocess.Popen(  # noqa: S603 -- our own interpreter and module
            [sys.executable, "-m", "bench.wordpress_import", str(export)],
            cwd=BASE_DIR,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        # wait4 rather than wait(): the rusage of this very process, its peak RSS included.
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        print(f"The import failed:\n{tail(log)}")
        return False
    samples = [
        json.loads(line.removeprefix("rss "))
        for line in log.read_text().splitlines()
        if line.startswith("rss ")
    ]
    print(f"Imported {posts} posts in {seconds:.0f} s ({posts / seconds:.1f} posts/s)")
    # ru_maxrss is in KiB on Linux.
    print(f"Peak RSS of the importing process: {usage.ru_maxrss / 1024:.0f} MiB")
    if samples:
        print("RSS as the import goes (entries read: MiB, seconds since the start):")
        for sample in samples:
            print(
                f"  {sample['entries']:>8}: {sample['rss_kib'] / 1024:.0f} MiB"
                f"  {sample.get('seconds', 0):>6} s"
            )
    print("\n".join(line for line in tail(log, 12).splitlines() if not line.startswith("rss ")))
    return True
