"""URLs of the hubs, /jeux/<slug>/ and /produits/<slug>/, and of the release calendar."""

from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("jeux/<slug:slug>/", views.game_detail, name="game"),
    path("produits/<slug:slug>/", views.product_detail, name="product"),
    path("sorties/", views.release_calendar, name="calendar"),
]
