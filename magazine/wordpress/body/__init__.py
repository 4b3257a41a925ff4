"""A WordPress post's HTML (classic editor, shortcodes or Gutenberg) as an article body.

The body is our StreamField's raw data, never raw HTML: headings, paragraphs of rich text
sanitised to the editor's features, numbered points, images, quotes, embeds and a
conclusion, in reading order. What has no block of its own is kept as text, with a warning
naming it. The result follows the body's rules (magazine/articles/blocks.py): repairs are
made and reported, never refused.

Shortcodes and bare text are made HTML (`shortcodes`), the HTML is read into units
(`reader`, which asks `gutenberg` about block comments), numbered runs and the conclusion
are found (`structure`), and the units become blocks (`assembly`).
"""

from .assembly import as_blocks, convert_body
from .units import Body, FoundImage, ImageRef, ImageResolver

__all__ = ["Body", "FoundImage", "ImageRef", "ImageResolver", "as_blocks", "convert_body"]
