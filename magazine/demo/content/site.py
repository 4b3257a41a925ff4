"""The magazine around the articles: home page, authors and the follow call to action."""

from .base import DemoAuthor

SITE_NAME = "Magazine"
HOME_TITLE = "Magazine"
HOME_SLUG = "accueil"
HOME_INTRODUCTION = (
    "L'intelligence artificielle, le jeu vidéo, le matériel, les logiciels et la "
    "cybersécurité, expliqués sans jargon par une rédaction qui prend le temps de tester."
)
LEAD_ARTICLE = "faire-tourner-un-modele-de-langage-chez-soi"

AUTHORS = (
    DemoAuthor(
        slug="camille-lefevre",
        name="Camille Lefèvre",
        bio=(
            "Camille suit l'intelligence artificielle depuis ses années de thèse en "
            "traitement automatique des langues. Elle aime démonter les annonces pour voir "
            "ce qu'il y a vraiment dedans, et teste chaque outil avant d'en parler."
        ),
    ),
    DemoAuthor(
        slug="thomas-garnier",
        name="Thomas Garnier",
        bio=(
            "Thomas a grandi entre une console portable et un PC bricolé. Il couvre le jeu "
            "vidéo pour la rédaction, du petit studio indépendant aux grandes sorties, avec "
            "un faible assumé pour le patrimoine vidéoludique."
        ),
    ),
    DemoAuthor(
        slug="helene-marchand",
        name="Hélène Marchand",
        bio=(
            "Ancienne technicienne de maintenance, Hélène passe au banc d'essai processeurs, "
            "cartes graphiques et écrans. Elle croit aux composants qu'on répare et aux "
            "mesures qu'on peut refaire chez soi."
        ),
    ),
    DemoAuthor(
        slug="ines-benali",
        name="Inès Benali",
        bio=(
            "Inès a travaillé plusieurs années dans une équipe de réponse aux incidents "
            "avant de rejoindre le magazine. Elle écrit sur la cybersécurité pour celles et "
            "ceux qui n'en font pas leur métier."
        ),
    ),
    DemoAuthor(
        slug="karim-delaunay",
        name="Karim Delaunay",
        bio=(
            "Développeur de formation, Karim est rédacteur en chef adjoint. Il s'intéresse "
            "aux logiciels libres, aux outils des développeurs et à tout ce qui rend un "
            "ordinateur plus durable."
        ),
    ),
)

FOLLOW_TITLE = "Suivez le magazine"
FOLLOW_TEXT = (
    "Chaque vendredi, une lettre avec nos meilleurs articles de la semaine, un test en "
    "avant-première et zéro publicité. Désinscription en un clic."
)
FOLLOW_URL = "https://example.org/newsletter"
FOLLOW_LABEL = "Recevoir la lettre"
SOCIAL_LINKS = (
    ("mastodon", "https://mastodon.social/@magazine"),
    ("bluesky", "https://bsky.app/profile/magazine.example.org"),
    ("youtube", "https://www.youtube.com/@magazine"),
    ("linkedin", "https://www.linkedin.com/company/magazine-exemple"),
)
