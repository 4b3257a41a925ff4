"""The body's image block takes Wagtail's ImageBlock: alt text required unless decorative.

Stored image blocks move from {"image": id, "alt": override, ...} to
{"image": {"image": id, "alt_text": override, "decorative": false}, ...}, in pages and in
their revisions. An empty override stays empty: the block then prints the image's own
alt text, and the editor is asked for one at the next save.
"""

import wagtail.fields
from django.db import migrations
from wagtail.blocks.migrations.migrate_operation import MigrateStreamData
from wagtail.blocks.migrations.operations import BaseBlockOperation


class ImageToImageBlockOperation(BaseBlockOperation):
    """Nest an image block's image id and alt override in an ImageBlock value."""

    def apply(self, block_value):
        if isinstance(block_value.get("image"), dict):
            return block_value
        value = dict(block_value)
        value["image"] = {
            "image": value.pop("image", None),
            "alt_text": value.pop("alt", "") or "",
            "decorative": False,
        }
        return value

    @property
    def operation_name_fragment(self):
        return "image_to_image_block"


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0002_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='articlepage',
            name='body',
            field=wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('numbered_points', 4), ('image', 8), ('quote', 11), ('embed', 12), ('conclusion', 15)], block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'Le titre de la section, tel que le lecteur le verra.', 'label': 'Texte', 'max_length': 200}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Titre de section (h2)'), ('h3', 'Sous-titre (h3)')], 'help_text': 'h2 pour une section, h3 pour une sous-partie de la section précédente.', 'label': 'Niveau'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('magazine.articles.blocks.ParagraphBlock', (), {}), 4: ('magazine.articles.blocks.NumberedPointsBlock', (), {}), 5: ('wagtail.images.blocks.ImageBlock', [], {'help_text': "L'image, et son texte alternatif : il décrit l'image pour qui ne la voit pas. Cochez « décorative » seulement si elle n'apporte rien au texte.", 'label': 'Image'}), 6: ('wagtail.blocks.CharBlock', (), {'help_text': "Affichée sous l'image.", 'label': 'Légende', 'max_length': 300, 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'help_text': "Auteur ou source de l'image, par exemple « Photo : Jeanne Dupont ».", 'label': 'Crédit', 'max_length': 120, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 5), ('caption', 6), ('credit', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'help_text': 'Le texte cité, sans guillemets.', 'label': 'Citation'}), 10: ('wagtail.blocks.CharBlock', (), {'help_text': 'Qui parle, par exemple « Marie Curie, physicienne ».', 'label': 'Attribution', 'max_length': 200, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('magazine.articles.blocks.ArticleEmbedBlock', (), {}), 13: ('wagtail.blocks.CharBlock', (), {'default': 'Conclusion', 'help_text': 'Le titre de la conclusion ; « Conclusion » par défaut.', 'label': 'Titre', 'max_length': 200}), 14: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'help_text': 'Le texte de la conclusion.', 'label': 'Texte'}), 15: ('wagtail.blocks.StructBlock', [[('title', 13), ('body', 14)]], {})}, help_text="Le corps de l'article : intertitres, paragraphes, points numérotés, images, citations, contenus intégrés et une conclusion en dernier.", verbose_name="corps de l'article"),
        ),
        MigrateStreamData(
            app_name="articles",
            model_name="ArticlePage",
            field_name="body",
            operations_and_block_paths=[(ImageToImageBlockOperation(), "image")],
        ),
    ]
