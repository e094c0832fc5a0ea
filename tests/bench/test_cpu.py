"""The bench's CPU figures count a server's children, also those that exited during the measure."""

import subprocess
import sys

import pytest

from bench.cpu import CpuMeter

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

BURN = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\n"
SERVER = f"""
import subprocess, sys, time
sys.stdin.readline()
subprocess.run([sys.executable, "-c", {BURN!r}])
print("done", flush=True)
sys.stdin.readline()
"""


def test_a_child_that_burned_cpu_and_exited_is_counted_for_its_parent():
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        with CpuMeter(server=server.pid) as meter:
            server.stdin.write("go\n")
            server.stdin.flush()
            assert server.stdout.readline() == "done\n"
    finally:
        server.stdin.write("stop\n")
        server.stdin.close()
        server.wait()

    assert 0.25 <= meter.used["server"] < 2
    assert meter.used["bench"] < 0.25
