"""The relation between articles and the games and products they talk about.

Hubs list articles from it rather than from the bodies: a body is JSON, and no index finds
in it every article showing a game. It is rebuilt from the article's live version whenever
the page is saved with its content (created, published, changed in code), never for a draft
(receivers.py).
"""

from django.db import transaction

from magazine.articles.models import ArticlePage
from magazine.articles.review_blocks import SubjectRef, subject_refs

from .models import ArticleSubject, Game, Product, RatingScale


def article_subject_refs(article: ArticlePage) -> list[SubjectRef]:
    """What the article shows (its body's tests and sheets) and names (its « sujets »)."""
    named = [
        SubjectRef(ArticleSubject.Role.SUBJECT, game_id=link.game_id, product_id=link.product_id)
        for link in article.subjects.all()
        if bool(link.game_id) != bool(link.product_id)
    ]
    return [*subject_refs(article.body.raw_data), *named]


def article_subjects(article: ArticlePage) -> list[Game | Product]:
    """The games and products the article shows or names, each once, in the order it does:
    two queries, none without any."""
    refs = article_subject_refs(article)
    game_ids = {ref.game_id for ref in refs if ref.game_id}
    product_ids = {ref.product_id for ref in refs if ref.product_id}
    games = Game.objects.only("title", "slug").in_bulk(game_ids) if game_ids else {}
    products = (
        Product.objects.only("brand", "name", "slug").in_bulk(product_ids) if product_ids else {}
    )
    found = [games.get(ref.game_id) or products.get(ref.product_id) for ref in refs]
    return list(dict.fromkeys(item for item in found if item is not None))


def existing(model, ids: set[int | None]) -> set[int]:
    """The ids among `ids` that still name a row (a body may keep a deleted game's id)."""
    wanted = {pk for pk in ids if pk}
    if not wanted:
        return set()
    return set(model.objects.filter(pk__in=wanted).values_list("pk", flat=True))


def refresh_article_subjects(article: ArticlePage) -> None:
    """Replace the article's rows by what its current version shows and names."""
    refs = article_subject_refs(article)
    games = existing(Game, {ref.game_id for ref in refs})
    products = existing(Product, {ref.product_id for ref in refs})
    scales = existing(RatingScale, {ref.scale_id for ref in refs})
    rows = [
        ArticleSubject(
            article=article,
            role=ref.role,
            game_id=ref.game_id,
            product_id=ref.product_id,
            scale_id=ref.scale_id if ref.scale_id in scales else None,
            score=ref.score,
        )
        for ref in refs
        if ref.game_id in games or ref.product_id in products
    ]
    with transaction.atomic():
        ArticleSubject.objects.filter(article=article).delete()
        ArticleSubject.objects.bulk_create(rows)
