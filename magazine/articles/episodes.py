"""Where an article stands in its series: « Épisode 3 sur 7 », the episodes around it."""

from dataclasses import dataclass

from .models import ArticlePage


@dataclass(frozen=True)
class SeriesPosition:
    """An article's place in its series, among the live, public episodes."""

    series: object
    number: int
    count: int
    previous: ArticlePage | None
    next: ArticlePage | None


def series_position(article: ArticlePage) -> SeriesPosition | None:
    """The article's place in its series (one query), or None when it is in none.

    The count is of the episodes online, or the article's own number if higher: an episode
    previewed before the others are out is still « Épisode 3 sur 3 ».
    """
    if article.series_id is None or article.episode is None:
        return None
    episodes = list(
        ArticlePage.objects.published()
        .defer_streamfields()
        .filter(series_id=article.series_id, episode__isnull=False)
        .exclude(pk=article.pk)
        .order_by("episode", "pk")
    )
    before = [episode for episode in episodes if episode.episode < article.episode]
    after = [episode for episode in episodes if episode.episode > article.episode]
    return SeriesPosition(
        series=article.series,
        number=article.episode,
        count=max(len(episodes) + 1, article.episode),
        previous=before[-1] if before else None,
        next=after[0] if after else None,
    )
