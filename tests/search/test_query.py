"""What the search keeps of the text a reader typed, and which spellings it looks for."""

import pytest

from search.query import MAX_QUERY_LENGTH, MAX_WORDS, ReaderQuery, number_variants


def test_words_are_letters_and_digits_of_any_script():
    query = ReaderQuery.from_input("Écran 4K : l'OLED ! שלום مرحبا")
    assert query.words == ("Écran", "4K", "l", "OLED", "שלום", "مرحبا")


def test_query_operators_are_never_words():
    query = ReaderQuery.from_input('jeux & (consoles | !pc) "NEAR" a:* <-> -b')
    assert query.words == ("jeux", "consoles", "pc", "NEAR", "a", "b")
    assert not query.was_cleaned


def test_spaces_are_collapsed_in_the_text_shown_back():
    assert ReaderQuery.from_input("  jeux \t\n vidéo  ").text == "jeux vidéo"


def test_control_and_invisible_characters_are_removed_with_a_note():
    query = ReaderQuery.from_input("je\x00ux\x1b\u202e vid\u200béo")
    assert query.text == "jeux vidéo"
    assert query.was_cleaned


def test_long_text_is_cut_with_a_note():
    query = ReaderQuery.from_input("écran " * 2000)
    assert len(query.text) <= MAX_QUERY_LENGTH
    assert query.was_shortened


def test_too_many_words_are_cut_with_a_note():
    query = ReaderQuery.from_input(" ".join(f"mot{n}" for n in range(30)))
    assert len(query.words) == MAX_WORDS
    assert query.was_shortened


def test_a_word_typed_twice_is_searched_once():
    assert ReaderQuery.from_input("Jeux jeux JEUX").words == ("Jeux",)


def test_compatibility_characters_are_normalized():
    # Full-width letters and the "fi" ligature, as pasted from some documents.
    assert ReaderQuery.from_input("ＯＬＥＤ ﬁlm").words == ("OLED", "film")


@pytest.mark.parametrize("typed", ["", "   ", '"', "&|!:*()", "🎮🕹️", "\x00\x01"])
def test_text_without_letters_or_digits_is_an_empty_query(typed):
    assert ReaderQuery.from_input(typed).is_empty


@pytest.mark.parametrize(
    ("word", "variants"),
    [
        ("jeu", ("jeu", "jeux")),
        ("jeux", ("jeux", "jeu")),
        ("JEUX", ("JEUX", "JEU")),
        ("bijou", ("bijou", "bijoux")),
        ("tuyaux", ("tuyaux", "tuyau")),
        ("vœu", ("vœu", "vœux")),
    ],
)
def test_words_with_a_plural_in_x_are_searched_in_both_numbers(word, variants):
    assert number_variants(word) == variants


@pytest.mark.parametrize("word", ["écran", "réseau", "réseaux", "eu", "ou", "jouer", "châteaux"])
def test_other_words_are_left_to_the_stemmer(word):
    assert number_variants(word) == (word,)
