import pytest
from django.db import connection


@pytest.mark.django_db
def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ky")
    assert response.status_code == 302
    assert response["Location"] == "/ky/"


@pytest.mark.services
def test_suite_runs_on_postgresql_when_available(require_postgres):
    assert connection.vendor == "postgresql"
