"""URLs of the reader search, under /recherche/."""

from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("", views.search, name="results"),
    path("suggestions/", views.suggestions, name="suggestions"),
]
