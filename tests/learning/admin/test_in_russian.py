"""The Learning admin in Russian: column headers, payment methods and statuses, messages and page headers."""

import json
import re
from pathlib import Path

import pytest
from django.urls import reverse

from learning.models import Voucher

from .test_viewsets import administrator, course, enrolled_order  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def russian_admin(client, settings):
    settings.LOCALE_PATHS = [Path(settings.BASE_DIR) / "locale"]
    client.force_login(administrator())
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "ru"


def column_headers(html):
    return [
        re.sub(r"<[^>]+>|\s+", " ", header).strip()
        for header in re.findall(r"<th[^>]*>(.*?)</th>", html, re.S)
    ]


def test_orders_and_payments_have_russian_column_headers_and_values(client, enrolled_order):  # noqa: F811
    orders = client.get(reverse("learning_orders:index")).content.decode()
    payments = client.get(reverse("learning_payments:index")).content.decode()

    assert {"Номер заказа", "Слушатель", "Курс"} <= set(column_headers(orders))
    assert {"Заказ", "Способ оплаты", "Статус", "Итого", "Номер транзакции", "Дата создания"} <= set(
        column_headers(payments)
    )
    assert "Тестовая оплата (деньги не списываются)" in payments and ">dummy<" not in payments
    assert "Подтверждён" in payments


def test_a_new_voucher_is_announced_in_grammatical_russian(client, course):  # noqa: F811
    response = client.post(
        reverse("learning_vouchers:add"),
        {"code": "osh", "percent_off": "100", "course": course.pk, "max_uses": "20", "note": ""},
        follow=True,
    )

    assert Voucher.objects.get().code == "OSH"
    html = response.content.decode()
    assert "Создано: ваучер «OSH»." in html
    assert "создана" not in html


def test_the_course_report_names_itself_in_the_header(client, enrolled_order):  # noqa: F811
    html = client.get(reverse("learning_report:index")).content.decode()

    breadcrumbs = re.search(r'data-controller="w-breadcrumbs".*?</nav>', html, re.S).group(0)
    assert "Отчёт по курсу" in breadcrumbs


def test_the_translation_editor_says_where_it_publishes_with_a_space(client):
    catalogue = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()

    assert json.loads(re.search(r"const newcatalog = (\{.*?\});", catalogue, re.S).group(1))[
        "Publish in "
    ] == ("Опубликовать на языке ")
