"""URLs of the feeds: RSS 2.0 at …/feed/, Atom at …/feed/atom/.

Included before Wagtail's pages, so /<category>/feed/ never reaches the category's page:
no page may take the slug « feed » (magazine/articles/slugs.py). Included after the author
and tag pages, so an author or a tag whose slug is « feed » keeps its page.
"""

from django.urls import path

from .feeds import AuthorFeed, CategoryFeed, SiteFeed, TagFeed
from .generators import ArticleAtomFeed

app_name = "feeds"

# Tag slugs keep accented letters (taggit slugifies with allow_unicode), hence <str:>.
urlpatterns = [
    path("feed/", SiteFeed(), name="site"),
    path("feed/atom/", SiteFeed(ArticleAtomFeed), name="site_atom"),
    path("auteurs/<slug:slug>/feed/", AuthorFeed(), name="author"),
    path("auteurs/<slug:slug>/feed/atom/", AuthorFeed(ArticleAtomFeed), name="author_atom"),
    path("tags/<str:slug>/feed/", TagFeed(), name="tag"),
    path("tags/<str:slug>/feed/atom/", TagFeed(ArticleAtomFeed), name="tag_atom"),
    path("<slug:category>/feed/", CategoryFeed(), name="category"),
    path("<slug:category>/feed/atom/", CategoryFeed(ArticleAtomFeed), name="category_atom"),
]
