"""The demo content, written for the magazine: one module per category, plus the site."""

from . import cybersecurite, intelligence_artificielle, jeux_video, logiciels, materiel
from .base import DemoArticle, DemoCategory

CATEGORIES: tuple[DemoCategory, ...] = (
    intelligence_artificielle.CATEGORY,
    jeux_video.CATEGORY,
    materiel.CATEGORY,
    logiciels.CATEGORY,
    cybersecurite.CATEGORY,
)

ARTICLES: tuple[DemoArticle, ...] = tuple(
    article for category in CATEGORIES for article in category.articles
)
