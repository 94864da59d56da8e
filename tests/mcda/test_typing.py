"""The engine type-checks with ``mypy --strict`` (configured in pyproject.toml).

Every module of the engine is checked (STYLE.md habit 8).  ``EXCLUDED`` can
name a package being written that is not yet clean (its own errors are then
not reported, ``--follow-imports=silent``); when it is empty the test runs
plain ``mypy mcda``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy")

ROOT = Path(__file__).resolve().parents[2]

#: Packages not (yet) held to mypy --strict; empty: the whole engine is checked.
EXCLUDED: tuple[str, ...] = ()


def _checked_files() -> list[str]:
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "mcda").rglob("*.py"))
    return [f for f in files if not any(f == e or f.startswith(e + "/") for e in EXCLUDED)]


def _command() -> list[str]:
    if not EXCLUDED:
        return [sys.executable, "-m", "mypy", "mcda"]
    return [sys.executable, "-m", "mypy", "--follow-imports=silent", *_checked_files()]


def test_checked_files_cover_the_core() -> None:
    files = _checked_files()
    for core in ("mcda/problem.py", "mcda/session.py", "mcda/methods/topsis.py", "mcda/workbook/reader.py",
                 "mcda/robustness/report.py", "mcda/indicators/compute.py", "mcda/cli/rank.py"):
        assert core in files
    assert any(f.startswith("mcda/committee/") for f in files)


def test_engine_passes_mypy_strict() -> None:
    proc = subprocess.run(_command(), cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
