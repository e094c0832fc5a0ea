"""Reads the demo's texts and facts from the YAML files in demo/content/, which an editor can change
without touching Python.

In those files a mapping with exactly the keys ru, ky and en is one text in the three languages (a T), and
a body is a list of blocks, each a mapping from the block's type to its value.
"""

from datetime import timedelta
from functools import cache
from pathlib import Path

import yaml

from .text import (
    LANGUAGES,
    T,
    accordion,
    call_to_action,
    callout,
    monitoring,
    paragraph,
    quiz_question,
    quote,
)

CONTENT = Path(__file__).resolve().parent / "content"

# A page's entry names a generated picture (pictures.yaml) by key; the page gets it and its alternative text.
PICTURE_FIELDS = {"picture": "image", "photo": "photo", "cover": "cover", "hero_image": "hero_image"}
# Entry keys that say where a page goes or how to find it again, not what it holds.
PLACEMENT = {"slug", "slugs", "tags"}


def read(name):
    """The content file `name` ("news", "courses/cbpr"), with its texts as T."""
    with (CONTENT / f"{name}.yaml").open(encoding="utf-8") as file:
        return _texts(yaml.safe_load(file))


def _texts(value):
    if isinstance(value, dict):
        if set(value) == set(LANGUAGES):
            return T(**value)
        return {key: _texts(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_texts(item) for item in value]
    return value


def blocks(items, pages=None):
    """StreamField blocks from their form in a content file; a call to action names its page by key in `pages`."""
    pages = {} if pages is None else pages
    return [_block(block_type, value, pages) for item in items for block_type, value in item.items()]


def _block(block_type, value, pages):
    if block_type == "paragraph":
        return paragraph(value)
    if block_type == "callout":
        return callout(**value)
    if block_type == "quote":
        return quote(**value)
    if block_type == "call_to_action":
        return call_to_action(**{**value, "page": pages[value["page"]]} if "page" in value else value)
    if block_type == "accordion":
        return accordion(value["title"], [(item["question"], item["answer"]) for item in value["questions"]])
    if block_type == "monitoring":
        return monitoring(**value)
    raise ValueError(f"A demo content file has a block of an unknown type: {block_type}")


def quiz(questions):
    """Quiz question blocks from `right:`/`wrong:` choices; a question with several right answers takes several."""
    result = []
    for item in questions:
        choices = [(text, kind == "right") for choice in item["choices"] for kind, text in choice.items()]
        multiple = sum(correct for _, correct in choices) > 1
        result.append(
            quiz_question(item["question"], choices, explanation=item.get("explanation"), multiple=multiple)
        )
    return result


def page_fields(entry, pictures=None, pages=None, topics=None, today=None):
    """A page's fields from its entry in a content file.

    A picture field names a generated picture (it comes with its alternative text), `days_ago` sets the date
    that many days before `today`, `topics` name Topic snippets and a body or description becomes blocks.
    """
    fields = {}
    for name, value in entry.items():
        if name in PLACEMENT:
            continue
        if name in PICTURE_FIELDS:
            fields.update(picture(pictures, value, PICTURE_FIELDS[name]))
        elif name == "days_ago":
            fields["date"] = today - timedelta(days=value)
        elif name == "topics":
            fields["topics"] = [topics[key] for key in value]
        elif name in ("body", "description"):
            fields[name] = blocks(value, pages)
        else:
            fields[name] = value
    return fields


@cache
def alt_texts():
    """What each generated picture shows, in every language, by key."""
    return {key: spec["alt"] for key, spec in read("pictures").items()}


def picture(pictures, key, field="image"):
    """A page's picture field and its alternative text in every language."""
    return {field: pictures[key], f"{field}_alt": alt_texts()[key]}
