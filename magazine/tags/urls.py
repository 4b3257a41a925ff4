"""URLs of the tag pages, under /tags/."""

from django.urls import path

from . import views

app_name = "tags"

# Tag slugs keep accented letters (taggit slugifies with allow_unicode), hence <str:>.
urlpatterns = [
    path("<str:slug>/", views.tag_detail, name="detail"),
]
