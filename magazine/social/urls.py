"""URLs of the share pages, under /partager/."""

from django.urls import path

from . import views

app_name = "social"

urlpatterns = [
    path("mastodon/", views.share_on_mastodon, name="share_mastodon"),
]
