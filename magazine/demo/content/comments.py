"""Readers' comments on a few demo articles, with the newsroom's replies and a few held ones.

Each comment is dated some hours after its article; addresses use the reserved `.example`
domain. The newest articles still take comments; « Abonnements » is old enough to be
closed, so the demo shows both.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoComment:
    """A comment: its author, text, hours after the article, and replies under it."""

    name: str
    email: str
    body: str
    hours: int
    website: str = ""
    status: str = "approved"
    editorial: bool = False
    replies: tuple["DemoComment", ...] = field(default_factory=tuple)


COMMENTS: dict[str, tuple[DemoComment, ...]] = {
    "faire-tourner-un-modele-de-langage-chez-soi": (
        DemoComment(
            name="Julien R.",
            email="julien.r@lecteurs.example",
            hours=5,
            body=(
                "Testé ce week-end sur un portable de 2021 avec 16 Go de mémoire : le petit "
                "modèle quantifié tourne, lentement mais sûrement. Merci pour le tableau des "
                "tailles, c'est exactement ce qui me manquait pour choisir."
            ),
            replies=(
                DemoComment(
                    name="Camille Lefèvre",
                    email="",
                    hours=7,
                    editorial=True,
                    body=(
                        "Merci Julien ! Avec 16 Go, essayez aussi une quantification un cran "
                        "plus légère : la différence de qualité est faible et la vitesse "
                        "double presque."
                    ),
                ),
            ),
        ),
        DemoComment(
            name="Sophie Arnaud",
            email="sophie.arnaud@lecteurs.example",
            website="https://carnet.sophie-arnaud.example",
            hours=20,
            body=(
                "Ce qui me plaît, c'est que rien ne quitte l'ordinateur. Pour relire des "
                "documents de travail confidentiels, c'est décisif.\n"
                "Reste la question de la consommation électrique, que l'article effleure à "
                "peine : un prochain sujet ?"
            ),
        ),
        DemoComment(
            name="Marc",
            email="marc.d@lecteurs.example",
            hours=30,
            status="pending",
            body="Et sur un Raspberry Pi 5, quelqu'un a essayé ?",
        ),
    ),
    "consoles-portables-pc-le-retour-du-jeu-nomade": (
        DemoComment(
            name="Léa Fontaine",
            email="lea.fontaine@lecteurs.example",
            hours=3,
            body=(
                "J'ai revendu ma console de salon pour une portable PC l'an dernier et je ne "
                "regrette rien : ma bibliothèque Steam me suit partout. Seul bémol, "
                "l'autonomie sur les jeux récents."
            ),
            replies=(
                DemoComment(
                    name="Hugo",
                    email="hugo.m@lecteurs.example",
                    hours=9,
                    body=(
                        "Même constat. En bridant la fréquence d'images à 40 images par "
                        "seconde, je gagne presque une heure."
                    ),
                ),
            ),
        ),
        DemoComment(
            name="Nadia B.",
            email="nadia.b@lecteurs.example",
            hours=26,
            body=(
                "Très bon tour d'horizon. J'aurais aimé un mot sur la réparabilité : "
                "changer une batterie ou un joystick, c'est possible sur ces machines ?"
            ),
            replies=(
                DemoComment(
                    name="Thomas Garnier",
                    email="",
                    hours=28,
                    editorial=True,
                    body=(
                        "Bonne question, Nadia : c'est très inégal selon les modèles. Nous y "
                        "consacrons un prochain article, avec démontage à la clé."
                    ),
                ),
            ),
        ),
        DemoComment(
            name="Promo Consoles",
            email="contact@promo-consoles.example",
            hours=40,
            status="pending",
            body=(
                "Les meilleures offres sur https://promo-consoles.example/offres et "
                "https://promo-consoles.example/soldes, livraison offerte sur "
                "www.promo-consoles.example !"
            ),
        ),
    ),
    "reparer-plutot-que-remplacer-le-droit-a-la-reparation": (
        DemoComment(
            name="Bernard",
            email="bernard.t@lecteurs.example",
            hours=8,
            body=(
                "Réparateur depuis trente ans, je confirme : le plus dur n'est pas la panne, "
                "c'est de trouver la pièce. Si la loi oblige enfin à les vendre, tant mieux."
            ),
        ),
        DemoComment(
            name="Claire",
            email="claire.v@lecteurs.example",
            hours=14,
            body="L'indice de réparabilité m'a déjà fait choisir un modèle plutôt qu'un autre.",
            replies=(
                DemoComment(
                    name="Karim Delaunay",
                    email="",
                    hours=16,
                    editorial=True,
                    body=(
                        "C'est tout l'intérêt de cet indice, Claire : il rend visible un "
                        "critère que l'on ne voyait qu'au moment de la panne."
                    ),
                ),
            ),
        ),
    ),
    "faut-il-installer-linux-sur-un-vieux-pc": (
        DemoComment(
            name="Antoine",
            email="antoine.p@lecteurs.example",
            hours=6,
            body=(
                "Fait sur le portable de mes parents, qui ne démarrait plus qu'en cinq "
                "minutes. Ils n'ont vu aucune différence, sinon qu'il est redevenu rapide."
            ),
        ),
        DemoComment(
            name="Élise",
            email="elise.g@lecteurs.example",
            hours=22,
            status="pending",
            body="Et pour les imprimantes anciennes, les pilotes suivent ?",
        ),
    ),
    "passkeys-la-fin-annoncee-des-mots-de-passe": (
        DemoComment(
            name="Samuel",
            email="samuel.k@lecteurs.example",
            hours=12,
            body=(
                "Je m'y suis mis sur trois sites après avoir lu l'article. Le plus "
                "déroutant : ne rien avoir à taper. Et si je perds mon téléphone ?"
            ),
            replies=(
                DemoComment(
                    name="Inès Benali",
                    email="",
                    hours=15,
                    editorial=True,
                    body=(
                        "Les clés d'accès se synchronisent avec votre compte (Apple, Google "
                        "ou un gestionnaire de mots de passe) : un nouveau téléphone les "
                        "retrouve. Gardez tout de même une méthode de secours par site."
                    ),
                ),
            ),
        ),
    ),
    "abonnements-de-jeux-video-la-fin-de-la-collection": (
        DemoComment(
            name="Paul",
            email="paul.c@lecteurs.example",
            hours=4,
            body=(
                "Collectionneur depuis la première PlayStation, je me reconnais dans "
                "l'article. Les abonnements sont pratiques, mais on ne possède plus rien."
            ),
        ),
        DemoComment(
            name="Maud",
            email="maud.l@lecteurs.example",
            hours=11,
            body=(
                "À l'inverse, l'abonnement m'a fait découvrir des jeux que je n'aurais "
                "jamais achetés. Les deux peuvent cohabiter."
            ),
        ),
    ),
}
