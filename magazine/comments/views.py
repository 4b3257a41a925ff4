"""Readers' side: sending a comment or a reply, and the page to reply from.

The form is sent to `post_comment` from article pages served by a shared cache, hence
csrf_exempt: forgery is refused by the browser's own headers instead (forgery.py). Every
answer to a submission is either a 303 to the article, once the comment is committed, or
the form again with the reader's text and a French message; none of them is cached.
"""

import logging
from functools import partial

from django.db import DatabaseError, transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from magazine.articles.models import ArticlePage
from magazine.articles.querysets import is_public

from .changes import comments_changed
from .forgery import is_same_origin
from .forms import CommentForm
from .models import Comment, CommentSettings
from .moderation import initial_status
from .notifications import announce_pending_comment
from .spam import CacheUnavailable, over_rate_limit

logger = logging.getLogger(__name__)

# The form has eight fields; a submission with many more is no reader's.
MAX_FIELDS = 20
PENDING_NOTICE = "attente"


class SeeOther(HttpResponseRedirect):
    """A redirect after a POST that the browser follows with a GET."""

    status_code = 303


def commentable_article(article_id: str) -> ArticlePage:
    """Return the live, public article `article_id` names, or raise Http404."""
    if not str(article_id).isdigit():
        raise Http404
    return get_object_or_404(
        ArticlePage.objects.live().filter(is_public()).select_related("hero_image"),
        pk=int(article_id),
    )


def accepts_comments(request: HttpRequest, article: ArticlePage) -> bool:
    """Whether `article` takes comments now: open, and not closed by its age."""
    return CommentSettings.for_request(request).accepts_comments(article)


def form_again(
    request: HttpRequest, form: CommentForm, status: int, refusal: str = ""
) -> HttpResponse:
    """Return the page the form was sent from, showing it again with the reader's text.

    The article page for a comment, the reply page for a reply; private, never cached.
    """
    form.prepare_to_send_again()
    article = form.article
    parent = form.cleaned_data.get("parent") if hasattr(form, "cleaned_data") else None
    parent_id = request.POST.get("parent", "")
    if parent is None and parent_id.isdigit():
        parent = Comment.objects.approved().filter(pk=parent_id, article=article).first()
    extra = {"comment_form": form, "comment_refusal": refusal}
    if parent is not None:
        response = TemplateResponse(
            request,
            "comments/reply_page.html",
            {"page": article, "article": article, "parent": parent, "is_open": True, **extra},
            status=status,
        )
    else:
        context = {**article.get_context(request), **extra}
        response = TemplateResponse(request, article.get_template(request), context, status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response


def database_unavailable(request: HttpRequest) -> HttpResponse:
    """A 503 giving the reader their text back when the database cannot be reached at all
    (not even to find the article): a page that queries nothing, private, never cached."""
    referer = request.headers.get("Referer", "")
    same_site = url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    context = {"body": request.POST.get("body", ""), "back": referer if same_site else "/"}
    response = render(request, "comments/unavailable.html", context, status=503)
    response["Retry-After"] = "10"
    patch_cache_control(response, private=True, no_store=True)
    return response


@csrf_exempt
@require_POST
@never_cache
def post_comment(request: HttpRequest) -> HttpResponse:
    """Save a reader's comment, then send them back to the article's comments."""
    if not is_same_origin(request):
        return TemplateResponse(request, "comments/forbidden.html", status=403)
    if len(request.POST) > MAX_FIELDS:
        return HttpResponse(_("Trop de champs."), status=400, content_type="text/plain")
    try:
        return save_comment(request)
    except DatabaseError:
        # Raised before the comment's own save (which answers with the form, below): the
        # article, its settings or the page around the form could not be read.
        logger.exception("Comment not saved: the database is unavailable")
        return database_unavailable(request)


def save_comment(request: HttpRequest) -> HttpResponse:
    """post_comment() once the submission is known to come from the site's own form."""
    article = commentable_article(request.POST.get("article", ""))
    form = CommentForm(article, request.POST)
    if not accepts_comments(request, article):
        return form_again(request, form, 403, _("Les commentaires sont fermés."))
    if not form.is_valid():
        return form_again(request, form, 400)
    comment = form.build_comment()
    try:
        limited = over_rate_limit(request, comment.email)
        limits_known = True
    except CacheUnavailable:
        logger.warning("Cache down: comment on article %s held, its rate unknown", article.pk)
        limited, limits_known = False, False
    if limited:
        return form_again(
            request,
            form,
            429,
            _(
                "Vous avez envoyé beaucoup de commentaires en peu de temps : votre texte est "
                "conservé, envoyez-le de nouveau dans quelques minutes."
            ),
        )
    comment.status = initial_status(comment, limits_known)
    try:
        with transaction.atomic():
            comment.save()
            if comment.status == Comment.Status.PENDING:
                transaction.on_commit(partial(announce_pending_comment, comment.pk), robust=True)
            else:
                comments_changed([article])
    except DatabaseError:
        logger.exception("Comment on article %s could not be saved", article.pk)
        return form_again(
            request,
            form,
            503,
            _(
                "Votre commentaire n'a pas pu être enregistré : votre texte est conservé, "
                "réessayez dans un instant."
            ),
        )
    notice = comment.pk if comment.status == Comment.Status.APPROVED else PENDING_NOTICE
    anchor = comment.anchor if comment.status == Comment.Status.APPROVED else "commentaires"
    return SeeOther(f"{article.get_url(request)}?commentaire={notice}#{anchor}")


@require_GET
def reply_page(request: HttpRequest, comment_id: int) -> HttpResponse:
    """The page to reply to an approved comment: the same for every reader, cacheable."""
    parent = get_object_or_404(
        Comment.objects.approved().filter(parent__isnull=True).select_related("article"),
        pk=comment_id,
    )
    article = commentable_article(parent.article_id)
    return TemplateResponse(
        request,
        "comments/reply_page.html",
        {
            "page": article,
            "article": article,
            "parent": parent,
            "is_open": accepts_comments(request, article),
        },
    )
