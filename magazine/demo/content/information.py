"""The fixed pages of the demo and its legal details, every name and number in them fictional."""

from .base import DemoInformationPage, a, h2, p, quote, ul

CONTACT_EMAIL = "redaction@magazine.example"

# Numbers from the ranges the French regulator (Arcep) keeps for works of fiction.
LEGAL_DETAILS = {
    "publisher_name": "Magazine Démo SAS (société fictive)",
    "publisher_details": "SAS au capital de 1 000 €, RCS Paris 000 000 000 (numéro fictif)",
    "publisher_address": "12 rue de l'Exemple\n75000 Paris",
    "publisher_phone": "01 99 00 12 34",
    "publication_director": "Claire Vasseur",
    "host_name": "Hébergement Exemple SARL (société fictive)",
    "host_address": "8 quai des Données\n69000 Lyon",
    "host_phone": "01 99 00 56 78",
    "contact_email": CONTACT_EMAIL,
}

ABOUT = DemoInformationPage(
    slug="a-propos",
    title="À propos",
    introduction=(
        "Magazine est une rédaction indépendante qui explique la technologie et le jeu vidéo "
        "à celles et ceux qui s'en servent, sans jargon et sans précipitation."
    ),
    body=(
        h2("Ce que nous faisons"),
        p(
            "Chaque semaine, nous publions des enquêtes, des guides pratiques et des tests sur "
            "l'intelligence artificielle, le jeu vidéo, le matériel, les logiciels et la "
            "cybersécurité. Nous préférons arriver un jour plus tard avec un article vérifié "
            "que le premier avec une rumeur.",
            "Nos lecteurs ne sont pas tous ingénieurs, et c'est tant mieux : un bon article "
            "de technologie doit se comprendre sans dictionnaire, et rester utile à qui "
            "connaît déjà le sujet.",
        ),
        h2("Comment nous travaillons"),
        ul(
            "Quelques principes guident la rédaction :",
            "nous essayons nous-mêmes les produits dont nous parlons, aussi longtemps qu'il "
            "le faut ;",
            "un prêt de matériel par un fabricant est toujours signalé dans l'article ;",
            "aucun annonceur ne relit nos textes avant leur publication ;",
            "une erreur signalée est corrigée, et la correction est indiquée en fin d'article.",
        ),
        quote(
            "Expliquer, c'est d'abord avoir compris soi-même, puis accepter de tout reprendre "
            "depuis le début pour quelqu'un d'autre.",
            "La charte de la rédaction",
        ),
        h2("L'équipe"),
        p(
            "Cinq journalistes signent l'essentiel des articles ; leur biographie se trouve sur "
            "leur page d'auteur, à un clic de chaque signature. Une question, une correction, "
            "une idée de sujet ? La page «\u00a0Contact\u00a0» dit comment nous joindre.",
        ),
    ),
)

LEGAL_NOTICE = DemoInformationPage(
    slug="mentions-legales",
    title="Mentions légales",
    introduction=(
        "Les informations que la loi demande à toute publication en ligne : qui édite le "
        "magazine, qui en répond et qui l'héberge."
    ),
    show_legal_details=True,
    body=(
        h2("Un site de démonstration"),
        p(
            "Ce site présente le fonctionnement du magazine avec des contenus d'exemple. "
            "L'éditeur, l'hébergeur, leurs adresses et leurs numéros de téléphone ci-dessus "
            "sont fictifs.",
        ),
        h2("Propriété intellectuelle"),
        p(
            "Les textes, photographies, illustrations et vidéos publiés sur ce site "
            "appartiennent à leurs auteurs ou au magazine. Vous pouvez citer un court extrait "
            "en nommant la source et en renvoyant à l'article ; toute autre reproduction "
            "demande notre accord écrit.",
        ),
        h2("Liens vers d'autres sites"),
        p(
            "Nos articles renvoient parfois vers des sites que nous ne contrôlons pas. Nous "
            "vérifions ces liens au moment de publier, mais nous ne répondons pas de ce que "
            "ces sites deviennent ensuite.",
        ),
        h2("Droit de réponse"),
        p(
            "Toute personne nommée ou désignée dans un article peut demander l'insertion "
            "d'une réponse en écrivant au directeur ou à la directrice de la publication, à "
            "l'adresse de contact ci-dessus, dans les trois mois qui suivent la publication.",
        ),
    ),
)

PRIVACY = DemoInformationPage(
    slug="confidentialite",
    title="Confidentialité",
    introduction=(
        "Ce que le magazine sait de vous quand vous le lisez ou le commentez, ce qu'il en "
        "fait, et comment exercer vos droits."
    ),
    body=(
        h2("Quand vous lisez le magazine"),
        p(
            "Nous ne déposons aucun cookie de mesure d'audience ni de publicité, et nos pages "
            "ne chargent aucun script d'un autre site : les boutons de partage sont de simples "
            "liens, qui ne transmettent rien tant que vous ne cliquez pas.",
            "Comme tout serveur web, le nôtre note dans ses journaux l'adresse IP, la page "
            "demandée et l'heure de chaque requête. Ces journaux servent uniquement à la "
            "sécurité du site et ne sont pas conservés au-delà d'un mois.",
        ),
        h2("Quand vous commentez un article"),
        p(
            "Pour commenter, nous vous demandons un nom, une adresse électronique et, si vous "
            "le souhaitez, l'adresse de votre site. Votre adresse électronique n'est jamais "
            "affichée : elle sert à la modération et à vous répondre si besoin. Le nom, le "
            "site et le texte sont publiés sous l'article une fois le commentaire approuvé.",
        ),
        h2("Vos droits"),
        ul(
            "Le règlement général sur la protection des données (RGPD) vous permet :",
            "d'obtenir les données qui vous concernent ;",
            "de les faire corriger ou effacer ;",
            "de vous opposer à leur utilisation ou d'en demander la limitation.",
        ),
        p(
            f"Écrivez-nous à {a('mailto:' + CONTACT_EMAIL, CONTACT_EMAIL)} : nous répondons "
            "dans un délai d'un mois. Si notre réponse ne vous satisfait pas, vous pouvez "
            f"adresser une réclamation à la {a('https://www.cnil.fr', 'CNIL')}.",
        ),
    ),
)

CONTACT = DemoInformationPage(
    slug="contact",
    title="Contact",
    introduction=(
        "Une question sur un article, une erreur à signaler, une idée de sujet : la rédaction "
        "lit tous les messages."
    ),
    body=(
        h2("Écrire à la rédaction"),
        p(
            f"Le plus simple est de nous écrire à {a('mailto:' + CONTACT_EMAIL, CONTACT_EMAIL)}. "
            "Indiquez l'adresse de l'article dont vous parlez : nous vous répondrons plus vite.",
        ),
        h2("Signaler une erreur"),
        p(
            "Une erreur de fait dans un article ? Dites-nous laquelle et, si vous le pouvez, "
            "d'où vient l'information exacte. Une fois vérifiée, la correction est faite dans "
            "l'article et signalée à sa fin.",
        ),
        h2("Proposer un sujet ou un produit à tester"),
        p(
            "Fabricants, éditeurs et studios peuvent nous présenter leurs nouveautés à la même "
            "adresse. Nous choisissons seuls ce que nous testons, et un prêt ne garantit ni un "
            "article ni un avis favorable.",
        ),
    ),
)

PROTOCOL = DemoInformationPage(
    slug="notre-protocole-de-test",
    title="Notre protocole de test",
    introduction=(
        "Comment la rédaction teste les jeux et le matériel, et ce que veulent dire nos notes."
    ),
    body=(
        h2("Le temps qu'il faut"),
        p(
            "Un jeu est joué jusqu'à sa fin, ou pendant au moins vingt heures pour ceux qui "
            "n'en ont pas. Un appareil est utilisé au quotidien pendant deux semaines au "
            "minimum avant que son test soit écrit.",
            "Chaque test indique la plateforme ou la configuration utilisée, et la version du "
            "jeu ou du logiciel : un correctif peut changer l'expérience.",
        ),
        h2("Nos mesures"),
        ul(
            "Pour le matériel, nous mesurons nous-mêmes :",
            "l'autonomie, en usage mixte et en lecture vidéo en boucle ;",
            "la luminosité et la fidélité des couleurs des écrans, à la sonde ;",
            "le bruit et la température sous une charge constante.",
        ),
        h2("Nos notes"),
        p(
            "Nous notons sur 10, par demi-points. Le mot qui accompagne la note vaut autant "
            "qu'elle : « Correct » à partir de 5,5, « Bon » à partir de 7, « Très bon » à "
            "partir de 8, « Excellent » à partir de 9. Un appareil prêté par son fabricant "
            "est toujours signalé, et rendu après le test.",
        ),
    ),
)

PAGES: tuple[DemoInformationPage, ...] = (ABOUT, LEGAL_NOTICE, PRIVACY, CONTACT, PROTOCOL)
