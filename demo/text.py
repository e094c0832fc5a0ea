"""Demo text in the three site languages, and the raw StreamField blocks built from it."""

import uuid
from dataclasses import dataclass

SOURCE_LANGUAGE = "ru"
TARGET_LANGUAGES = ("ky", "en")
LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)


@dataclass(frozen=True)
class T:
    """One piece of text in Russian (the source language), Kyrgyz and English."""

    ru: str
    ky: str
    en: str


def resolve(value, language):
    """`value` with every T replaced by its text in `language`; dicts, lists and tuples are walked."""
    if isinstance(value, T):
        return getattr(value, language)
    if isinstance(value, dict):
        return {key: resolve(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(resolve(item, language) for item in value)
    return value


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def list_items(values):
    """ListBlock items in Wagtail's block format (each with its own id)."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def paragraph(html):
    return _block("paragraph", html)


def callout(text, title=None, style="info"):
    return _block("callout", {"style": style, "title": title or "", "text": text})


def quote(text, attribution=""):
    return _block("quote", {"text": text, "attribution": attribution})


def call_to_action(title, button_label, page=None, url="", text=""):
    return _block(
        "call_to_action",
        {
            "title": title,
            "text": text,
            "page": page.pk if page else None,
            "url": url,
            "button_label": button_label,
        },
    )


def monitoring(title, period="last_12_months", region=""):
    """The figures of consented cases for a period and a region (all regions when empty)."""
    return _block("monitoring", {"title": title, "period": period, "region": region})


def accordion(title, questions):
    """An FAQ block from (question, answer-html) pairs."""
    items = list_items([{"question": question, "answer": answer} for question, answer in questions])
    return _block("accordion", {"title": title, "items": items})


def quiz_question(question, choices, explanation=None, multiple=False):
    """A quiz question from (answer, is_correct) pairs."""
    answers = list_items([{"text": text, "correct": correct} for text, correct in choices])
    return _block(
        "question",
        {"question": question, "multiple": multiple, "choices": answers, "explanation": explanation or ""},
    )
