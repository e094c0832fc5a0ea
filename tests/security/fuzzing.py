"""What the input-fuzzing tests share: hostile values for form fields, and the checks every answer must pass."""

from contextlib import contextmanager

from django.db import transaction
from django.utils.html import escape
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Derandomized and without an example database, so every run (and CI) tries the same inputs.
FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TRICKY_STRINGS = [
    "\x00",
    "Aida\x00",
    "\u202eAida\u202c",
    "مرحبا بالعالم",
    "👩🏽‍⚖️🇰🇬",
    "\ufeff",
    "\u200b",
    "\r\n\t",
    "0",
    "-1",
    "1e309",
    "NaN",
    "null",
    "[]",
    "' OR '1'='1",
    "<script>alert(1)</script>",
    "%00",
    "{{ 7|add:7 }}",
    '=HYPERLINK("http://example.org")',
]

# Any character but lone surrogates (they cannot be sent as UTF-8): control characters and NUL included.
any_character = st.characters(exclude_categories=("Cs",))

hostile_text = st.one_of(
    st.text(any_character, max_size=40),
    st.sampled_from(TRICKY_STRINGS),
    st.integers().map(str),
    st.floats().map(str),
    st.builds(
        lambda piece, times: piece * times,
        st.text(any_character, min_size=1, max_size=4),
        st.integers(min_value=100, max_value=3000),
    ),
)

# A field's value as a browser or a script might send it: text, several values, a number, a boolean.
hostile_value = st.one_of(
    hostile_text,
    st.lists(hostile_text, min_size=2, max_size=3),
    st.integers(),
    st.booleans(),
)

extra_fields = st.dictionaries(
    st.text(st.characters(codec="ascii", categories=("L", "N")), min_size=1, max_size=12),
    hostile_text,
    max_size=2,
)


MISSING = object()


def form_data(**fields):
    """A POST body: each field with a good value (the strategy given) half the time, else hostile or missing."""
    values = {
        name: st.one_of(good, st.one_of(hostile_value, st.just(MISSING))) for name, good in fields.items()
    }
    return st.builds(
        lambda extra, known: {
            **extra,
            **{name: value for name, value in known.items() if value is not MISSING},
        },
        extra_fields,
        st.fixed_dictionaries(values),
    )


def sent_text(data, *fields):
    """The values of a POST body's `fields` as one string (lists flattened), to ask what the form was given."""
    values = []
    for field in fields:
        value = data.get(field, "")
        values.extend(value if isinstance(value, list) else [value])
    return "".join(str(value) for value in values)


def posted(data, field):
    """The value a view reads for `field`: the last one when several were sent, as text."""
    value = data.get(field, "")
    return str(value[-1] if isinstance(value, list) else value)


@contextmanager
def rolled_back():
    """Run one example in a savepoint rolled back at its end, so examples never see each other's rows."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def assert_no_server_error(response):
    assert response.status_code < 500, f"server error {response.status_code}"


def assert_form_shown_again_with_a_message(response, form_name="form"):
    """The page answers with the form again and at least one of its error messages is on it."""
    assert response.status_code in (200, 400, 422), response.status_code
    form = response.context[form_name]
    messages = [str(message) for errors in form.errors.values() for message in errors]
    assert messages, "the form was rejected without a message"
    html = response.content.decode()
    assert any(escape(message) in html for message in messages), messages
