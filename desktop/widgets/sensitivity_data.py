"""What the Sensibilidad step asks the engine for, and what it keeps of the answer.

:func:`compute` runs in a worker thread: it prepares the session's problem the
way a ranking does (:func:`mcda.session.run`: missing-value policy, the
session's weights by mode, the stored method parameters) and calls
:func:`mcda.robustness.analyze_sensitivity` with a progress callback that
reports to the GUI and stops the run when the job is cancelled.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from mcda.problem import Problem
    from mcda.robustness import Sensitivity

SCHEMES = ("dirichlet", "uniform", "members")
MEMBER_MODES = ("mix", "pick")
#: Samples drawn per progress tick.
CHUNK = 1000


@dataclass(frozen=True)
class Request:
    """The committee's choices for one sensitivity run (recorded with the result)."""

    method: str
    scheme: str = "dirichlet"
    samples: int = 10_000
    seed: int = 0
    concentration: float = 100.0
    spread: float = 0.2
    members_mode: str = "mix"
    top_k: int = 5


@dataclass(frozen=True)
class SensitivityRun:
    """One finished analysis and the session problem it describes.

    The critical changes are computed for every cluster and the next (what the
    export's justifications quote); the step shows those of the top-k.
    """

    request: Request
    problem: Problem  # the document's problem when the run started (before the missing-value policy)
    result: Sensitivity
    weights_warnings: tuple[Any, ...] = ()
    seconds: float = 0.0

    def cluster(self, cid: str) -> str:
        """A cluster's name (its id when it has none)."""
        return self.result.names.get(cid) or cid

    def top_pairs(self) -> list[tuple[int, str, str]]:
        """``(position, upper, lower)`` of the adjacent pairs inside the top-k (1-2 ... k-(k+1))."""
        k = self.result.top_k
        return [(p, a, b) for p, (a, b) in enumerate(self.result.thresholds.pairs, start=1) if p <= k]

    def top_critical(self) -> list[Any]:
        """Per adjacent pair of the top-k, the crossing with the smallest change (ties left out)."""
        k = self.result.top_k
        return [c for c in self.result.thresholds.most_critical() if c.position <= k and not c.tied]

    def criterion(self, line: str) -> str:
        """A criterion's name (the line label itself for a group)."""
        for c in self.problem.criteria:
            if c.id == line:
                return c.name or c.id
        return line


class Reporter(QObject):
    """Carries the engine's progress from the worker thread to the GUI (queued signal)."""

    changed = Signal(int, int)


def members_with_judgments(problem: Problem) -> list[str]:
    """Members who have their own pairwise judgments (the ``members`` scheme needs two)."""
    return list(dict.fromkeys(j.member for j in problem.judgments if j.member is not None))


def compute(problem: Problem, request: Request, reporter: Reporter | None,
            cancelled: Callable[[], bool]) -> SensitivityRun:
    """The analysis of ``request`` on the session ``problem`` (worker thread).

    Raises :class:`mcda.errors.McdaError` for data the method cannot rank and
    :class:`mcda.robustness.Cancelled` when ``cancelled()`` turns true.
    """
    from mcda import session
    from mcda.missing import apply_missing_policy
    from mcda.robustness import analyze_sensitivity

    start = time.perf_counter()
    prepared = apply_missing_policy(problem, session.missing_policy(problem)).problem
    weights = session.weights_for(prepared)
    params = session.params(problem)

    def progress(done: int, total: int) -> bool:
        if reporter is not None:
            reporter.changed.emit(done, total)
        return not cancelled()

    result = analyze_sensitivity(
        prepared, request.method, params.get(request.method), weights=weights.weights,
        weights_method=weights.method, scheme=request.scheme, samples=request.samples, seed=request.seed,
        concentration=request.concentration, spread=request.spread, members_mode=request.members_mode,
        top_k=request.top_k, critical_pairs=max(len(prepared.clusters) - 1, 1), method_params=params,
        chunk=CHUNK, progress=progress,
    )
    return SensitivityRun(request, problem, result, tuple(weights.warnings), time.perf_counter() - start)
