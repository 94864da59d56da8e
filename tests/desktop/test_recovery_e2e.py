"""Recovery end to end (issue 8 item 2): a real app process is killed with unsaved work, the next start recovers it.

The first ``python -m desktop`` opens a copy of the sample, changes one value
through the Datos edit (``CLUSTERPRIO_TEST_HOOK=edit=…``, see
``desktop/__main__.py``) and reports its first autosave, which comes a couple
of seconds after the edit; then it is killed with ``SIGKILL`` (no clean-up
runs).  A second process started on the same data folder
(``CLUSTERPRIO_TEST_HOOK=recover`` answers «Sí» to its question) must offer
that session and load it with the edited value, as unsaved work, and leave no
recovery file behind.  The opened workbook is never modified.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import resources
from mcda.workbook import read_workbook

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120.0


class App:
    """``python -m desktop`` in a subprocess whose stdout lines are read as they come."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env, text=True,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert self.proc.stdout is not None
        threading.Thread(target=self._pump, args=(self.proc.stdout,), daemon=True).start()

    def _pump(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")  # end of output

    def wait_for(self, word: str) -> str:
        """The rest of the first line starting with ``word`` (fails when the process ends or times out)."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.proc.kill()
                pytest.fail(f"no {word!r} from the app within {TIMEOUT} s; saw {self.seen}")
            if line == "" and self.proc.poll() is not None:
                pytest.fail(f"the app ended before {word!r}: {self.seen}\n{self.stderr()}")
            self.seen.append(line)
            if line.startswith("error "):
                pytest.fail(f"the app failed: {line}\n{self.stderr()}")
            if line.split(" ", 1)[0] == word:
                return line.split(" ", 1)[1] if " " in line else ""

    def stderr(self) -> str:
        assert self.proc.stderr is not None
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            return ""
        return self.proc.stderr.read()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX; Windows would use TerminateProcess")
def test_killed_app_offers_the_recovered_session_with_the_last_edit(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLUSTERPRIO_DATA_DIR=str(data),
               XDG_CONFIG_HOME=str(config))
    env.pop("CLUSTERPRIO_STARTUP_PROBE", None)
    workbook = tmp_path / "comite.xlsx"
    shutil.copyfile(resources.sample_workbook(), workbook)
    before = _sha(workbook)
    sample = read_workbook(workbook).problem
    assert sample is not None
    cluster, criterion = sample.cluster_ids[2], sample.criterion_ids[1]
    assert sample.matrix.at[cluster, criterion] != 4321.5

    first = App([str(workbook), "--lang", "es"], dict(env, CLUSTERPRIO_TEST_HOOK=f"edit={cluster}:{criterion}:4321.5"))
    started = time.monotonic()
    first.wait_for("edited")
    recovery = Path(first.wait_for("autosaved"))
    assert time.monotonic() - started < 60  # the first autosave comes soon after the first edit
    assert recovery.parent == data and recovery.exists() and recovery.with_suffix(".json").exists()
    first.proc.send_signal(signal.SIGKILL)
    assert first.proc.wait(timeout=TIMEOUT) == -signal.SIGKILL
    lock = recovery.with_suffix(".lock")
    assert lock.exists()  # the killed process could not clean up
    saved = read_workbook(recovery).problem  # the recovery file itself is a valid session workbook
    assert saved is not None and saved.matrix.at[cluster, criterion] == 4321.5

    second = App(["--lang", "es"], dict(env, CLUSTERPRIO_TEST_HOOK="recover"))
    question = json.loads(second.wait_for("question"))
    assert "clusterprio se cerró sin guardar la sesión «comite.xlsx»" in question
    assert "¿Quiere recuperarla?" in question
    state = json.loads(second.wait_for("recovered"))
    assert second.proc.wait(timeout=TIMEOUT) == 0, second.stderr()
    assert state["values"][cluster][criterion] == 4321.5  # the last edit survived the kill
    for c in sample.cluster_ids:  # and everything else is the workbook as it was
        for k in sample.criterion_ids:
            if (c, k) != (cluster, criterion):
                expected = float(sample.matrix.at[c, k])
                got = state["values"][c][k]
                assert got == expected or (got != got and expected != expected)
    assert state["dirty"] is True  # recovered work is unsaved work
    assert "comite.xlsx (recuperado)" in state["title"]
    leftovers = sorted(p.name for p in data.iterdir() if p.name.startswith("recovery-"))
    assert leftovers == []  # the offered files were discarded and the second app closed cleanly
    assert _sha(workbook) == before  # the opened workbook was never written
