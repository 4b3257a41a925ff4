"""The comment form readers fill under an article, or under a comment to reply to it."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from magazine.articles.models import ArticlePage

from .models import Comment, normalize_email
from .spam import Stamp, check_stamp, form_stamp, renewed_stamp

# Control characters, and the ones that reverse the direction of text (a name that reads
# backwards in the moderation list); line breaks and tabs are allowed in the text only.
NAME_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069<>]")
TEXT_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

STAMP_MESSAGES = {
    Stamp.TOO_FAST: _(
        "Votre commentaire est parti très vite : relisez-le, puis envoyez-le de nouveau."
    ),
    Stamp.TOO_OLD: _(
        "Cette page est ouverte depuis longtemps : votre texte est conservé ci-dessous, "
        "envoyez-le de nouveau."
    ),
    Stamp.INVALID: _(
        "Le formulaire n'a pas pu être vérifié : votre texte est conservé ci-dessous, "
        "envoyez-le de nouveau."
    ),
}


class CommentForm(forms.Form):
    """A reader's comment on `article`, or a reply to one of its comments (`parent`).

    Labels and messages are the reader's; `url` is a trap for robots, hidden from people by
    the stylesheet, and `stamp` the time trap's (see spam.py).
    """

    name = forms.CharField(label=_("Nom"), max_length=60)
    email = forms.EmailField(
        label=_("Adresse e-mail"),
        max_length=254,
        help_text=_("Votre adresse e-mail ne sera pas publiée."),
        error_messages={"invalid": _("Saisissez une adresse e-mail valide, comme nom@exemple.fr.")},
    )
    website = forms.URLField(
        label=_("Site web"),
        required=False,
        max_length=200,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
    )
    body = forms.CharField(label=_("Commentaire"), max_length=4000, widget=forms.Textarea)
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    url = forms.CharField(label=_("Laissez ce champ vide"), required=False, max_length=200)
    stamp = forms.CharField(
        widget=forms.HiddenInput,
        max_length=200,
        error_messages={"required": STAMP_MESSAGES[Stamp.INVALID]},
    )

    def __init__(self, article: ArticlePage, *args, **kwargs) -> None:
        kwargs.setdefault("auto_id", "champ-%s")
        super().__init__(*args, **kwargs)
        self.article = article
        self.stamp_state: Stamp | None = None
        if not self.is_bound:
            self.initial["stamp"] = form_stamp(article.pk)
        self.fields["body"].widget.attrs["rows"] = 6
        self.fields["url"].widget.attrs.update(autocomplete="off", tabindex="-1")
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs["autocomplete"] = "url"

    def clean_name(self) -> str:
        name = self.cleaned_data["name"]
        if NAME_FORBIDDEN.search(name):
            raise ValidationError(
                _("Le nom ne peut contenir ni caractère de contrôle, ni « < » ou « > »."),
                code="forbidden",
            )
        return name

    def clean_website(self) -> str:
        website = self.cleaned_data["website"]
        if TEXT_FORBIDDEN.search(website) or "\n" in website:
            raise ValidationError(_("Saisissez une adresse web valide."), code="invalid")
        return website

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].replace("\r\n", "\n").replace("\r", "\n")
        if TEXT_FORBIDDEN.search(body):
            raise ValidationError(
                _("Le commentaire contient des caractères invisibles : retirez-les."),
                code="forbidden",
            )
        return body

    def clean_url(self) -> str:
        if self.cleaned_data["url"]:
            raise ValidationError(
                _(
                    "Votre envoi ressemble à celui d'un robot : relisez votre commentaire, "
                    "puis envoyez-le de nouveau."
                ),
                code="trap",
            )
        return ""

    def clean_parent(self) -> Comment | None:
        """The comment answered: an approved comment of this article, not itself a reply."""
        parent_id = self.cleaned_data["parent"]
        if parent_id is None:
            return None
        parent = (
            Comment.objects.approved()
            .filter(pk=parent_id, article=self.article, parent__isnull=True)
            .first()
        )
        if parent is None:
            raise ValidationError(
                _("On ne peut répondre qu'à un commentaire publié, qui n'est pas une réponse."),
                code="parent",
            )
        return parent

    def clean_stamp(self) -> str:
        stamp = self.cleaned_data["stamp"]
        self.stamp_state = check_stamp(stamp, self.article.pk)
        if self.stamp_state is not Stamp.GOOD:
            raise ValidationError(STAMP_MESSAGES[self.stamp_state], code="stamp")
        return stamp

    def prepare_to_send_again(self) -> None:
        """Make a refused form one its reader can send back as it is.

        The trap is emptied (a person cannot see it to empty it), and the stamp renewed
        unless it was good or only too recent.
        """
        if not self.is_bound:
            return
        self.data = self.data.copy()
        self.data["url"] = ""
        if self.stamp_state in (None, Stamp.TOO_OLD, Stamp.INVALID):
            self.data["stamp"] = renewed_stamp(self.article.pk)

    def build_comment(self) -> Comment:
        """Return the (unsaved) comment the form describes."""
        data = self.cleaned_data
        return Comment(
            article=self.article,
            parent=data["parent"],
            name=data["name"],
            email=normalize_email(data["email"]),
            website=data["website"],
            body=data["body"],
        )
