"""State of the Indicadores step: the raw-data workbook, the chosen region and
years, the computed report and its problems.

One :class:`IndicatorsSession` belongs to a :class:`~desktop.document.Document`
(a child object found with :meth:`IndicatorsSession.of`), so the step inside
the workspace and the page shown before any decision workbook is open share
the same loaded data.  Reading the workbook (~0.5 s) and computing (~0.1–0.3 s)
run in a background thread; results of superseded requests are dropped.

The decision problem is only changed through :func:`push_operation`, one
undoable :class:`~desktop.operations.Operation` built on
:func:`mcda.indicators.criteria.merge_indicators`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.operations import Operation
from desktop.workers import Workers, report_failure

if TYPE_CHECKING:
    from desktop.document import Document
    from mcda.errors import Issue
    from mcda.indicators.compute import IndicatorOptions, IndicatorReport
    from mcda.indicators.raw_workbook import RawData, RawReadResult
    from mcda.problem import Problem

RAW_SAMPLE = ("sample", "datos_brutos_muestra.xlsx")


def sample_path() -> Path:
    """The illustrative raw-data workbook shipped with the program."""
    import resources

    return resources.path(*RAW_SAMPLE)


def read_and_compute(path: Path, cancelled: Any = None) -> tuple[RawReadResult, IndicatorReport | None,
                                                                 tuple[Issue, ...]]:
    """Background job: read the workbook, then compute with the default options."""
    from mcda.indicators.compute import IndicatorOptions
    from mcda.indicators.raw_workbook import read_raw_workbook

    read = read_raw_workbook(path)
    if not read.ok or read.data is None or (cancelled is not None and cancelled()):
        return read, None, ()
    report, issues = compute(read.data, IndicatorOptions())
    return read, report, issues


def compute(raw: RawData, options: IndicatorOptions, cancelled: Any = None) -> tuple[IndicatorReport | None,
                                                                                     tuple[Issue, ...]]:
    """Background job: the report, or ``None`` and the located errors."""
    from mcda.errors import McdaError
    from mcda.indicators.compute import compute_indicators

    try:
        report = compute_indicators(raw, options)
    except McdaError as exc:
        return None, tuple(exc.issues)
    return report, report.issues


def criteria_with_data(report: IndicatorReport) -> list[str]:
    """Ids of the indicator criteria that have a value for at least one cluster."""
    from mcda.indicators.criteria import ALL_IDS, by_id

    table = report.clusters
    if table.empty:
        return []
    return [i for i in ALL_IDS if table[by_id(i).column].astype(float).notna().any()]


def _with_new_labels(problem: Problem, new_ids: Sequence[str]) -> Problem:
    """Criteria-level pairwise matrices get unanswered rows for new criteria
    (as adding a criterion by hand does), so they stay square."""
    import numpy as np

    from mcda.problem import Judgments

    judgments = []
    for j in problem.judgments:
        add = [i for i in new_ids if j.level == "criteria" and i not in j.labels]
        if add:
            n, k = len(j.labels), len(add)
            m = np.full((n + k, n + k), np.nan)
            m[:n, :n] = j.matrix
            np.fill_diagonal(m, 1.0)
            j = Judgments(j.labels + tuple(add), m, j.member, j.level, j.sheet)
        judgments.append(j)
    return problem.replace(judgments=tuple(judgments))


def merge(problem: Problem, report: IndicatorReport, ids: Sequence[str], lang: str) -> tuple[Problem,
                                                                                          tuple[Issue, ...]]:
    """``merge_indicators`` plus unanswered comparisons for the new criteria."""
    from mcda.indicators.criteria import merge_indicators

    merged, warnings = merge_indicators(problem, report, lang, list(ids))
    new_ids = [c for c in merged.criterion_ids if c not in problem.criterion_ids]
    return (_with_new_labels(merged, new_ids) if new_ids else merged), warnings


def push_operation(text: str, problem: Problem, report: IndicatorReport, ids: Sequence[str],
                   lang: str) -> tuple[Operation, tuple[Issue, ...]]:
    """One undoable edit that adds or replaces the chosen indicator criteria.

    Raises :class:`~mcda.errors.InputError` (no cluster, no criterion with data)
    before anything changes.
    """
    merged, warnings = merge(problem, report, ids, lang)
    frozen = tuple(ids)

    def change(p: Problem) -> Problem:
        return merged if p is problem else merge(p, report, frozen, lang)[0]

    return Operation(text, change), warnings


class IndicatorsSession(QObject):
    """What the Indicadores step has loaded and computed.

    Signals
    -------
    changed()
        The raw data, the options, the report or the problems changed.
    busyChanged(bool)
        A background read or computation started or ended.
    """

    changed = Signal()
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsSession")
        self.workers = Workers(self, max_threads=1)
        self.path: Path | None = None
        self.is_sample = False
        self.read: RawReadResult | None = None
        self.report: IndicatorReport | None = None
        #: Problems of reading and of the last computation (errors and warnings).
        self.compute_issues: tuple[Issue, ...] = ()
        self.region: str | None = None
        self.year: int | None = None
        self.base_year: int | None = None
        self._generation = 0
        self._running = 0

    @classmethod
    def of(cls, document: Document) -> IndicatorsSession:
        """The session of this document (created on first use)."""
        found = document.findChild(cls, "indicatorsSession")
        return found if isinstance(found, cls) else cls(document)

    # -- state ------------------------------------------------------------------
    @property
    def raw(self) -> RawData | None:
        return self.read.data if self.read is not None and self.read.ok else None

    @property
    def busy(self) -> bool:
        return self._running > 0

    @property
    def issues(self) -> tuple[Issue, ...]:
        read = self.read.issues if self.read is not None else ()
        return tuple(read) + tuple(self.compute_issues)

    @property
    def source_name(self) -> str:
        return self.path.name if self.path is not None else ""

    def options(self) -> IndicatorOptions:
        from mcda.indicators.compute import IndicatorOptions

        return IndicatorOptions(region=self.region, year=self.year, base_year=self.base_year)

    # -- requests ---------------------------------------------------------------
    def load(self, path: str | Path, sample: bool = False) -> None:
        """Read a raw-data workbook and compute with the default options."""
        self.path, self.is_sample = Path(path), sample
        self.region = self.year = self.base_year = None
        self._start("read", read_and_compute, self.path)

    def reload(self) -> None:
        """Read the same file again (after fixing it in the spreadsheet)."""
        if self.path is not None:
            self.load(self.path, self.is_sample)

    def set_options(self, region: str | None, year: int | None, base_year: int | None) -> None:
        """Recompute for another region or years (nothing happens when unchanged)."""
        if (region, year, base_year) == (self.region, self.year, self.base_year) or self.raw is None:
            return
        self.region, self.year, self.base_year = region, year, base_year
        self._start("compute", compute, self.raw, self.options())

    def _start(self, kind: str, fn: Any, *args: Any) -> None:
        self._generation += 1
        generation = self._generation
        self.workers.cancel_all()
        # The job waits until its slots are connected: a small workbook is read in
        # a few milliseconds, and a signal emitted before ``connect`` reaches nobody.
        gate = threading.Event()

        def gated(*job_args: Any) -> Any:
            gate.wait()
            return fn(*job_args)

        job = self.workers.submit(gated, *args)
        self._running += 1
        if self._running == 1:
            self.busyChanged.emit(True)
        job.finished.connect(lambda result, g=generation, k=kind: self._finished(g, k, result))
        job.failed.connect(lambda exc, details, g=generation: self._failed(g, exc, details))
        job.done.connect(self._done)
        gate.set()

    def _done(self) -> None:
        self._running -= 1
        if self._running == 0:
            self.busyChanged.emit(False)

    def _finished(self, generation: int, kind: str, result: tuple[Any, ...]) -> None:
        if generation != self._generation:
            return
        if kind == "read":
            self.read, self.report, self.compute_issues = result
        else:
            self.report, self.compute_issues = result
        self.changed.emit()

    def _failed(self, generation: int, exc: BaseException, details: str) -> None:
        if generation == self._generation:
            report_failure(exc, details)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the background work ended (shutdown and tests)."""
        return self.workers.wait(msecs)
