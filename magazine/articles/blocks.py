"""StreamField blocks of an article body, named as in the product brief."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

from .reader_blocks import AccessibilityBlock, SpoilerBlock
from .review_blocks import GameSheetBlock, ProductSheetBlock, ReviewBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading (h2 or h3); its anchor is derived from the text when rendered."""

    text = blocks.CharBlock(
        label=_("Texte"),
        max_length=200,
        help_text=_("Le titre de la section, tel que le lecteur le verra."),
    )
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Titre de section (h2)")), ("h3", _("Sous-titre (h3)"))],
        default="h2",
        help_text=_("h2 pour une section, h3 pour une sous-partie de la section précédente."),
    )

    def clean(self, value):
        # A draft may keep an empty heading (Wagtail defers required fields for drafts).
        if not self.is_deferred_validation and not (value.get("text") or "").strip():
            raise StructBlockValidationError(
                block_errors={"text": ValidationError(_("Un intertitre doit avoir un texte."))}
            )
        return super().clean(value)

    class Meta:
        icon = "title"
        label = _("Intertitre")
        template = "blocks/heading.html"
        help_text = _("Un intertitre ; il apparaît aussi dans le sommaire de l'article.")
        preview_value = {"text": "Ce que change la nouvelle génération", "level": "h2"}
        description = _("Un intertitre de section (h2) ou de sous-partie (h3).")


class ParagraphBlock(blocks.RichTextBlock):
    """A run of rich text: bold, italic, links and lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraphe")
        template = "blocks/paragraph.html"
        help_text = _("Du texte : gras, italique, liens et listes.")
        preview_value = (
            "<p>Un paragraphe d'article avec du <b>gras</b>, de l'<i>italique</i> "
            "et un <a href='https://example.org'>lien</a>.</p>"
        )
        description = _("Un ou plusieurs paragraphes de texte enrichi.")


class NumberedPointBlock(blocks.StructBlock):
    """One point of a numbered list: a title and its explanation."""

    title = blocks.CharBlock(
        label=_("Titre du point"),
        max_length=200,
        help_text=_("Le titre du point, sans numéro : la numérotation est automatique."),
    )
    body = blocks.RichTextBlock(
        label=_("Texte"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("L'explication du point."),
    )

    def clean(self, value):
        if not self.is_deferred_validation and not (value.get("title") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "title": ValidationError(_("Chaque point numéroté doit avoir un titre."))
                }
            )
        return super().clean(value)

    class Meta:
        icon = "list-ol"
        label = _("Point")


class NumberedPointsBlock(blocks.ListBlock):
    """An ordered list of points, rendered as a semantic <ol>; numbers are never typed."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_num", 1)
        super().__init__(NumberedPointBlock(), **kwargs)

    def get_context(self, value, parent_context=None) -> dict:
        """Add `points`: (point, anchor) pairs, from the article's outline when it gives them.

        Rendered alone (the editor's preview), the points have no anchor.
        """
        context = super().get_context(value, parent_context=parent_context)
        context["points"] = context.get("points") or [(point, None) for point in value]
        return context

    class Meta:
        icon = "list-ol"
        label = _("Points numérotés")
        template = "blocks/numbered_points.html"
        help_text = _(
            "Une liste de points numérotés automatiquement ; chaque point a un titre "
            "et apparaît dans le sommaire."
        )
        preview_value = [
            {"title": "Un premier point", "body": "<p>Ce qu'il faut en retenir.</p>"},
            {"title": "Un deuxième point", "body": "<p>Et la suite du raisonnement.</p>"},
        ]
        description = _("Une liste ordonnée de points, chacun avec un titre et un texte.")


class ArticleImageValue(blocks.StructValue):
    """An article image that knows the alt text to print."""

    @property
    def alt(self) -> str:
        """Empty for a decorative image; else the editor's alt text, or the image's own."""
        image = self.get("image")
        if image is None or image.decorative:
            return ""
        return image.contextual_alt_text or image.default_alt_text


class ArticleImageBlock(blocks.StructBlock):
    """An image inside the article, with its alt text (Wagtail's ImageBlock), caption and credit."""

    image = ImageBlock(
        label=_("Image"),
        help_text=_(
            "L'image, et son texte alternatif : il décrit l'image pour qui ne la voit pas. "
            "Cochez « décorative » seulement si elle n'apporte rien au texte."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Légende"), required=False, max_length=300, help_text=_("Affichée sous l'image.")
    )
    credit = blocks.CharBlock(
        label=_("Crédit"),
        required=False,
        max_length=120,
        help_text=_("Auteur ou source de l'image, par exemple « Photo : Jeanne Dupont »."),
    )

    def get_preview_value(self) -> ArticleImageValue:
        """The library's latest image, captioned, so the block chooser shows a real one."""
        image = get_image_model().objects.order_by("-created_at").first()
        return self.normalize(
            {
                "image": {"image": image, "decorative": False, "alt_text": ""},
                "caption": "Une légende sous l'image",
                "credit": "Photo : la rédaction",
            }
        )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        value_class = ArticleImageValue
        help_text = _("Une image avec sa légende et son crédit.")
        description = _("Une image dans le corps de l'article, avec sa légende et son crédit.")


class QuoteBlock(blocks.StructBlock):
    """A pulled quote and who said it."""

    text = blocks.TextBlock(label=_("Citation"), help_text=_("Le texte cité, sans guillemets."))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=200,
        help_text=_("Qui parle, par exemple « Marie Curie, physicienne »."),
    )

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "blocks/quote.html"
        help_text = _("Une citation mise en avant, avec son auteur.")
        preview_value = {
            "text": "La meilleure façon de prédire l'avenir, c'est de le construire.",
            "attribution": "Une ingénieure",
        }
        description = _("Une citation mise en avant.")


class ArticleEmbedBlock(EmbedBlock):
    """An oEmbed URL of a video player (EMBED_PROVIDERS); any other address, a plain link."""

    class Meta:
        icon = "media"
        label = _("Contenu intégré")
        template = "blocks/embed.html"
        help_text = _(
            "L'adresse d'une vidéo YouTube ou Vimeo ; une autre adresse s'affiche comme un lien."
        )
        preview_value = "https://www.youtube.com/watch?v=jNQXAC9IVRw"
        description = _("Une vidéo ou une publication intégrée depuis son adresse.")


class ConclusionBlock(blocks.StructBlock):
    """The article's closing section: at most one, and always last."""

    title = blocks.CharBlock(
        label=_("Titre"),
        default="Conclusion",
        max_length=200,
        help_text=_("Le titre de la conclusion ; « Conclusion » par défaut."),
    )
    body = blocks.RichTextBlock(
        label=_("Texte"), features=RICH_TEXT_FEATURES, help_text=_("Le texte de la conclusion.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Conclusion")
        template = "blocks/conclusion.html"
        help_text = _("La conclusion de l'article : une seule, placée en dernier.")
        preview_value = {
            "title": "Conclusion",
            "body": "<p>Ce qu'il faut retenir de tout cela, en quelques lignes.</p>",
        }
        description = _("La section finale de l'article.")


def heading_order_errors(children) -> dict[int, ValidationError]:
    """Return, by index, an error for each h3 heading that comes before the first h2."""
    errors = {}
    for index, child in enumerate(children):
        if child.block_type != "heading":
            continue
        if child.value["level"] == "h2":
            break
        errors[index] = ValidationError(
            _("Un sous-titre (h3) ne peut pas précéder le premier titre de section (h2).")
        )
    return errors


def structure_errors(children) -> dict[int, ValidationError]:
    """Return, by index, the body's structural errors: heading order, one conclusion, last,
    one test box."""
    errors = heading_order_errors(children)
    reviews = [i for i, child in enumerate(children) if child.block_type == "review"]
    for index in reviews[1:]:
        errors[index] = ValidationError(_("Un article n'a qu'un seul encadré de test."))
    conclusions = [i for i, child in enumerate(children) if child.block_type == "conclusion"]
    for index in conclusions[1:]:
        errors[index] = ValidationError(_("Un article n'a qu'une seule conclusion."))
    after_first = children[conclusions[0] + 1 :] if conclusions else []
    if any(child.block_type != "conclusion" for child in after_first):
        errors.setdefault(
            conclusions[0],
            ValidationError(_("La conclusion doit être le dernier bloc de l'article.")),
        )
    return errors


def with_rule(error: ValidationError, rule: ValidationError) -> ValidationError:
    """Return the block's own `error` carrying the structural `rule` as well."""
    # Struct, list and stream errors hold messages about the block itself apart from those
    # about its fields; the editor shows them above the block.
    if hasattr(error, "non_block_errors"):
        error.non_block_errors.append(rule)
        return error
    return ValidationError([error, rule])


class ArticleBodyBlock(blocks.StreamBlock):
    """The body of an article, with the brief's block names and its structural rules."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    numbered_points = NumberedPointsBlock()
    image = ArticleImageBlock()
    quote = QuoteBlock()
    embed = ArticleEmbedBlock()
    review = ReviewBlock()
    game_sheet = GameSheetBlock()
    product_sheet = ProductSheetBlock()
    spoiler = SpoilerBlock()
    accessibility = AccessibilityBlock()
    conclusion = ConclusionBlock()

    def clean(self, value):
        """Return the cleaned body, or raise every error at once, each at its block.

        The structural rules wait for publishing (or a submission for review): Wagtail
        defers validation when an editor saves a draft, and a draft saves whatever its order.
        """
        if self.is_deferred_validation:
            return super().clean(value)
        # Checked on the posted blocks, not on the cleaned ones: StreamBlock.clean() raises
        # on the first block error, and the editor would then meet the rules one at a time.
        errors = structure_errors(value)
        try:
            cleaned = super().clean(value)
        except StreamBlockValidationError as error:
            for index, rule in errors.items():
                own = error.block_errors.get(index)
                error.block_errors[index] = rule if own is None else with_rule(own, rule)
            raise
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return cleaned


def body_error_messages(error: ValidationError) -> list[str]:
    """Return the distinct messages of a (nested) block validation error, in order."""
    found: list[str] = []
    pending: list = [error]
    while pending:
        current = pending.pop(0)
        if isinstance(current, str):
            messages = [current]
        else:
            nested = getattr(current, "block_errors", None) or {}
            non_block = getattr(current, "non_block_errors", None) or []
            pending.extend(nested.values() if isinstance(nested, dict) else nested)
            pending.extend(non_block.as_data() if hasattr(non_block, "as_data") else non_block)
            messages = [] if nested or non_block else current.messages
        found.extend(message for message in messages if message not in found)
    return found
