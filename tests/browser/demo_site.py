"""The site the journeys drive: the demo content in a database of its own, served by a separate process.

`DemoSite.start()` makes the database, runs `tests.browser.prepare_site` (migrate, load_demo, a few
extras) in the site's settings, then starts gunicorn on a free loopback port. The mail the site sends is
written to files that `Mailbox` reads, so a journey can follow the link in a message.
"""

import email
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from email import policy
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings

from tests.browser.prepare_site import journey_editor_email

# One token: load_demo reads stored passwords as "email password" lines.
PASSWORD = "journeys-Demo-passw0rd"
DEMO_EMAILS = {
    "admin": "admin@birge.example",
    "trainer": "trainer@birge.example",
    "learner": "learner@birge.example",
}
SITE_SETTINGS = "tests.browser.site_settings"
READY_PATH = "/robots.txt"
START_TIMEOUT = 60
MAIL_TIMEOUT = 10


@dataclass(frozen=True)
class Account:
    email: str
    password: str = PASSWORD
    totp_secret: str = ""


class Mailbox:
    """The messages the site sent, read from the folder of Django's file email backend."""

    SEPARATOR = b"\n" + b"-" * 79 + b"\n"

    def __init__(self, folder):
        self.folder = Path(folder)

    def messages_to(self, address):
        messages = []
        for path in sorted(self.folder.glob("*.log"), key=lambda path: path.stat().st_mtime_ns):
            for chunk in path.read_bytes().split(self.SEPARATOR):
                if chunk.strip():
                    message = email.message_from_bytes(chunk, policy=policy.default)
                    if address in str(message["To"]):
                        messages.append(message)
        return messages

    def link_to(self, address, path_part):
        """The newest link containing `path_part` in the mail sent to `address` (waits a little for it)."""
        deadline = time.monotonic() + MAIL_TIMEOUT
        while True:
            for message in reversed(self.messages_to(address)):
                body = message.get_body(preferencelist=("plain", "html")).get_content()
                links = [link for link in re.findall(r"https?://[^\s\"'<>]+", body) if path_part in link]
                if links:
                    return links[0]
            if time.monotonic() > deadline:
                raise AssertionError(f"No message to {address} has a link containing {path_part!r}")
            time.sleep(0.2)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(folder, worker):
    """A database for the journeys beside the tests' own: PostgreSQL when the tests use it, else SQLite."""
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        return f"sqlite:///{folder / 'journeys.sqlite3'}"
    configured = urlsplit(os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/birge")
    suffix = "" if worker == "master" else f"_{worker}"
    return configured._replace(path=f"{configured.path}_journeys{suffix}").geturl()


def postgres_admin(url, statement):
    """Run CREATE/DROP DATABASE on the server of `url`, from its maintenance database."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(
        host=parts.hostname, port=parts.port or 5432, user=parts.username, password=parts.password,
        dbname="postgres", autocommit=True,
    ) as connection:  # fmt: skip
        connection.execute(sql.SQL(statement).format(sql.Identifier(name)))


class DemoSite:
    def __init__(self, folder, worker):
        self.folder = Path(folder)
        self.database_url = database_url(self.folder, worker)
        self.url = f"http://127.0.0.1:{free_port()}"
        self.mailbox = Mailbox(self.folder / "mail")
        self.log_path = self.folder / "site.log"
        self.accounts = {}
        self.editors = {}
        self.process = None

    def environment(self):
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE=SITE_SETTINGS,
            DATABASE_URL=self.database_url,
            MEDIA_ROOT=str(self.folder / "media"),
            JOURNEY_MAIL_DIR=str(self.mailbox.folder),
            SITE_BASE_URL=self.url,
        )
        return env

    def start(self):
        for name in ("mail", "media"):
            (self.folder / name).mkdir(parents=True, exist_ok=True)
        if self.database_url.startswith("postgres"):
            postgres_admin(self.database_url, "DROP DATABASE IF EXISTS {} WITH (FORCE)")
            postgres_admin(self.database_url, "CREATE DATABASE {}")
        self.prepare()
        self.serve()

    def prepare(self):
        credentials = self.folder / "demo-credentials.txt"
        credentials.write_text("".join(f"{email} {PASSWORD}\n" for email in DEMO_EMAILS.values()))
        result = self.run_in_site(
            [sys.executable, "-m", "tests.browser.prepare_site", str(credentials), PASSWORD]
        )
        extras = json.loads(result.stdout.strip().splitlines()[-1])
        self.accounts = {role: Account(email) for role, email in DEMO_EMAILS.items()}
        self.editors = {
            email: Account(email, totp_secret=secret)
            for email, secret in extras["editor_totp_secrets"].items()
        }

    def editor(self, journey, screen):
        """The administrator that one run of an editor's journey signs in as (see prepare_site)."""
        return self.editors[journey_editor_email(journey, screen)]

    def run_in_site(self, command):
        result = subprocess.run(
            command, cwd=settings.BASE_DIR, env=self.environment(), capture_output=True, text=True
        )
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command[1:])} failed:\n{result.stdout}\n{result.stderr[-4000:]}")
        return result

    def serve(self):
        """gunicorn with one worker process, so the site's in-memory cache is the same for every request."""
        port = urlsplit(self.url).port
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "website.wsgi", "--bind", f"127.0.0.1:{port}",
                 "--workers", "1", "--threads", "4", "--access-logfile", "-"],
                cwd=settings.BASE_DIR, env=self.environment(), stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        self.wait_until_ready()

    def wait_until_ready(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.url + READY_PATH, timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(
            f"The site did not start; see {self.log_path}:\n{self.log_path.read_text()[-4000:]}"
        )

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def drop_database(self):
        if self.database_url.startswith("postgres"):
            postgres_admin(self.database_url, "DROP DATABASE IF EXISTS {} WITH (FORCE)")
