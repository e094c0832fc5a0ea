"""`make bench`: the site under load on this machine, run as in production. Prints tables; asserts nothing.

    python bench/load.py [--seconds 10] [--reuse] [--only pages|reminders|sign-ups ...]

1. Rebuilds the bench database (BENCH_DATABASE_URL, default PostgreSQL `birge_bench`) and empties the
   bench Redis database (BENCH_REDIS_URL, default db 10): migrate, collectstatic, the demo content, then
   the scale set (bench/scale.py). `--reuse` keeps a database that already holds the scale set.
2. Counts SQL queries and HTML bytes per page in-process, before and after the scale set.
3. Starts gunicorn (2 workers, production settings with DEBUG off and generated secrets, plain HTTP on
   127.0.0.1) and loads each page and a bare Django view with wrk (or an asyncio client), 8 and 32
   connections: requests/s, p50, p99, and each page's requests/s as a share of the bare view's.
4. Weighs the home page with its CSS, scripts and images, and counts requests to other origins.
5. Drains 10,000 due event reminders with one Celery worker on Redis (a process per core, the default),
   mail to a local SMTP sink.
6. Signs 200 signed-in people up at once for an event with 50 seats, over HTTP, twice: with the worker
   stopped until every answer is in, then with the worker writing and sending the emails meanwhile.

For 5 and 6 it also prints the CPU each process used per reminder or sign-up (bench/cpu.py), and the
least time the machine's cores need for that much work: when the load generator, the database and the
site share the cores, no answer can come sooner.
"""

import argparse
import gzip
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from html.parser import HTMLParser
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.cpu import CpuMeter, database_server_pid  # noqa: E402
from bench.http_load import load_generator, run_load  # noqa: E402
from bench.smtp_sink import SmtpSink  # noqa: E402

BIN = Path(sys.executable).parent
BENCH_VAR = ROOT / "var" / "bench"
KEYS_FILE = BENCH_VAR / "keys.env"
CONNECTIONS = (8, 32)
WORKERS = 2
SIGN_UPS = 200
STALL_SECONDS = 120
PARTS = ("pages", "reminders", "sign-ups")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="length of each load run (default 10)")
    parser.add_argument("--reuse", action="store_true", help="keep the bench database if it is loaded")
    parser.add_argument(
        "--only",
        choices=PARTS,
        action="append",
        help="run only this part (repeatable); the database is still built or reused first",
    )
    args = parser.parse_args()
    parts = args.only or PARTS

    sink = SmtpSink().start()
    port = free_port()
    database_url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/birge_bench")
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/10")
    rebuild = not (args.reuse and database_exists(database_url) and KEYS_FILE.exists())
    configure_environment(database_url, redis_url, port, sink.port, new_keys=rebuild)
    if rebuild:
        recreate_database(database_url)
    empty_redis(redis_url)

    import django

    django.setup()
    from bench import scale

    print(f"Birge bench: {os.cpu_count()} cores, gunicorn {WORKERS} workers, load by {load_generator()}")
    print_load_average()
    step("Migrating and collecting the static files", prepare_site)
    before = None
    if rebuild or not scale.is_loaded():
        step("Loading the demo content", load_demo)
        before = step("Counting queries and bytes per page (demo content)", lambda: page_costs(pages()))
        step("Loading the scale set", scale.load_scale_set)
    if "pages" in parts:
        after = step("Counting queries and bytes per page (with the scale set)", lambda: page_costs(pages()))
        print_page_costs(before, after)
    empty_redis(redis_url)

    base_url = f"http://127.0.0.1:{port}"
    with running(gunicorn_command(port), "gunicorn", ready=lambda: answers(base_url + "/bench/bare/")) as web:
        servers = {"web": web.pid, "database": database_server_pid()}
        if "pages" in parts:
            throughput = step("Loading the pages", lambda: measure_throughput(base_url, args.seconds))
            print_throughput(throughput)
            print_load_average()
            print_home_weight(step("Weighing the home page", lambda: home_weight(base_url)))
        if "reminders" in parts:
            print_reminders(step("Draining the due reminders", lambda: drain_reminders(sink, servers)))
        if "sign-ups" in parts:
            print_sign_ups(
                step(
                    "Signing 200 people up for 50 seats, twice",
                    lambda: sign_up_races(base_url, sink, servers),
                )
            )


def print_load_average():
    """Other work on the machine skews every figure: the load average says how much there was."""
    print("load average (1, 5, 15 min): " + ", ".join(f"{value:.2f}" for value in os.getloadavg()))


def step(title, action):
    print(f"\n{title}...", flush=True)
    started = time.perf_counter()
    result = action()
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return result


# --- environment --------------------------------------------------------------------------------------


def configure_environment(database_url, redis_url, port, smtp_port, new_keys):
    """Production settings for this run: generated secrets, plain HTTP on loopback, mail to the sink."""
    BENCH_VAR.mkdir(parents=True, exist_ok=True)
    if new_keys:
        from cryptography.fernet import Fernet

        KEYS_FILE.write_text(
            f"SECRET_KEY={secrets.token_urlsafe(50)}\nFIELD_ENCRYPTION_KEYS={Fernet.generate_key().decode()}\n"
        )
    os.environ.update(line.split("=", 1) for line in KEYS_FILE.read_text().splitlines())
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "SITE_BASE_URL": f"http://127.0.0.1:{port}",
            "STATIC_ROOT": str(BENCH_VAR / "static"),
            "MEDIA_ROOT": str(BENCH_VAR / "media"),
            "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
        }
    )


def maintenance_connection(database_url):
    import psycopg

    parts = urlsplit(database_url)
    return psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)


def database_exists(database_url):
    name = urlsplit(database_url).path.lstrip("/")
    with maintenance_connection(database_url) as connection:
        return (
            connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None
        )


def recreate_database(database_url):
    from psycopg import sql

    name = sql.Identifier(urlsplit(database_url).path.lstrip("/"))
    with maintenance_connection(database_url) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))


def empty_redis(redis_url):
    import redis

    redis.Redis.from_url(redis_url).flushdb()


def prepare_site():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def load_demo():
    from io import StringIO

    from django.core.management import call_command

    call_command("load_demo", credentials_file=str(BENCH_VAR / "demo-credentials.txt"), stdout=StringIO())


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class running:
    """A child process for the length of a `with` block, stopped (by its own id) when the block ends."""

    def __init__(self, command, name, ready, quiet=False):
        self.command, self.name, self.ready, self.quiet = command, name, ready, quiet

    def __enter__(self):
        output = subprocess.DEVNULL if self.quiet else None
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=os.environ.copy(), stdout=output)
        deadline = time.monotonic() + 60
        while not self.ready():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} did not start")
            time.sleep(0.2)
        return self.process

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def gunicorn_command(port):
    return [
        str(BIN / "gunicorn"),
        "website.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(WORKERS),
        "--log-level",
        "warning",
    ]


def answers(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


# --- pages --------------------------------------------------------------------------------------------


def pages():
    """(label, path) of the pages to measure: the Russian home, news, catalogue, CBPR course and an event."""
    from bench import scale
    from events.models import EventPage

    event = (
        EventPage.objects.live().filter(slug="bench-event-1").first()
        or EventPage.objects.live().filter(locale=scale.source_locale()).order_by("pk").first()
    )
    return [
        ("home", "/ru/"),
        ("news index", "/ru/news/"),
        ("course catalogue", "/ru/courses/"),
        ("course page", "/ru/courses/cbpr/"),
        ("event page", event.url if event else None),
    ]


def page_costs(page_list):
    """{label: (status, queries to render, queries when cached, HTML bytes)}, measured in-process."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
    costs = {}
    for label, path in page_list:
        if path is None:
            costs[label] = ("absent", None, None, None)
            continue
        with override_settings(PAGE_CACHE_SECONDS=0):
            client.get(path)
            with CaptureQueriesContext(connection) as rendered:
                response = client.get(path)
            rendered_queries = len(rendered)  # the query log is emptied when the next request starts
        client.get(path)
        with CaptureQueriesContext(connection) as cached:
            client.get(path)
        costs[label] = (response.status_code, rendered_queries, len(cached), len(response.content))
    return costs


def print_page_costs(before, after):
    print(f"\n{'page':<18} {'status':>6} {'queries':>8} {'cached':>7} {'HTML bytes':>11}  {'demo only':>18}")
    for label, (status, queries, cached, size) in after.items():
        earlier = ""
        if before and before.get(label, (None,))[1] is not None:
            earlier = f"{before[label][1]} queries, {before[label][3]:,} B"
        print(
            f"{label:<18} {status:>6} {fmt(queries):>8} {fmt(cached):>7} {fmt(size, ','):>11}  {earlier:>18}"
        )


def fmt(value, spec=""):
    return "-" if value is None else format(value, spec)


def measure_throughput(base_url, seconds):
    """[(label, connections, LoadResult)], the bare view first."""
    targets = [("bare view", "/bench/bare/")] + [(label, path) for label, path in pages() if path]
    results = []
    for connections in CONNECTIONS:
        for label, path in targets:
            url = base_url + path
            for _ in range(20):
                answers(url)
            results.append((label, connections, run_load(url, connections, seconds)))
    return results


def print_throughput(results):
    bare = {connections: result for label, connections, result in results if label == "bare view"}
    print(f"\n{'page':<18} {'conn':>4} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'of bare':>8} {'errors':>7}")
    for label, connections, result in results:
        share = result.requests_per_second / bare[connections].requests_per_second
        print(
            f"{label:<18} {connections:>4} {result.requests_per_second:>8.0f} {result.p50_ms:>7.1f} "
            f"{result.p99_ms:>7.1f} {share:>8.0%} {result.errors:>7}"
        )


# --- page weight --------------------------------------------------------------------------------------


class ResourceFinder(HTMLParser):
    """What a browser fetches for a page: stylesheets, scripts, images, icons, frames (not links)."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and {"stylesheet", "icon", "preload", "manifest"} & set(
            attrs.get("rel", "").split()
        ):
            self.urls.append(attrs.get("href"))
        elif tag in ("script", "img", "iframe", "source", "video", "audio") and attrs.get("src"):
            self.urls.append(attrs["src"])


def home_weight(base_url):
    """Bytes of the home page and everything it loads (CSS url()s too), and the requests to other origins."""
    from django.conf import settings
    from django.core.files.storage import default_storage

    page_url = base_url + "/ru/"
    html = fetch(page_url)
    finder = ResourceFinder()
    finder.feed(html.decode())
    queue = [urljoin(page_url, url) for url in finder.urls if url]
    seen, rows, third_party = set(), [("HTML /ru/", len(html), len(gzip.compress(html)))], []
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        if urlsplit(url).netloc != urlsplit(base_url).netloc:
            third_party.append(url)
            continue
        path = urlsplit(url).path
        if path.startswith(settings.MEDIA_URL):
            body = default_storage.open(path.removeprefix(settings.MEDIA_URL)).read()
        else:
            body = fetch(url)
        if path.endswith(".css"):
            queue += [urljoin(url, ref) for ref in css_references(body.decode())]
        rows.append((path, len(body), len(gzip.compress(body))))
    return rows, third_party


def css_references(css):
    """The files a stylesheet pulls in (url(...) other than inline data)."""
    return [ref for ref in re.findall(r"url\(['\"]?([^'\")]+)", css) if not ref.startswith("data:")]


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def print_home_weight(result):
    rows, third_party = result
    print(f"\n{'home page resource':<52} {'bytes':>9} {'gzip':>9}")
    for path, size, compressed in rows:
        print(f"{path[-52:]:<52} {size:>9,} {compressed:>9,}")
    total, total_compressed = sum(row[1] for row in rows), sum(row[2] for row in rows)
    print(f"{'total (' + str(len(rows)) + ' requests)':<52} {total:>9,} {total_compressed:>9,}")
    print(f"requests to other origins: {len(third_party)}" + "".join(f"\n  {url}" for url in third_party))


# --- reminders ----------------------------------------------------------------------------------------


def drain_reminders(sink, servers):
    """Queue the reminder scan, run one worker, and wait until the sink has every due reminder.

    Also measures the CPU the worker, the database and the bench (the mail sink) use meanwhile.
    """
    from bench import scale
    from events import tasks
    from events.models import SentReminder

    domain = "@" + scale.REMINDED_EMAIL_DOMAIN

    def is_reminded(address):
        return address.endswith(domain)

    due = scale.arm_reminders()
    reminded = SentReminder.objects.filter(registration__email__endswith=domain)
    with running_worker() as worker, CpuMeter(worker=worker.pid, database=servers["database"]) as cpu:
        started = time.perf_counter()
        tasks.send_due_reminders.delay()
        progress, last_change = (0, 0), started
        while progress[1] < due and time.perf_counter() - last_change < STALL_SECONDS:
            time.sleep(0.5)
            now = (reminded.count(), sink.counts(is_reminded)[0])
            if now != progress:
                progress, last_change = now, time.perf_counter()
        elapsed = last_change - started
    time.sleep(2)  # a message sent twice would arrive now
    messages, recipients, repeated = sink.counts(is_reminded)
    return due, messages, recipients, repeated, reminded.count(), elapsed, cpu.used


def running_worker():
    """One Celery worker on the bench's Redis, a process per core (Celery's default), as in production."""
    from website.celery import app as celery_app

    command = [str(BIN / "celery"), "-A", "website", "worker", "--concurrency", str(os.cpu_count())]
    return running(
        command + ["--loglevel", "WARNING"],
        "celery worker",
        ready=lambda: bool(celery_app.control.ping(timeout=0.5)),
        quiet=True,
    )


def print_reminders(result):
    due, messages, recipients, repeated, markers, elapsed, cpu = result
    print(f"\n{'due':>7} {'sent':>7} {'people':>7} {'twice':>6} {'markers':>8} {'seconds':>8} {'per s':>7}")
    print(
        f"{due:>7,} {messages:>7,} {recipients:>7,} {repeated:>6} {markers:>8,} {elapsed:>8.1f} {messages / elapsed:>7.0f}"
    )
    print_cpu(cpu, due, "reminder")


def print_cpu(cpu, count, unit, heading=""):
    """CPU per item of each process, and the time all the machine's cores need for that much CPU at least."""
    per_item = {name: None if seconds is None else seconds * 1000 / count for name, seconds in cpu.items()}
    known = [seconds for seconds in cpu.values() if seconds is not None]
    print(
        f"{heading}CPU per {unit}: "
        + ", ".join(f"{name} {fmt(ms, '.1f')} ms" for name, ms in per_item.items())
        + f"; on {os.cpu_count()} cores that is at least {sum(known) / os.cpu_count():.1f} s"
    )


# --- sign-ups -----------------------------------------------------------------------------------------


def sign_up_races(base_url, sink, servers):
    """The race twice: the worker stopped (it starts once every answer is in), then sending meanwhile."""
    return [
        ("worker after the race", sign_up_race(base_url, sink, servers, worker_during_race=False)),
        ("worker sending meanwhile", sign_up_race(base_url, sink, servers, worker_during_race=True)),
    ]


def sign_up_race(base_url, sink, servers, worker_during_race):
    """200 signed-in people open the event page of a new event, then all send the sign-up form at once.

    The worker writes and sends each person's email, during the race or after it. The CPU that the web
    workers, the database, the worker and the bench (the load) use is measured during the race.
    """
    from bench import scale
    from events.models import Registration, RegistrationStatus

    event = scale.add_sign_up_event()
    sessions = scale.signed_in_sessions(SIGN_UPS)
    host, port = urlsplit(base_url).hostname, urlsplit(base_url).port
    forms = [sign_up_form(host, port, event.url, session) for session in sessions]
    if any(form is None for form in forms):
        return None
    start = threading.Barrier(SIGN_UPS)
    latencies, statuses = [], []

    def post(form):
        action, fields, cookies = form
        start.wait()
        started = time.perf_counter()
        status = request(host, port, "POST", action, cookies, fields)[0]
        latencies.append((time.perf_counter() - started) * 1000)
        statuses.append(status)

    def is_signed_up(address):
        return address.endswith("@" + scale.SIGN_UP_EMAIL_DOMAIN)

    def race(**roots):
        threads = [threading.Thread(target=post, args=(form,)) for form in forms]
        with CpuMeter(**servers, **roots) as cpu:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        return cpu.used

    emailed_before = sink.counts(is_signed_up)[0]
    started = time.perf_counter()
    if not worker_during_race:
        cpu = race()
    with running_worker() as worker:
        if worker_during_race:
            cpu = race(worker=worker.pid)
        expected = emailed_before + SIGN_UPS
        while sink.counts(is_signed_up)[0] < expected and time.perf_counter() - started < STALL_SECONDS:
            time.sleep(0.1)
        emailed_after = time.perf_counter() - started
    counts = {
        status: Registration.objects.filter(event=event, status=status).count()
        for status in (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)
    }
    emails, _recipients, repeated = sink.counts(is_signed_up)
    return latencies, statuses, counts, (emails - emailed_before, repeated), emailed_after, cpu


class FormFinder(HTMLParser):
    """The page's first POST form other than the log-out one: its action and the fields it sends."""

    def __init__(self):
        super().__init__()
        self.action, self.fields, self.inside, self.done = None, {}, False, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self.done and attrs.get("method", "").lower() == "post":
            self.inside = "logout" not in attrs.get("action", "")
            self.action = attrs.get("action") if self.inside else None
        elif self.inside and tag in ("input", "button", "textarea") and attrs.get("name"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.fields.setdefault(attrs["name"], attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside, self.done = False, True


def sign_up_form(host, port, path, session):
    status, body, cookies = request(host, port, "GET", path, {"sessionid": session})
    finder = FormFinder()
    finder.feed(body.decode())
    if status != 200 or not finder.done:
        return None
    return finder.action or path, finder.fields, {"sessionid": session, **cookies}


def request(host, port, method, path, cookies, fields=None):
    """(status, body, cookies set) of one request on its own connection."""
    from urllib.parse import urlencode

    connection = HTTPConnection(host, port, timeout=60)
    headers = {"Cookie": "; ".join(f"{name}={value}" for name, value in cookies.items())}
    body = None
    if fields is not None:
        body = urlencode(fields)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    content = response.read()
    jar = SimpleCookie()
    for header in response.headers.get_all("Set-Cookie") or []:
        jar.load(header)
    connection.close()
    return response.status, content, {name: morsel.value for name, morsel in jar.items()}


def print_sign_ups(races):
    if any(result is None for _label, result in races):
        print("\nsign-ups: pending (the event page has no sign-up form in this checkout)")
        return
    print(
        f"\n{'200 sign-ups, 50 seats':<25} {'p50 ms':>7} {'p99 ms':>7} {'confirmed':>10} {'waiting':>8} "
        f"{'emails':>7} {'twice':>6} {'all sent':>9}  answers"
    )
    for label, (latencies, statuses, counts, (emails, repeated), emailed_after, _cpu) in races:
        cut_points = statistics.quantiles(latencies, n=100)
        answered = ", ".join(f"{statuses.count(code)}×{code}" for code in sorted(set(statuses)))
        print(
            f"{label:<25} {statistics.median(latencies):>7.0f} {cut_points[98]:>7.0f} "
            f"{counts['confirmed']:>10} {counts['waiting']:>8} {emails:>7} {repeated:>6} "
            f"{emailed_after:>7.1f} s  {answered}"
        )
    for label, (*_measures, cpu) in races:
        print_cpu(cpu, SIGN_UPS, "sign-up", heading=f"{label}: ")


if __name__ == "__main__":
    main()
