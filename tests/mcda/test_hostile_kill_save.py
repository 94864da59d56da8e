"""A save killed at any moment leaves the previous file or the new one, never a broken one (issue 8 item 1).

A child process saves the sample session (the same engine path as the
desktop app's Save: :func:`write_input_sheets` + :func:`save_atomic`) over one
target in a tight loop, numbering each version in the first cluster's
description.  The parent waits for its first completed save, then kills it
with ``SIGKILL`` after a random delay of up to one save's duration (measured
at the start, so a loaded machine gets proportionally later kills), 50 times.  After every kill the target must read as a valid workbook holding
either the last version the child reported as saved or the one it was
writing, and at most one temporary file (of a killed child) may be left: every save
first removes those of earlier killed saves, so none remain at the end.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

import resources
from mcda.problem import Problem
from mcda.workbook import read_workbook
from mcda.workbook import save as save_module
from mcda.workbook.input_sheets import write_input_sheets
from mcda.workbook.save import remove_stale_temp_files, save_atomic, temp_files, temp_path

KILLS = 50

POSIX_FORK = pytest.mark.skipif(os.name != "posix" or "fork" not in multiprocessing.get_all_start_methods(),
                                reason="kills a forked child with SIGKILL (POSIX)")


def _versioned(problem: Problem, version: int) -> Workbook:
    first = problem.clusters[0]
    clusters = (first.__class__(first.id, first.name, first.region, f"versión {version}"),) + problem.clusters[1:]
    wb = Workbook()
    wb.remove(wb.active)
    write_input_sheets(wb, problem.replace(clusters=clusters))
    return wb


def _version_of(path: Path) -> int:
    result = read_workbook(path)
    assert result.ok, [i.code for i in result.errors]
    assert result.problem is not None
    text = result.problem.clusters[0].description
    assert text.startswith("versión ")
    return int(text.split()[1])


def _save_forever(problem: Problem, target: Path, start: int, done: object) -> None:  # runs in the child
    version = start
    while True:
        save_atomic(_versioned(problem, version), target)
        done.value = version  # type: ignore[attr-defined]
        version += 1


@POSIX_FORK
def test_save_killed_at_random_moments_keeps_a_valid_file(tmp_path: Path) -> None:
    problem = read_workbook(resources.sample_workbook()).problem
    assert problem is not None
    target = tmp_path / "sesion.xlsx"
    begin = time.perf_counter()
    save_atomic(_versioned(problem, 0), target)
    cycle = time.perf_counter() - begin  # one build + save on this machine, now: the kills scale with the load
    ctx = multiprocessing.get_context("fork")
    rng = random.Random(20240806)
    current, mid_write, replaced = 0, 0, 0
    killed: list[int] = []
    for _ in range(KILLS):
        start = current + 1
        done = ctx.RawValue("q", start - 1)
        child = ctx.Process(target=_save_forever, args=(problem, target, start, done), daemon=True)
        child.start()
        deadline = time.monotonic() + 120
        while done.value < start and time.monotonic() < deadline:  # one save completed, then
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, cycle))  # the kill lands anywhere: building, writing, fsync, replace
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        assert child.exitcode == -signal.SIGKILL
        killed.append(child.pid)
        left = temp_files(target)
        # at most one leftover: each save first removes those of earlier killed saves
        assert len(left) <= 1, left
        assert all(any(f".{pid}-" in p.name for pid in killed) for p in left)
        mid_write += any(f".{child.pid}-" in p.name for p in left)
        last_done = done.value
        version = _version_of(target)  # opens, reads, and is one of the two possible versions
        assert version in (last_done, last_done + 1), (version, last_done)
        replaced += version != current
        current = version
    # the kills really landed in the middle of saves, and saves did complete between kills
    print(f"{KILLS} kills: {mid_write} in the middle of a save, the file replaced {replaced} times")
    assert mid_write >= KILLS // 4, mid_write
    assert replaced == KILLS, replaced  # every child completed a save before its kill
    # the next save removes what killed saves left behind
    save_atomic(_versioned(problem, current + 1), target)
    assert temp_files(target) == []
    assert _version_of(target) == current + 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sesion.xlsx"]


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_temp_files_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "prioridades.xlsx"
    target.write_bytes(b"old")
    mine = temp_path(target)  # this process is alive: its file may be a save in progress
    mine.write_bytes(b"in progress")
    dead = target.with_name(f".~{target.name}.{_dead_pid()}-0123abcd.tmp")
    dead.write_bytes(b"half")
    old = target.with_name(f".~{target.name}.{os.getppid()}-89abcdef.tmp")  # alive, but too old
    old.write_bytes(b"ancient")
    two_hours_ago = time.time() - 2 * save_module.STALE_AFTER_SECONDS
    os.utime(old, (two_hours_ago, two_hours_ago))
    other = tmp_path / f".~otro.xlsx.{_dead_pid()}-00000000.tmp"  # another target's: not ours to judge
    other.write_bytes(b"x")
    unrelated = tmp_path / ".~prioridades.xlsx.notes.tmp"
    unrelated.write_bytes(b"x")

    assert set(temp_files(target)) == {mine, dead, old}
    assert set(remove_stale_temp_files(target)) == {dead, old}
    assert mine.exists() and other.exists() and unrelated.exists() and target.read_bytes() == b"old"


def test_a_save_cleans_up_after_an_earlier_killed_one(tmp_path: Path) -> None:
    target = tmp_path / "sesion.xlsx"
    leftover = target.with_name(f".~{target.name}.{_dead_pid()}-deadbeef.tmp")
    leftover.write_bytes(b"PK\x03\x04 half a workbook")
    save_module.atomic_write_bytes(target, b"complete")
    assert target.read_bytes() == b"complete" and not leftover.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sesion.xlsx"]
