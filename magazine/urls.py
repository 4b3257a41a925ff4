"""The site's URLs: the admin (at ADMIN_PATH), documents, sitemaps and robots.txt, search,
authors and tags, the hubs of games and products, comments, the share page, feeds, media in
the demo, then Wagtail's pages."""

from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path(settings.ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("magazine.seo.urls")),
    path("recherche/", include("search.urls")),
    path("auteurs/", include("magazine.authors.urls")),
    path("tags/", include("magazine.tags.urls")),
    path("", include("magazine.reviews.urls")),
    path("", include("magazine.series.urls")),
    path("commentaires/", include("magazine.comments.urls")),
    path("partager/", include("magazine.social.urls")),
    path("", include("magazine.feeds.urls")),
]

if settings.SERVE_MEDIA:
    # The demo serves uploads itself; production serves them from storage or the proxy.
    prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(rf"^{prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns.append(path("", include(wagtail_urls)))
