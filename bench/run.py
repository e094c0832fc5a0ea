"""Time and count SQL queries for rendering a few public pages of the demo site, in-process.

    python bench/run.py [--runs N]      (`make bench` loads the demo first)

Each page is requested once to warm caches, then N times through Django's test client; the median and
the 90th percentile of the render time and the number of queries are printed. Nothing is asserted.
"""

import argparse
import logging
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

PAGES = [
    ("home (ru)", "/ru/"),
    ("home (ky)", "/ky/"),
    ("news index (ru)", "/ru/news/"),
    ("article (ru)", "/ru/articles/documenting-rights-violations/"),
    ("course: CBPR (ru)", "/ru/courses/cbpr/"),
    ("course: CBPR (en)", "/en/courses/cbpr/"),
]


def measure(client, path, runs):
    """(status, first render ms, render times in ms, query counts) for `runs` requests after the first."""
    started = time.perf_counter()
    first = client.get(path)
    first_ms = (time.perf_counter() - started) * 1000
    times, queries = [], []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - started) * 1000)
        queries.append(len(captured))
    return first.status_code, first_ms, times, queries


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="requests per page after the first (default 20)")
    runs = parser.parse_args().runs

    logging.getLogger("django.request").setLevel(
        logging.CRITICAL
    )  # a failing page shows in the status column
    warnings.filterwarnings("ignore", message="No directory at")  # static files are not collected for this
    client = Client(HTTP_HOST="localhost", raise_request_exception=False)
    print(f"database: {connection.vendor}   DEBUG: {settings.DEBUG}   runs per page: {runs}")
    print(f"{'page':<20} {'status':>6} {'first ms':>9} {'median ms':>10} {'p90 ms':>8} {'queries':>8}")
    for label, path in PAGES:
        status, first_ms, times, queries = measure(client, path, runs)
        print(
            f"{label:<20} {status:>6} {first_ms:>9.1f} {statistics.median(times):>10.1f} "
            f"{percentile(times, 0.9):>8.1f} {statistics.median(queries):>8.0f}"
        )


if __name__ == "__main__":
    main()
