"""The platforms a game is released on, as the release calendar filters them."""

from django.db import models


class Platform(models.TextChoices):
    """A platform, with the name players know it by (brand names: not translated)."""

    PC = "pc", "PC"
    MAC = "mac", "Mac"
    PS5 = "ps5", "PlayStation 5"
    PS4 = "ps4", "PlayStation 4"
    XBOX_SERIES = "xbox-series", "Xbox Series X|S"
    XBOX_ONE = "xbox-one", "Xbox One"
    SWITCH_2 = "switch-2", "Nintendo Switch 2"
    SWITCH = "switch", "Nintendo Switch"
    IOS = "ios", "iOS"
    ANDROID = "android", "Android"
