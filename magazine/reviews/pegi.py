"""PEGI, the European age rating of games: its ages and its content descriptors."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PegiAge(models.IntegerChoices):
    """The five PEGI age labels."""

    PEGI_3 = 3, "PEGI 3"
    PEGI_7 = 7, "PEGI 7"
    PEGI_12 = 12, "PEGI 12"
    PEGI_16 = 16, "PEGI 16"
    PEGI_18 = 18, "PEGI 18"


class PegiDescriptor(models.TextChoices):
    """The content descriptors PEGI prints beside the age."""

    VIOLENCE = "violence", _("Violence")
    BAD_LANGUAGE = "bad-language", _("Langage grossier")
    FEAR = "fear", _("Peur")
    GAMBLING = "gambling", _("Jeux de hasard")
    SEX = "sex", _("Sexe")
    DRUGS = "drugs", _("Drogue")
    DISCRIMINATION = "discrimination", _("Discrimination")
    IN_GAME_PURCHASES = "in-game-purchases", _("Achats intégrés")
