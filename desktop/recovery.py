"""Autosave to a recovery file and recovery after a crash.

While the app runs it holds a lock file; after edits it writes the session to
``recovery-<id>.xlsx`` in the user data folder, beside a small JSON note (the
document's own path and the time).  A clean close removes them.  At the next
start, recovery files whose lock is no longer held belong to a session that
crashed or was killed, and are offered to the user.

The first recovery file is written :data:`FIRST_AUTOSAVE_DELAY_MS` after the
first edit, later ones at most every :data:`AUTOSAVE_INTERVAL_MS` (see
``FileController._on_edit``); both files are written atomically.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from desktop import fileio, settings

if TYPE_CHECKING:
    from mcda.problem import Problem

#: Autosaves are at least this far apart.
AUTOSAVE_INTERVAL_MS = 30_000
#: Delay between the first edit (after a load, a save or a quiet period) and its autosave.
FIRST_AUTOSAVE_DELAY_MS = 2_000


@dataclass(frozen=True)
class Recoverable:
    """A session left behind by a crashed instance."""

    workbook: Path
    note: Path
    lock: Path
    original: str
    saved_at: float


class RecoveryStore:
    """Recovery files of this running instance."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or settings.data_dir()
        self.id = uuid.uuid4().hex[:12]
        self.workbook = self.folder / f"recovery-{self.id}.xlsx"
        self.note = self.folder / f"recovery-{self.id}.json"
        self._lock = QLockFile(str(self.folder / f"recovery-{self.id}.lock"))
        self._lock.setStaleLockTime(0)
        self._lock.tryLock(0)

    def save(self, problem: Problem, original: Path | None) -> None:
        fileio.save_session(problem, self.workbook)
        note = {"original": str(original) if original else "", "saved_at": time.time()}
        from mcda.workbook.save import atomic_write_bytes

        atomic_write_bytes(self.note, json.dumps(note).encode("utf-8"))

    def clear(self) -> None:
        self.workbook.unlink(missing_ok=True)
        self.note.unlink(missing_ok=True)

    def close(self) -> None:
        self.clear()
        self._lock.unlock()

    def orphans(self) -> list[Recoverable]:
        """Recovery files of other instances that are no longer running."""
        found: list[Recoverable] = []
        for note in sorted(self.folder.glob("recovery-*.json")):
            ident = note.stem.removeprefix("recovery-")
            if ident == self.id:
                continue
            lock_path = self.folder / f"recovery-{ident}.lock"
            lock = QLockFile(str(lock_path))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                continue  # another instance is alive and owns it
            lock.unlock()
            workbook = note.with_suffix(".xlsx")
            if not workbook.exists():
                note.unlink(missing_ok=True)
                continue
            try:
                data = json.loads(note.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            found.append(Recoverable(workbook, note, lock_path, str(data.get("original", "")),
                                     float(data.get("saved_at", workbook.stat().st_mtime))))
        return found

    @staticmethod
    def discard(item: Recoverable) -> None:
        for p in (item.workbook, item.note, item.lock):
            p.unlink(missing_ok=True)
