"""Demo comments: the readers' comments of content/comments.py, and the comment settings."""

from datetime import timedelta

from wagtail.models import Site

from magazine.articles.models import ArticlePage
from magazine.comments.models import Comment, CommentSettings
from magazine.pages.models import InformationPage

from .content.comments import COMMENTS, DemoComment

PRIVACY_PAGE_SLUG = "confidentialite"


def ensure_comments(articles: dict[str, ArticlePage]) -> int:
    """Create the demo comments that are missing; return how many were created.

    A comment is found by its article, author and text, so a second run creates nothing.
    """
    created = 0
    # The loader dates articles with an update(): read their dates from the database.
    published = dict(
        ArticlePage.objects.filter(slug__in=COMMENTS).values_list("slug", "first_published_at")
    )

    def ensure(demo: DemoComment, article: ArticlePage, parent: Comment | None) -> Comment:
        nonlocal created
        comment = Comment.objects.filter(
            article=article, name=demo.name, body=demo.body, parent=parent
        ).first()
        if comment is None:
            comment = Comment.objects.create(
                article=article,
                parent=parent,
                name=demo.name,
                email=demo.email,
                website=demo.website,
                body=demo.body,
                status=demo.status,
                is_editorial=demo.editorial,
                created_at=published[article.slug] + timedelta(hours=demo.hours),
            )
            created += 1
        return comment

    for slug, comments in COMMENTS.items():
        article = articles[slug]
        for demo in comments:
            comment = ensure(demo, article, None)
            for reply in demo.replies:
                ensure(reply, article, comment)
    return created


def ensure_comment_settings(site: Site) -> int:
    """Link the comment form to the demo's privacy page; return 1 if the settings changed."""
    settings = CommentSettings.for_site(site)
    if settings.privacy_page_id:
        return 0
    settings.privacy_page = InformationPage.objects.filter(slug=PRIVACY_PAGE_SLUG).first()
    settings.save()
    return 1
