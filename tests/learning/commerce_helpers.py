"""Shared set-up for the paid-enrolment tests: a paid course under a catalogue page."""

import itertools
import threading
from decimal import Decimal

from django.conf import settings
from django.db import connection
from wagtail.models import Locale, Page

from learning.factories import CourseIndexPageFactory, CoursePageFactory

slugs = (f"paid-course-{n}" for n in itertools.count(1))


def paid_course(title="CBPR: community-based participatory research", price="75.00", currency="EUR"):
    """A published paid course (75 EUR by default, like the CBPR course); the title may be in Kyrgyz."""
    catalogue = CourseIndexPageFactory(parent=site_root(), slug=next(slugs))
    return CoursePageFactory(
        parent=catalogue, title=title, slug=next(slugs), price=Decimal(price), currency=currency
    )


def site_root():
    """The page tree's root, recreated when a transactional test before this one flushed it."""
    root = Page.get_first_root_node()
    if root is not None:
        return root
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return Page.add_root(instance=Page(title="Root", slug="root"))


def run_in_threads(work, count):
    """Run `work(index)` in `count` threads started together, each with its own database connection.

    Returns (results, errors) in thread order; every thread closes its connection at the end.
    """
    barrier = threading.Barrier(count)
    results, errors = [None] * count, [None] * count

    def target(index):
        try:
            barrier.wait()
            results[index] = work(index)
        except Exception as error:  # noqa: BLE001 - the test inspects what each thread raised
            errors[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=target, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
