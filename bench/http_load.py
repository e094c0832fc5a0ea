"""Load on loopback for a fixed time: wrk when it is installed, else a small asyncio client.

Both open `connections` connections that each send one request after another and report requests per
second, the median and the 99th percentile latency, and the requests that failed or did not answer 2xx/3xx.
"""

import asyncio
import re
import shutil
import statistics
import subprocess
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

WRK_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass
class LoadResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def load_generator():
    return "wrk" if shutil.which("wrk") else "asyncio client"


def run_load(url, connections, seconds):
    if shutil.which("wrk"):
        return run_wrk(url, connections, seconds)
    return asyncio.run(run_asyncio(url, connections, seconds))


def run_wrk(url, connections, seconds):
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return LoadResult(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        p50_ms=wrk_latency(output, "50%"),
        p99_ms=wrk_latency(output, "99%"),
        errors=sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
        + int((re.search(r"Non-2xx or 3xx responses: (\d+)", output) or [0, 0])[1]),
    )


def wrk_latency(output, percentile):
    value, unit = re.search(rf"^\s+{percentile}\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE).groups()
    return float(value) * WRK_UNITS[unit]


async def run_asyncio(url, connections, seconds):
    parts = urlsplit(url)
    request = (
        f"GET {parts.path or '/'}{'?' + parts.query if parts.query else ''} HTTP/1.1\r\n"
        f"Host: {parts.netloc}\r\nConnection: close\r\n\r\n"
    ).encode()
    deadline = time.perf_counter() + seconds
    latencies, errors = [], [0]

    async def one_connection():
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
                writer.write(request)
                response = await reader.read()
                writer.close()
            except OSError:
                errors[0] += 1
                continue
            if not response.startswith((b"HTTP/1.1 2", b"HTTP/1.1 3", b"HTTP/1.0 2", b"HTTP/1.0 3")):
                errors[0] += 1
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(one_connection() for _ in range(connections)))
    elapsed = time.perf_counter() - started
    cut_points = statistics.quantiles(latencies, n=100)
    return LoadResult(len(latencies) / elapsed, statistics.median(latencies), cut_points[98], errors[0])
