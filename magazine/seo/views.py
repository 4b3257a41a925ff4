"""The sitemaps and robots.txt, as crawlers fetch them."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from wagtail.contrib.sitemaps import views as sitemap_views

from magazine.cache.tags import SITEMAPS, cache_tags

from .freshness import ROBOTS_MAX_AGE, SITEMAP_MAX_AGE, cacheable, mark_last_modified
from .news_sitemap import NewsSitemap
from .publication import publication_language, publication_name
from .sitemaps import fits_in_one_file, site_sections

SITEMAP_TEMPLATE = "seo/sitemap.xml"


@cache_tags(SITEMAPS)
@cacheable(SITEMAP_MAX_AGE)
def sitemap(request: HttpRequest) -> HttpResponse:
    """Every indexable URL in one file while they fit, else an index of the sections' files.

    Past the limit of one file, the index names /sitemap-<section>.xml and its further
    pages, /sitemap-<section>.xml?p=2 and on, for the sections that list any URL (a site
    may have no series yet): an empty file would only cost crawlers a request.
    """
    sections = site_sections(request)
    if fits_in_one_file(sections):
        response = sitemap_views.sitemap(request, sections, template_name=SITEMAP_TEMPLATE)
    else:
        listed = {name: section for name, section in sections.items() if section.paginator.count}
        response = sitemap_views.index(request, listed, sitemap_url_name="seo:sitemap_section")
    return mark_last_modified(response, *(section.latest_lastmod for section in sections.values()))


@cache_tags(SITEMAPS)
@cacheable(SITEMAP_MAX_AGE)
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    """One file of one section (`?p=` numbers the files): 404 for an unknown section or file."""
    sections = site_sections(request)
    response = sitemap_views.sitemap(
        request, sections, section=section, template_name=SITEMAP_TEMPLATE
    )
    return mark_last_modified(response, sections[section].latest_lastmod)


@cache_tags(SITEMAPS)
@cacheable(SITEMAP_MAX_AGE)
def news_sitemap(request: HttpRequest) -> HttpResponse:
    """The Google News sitemap: the articles of the last 48 hours, with their publication."""
    news = NewsSitemap(request)
    response = sitemap_views.sitemap(request, {"news": news}, template_name="seo/news_sitemap.xml")
    response.context_data["publication_name"] = publication_name(request)
    response.context_data["publication_language"] = publication_language()
    return mark_last_modified(response, news.latest_lastmod, news.latest_departure())


@cacheable(ROBOTS_MAX_AGE)
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Tell crawlers where the sitemaps are, and to keep out of the admin and the search."""
    context = {
        "disallowed_paths": [reverse("wagtailadmin_home"), reverse("search:results")],
        "sitemap_urls": [
            request.build_absolute_uri(reverse(name))
            for name in ("seo:sitemap", "seo:news_sitemap")
        ],
    }
    return render(request, "seo/robots.txt", context, content_type="text/plain; charset=utf-8")
