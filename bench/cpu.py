"""CPU seconds that the processes of a bench run use, read from /proc (Linux only).

A server is measured as its main process and its children: the live ones, and through the main
process's own accounting, the ones that exited meanwhile (a PostgreSQL backend per connection, for
example). On another system, or for a server on another machine, the figures are None.
"""

import os
import time

TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def stat_fields(pid):
    """The fields of /proc/<pid>/stat after the command name (state first), or None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None


def parent_of(pid):
    fields = stat_fields(pid)
    return int(fields[1]) if fields else None


def children_of(pid):
    if not os.path.isdir("/proc"):
        return []
    return [int(entry) for entry in os.listdir("/proc") if entry.isdigit() and parent_of(entry) == pid]


def tree_seconds(root):
    """CPU seconds used so far by `root`, its live children and its children that have exited."""
    fields = stat_fields(root)
    if fields is None:
        return None
    user, system, children_user, children_system = (int(value) for value in fields[11:15])
    ticks = user + system + children_user + children_system
    for child in children_of(root):
        child_fields = stat_fields(child)
        if child_fields:
            ticks += int(child_fields[11]) + int(child_fields[12])
    return ticks / TICKS_PER_SECOND


def database_server_pid():
    """The local PostgreSQL server's main process (the parent of this connection's backend), or None."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    return parent_of(backend)


class CpuMeter:
    """`with CpuMeter(web=pid, ...) as meter:` sets meter.used to {name: CPU seconds} for the block.

    "bench" is this process: the load generator and the mail sink.
    """

    def __init__(self, **roots):
        self.roots = {name: pid for name, pid in roots.items() if pid is not None}
        self.used = {}

    def read(self):
        return {name: tree_seconds(pid) for name, pid in self.roots.items()} | {"bench": time.process_time()}

    def __enter__(self):
        self.start = self.read()
        return self

    def __exit__(self, *exc):
        end = self.read()
        self.used = {
            name: None if end[name] is None or self.start[name] is None else end[name] - self.start[name]
            for name in end
        }
