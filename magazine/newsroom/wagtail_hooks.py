"""Admin registration of the newsroom: the « Articles » list."""

from wagtail import hooks

from .listing import ArticleListingViewSet


@hooks.register("register_admin_viewset")
def register_article_listing() -> ArticleListingViewSet:
    return ArticleListingViewSet()
