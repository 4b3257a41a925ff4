"""Blocks for the reader's comfort: a spoiler hidden until opened, a game's accessibility."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

# A spoiler is a passage of prose: no lists or headings to hide in it.
SPOILER_FEATURES = ["bold", "italic", "link"]


class SpoilerBlock(blocks.StructBlock):
    """Text hidden until the reader opens it: a <details> element, no JavaScript."""

    summary = blocks.CharBlock(
        label=_("Avertissement"),
        max_length=120,
        default="Attention, divulgâcheur : cliquez pour lire",
        help_text=_("Ce que le lecteur voit avant d'ouvrir le passage."),
    )
    body = blocks.RichTextBlock(
        label=_("Passage caché"),
        features=SPOILER_FEATURES,
        help_text=_("Le texte qui révèle l'intrigue, caché jusqu'à ce qu'on l'ouvre."),
    )

    class Meta:
        icon = "view"
        label = _("Divulgâcheur")
        template = "blocks/spoiler.html"
        help_text = _("Un passage caché qui dévoile l'intrigue ; le lecteur l'ouvre s'il le veut.")
        preview_value = {
            "summary": "Attention, divulgâcheur : cliquez pour lire",
            "body": "<p>Le mentor était le véritable antagoniste depuis le début.</p>",
        }
        description = _("Un passage masqué qui révèle l'intrigue, ouvert d'un clic.")


SUPPORT_CHOICES = [("yes", _("Oui")), ("partial", _("En partie")), ("no", _("Non"))]


def support(label: str) -> blocks.ChoiceBlock:
    """A feature of the checklist: offered, partly, or not; empty when not checked."""
    return blocks.ChoiceBlock(
        choices=SUPPORT_CHOICES,
        required=False,
        label=label,
        help_text=_("Laissez vide si ce point n'a pas été vérifié."),
    )


class AccessibilityValue(blocks.StructValue):
    """The checklist, ready to print."""

    @property
    def rows(self) -> list[tuple[str, str, str]]:
        """(feature, support key, support word) of each feature checked, in the block's order."""
        words = dict(SUPPORT_CHOICES)
        return [
            (block.label, self[name], words[self[name]])
            for name, block in self.block.child_blocks.items()
            if name != "notes" and self.get(name)
        ]


class AccessibilityBlock(blocks.StructBlock):
    """A game's accessibility options as a checklist, each feature yes, partly or no."""

    subtitles = support(_("Sous-titres"))
    subtitle_size = support(_("Taille des sous-titres réglable"))
    remapping = support(_("Commandes reconfigurables"))
    difficulty = support(_("Options de difficulté"))
    colour_blind = support(_("Modes daltoniens"))
    screen_reader = support(_("Menus lus à voix haute"))
    one_handed = support(_("Jouable d'une main"))
    notes = blocks.TextBlock(
        label=_("Précisions"),
        required=False,
        help_text=_("Ce qui mérite d'être dit en plus, par exemple les modes d'assistance."),
    )

    class Meta:
        icon = "tasks"
        label = _("Accessibilité")
        template = "blocks/accessibility.html"
        value_class = AccessibilityValue
        help_text = _("Les options d'accessibilité du jeu, vérifiées pendant le test.")
        preview_value = {
            "subtitles": "yes",
            "subtitle_size": "partial",
            "remapping": "yes",
            "difficulty": "yes",
            "colour_blind": "no",
            "notes": "Un mode d'assistance à la visée s'active à tout moment.",
        }
        description = _("La liste des options d'accessibilité d'un jeu testé.")
