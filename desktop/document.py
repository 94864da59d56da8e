"""The open document: one problem, its undo stack, its file path and dirty state.

Every edit is an :class:`~desktop.operations.Operation` (a plain object that
maps a problem to a new problem, with a name for the Edit menu).  The problem is
immutable, so the undo command keeps the snapshot before and after: the inverse
of any operation is "go back to the previous snapshot".  Views never change the
problem directly; they call :meth:`Document.apply`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.operations import Operation
from mcda.problem import Problem


class _ProblemCommand(QUndoCommand):
    def __init__(self, document: Document, before: Problem, after: Problem, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after

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
    pathChanged(str)
        The file the document is saved to changed.
    """

    problemChanged = Signal(object)
    pathChanged = Signal(str)

    def __init__(self, problem: Problem | None = None, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problem = problem
        self._path = path
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
        return not self.undo_stack.isClean()

    def mark_saved(self, path: Path | None = None) -> None:
        if path is not None:
            self.set_path(path)
        self.undo_stack.setClean()

    def load(self, problem: Problem, path: Path | None) -> None:
        """Replace the whole document (a new file): clears the undo history."""
        self.undo_stack.clear()
        self._problem = problem
        self.set_path(path)
        self.undo_stack.setClean()
        self.problemChanged.emit(problem)

    # -- edits ---------------------------------------------------------
    def apply(self, operation: Operation) -> bool:
        """Apply an edit as one undoable step.  Returns False when it changed nothing."""
        if self._problem is None:
            return False
        after = operation.apply(self._problem)
        if after == self._problem:
            return False
        self.undo_stack.push(_ProblemCommand(self, self._problem, after, operation.text))
        return True

    def _set_problem(self, problem: Problem) -> None:
        self._problem = problem
        self.problemChanged.emit(problem)
