"""After a report and a follow-up, no column of any row holds the reporter's address or browser."""

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.db import connection

from ..helpers import follow_up_url, jpeg_with_gps, receipt_code, send_report, upload

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.77"
BROWSER = "Mozilla/5.0 (Linux; Android 9; Redmi-Reporter-Marker)"


def every_stored_value():
    """Every value of every column of every table, as text."""
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - table names from the database itself
            for row in cursor.fetchall():
                for value in row:
                    if value is not None:
                        yield table, value.hex() if isinstance(value, bytes | memoryview) else str(value)


def test_no_network_address_or_user_agent_is_stored_anywhere(client, violation_types, caplog):
    client.defaults.update(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=BROWSER, HTTP_X_FORWARDED_FOR=ADDRESS)
    police = violation_types["Насилие со стороны полиции"]
    code = receipt_code(send_report(client, violation_types=[police.pk], evidence=[upload(jpeg_with_gps())]))
    client.post(follow_up_url(), {"action": "open", "code": code})
    client.post(follow_up_url(), {"action": "message", "text": "Добавляю подробности."})
    client.post(follow_up_url(), {"action": "open", "code": "ZZZZ-ZZZZ-ZZZZ-ZZZZ"})

    markers = (ADDRESS, BROWSER, "Redmi-Reporter-Marker", ADDRESS.encode().hex())
    found = [(table, value[:80]) for table, value in every_stored_value() if any(m in value for m in markers)]
    assert found == []
    for session in Session.objects.all():
        assert not any(marker in str(session.get_decoded()) for marker in markers)
    assert not any(
        ADDRESS in record.getMessage() or "Redmi" in record.getMessage() for record in caplog.records
    )
    assert apps.get_model("cases", "Case").objects.count() == 1
