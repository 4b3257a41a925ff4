"""Admin set-up of the articles app: page slugs as the editor types them."""

from django.db import models

from wagtail.admin.forms.models import register_form_field_override

from .slugs import slug_form_field

# Replaces Wagtail's own options for slug fields (its widget alone), for every admin form.
register_form_field_override(models.SlugField, override=slug_form_field)
