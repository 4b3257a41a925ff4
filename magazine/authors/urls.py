"""URLs of the author pages, under /auteurs/."""

from django.urls import path

from . import views

app_name = "authors"

urlpatterns = [
    path("<slug:slug>/", views.author_detail, name="detail"),
]
