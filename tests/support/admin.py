"""Driving the Wagtail admin as an editor does: its forms, its refusals, its listings."""

from django.contrib.auth.models import Group
from django.http import HttpResponse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from .html import soup

PASSWORD = "mot-de-passe-de-test"  # noqa: S105 -- test accounts only
# What Wagtail's admin says to a user who lacks a permission, after taking them back to the
# dashboard (a 403 answers only its XHR requests).
REFUSAL = "vous n'avez pas les autorisations pour accéder à cette zone"


def member(django_user_model, username: str, first_name: str, group: str):
    """Return a new user with an e-mail address, in the role's group."""
    user = django_user_model.objects.create_user(
        username=username,
        email=f"{username}@magazine.example",
        password=PASSWORD,
        first_name=first_name,
        last_name="Test",
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def article_form(author_id: int, title: str = "Les consoles portables", **fields: str) -> dict:
    """Return the admin form of a small valid article signed by the author given."""
    return nested_form_data(
        {
            "title": title,
            "slug": fields.pop("slug", "consoles-portables"),
            "standfirst": "Elles reviennent en force. Voici pourquoi.",
            "authors": inline_formset([{"author": str(author_id)}], min=1),
            "subjects": inline_formset([]),
            "updates": inline_formset([]),
            "related_articles": inline_formset([], max=4),
            "tags": "",
            "body": streamfield(
                [
                    ("heading", {"text": "Un marché qui renaît", "level": "h2"}),
                    ("paragraph", rich_text("<p>Le jeu nomade revient.</p>")),
                ]
            ),
            **fields,
        }
    )


def assert_refused(response: HttpResponse) -> None:
    """Assert that the admin refused the request followed into `response` for lack of rights."""
    assert response.redirect_chain, f"not refused: {response.status_code}"
    assert response.redirect_chain[-1][0] == "/admin/"
    assert REFUSAL in soup(response).get_text()


def listed_titles(response: HttpResponse) -> list[str]:
    """Return the titles of the pages an admin page listing shows, in order."""
    assert response.status_code == 200
    return [
        title.get_text(strip=True)
        for title in soup(response).select("td.title span[id^='page_'][id$='_title']")
    ]
