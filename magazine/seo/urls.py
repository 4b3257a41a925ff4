"""URLs of the sitemaps and robots.txt, at the site's root."""

from django.urls import path

from . import views

app_name = "seo"

# The news sitemap comes first: /sitemap-news.xml would otherwise be read as a section.
urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("sitemap-news.xml", views.news_sitemap, name="news_sitemap"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap_section"),
]
