"""A prioritization at one moment (a *snapshot*), and the baseline that follow-up starts from.

A snapshot holds what a committee decided at one date: the data, the final
weights, the main method with its parameters, the ranking and the date.  The
**baseline** is the first snapshot of a series; an export is marked as a
baseline by the session setting ``monitoring.baseline = true`` (with its date
in ``monitoring.date``), which travels in the hidden ``_clusterprio`` sheet.

Any workbook can be read as a snapshot (:func:`read_snapshot`):

* the data, criteria and settings come from the workbook reader;
* the ranking, weights and parameters come from what the export recorded
  (``Prioridades``, ``Pesos``, ``Metodologia``: the list the committee signed);
  a plain input workbook has none of those, and they are computed with the
  session pipeline (:func:`mcda.session.run`), exactly as ``rank`` would;
* the date is ``monitoring.date`` when set, otherwise the reference year of the
  data (the ``año`` most criteria name, as 31 December), otherwise the date
  of the run in ``Metodologia``.  Follow-up measures change over the data's
  time line, not over the day the program ran.

Examples
--------
>>> from mcda.problem import Cluster, Criterion, Problem
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("x", "x", year="2018-2023"),),
...             [[1.0], [2.0]])
>>> snapshot_date(p)
datetime.date(2023, 12, 31)
>>> snapshot_date(mark_baseline(p, _dt.date(2024, 3, 1)))
datetime.date(2024, 3, 1)
>>> is_baseline(mark_baseline(p, _dt.date(2024, 3, 1))), is_baseline(p)
(True, False)
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from mcda.errors import InputError, Issue, McdaError, Severity
from mcda.problem import Problem

#: Session settings of monitoring (``Problem.settings``, saved in ``_clusterprio``).
BASELINE = "monitoring.baseline"
DATE = "monitoring.date"
LABEL = "monitoring.label"
TRUE = "true"

_YEAR = re.compile(r"(?:19|20|21)\d\d")


@dataclass(frozen=True)
class Snapshot:
    """A prioritization at one date.

    Attributes
    ----------
    problem : Problem
        The data as read (missing values stay ``NaN``).
    weights : pandas.Series
        Final weight per criterion id (sum 1), as used for ``ranks``.
    method : str
        Main method id; ``params`` its parameters.
    ranks, scores : pandas.Series
        Main-method rank and score per ranked cluster id.
    better : str
        ``"higher"`` or ``"lower"``: which scores are better.
    missing_policy : str
        The missing-value policy of the run.
    date : datetime.date, optional
        Reference date of the data (see the module docstring).
    label, source : str
        A name to show, and the file it was read from (``""`` for the open session).
    recorded : bool
        True when the ranking is the one the workbook recorded (``Prioridades``).
    baseline : bool
        True when the workbook is marked as a baseline.
    issues : tuple of Issue
        Warnings met while reading or ranking it.
    """

    problem: Problem
    weights: pd.Series
    method: str
    params: Mapping[str, Any]
    ranks: pd.Series
    scores: pd.Series
    better: str = "higher"
    missing_policy: str = "error"
    date: _dt.date | None = None
    label: str = ""
    source: str = ""
    recorded: bool = False
    baseline: bool = False
    issues: tuple[Issue, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        """The label, else the file name, else the date."""
        if self.label:
            return self.label
        if self.source:
            return Path(self.source).stem
        return self.date.isoformat() if self.date else ""

    def rank_of(self, cluster_id: str) -> int | None:
        value = self.ranks.get(cluster_id)
        return None if value is None or pd.isna(value) else int(value)


@dataclass(frozen=True)
class SnapshotRead:
    """A snapshot read from a file, or ``None`` with the errors that prevented it."""

    snapshot: Snapshot | None
    issues: tuple[Issue, ...]

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.is_error)


# -- settings ----------------------------------------------------------------
def is_baseline(problem: Problem) -> bool:
    return problem.settings.get(BASELINE, "").strip().lower() == TRUE


def mark_baseline(problem: Problem, date: _dt.date, label: str = "") -> Problem:
    """``problem`` marked as the baseline of a prioritization, dated ``date``."""
    settings = dict(problem.settings)
    settings[BASELINE] = TRUE
    settings[DATE] = date.isoformat()
    if label:
        settings[LABEL] = label
    else:
        settings.pop(LABEL, None)
    return problem.replace(settings=settings)


def unmark_baseline(problem: Problem) -> Problem:
    settings = {k: v for k, v in problem.settings.items() if k not in (BASELINE, DATE, LABEL)}
    return problem.replace(settings=settings)


def parse_date(value: Any) -> _dt.date | None:
    """A date from a cell or a setting: a date, ``2025-12-31``, ``31/12/2025`` or an ISO timestamp.

    >>> parse_date("31/12/2025"), parse_date("2026-11-25T20:17:25+00:00"), parse_date("soon")
    (datetime.date(2025, 12, 31), datetime.date(2026, 11, 25), None)
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m:
        try:
            return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None


def data_year(problem: Problem) -> int | None:
    """The reference year of the data: the year most criteria name in their ``año``
    (a range ``"2018-2023"`` counts as its last year; a tie goes to the latest year)."""
    years = [int(found[-1]) for c in problem.criteria if (found := _YEAR.findall(c.year))]
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


def snapshot_date(problem: Problem, methodology: Mapping[str, Any] | None = None) -> _dt.date | None:
    """The reference date of a snapshot (see the module docstring)."""
    stored = parse_date(problem.settings.get(DATE))
    if stored is not None:
        return stored
    year = data_year(problem)
    if year is not None:
        return _dt.date(year, 12, 31)
    return parse_date((methodology or {}).get("date"))


# -- building snapshots ------------------------------------------------------------
def snapshot_from_analysis(analysis: Any, problem: Problem | None = None, *, source: str = "",
                           label: str | None = None, date: _dt.date | None = None,
                           recorded: bool = False) -> Snapshot:
    """The snapshot of a run of :func:`mcda.session.run` (the desktop session's latest ranking).

    ``problem`` is the data as entered (default: the analysis' problem, after
    the missing-value policy).
    """
    data = problem if problem is not None else analysis.problem
    main = analysis.main
    return Snapshot(
        problem=data, weights=analysis.weights.weights.astype(float), method=main.method,
        params=dict(main.parameters), ranks=main.ranks.astype(int), scores=main.scores.astype(float),
        better=main.better, missing_policy=str(analysis.methodology.get("missing_policy", "error")),
        date=date if date is not None else snapshot_date(data, analysis.methodology),
        label=label if label is not None else data.settings.get(LABEL, ""), source=source, recorded=recorded,
        baseline=is_baseline(data), issues=tuple(analysis.warnings))


def read_snapshot(path: str | os.PathLike[str]) -> SnapshotRead:
    """Read any workbook (an export, a saved session, an input) as a snapshot.

    Errors of the workbook are returned, never raised.  Missing values are an
    error only when the workbook's missing-value policy is ``error``.
    """
    from mcda import session
    from mcda.missing import POLICIES
    from mcda.monitoring.recorded import read_recorded, recorded_params
    from mcda.workbook.reader import read_workbook

    read = read_workbook(path, missing_policy="error")
    if read.problem is None:
        return SnapshotRead(None, read.issues)
    problem = read.problem
    rec = read_recorded(path)
    policy = problem.settings.get(session.MISSING_POLICY) or str(rec.methodology.get("missing_policy") or "error")
    policy = policy if policy in POLICIES else "error"
    fatal = [i for i in read.errors if not (i.code == "cell.missing" and policy != "error")]
    if fatal:
        return SnapshotRead(None, read.issues)
    from mcda.methods import METHOD_IDS

    method = str(rec.methodology.get("main_method") or "")
    method = method if method in METHOD_IDS else session.main_method(problem)
    params: dict[str, Any] = dict(session.params(problem).get(method, {}))
    try:
        from mcda.methods import method_info

        params.update(method_info(method).resolve(recorded_params(rec.methodology, method)))
    except InputError:
        pass  # an unreadable recorded parameter: the session's own (or the default) stays
    warnings = tuple(i for i in read.issues if not i.is_error)
    try:
        analysis = session.run(problem, methods=[method], params_by_method={method: params}, policy=policy,
                               input_sha256=read.sha256)
    except McdaError as exc:
        return SnapshotRead(None, (*warnings, *exc.issues))
    snap = snapshot_from_analysis(analysis, problem, source=str(path))
    snap = _with_recorded(snap, rec.ranks, rec.scores, rec.weights, rec.methodology)
    return SnapshotRead(snap, (*warnings, *snap.issues))


def _with_recorded(snap: Snapshot, ranks: dict[str, int] | None, scores: dict[str, float],
                   weights: dict[str, float], methodology: Mapping[str, Any]) -> Snapshot:
    """Prefer what the export recorded (the signed list) to what was recomputed.

    The recorded ranking is used when it covers exactly the clusters ranked
    now; the recorded weights when they cover every criterion.  A recorded
    ranking that the recomputation does not reproduce is kept (it is the
    record) with the warning ``monitoring.recorded_differs``.
    """
    from dataclasses import replace

    changes: dict[str, Any] = {"date": snapshot_date(snap.problem, methodology)}
    extra: list[Issue] = []
    ids = set(snap.ranks.index)
    if ranks is not None and set(ranks) == ids:
        rec = pd.Series(ranks, dtype=int).reindex(snap.ranks.index)
        differ = [c for c in snap.ranks.index if int(rec[c]) != int(snap.ranks[c])]
        if differ:
            extra.append(Issue("monitoring.recorded_differs", params={
                "count": len(differ), "clusters": ", ".join(differ[:5])}, severity=Severity.WARNING))
        changes.update(ranks=rec, recorded=True)
        if scores and set(scores) == ids:
            changes["scores"] = pd.Series(scores, dtype=float).reindex(snap.ranks.index)
    crit = snap.problem.criterion_ids
    if weights and set(crit) <= set(weights):
        w = pd.Series({c: weights[c] for c in crit}, dtype=float)
        if w.sum() > 0:
            changes["weights"] = w / w.sum()
    changes["issues"] = (*snap.issues, *extra)
    return replace(snap, **changes)
