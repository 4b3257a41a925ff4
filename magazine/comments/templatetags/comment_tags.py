"""Template helpers for comments: an article's comment section, and a comment's text."""

from dataclasses import dataclass, field

from django import template
from django.http import HttpRequest
from django.utils.html import Urlizer
from django.utils.safestring import SafeString, mark_safe

from magazine.articles.models import ArticlePage
from magazine.cache.fragments import generation_cached
from magazine.cache.generations import comment_generation
from magazine.comments.forms import CommentForm
from magazine.comments.models import Comment, CommentSettings
from magazine.comments.views import PENDING_NOTICE
from magazine.pages.links import INFORMATION_LINKS

register = template.Library()


class UgcUrlizer(Urlizer):
    """Django's urlize, whose links say they are the readers' (rel="nofollow ugc noopener")."""

    url_template = '<a href="{href}" rel="nofollow ugc noopener"{attrs}>{url}</a>'


urlize_ugc = UgcUrlizer()


@register.filter
def comment_text(text: str) -> SafeString:
    """Return a comment's plain text as HTML: escaped, links made, line breaks kept."""
    html = urlize_ugc(text, trim_url_limit=60, autoescape=True)
    return mark_safe(html.replace("\n", "<br>"))  # noqa: S308 — escaped by urlize above


@dataclass
class CommentSection:
    """What an article's comment section prints."""

    article: ArticlePage
    is_open: bool
    threads: list[Comment]
    form: CommentForm | None
    refusal: str = ""
    notice: str = ""
    published: Comment | None = None
    privacy_url: str = ""
    reader_text: str = ""
    count: int = field(init=False)

    def __post_init__(self) -> None:
        self.count = sum(1 + len(comment.thread_replies) for comment in self.threads)

    @property
    def fresh_stamp(self) -> str:
        """The stamp of a new, empty form, the same for every reader for STAMP_STEP seconds
        (the key of its HTML in the cache); "" for a form sent back with the reader's text."""
        if self.form is None or self.form.is_bound or self.refusal:
            return ""
        return self.form.initial["stamp"]


def threads_of(article: ArticlePage) -> list[Comment]:
    """Return the article's approved comments, oldest first, each with `thread_replies`.

    One query whatever their number, kept in the cache until a comment changes: replies are
    grouped under their comment in Python. A new article being previewed has none (and no
    id to look them up by).
    """
    if article.pk is None:
        return []

    def fetch() -> list[Comment]:
        comments = list(
            Comment.objects.approved().filter(article=article).order_by("created_at", "pk")
        )
        threads = [comment for comment in comments if comment.parent_id is None]
        by_id = {comment.pk: comment for comment in threads}
        for comment in threads:
            comment.thread_replies = []
        for comment in comments:
            if comment.parent_id in by_id:
                by_id[comment.parent_id].thread_replies.append(comment)
        return threads

    return generation_cached("comment-threads", (article.pk, comment_generation()), fetch)


def privacy_url(request: HttpRequest, settings: CommentSettings) -> str:
    """Return the address of the privacy page the settings name, from the cached links."""
    links = INFORMATION_LINKS.for_request(request)
    return next((link.url for link in links if link.pk == settings.privacy_page_id), "")


@register.simple_tag(takes_context=True)
def comment_section(context: template.Context, article: ArticlePage) -> CommentSection:
    """Return the comment section of `article`: its comments, its form or why it is closed.

    A form sent back with errors (context `comment_form`) is shown again with the reader's
    text; `?commentaire=` says what became of the reader's comment, the same for anyone
    who follows that address, so the page stays cacheable.
    """
    request: HttpRequest = context["request"]
    settings = CommentSettings.for_request(request)
    is_open = settings.accepts_comments(article)
    sent_form = context.get("comment_form")
    form = sent_form if sent_form is not None and sent_form.article == article else None
    threads = threads_of(article)
    section = CommentSection(
        article=article,
        is_open=is_open,
        threads=threads,
        form=(form or CommentForm(article)) if is_open else None,
        refusal=context.get("comment_refusal", ""),
        privacy_url=privacy_url(request, settings),
        reader_text=form.data.get("body", "") if form is not None else "",
    )
    notice = request.GET.get("commentaire", "")
    if notice == PENDING_NOTICE:
        section.notice = PENDING_NOTICE
    elif notice.isdigit():
        shown = (c for t in threads for c in [t, *t.thread_replies] if c.pk == int(notice))
        section.published = next(shown, None)
    return section


@register.simple_tag(takes_context=True)
def reply_form(context: template.Context, parent: Comment) -> CommentForm:
    """Return the form to reply to `parent`: the one sent back with errors, else a new one."""
    sent_form = context.get("comment_form")
    if sent_form is not None:
        return sent_form
    return CommentForm(parent.article, initial={"parent": parent.pk})
