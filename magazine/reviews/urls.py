"""URLs of the hubs, /jeux/<slug>/ and /produits/<slug>/, the release calendar and each
category's tests."""

from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("jeux/<slug:slug>/", views.game_detail, name="game"),
    path("produits/<slug:slug>/", views.product_detail, name="product"),
    path("sorties/", views.release_calendar, name="calendar"),
    # Before Wagtail's pages: no article may take the slug « tests » (articles/slugs.py).
    path("<slug:category>/tests/", views.category_tests, name="category_tests"),
]
