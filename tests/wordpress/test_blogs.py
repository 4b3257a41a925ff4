"""Two WordPress blogs imported into one site keep their items apart; slug clashes are said."""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

import pytest

from magazine.pages.models import InformationPage
from magazine.wordpress.models import WordPressItem
from tests.factories.pages import InformationPageFactory

from .conftest import EXPORTS, import_wordpress, summary_row

pytestmark = pytest.mark.django_db


@pytest.fixture
def sister_blog(tmp_path):
    """`cases.xml` as another blog would export it: same ids, another address."""
    source = (EXPORTS / "cases.xml").read_text()
    path = tmp_path / "soeur.xml"
    path.write_text(source.replace("https://ancien.example", "https://soeur.example"))
    return path


def test_two_blogs_with_the_same_ids_never_collide(home_page, uploads, local_embeds, sister_blog):
    import_wordpress("cases.xml", "--media-dir", str(uploads))
    output = import_wordpress(str(sister_blog), "--media-dir", str(uploads))
    assert summary_row(output, "Articles")[:3] == [7, 0, 0]
    assert WordPressItem.objects.filter(kind="post", wp_key="50").count() == 2
    assert set(WordPressItem.objects.values_list("blog", flat=True)) == {
        "ancien.example",
        "soeur.example",
    }
    assert Page.objects.filter(title="Tous les blocs").count() == 2


def test_the_first_blog_keeps_its_old_addresses_and_the_second_is_told(
    home_page, uploads, local_embeds, sister_blog, client
):
    import_wordpress("cases.xml", "--media-dir", str(uploads))
    first = Page.objects.get(title="Tous les blocs")
    output = import_wordpress(str(sister_blog), "--media-dir", str(uploads))
    for old in ("/?p=50", "/tous-les-blocs/"):
        assert client.get(old)["Location"] == first.url
    assert "« Tous les blocs » : adresse « /?p=50 » déjà redirigée ailleurs, gardée" in output


def test_an_editor_redirect_is_kept_by_an_update(home_page, uploads, local_embeds, tmp_path):
    import_wordpress("cases.xml", "--media-dir", str(uploads))
    Redirect.objects.filter(old_path="/?p=50").update(redirect_page=None, redirect_link="/dossier/")
    changed = tmp_path / "cases.xml"
    changed.write_text((EXPORTS / "cases.xml").read_text().replace("Tous les blocs", "Blocs"))
    output = import_wordpress(str(changed), "--media-dir", str(uploads), "--update")
    assert Redirect.objects.get(old_path="/?p=50").link == "/dossier/"
    assert "adresse « /?p=50 » déjà redirigée ailleurs, gardée" in output


def test_each_blog_run_again_changes_nothing(home_page, uploads, local_embeds, sister_blog):
    import_wordpress("cases.xml", "--media-dir", str(uploads))
    import_wordpress(str(sister_blog), "--media-dir", str(uploads))
    pages = Page.objects.count()
    output = import_wordpress("cases.xml", "--media-dir", str(uploads))
    assert summary_row(output, "Articles")[:3] == [0, 0, 7]
    assert Page.objects.count() == pages


def test_rows_recorded_before_blogs_were_named_are_adopted(home_page, uploads, local_embeds):
    import_wordpress("cases.xml", "--media-dir", str(uploads))
    WordPressItem.objects.update(blog="")
    pages = Page.objects.count()
    output = import_wordpress("cases.xml", "--media-dir", str(uploads))
    assert summary_row(output, "Articles")[:3] == [0, 0, 7]
    assert Page.objects.count() == pages


def test_an_information_page_slug_taken_gets_another_with_a_warning(home_page, local_embeds):
    InformationPageFactory(parent=home_page, title="Notre maison", slug="maison")
    output = import_wordpress("cases.xml")
    item = WordPressItem.objects.get(kind="page", wp_key="61")
    assert InformationPage.objects.get(pk=item.object_id).slug == "maison-2"
    assert (
        "Pages 61 « La maison » : adresse « maison » déjà prise à cet endroit, "
        "la page prend « maison-2 »" in output
    )
