"""Blocks of tests and data sheets: the test box, a game's sheet and a product's sheet.

They choose games, products and rating scales (snippets of magazine/reviews, named here by
their model's label: that app stands on this one, as authors do). `subject_refs()` reads
what a body talks about from its stored data, without a query, for the article's cache tags
and the hubs' relation.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from magazine.cache.tags import game_tag, product_tag

GAME = "reviews.Game"
PRODUCT = "reviews.Product"
SCALE = "reviews.RatingScale"
SUBJECT_BLOCKS = {"review": "review", "game_sheet": "sheet", "product_sheet": "sheet"}


def example_game(model):
    """A game not saved, for the block chooser's previews before the first game exists."""
    return model(title="Un jeu d'exemple", slug="exemple", developer="Studio", publisher="Éditeur")


class ReviewValue(blocks.StructValue):
    """A test box that knows its item, its score as readers write it and its word."""

    @property
    def item(self):
        """The tested game or product."""
        return self.get("game") or self.get("product")

    @property
    def has_score(self) -> bool:
        return self.get("score") is not None and self.get("scale") is not None

    @property
    def score_value(self) -> str:
        """The score for machines (a <data> element's value): « 8.5 »."""
        return format(self["score"].normalize(), "f") if self.has_score else ""

    @property
    def score_text(self) -> str:
        """« 8,5 », never « 8.50 »."""
        return self.score_value.replace(".", ",")

    @property
    def maximum_text(self) -> str:
        scale = self.get("scale")
        return format(scale.maximum.normalize(), "f").replace(".", ",") if scale else ""

    @property
    def label(self) -> str:
        """The scale's word for the score (« Excellent »), as editors set it."""
        return self["scale"].label_for(self["score"]) if self.has_score else ""


class ReviewBlock(blocks.StructBlock):
    """The test box: the item tested, its score on a scale, pros and cons, the verdict."""

    game = SnippetChooserBlock(
        GAME, label=_("Jeu testé"), required=False, help_text=_("Un jeu, ou bien un produit.")
    )
    product = SnippetChooserBlock(
        PRODUCT,
        label=_("Produit testé"),
        required=False,
        help_text=_("Un produit, ou bien un jeu."),
    )
    scale = SnippetChooserBlock(
        SCALE,
        label=_("Barème"),
        required=False,
        help_text=_("Le barème de la note ; son appréciation (« Excellent »…) s'affiche."),
    )
    score = blocks.DecimalBlock(
        label=_("Note"),
        required=False,
        help_text=_("Facultative : certains tests n'ont pas de note."),
    )
    pros = blocks.ListBlock(
        blocks.CharBlock(label=_("Point fort"), max_length=200),
        label=_("Les plus"),
        default=[],
        help_text=_("Un point fort par ligne."),
    )
    cons = blocks.ListBlock(
        blocks.CharBlock(label=_("Point faible"), max_length=200),
        label=_("Les moins"),
        default=[],
        help_text=_("Un point faible par ligne."),
    )
    verdict = blocks.TextBlock(
        label=_("Verdict"), help_text=_("Le verdict en quelques phrases, sans mise en forme.")
    )
    tested_on = blocks.CharBlock(
        label=_("Testé sur"),
        required=False,
        max_length=200,
        help_text=_("La plateforme ou la configuration, et la version, par exemple « PS5, 1.02 »."),
    )
    protocol = blocks.PageChooserBlock(
        page_type="pages.InformationPage",
        label=_("Notre protocole de test"),
        required=False,
        help_text=_("La page qui explique comment la rédaction teste."),
    )

    def clean(self, value):
        cleaned = super().clean(value)
        if self.is_deferred_validation:
            return cleaned
        errors = {}
        if bool(cleaned.get("game")) == bool(cleaned.get("product")):
            message = _("Choisissez le jeu ou le produit testé, un seul des deux.")
            errors["game"] = errors["product"] = ValidationError(message)
        score, scale = cleaned.get("score"), cleaned.get("scale")
        if score is not None and scale is None:
            errors["scale"] = ValidationError(_("Une note se donne sur un barème : choisissez-le."))
        elif score is not None and (problem := scale.score_error(score)):
            errors["score"] = ValidationError(problem)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned

    def get_preview_value(self) -> ReviewValue:
        """A test of the latest game, scored on the first scale, when there are some."""
        games = self.child_blocks["game"].target_model
        game = games.objects.order_by("-pk").first() or example_game(games)
        scale = self.child_blocks["scale"].target_model.objects.first()
        return self.normalize(
            {
                "game": game,
                "scale": scale,
                "score": Decimal(8) if scale and scale.maximum >= 8 else None,
                "pros": ["Une direction artistique superbe", "Des combats nerveux"],
                "cons": ["Une fin expédiée"],
                "verdict": "Une aventure généreuse, qu'on quitte à regret.",
                "tested_on": "PC",
            }
        )

    class Meta:
        icon = "pick"
        label = _("Test")
        template = "blocks/review.html"
        value_class = ReviewValue
        help_text = _(
            "L'encadré du test : note, points forts et faibles, verdict. Un seul par article."
        )
        description = _("L'encadré d'un test : la note, les plus, les moins et le verdict.")


class GameSheetBlock(SnippetChooserBlock):
    """A game's data sheet, with a link to its hub."""

    def __init__(self, **kwargs) -> None:
        super().__init__(GAME, **kwargs)

    def get_preview_value(self):
        """The latest game, or an example not saved when there is none yet."""
        return self.target_model.objects.order_by("-pk").first() or example_game(self.target_model)

    class Meta:
        icon = "clipboard-list"
        label = _("Fiche de jeu")
        template = "blocks/game_sheet.html"
        help_text = _("La fiche du jeu : plateformes, dates de sortie, PEGI…")
        description = _("La fiche technique d'un jeu, avec un lien vers sa page.")


class ProductSheetBlock(SnippetChooserBlock):
    """A product's data sheet, with a link to its hub."""

    def __init__(self, **kwargs) -> None:
        super().__init__(PRODUCT, **kwargs)

    def get_preview_value(self):
        """The latest product, or an example not saved when there is none yet."""
        latest = self.target_model.objects.order_by("-pk").first()
        return latest or self.target_model(
            brand="Marque", name="Modèle d'exemple", slug="exemple", launch_price=Decimal(499)
        )

    class Meta:
        icon = "clipboard-list"
        label = _("Fiche produit")
        template = "blocks/product_sheet.html"
        help_text = _("La fiche du produit : prix, date de lancement, caractéristiques.")
        description = _("La fiche technique d'un produit, avec un lien vers sa page.")


@dataclass(frozen=True)
class SubjectRef:
    """A game or product a body shows, as its stored data names it."""

    role: str
    game_id: int | None = None
    product_id: int | None = None
    scale_id: int | None = None
    score: Decimal | None = None

    @property
    def cache_tag(self) -> str:
        return game_tag(self.game_id) if self.game_id else product_tag(self.product_id)


def stored_score(value) -> Decimal | None:
    """A score as the body stores it (a string, a number or nothing)."""
    try:
        return None if value in (None, "") else Decimal(str(value))
    except InvalidOperation:
        return None


def subject_refs(raw_data) -> list[SubjectRef]:
    """The games and products a body's stored data shows, in order (no query)."""
    refs = []
    for block in raw_data:
        role = SUBJECT_BLOCKS.get(block.get("type"))
        value = block.get("value")
        if role is None or not value:
            continue
        if block["type"] == "game_sheet":
            refs.append(SubjectRef(role, game_id=value))
        elif block["type"] == "product_sheet":
            refs.append(SubjectRef(role, product_id=value))
        elif value.get("game") or value.get("product"):
            refs.append(
                SubjectRef(
                    role,
                    game_id=value.get("game") or None,
                    product_id=None if value.get("game") else value.get("product"),
                    scale_id=value.get("scale") or None,
                    score=stored_score(value.get("score")),
                )
            )
    return refs
