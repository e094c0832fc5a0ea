"""A live site on a SQLite file, as `make run` serves it: an event, a paid course, people signed in.

Run as `python -m tests.website.sqlite_site SEATS PEOPLE READY_FILE` with DATABASE_URL pointing at the
file. It writes READY_FILE (JSON: the server's address, the sign-up and checkout addresses, the people's
session keys and a learner's) once it answers, then serves until ended.
"""

import json
import sys
from pathlib import Path

import django
from django.core.management import call_command


def build(seats, people):
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.cached_db import SessionStore

    from tests.events.public_site import add_event, build_events_site, sign_up_url
    from tests.learning.commerce_helpers import paid_course, site_root
    from website.accounts.factories import UserFactory

    def signed_in():
        user = UserFactory()
        session = SessionStore()
        session.update(
            {
                SESSION_KEY: str(user.pk),
                BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
                HASH_SESSION_KEY: user.get_session_auth_hash(),
            }
        )
        session.create()
        return session.session_key

    site_root()
    event = add_event(build_events_site(), capacity=seats, waiting_list=True)
    course = paid_course()
    return {
        "event": event.pk,
        "sign_up": sign_up_url(event),
        "sessions": [signed_in() for _ in range(people)],
        "checkout": f"/ru/learning/courses/{course.pk}/checkout/",
        "learner": signed_in(),
    }


def serve(seats, people, ready_file):
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application
    from django.db import connection

    call_command("migrate", run_syncdb=True, verbosity=0)
    call_command("createcachetable", verbosity=0)
    ready = build(seats, people)
    connection.close()

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    class Server(ThreadedWSGIServer):
        """Room for every connection of the rush in the listen queue: the database is what is tested."""

        request_queue_size = 128

    server = Server(("127.0.0.1", 0), QuietHandler, allow_reuse_address=False)
    server.set_app(get_wsgi_application())
    ready["address"] = f"http://127.0.0.1:{server.server_address[1]}"
    ready_file.with_suffix(".tmp").write_text(json.dumps(ready))
    ready_file.with_suffix(".tmp").rename(ready_file)
    server.serve_forever()


if __name__ == "__main__":
    django.setup()
    serve(seats=int(sys.argv[1]), people=int(sys.argv[2]), ready_file=Path(sys.argv[3]))
