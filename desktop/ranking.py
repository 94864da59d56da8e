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
    """The weights of the session, with their provenance for the Pesos/Metodologia sheets."""
    from mcda import weights

    mode = session.weight_mode(problem)
    if mode == "ahp" and problem.judgments:
        return weights.from_judgments(problem)
    if mode == "roc":
        return weights.rank_order_centroid(problem, session.criteria_order(problem))
    if mode == "rank_sum":
        return weights.rank_sum(problem, session.criteria_order(problem))
    if mode == "equal" or not problem.weights_given:
        return weights.equal(problem)
    return weights.direct(problem)


def method_ids() -> list[str]:
    from mcda.methods import METHOD_IDS

    return list(METHOD_IDS)


def parameters(problem: Problem) -> dict[str, dict[str, Any]]:
    """Method parameters stored in the session, parsed by the engine."""
    from mcda.methods import parse_params

    raw = [f"{k}={v}" for k, v in session.params(problem).items()]
    return dict(parse_params(raw)) if raw else {}


def compute(problem: Problem, generation: int, cancelled: Any = None) -> Outcome:
    """Rank a snapshot with the main method first and every other method that can run after it.

    Methods that cannot run on these data (e.g. VIKOR with a constant column)
    are left out and their issues reported; the main method failing is an issue.
    """
    from mcda.analysis import analyze
    from mcda.errors import McdaError, MethodError
    from mcda.methods import run_available
    from mcda.missing import apply_missing_policy

    start = time.perf_counter()
    policy = session.missing_policy(problem)
    try:
        prepared = apply_missing_policy(problem, policy).problem
        wres = weights_for(prepared)
        main = session.method(problem)
        ids = method_ids()
        methods = [main] + [m for m in ids if m != main]
        params = parameters(problem)
        skipped: tuple[Issue, ...] = ()
        try:
            analysis = analyze(prepared, methods, params, weights=wres, missing_policy=policy)
        except MethodError:
            results, skipped = run_available(prepared, methods, params, weights=wres.weights.to_numpy())
            available = [r.method for r in results]
            if main not in available:
                return Outcome(generation, problem, None, skipped, time.perf_counter() - start)
            analysis = analyze(prepared, [m for m in methods if m in available], params, weights=wres,
                               missing_policy=policy)
    except McdaError as exc:
        return Outcome(generation, problem, None, exc.issues, time.perf_counter() - start)
    return Outcome(generation, problem, analysis, skipped, time.perf_counter() - start)


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
