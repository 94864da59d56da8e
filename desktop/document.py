"""The open document: one problem, its undo stack, its file path and dirty state.

Every edit is an :class:`~desktop.operations.Operation` (a plain object that
maps a problem to a new problem, with a name for the Edit menu).  The problem is
immutable, so the undo command keeps the snapshot before and after: the inverse
of any operation is "go back to the previous snapshot".  Views never change the
problem directly; they call :meth:`Document.apply`.

Consecutive operations with the same ``merge_key`` (a slider being dragged)
merge into one undo step.
"""

from __future__ import annotations

import zlib
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

from desktop.operations import Operation

if TYPE_CHECKING:
    from mcda.problem import Problem


class Origin(Enum):
    """Where the document's file came from (decides whether Save may overwrite it)."""

    NONE = "none"  # not saved yet (e.g. the bundled sample)
    INPUT = "input"  # a workbook the user opened: ask before overwriting it
    SESSION = "session"  # a file clusterprio saved in this session: save silently


class _ProblemCommand(QUndoCommand):
    def __init__(self, document: Document, before: Problem, after: Problem, text: str,
                 merge_key: str | None) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after
        self._merge_key = merge_key

    def id(self) -> int:  # noqa: A003 - Qt's name
        if self._merge_key is None:
            return -1
        return zlib.crc32(self._merge_key.encode()) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, _ProblemCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        if self._after == self._before:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._document._set_problem(self._after)

    def undo(self) -> None:
        self._document._set_problem(self._before)


class Document(QObject):
    """Owns the problem being edited.

    Signals
    -------
    problemChanged(object)
        Emitted with the new :class:`Problem` after every change (edit, undo, redo, load).
    loaded(object)
        A whole new problem was loaded (a new file): views rebuild.
    pathChanged(str)
        The file the document is saved to changed.
    """

    problemChanged = Signal(object)
    loaded = Signal(object)
    pathChanged = Signal(str)

    def __init__(self, problem: Problem | None = None, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problem = problem
        self._path = path
        self.origin = Origin.INPUT if path else Origin.NONE
        #: The reader's result of the file this document came from (issues, cell map).
        self.read_result: Any = None
        #: The problem as read (to tell edited cells from imported ones).
        self.original: Problem | None = problem
        self.undo_stack = QUndoStack(self)

    # -- state ---------------------------------------------------------
    @property
    def problem(self) -> Problem | None:
        return self._problem

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.pathChanged.emit(str(path) if path else "")

    @property
    def dirty(self) -> bool:
        # The stack emits signals while it is being destroyed with the window.
        return isValid(self.undo_stack) and not self.undo_stack.isClean()

    def mark_saved(self, path: Path | None = None) -> None:
        if path is not None:
            self.set_path(path)
        self.origin = Origin.SESSION
        self.undo_stack.setClean()

    def load(self, problem: Problem, path: Path | None, origin: Origin | None = None,
             read_result: Any = None) -> None:
        """Replace the whole document (a new file): clears the undo history."""
        self.undo_stack.clear()
        self._problem = problem
        self.original = problem
        self.read_result = read_result
        self.origin = origin if origin is not None else (Origin.INPUT if path else Origin.NONE)
        self.set_path(path)
        self.undo_stack.setClean()
        self.loaded.emit(problem)
        self.problemChanged.emit(problem)

    # -- edits ---------------------------------------------------------
    def apply(self, operation: Operation) -> bool:
        """Apply an edit as one undoable step.  Returns False when it changed nothing."""
        if self._problem is None:
            return False
        after = operation.apply(self._problem)
        if after == self._problem:
            return False
        self.undo_stack.push(_ProblemCommand(self, self._problem, after, operation.text, operation.merge_key))
        return True

    def _set_problem(self, problem: Problem) -> None:
        self._problem = problem
        self.problemChanged.emit(problem)
