"""The demo's series: three articles of « Cybersécurité » to read in order."""

from .base import DemoSeries

HOME_SECURITY = DemoSeries(
    slug="securite-a-la-maison",
    title="Sécurité à la maison",
    description=(
        "Trois étapes pour protéger le numérique de toute la famille : le réseau, les mises "
        "à jour, puis la fin des mots de passe."
    ),
)

SERIES = (HOME_SECURITY,)
