"""The site's URLs with the admin at /gestion/ instead of /admin/."""

from django.urls import include, path

from wagtail.admin import urls as wagtailadmin_urls

from magazine.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path("gestion/", include(wagtailadmin_urls)),
    *(pattern for pattern in site_urlpatterns if str(pattern.pattern) != "admin/"),
]
