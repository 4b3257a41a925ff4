"""Readers' comment URLs: sending a comment, and the page to reply to one."""

from django.urls import path

from . import views

app_name = "comments"
urlpatterns = [
    path("", views.post_comment, name="post"),
    path("<int:comment_id>/repondre/", views.reply_page, name="reply"),
]
