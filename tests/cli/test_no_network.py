"""clusterprio never uses the network (issue 8 item 8: "what is never sent anywhere — nothing is").

A full command-line session — validate, rank with the export, JSON, sensitivity,
AHP from a CSV, indicators from the raw sample, verify the export, template and
sample copies — runs in a fresh interpreter in which, *before clusterprio or
any library is imported*, ``socket.socket``, ``socket.create_connection`` and
name resolution raise, and an audit hook (PEP 578) refuses every ``socket.*``
event (creating, connecting, binding, resolving; also from C code that goes
through Python's socket module).  Every command must succeed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

GUARD = r'''
import socket, sys

attempts = []

def refuse(*args, **kwargs):
    attempts.append("call")
    raise OSError("clusterprio test: network use is forbidden")

class NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        refuse()

socket.socket = NoSocket
socket.create_connection = refuse
socket.getaddrinfo = refuse
socket.gethostbyname = refuse

def audit(event, args):
    if event.startswith("socket."):
        attempts.append(event)
        raise OSError(f"clusterprio test: network use is forbidden ({event})")

sys.addaudithook(audit)

import json
from mcda.cli import main
codes = [main(command) for command in json.loads(sys.argv[1])]
print(json.dumps({"codes": codes, "attempts": attempts}))
'''


def test_a_full_cli_session_makes_no_network_connection(tmp_path: Path) -> None:
    matrix = tmp_path / "juicios.csv"
    matrix.write_text(";I1;I2;R1\nI1;1;3;5\nI2;;1;2\nR1;;;1\n", encoding="utf-8")
    out = tmp_path / "prioridades.xlsx"
    commands = [
        ["validate", "--sample"],
        ["rank", "--sample", "-o", str(out)],
        ["rank", "--sample", "--json", "--method", "topsis", "--method", "promethee2"],
        ["sensitivity", "--sample", "--json"],
        ["ahp", str(matrix), "--json"],
        ["indicators", "--sample", "--json"],
        ["verify", str(out)],
        ["template", "-o", str(tmp_path / "plantilla.xlsx")],
        ["sample", "-o", str(tmp_path / "muestra.xlsx")],
    ]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", GUARD, json.dumps(commands)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["attempts"] == [], report["attempts"]
    assert report["codes"] == [0] * len(commands), list(zip(commands, report["codes"], strict=True))
    assert out.exists() and (tmp_path / "plantilla.xlsx").exists() and (tmp_path / "muestra.xlsx").exists()


def test_the_guard_does_catch_network_use(tmp_path: Path) -> None:
    """The guard above is not toothless: a connection attempt under it is refused and recorded."""
    probe = GUARD.replace("from mcda.cli import main", "main = lambda c: __import__('urllib.request').request"
                          ".urlopen('http://127.0.0.1:9/', timeout=1) and 0")
    proc = subprocess.run([sys.executable, "-c", probe, json.dumps([["x"]])], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "network use is forbidden" in proc.stderr
