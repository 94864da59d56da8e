"""Live ranking: every change of the problem re-ranks in the background.

Rapid changes (a slider being dragged) are coalesced: at most one computation
runs at a time, and when it ends only the latest problem is computed next.
The computation itself is the engine's (:func:`mcda.analysis.analyze`); this
module only decides which weights the session uses and moves the work off the
GUI thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop import session
from desktop.document import Document
from desktop.workers import Job, Workers

if TYPE_CHECKING:
    from mcda.analysis import Analysis
    from mcda.errors import Issue
    from mcda.problem import Problem
    from mcda.results import WeightsResult


@dataclass(frozen=True)
class Outcome:
    """One ranking of one problem snapshot."""

    generation: int
    problem: Problem
    analysis: Analysis | None
    issues: tuple[Issue, ...] = ()
    seconds: float = 0.0
    #: Main-method ranks of the previous successful ranking (for movement arrows).
    previous_ranks: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.analysis is not None


def weights_for(problem: Problem) -> WeightsResult:
    """The weights of the session, with their provenance (the engine's rule)."""
    from mcda.session import weights_for as engine_weights

    return engine_weights(problem)


def method_ids() -> list[str]:
    from mcda.methods import METHOD_IDS

    return list(METHOD_IDS)


def compute(problem: Problem, generation: int, cancelled: Any = None) -> Outcome:
    """Rank a snapshot with the engine's session pipeline (:func:`mcda.session.run`):
    the main method first and every other method that can run after it.

    Methods that cannot run on these data (e.g. COPRAS with negative values)
    are left out and reported; the main method failing is an issue.
    """
    from mcda import session as engine
    from mcda.errors import McdaError

    start = time.perf_counter()
    try:
        analysis = engine.run(problem)
    except McdaError as exc:
        return Outcome(generation, problem, None, exc.issues, time.perf_counter() - start)
    return Outcome(generation, problem, analysis, analysis.skipped, time.perf_counter() - start)


class Ranker(QObject):
    """Keeps an up-to-date ranking of the document's problem.

    Signals
    -------
    resultsReady(object)
        An :class:`Outcome` for the latest problem (GUI thread).
    busyChanged(bool)
    """

    resultsReady = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.workers = Workers(self, max_threads=1)
        self.latest: Outcome | None = None
        self._generation = 0
        self._running: Job | None = None
        self._pending = False
        self._last_ranks: dict[str, int] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._start)
        document.problemChanged.connect(lambda _p: self.schedule())

    def reset(self) -> None:
        """A new document: forget the previous ranking (no movement arrows across files)."""
        self.latest = None
        self._last_ranks = {}

    def schedule(self) -> None:
        """Ask for a new ranking soon (coalescing rapid requests)."""
        if self.document.problem is None:
            return
        if self._running is not None:
            self._pending = True
            return
        self._timer.start()

    def _start(self) -> None:
        problem = self.document.problem
        if problem is None:
            return
        self._generation += 1
        self._pending = False
        job = self.workers.submit(compute, problem, self._generation)
        self._running = job
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.done.connect(self._on_done)
        self.busyChanged.emit(True)

    def _on_finished(self, outcome: Outcome) -> None:
        if outcome.problem is not self.document.problem and self._pending:
            return  # stale: a newer problem is waiting
        if outcome.analysis is not None:
            ranks = {str(k): int(v) for k, v in outcome.analysis.main.ranks.items()}
            outcome = Outcome(outcome.generation, outcome.problem, outcome.analysis, outcome.issues,
                              outcome.seconds, dict(self._last_ranks))
            self._last_ranks = ranks
        self.latest = outcome
        self.resultsReady.emit(outcome)

    def _on_failed(self, exc: BaseException, details: str) -> None:
        from desktop.app import show_exception

        show_exception(type(exc), exc, exc.__traceback__)

    def _on_done(self) -> None:
        self._running = None
        self.busyChanged.emit(False)
        if self._pending:
            self._timer.start()

    def up_to_date(self) -> bool:
        """True when the latest outcome is of the document's current problem and nothing is running."""
        return (self.latest is not None and self.latest.problem is self.document.problem
                and self._running is None and not self._pending and not self._timer.isActive())

    def shutdown(self) -> None:
        self._timer.stop()
        self._pending = False
        self.workers.cancel_all()
        self.workers.wait()
