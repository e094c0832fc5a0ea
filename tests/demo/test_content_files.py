"""The demo's content files, as an editor leaves them: every text in all three languages, every block,
picture and topic one the demo knows. Checked without a database, long before `load_demo` would fail."""

from collections import defaultdict

import pytest

from demo.data import CONTENT, PICTURE_FIELDS, blocks, quiz, read
from demo.text import LANGUAGES, T

FILES = sorted(path.relative_to(CONTENT).with_suffix("").as_posix() for path in CONTENT.rglob("*.yaml"))
# The one mapping by language that need not name all three: a page's own address in some languages.
PARTIAL_BY_LANGUAGE = {"slugs"}


def walk(value, path=()):
    """(path, value) of every mapping and list item in a content file, depth first."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, (*path, index))


def untranslated(content):
    """Where a text lacks a language, or has one left empty."""
    for path, value in walk(content):
        if isinstance(value, T) and not all(getattr(value, language).strip() for language in LANGUAGES):
            yield path
        elif (
            isinstance(value, dict)
            and set(value) & set(LANGUAGES)
            and not PARTIAL_BY_LANGUAGE & set(path[-1:])
        ):
            yield path


@pytest.mark.parametrize("name", FILES)
def test_every_text_is_in_russian_kyrgyz_and_english(name):
    assert list(untranslated(read(name))) == []


@pytest.mark.parametrize("name", FILES)
def test_every_body_and_quiz_is_made_of_known_blocks(name):
    any_page = defaultdict(lambda: None)
    for path, value in walk(read(name)):
        if path[-1:] in (("body",), ("description",), ("links",)) and isinstance(value, list):
            assert blocks(value, any_page), path
        if path[-1:] == ("quiz",):
            assert all(block["type"] == "question" for block in quiz(value)), path


def test_every_picture_a_page_names_is_generated():
    pictures = set(read("pictures"))
    named = {
        (name, value)
        for name in FILES
        for path, value in walk(read(name))
        if path[-1:] and path[-1] in PICTURE_FIELDS and isinstance(value, str)
    }

    assert named
    assert {(name, value) for name, value in named if value not in pictures} == set()


def test_an_unknown_block_type_is_named_in_the_error():
    with pytest.raises(ValueError, match="gallery"):
        blocks([{"gallery": []}])


def test_a_text_missing_a_language_is_found():
    assert list(untranslated({"title": {"ru": "Новости", "en": "News"}})) == [("title",)]
    assert list(untranslated({"title": T(ru="Новости", ky=" ", en="News")})) == [("title",)]
    assert list(untranslated({"slugs": {"ky": "jangylyktar"}})) == []
