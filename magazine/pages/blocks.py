"""The StreamField body of an information page, made of the article's own blocks."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError

from magazine.articles.blocks import (
    ArticleImageBlock,
    HeadingBlock,
    ParagraphBlock,
    QuoteBlock,
    heading_order_errors,
)


class InformationBodyBlock(blocks.StreamBlock):
    """The body of a fixed page: headings, paragraphs, images and quotes.

    The article blocks are reused as they are, so both kinds of page print the same markup;
    only the help texts that speak of an article are reworded.
    """

    heading = HeadingBlock(help_text=_("Un intertitre qui ouvre une section de la page."))
    paragraph = ParagraphBlock()
    image = ArticleImageBlock(description=_("Une image dans le corps de la page."))
    quote = QuoteBlock()

    def clean(self, value):
        cleaned = super().clean(value)
        errors = heading_order_errors(cleaned)
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return cleaned
