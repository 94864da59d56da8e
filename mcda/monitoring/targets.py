"""Targets for the prioritized clusters and the progress towards them.

A target says: by ``date``, cluster ``cluster`` should reach ``value`` on
criterion ``criterion``.  Progress is measured from the baseline value:

* ``progress = gain / need`` with ``gain = s·(current − base)`` and
  ``need = s·(target − base)``, ``s`` = +1 for a benefit criterion and −1 for a
  cost criterion — the share of the way from the baseline to the target,
  whichever the direction: 0 at the baseline, 1 at the target, above 1 past it
  (overshoot), below 0 when the cluster moved away from it;
* a target no better than the baseline (``need ≤ 0``) is a *hold* target:
  it is reached while the current value is not worse than it; it has no share;
* ``reached``: the current value is at least as good as the target;
* ``late``: the target date has passed (on ``today``) and it is not reached;
* ``off_track``: not reached and either moving away from it (worse than the
  baseline), late, or behind schedule — progress below the share of the time
  from the baseline date to the target date elapsed at the latest round.

Targets travel with the session: in memory (and in the hidden ``_clusterprio``
sheet) as the setting ``monitoring.targets``, and in the visible sheet
``Metas`` (columns ``cluster``, ``criterio``, ``meta``, ``fecha``) that people
can fill in with a spreadsheet; when a workbook has a ``Metas`` sheet, it wins.

Examples
--------
>>> import datetime as dt
>>> t = Target("C1", "R1", 2000.0, dt.date(2027, 12, 31))          # a cost criterion: lower is better
>>> p = evaluate_one(t, base=3000.0, current=2400.0, sign=-1, base_date=dt.date(2023, 12, 31),
...                  latest_date=dt.date(2025, 12, 31), today=dt.date(2026, 1, 15))
>>> round(p.progress, 6), round(p.elapsed, 3), p.status
(0.6, 0.5, 'on_track')
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from mcda.errors import Issue, Severity, cell_ref
from mcda.monitoring.baseline import Snapshot, parse_date
from mcda.problem import Problem
from mcda.workbook.names import normalize
from mcda.workbook.numbers import cell_text, parse_value
from mcda.workbook.tables import Grid, at, data_rows, read_header

#: The session setting holding the targets (compact JSON).
TARGETS = "monitoring.targets"
SHEET = "Metas"
COLUMNS = ("cluster", "criterio", "meta", "fecha")
STATUSES = ("reached", "on_track", "off_track", "late", "no_data")

TARGET_COLUMNS = {normalize(a): role for role, names in {
    "cluster": ("cluster", "clúster", "cluster id", "id cluster", "id", "código", "code"),
    "criterion": ("criterio", "criterion", "id criterio", "criterion id"),
    "value": ("meta", "target", "valor meta", "target value", "objetivo"),
    "date": ("fecha", "date", "plazo", "fecha límite", "deadline", "fecha meta", "target date"),
}.items() for a in names}

_TOL = 1e-9


@dataclass(frozen=True)
class Target:
    """One target: ``cluster`` should reach ``value`` on ``criterion`` by ``date``."""

    cluster: str
    criterion: str
    value: float
    date: _dt.date | None = None


@dataclass(frozen=True)
class Progress:
    """Where a target stands at the latest round (see the module docstring)."""

    target: Target
    base: float
    current: float
    sign: int
    progress: float | None
    elapsed: float | None
    reached: bool
    late: bool
    off_track: bool
    moving_away: bool
    status: str

    @property
    def hold(self) -> bool:
        """A target no better than the baseline (keep the value at least there)."""
        return self.progress is None and not (math.isnan(self.base) or math.isnan(self.current))


# -- progress arithmetic ---------------------------------------------------------
def evaluate_one(target: Target, *, base: float, current: float, sign: int, base_date: _dt.date | None = None,
                 latest_date: _dt.date | None = None, today: _dt.date | None = None) -> Progress:
    """Progress of one target from its baseline value ``base`` to the ``current`` value."""
    today = today or _dt.date.today()
    date_passed = target.date is not None and today > target.date
    if math.isnan(base) or math.isnan(current) or math.isnan(target.value):
        return Progress(target, base, current, sign, None, None, False, date_passed, False, False,
                        "late" if date_passed else "no_data")
    scale = _TOL * max(abs(target.value), abs(base), 1.0)
    need = sign * (target.value - base)
    gain = sign * (current - base)
    reached = sign * (current - target.value) >= -scale
    progress = gain / need if need > scale else None
    moving_away = gain < -scale
    elapsed = _elapsed(base_date, latest_date, target.date)
    behind = progress is not None and elapsed is not None and progress < elapsed
    late = date_passed and not reached
    off_track = not reached and (moving_away or behind or late)
    status = "reached" if reached else "late" if late else "off_track" if off_track else "on_track"
    return Progress(target, base, current, sign, progress, elapsed, reached, late, off_track, moving_away, status)


def _elapsed(start: _dt.date | None, now: _dt.date | None, end: _dt.date | None) -> float | None:
    """Share of the time from ``start`` to ``end`` elapsed at ``now`` (0..1), when all are known.

    >>> _elapsed(_dt.date(2025, 1, 1), _dt.date(2025, 1, 11), _dt.date(2025, 1, 21))
    0.5
    """
    if start is None or now is None or end is None:
        return None
    total = (end - start).days
    if total <= 0:
        return 1.0
    return min(max((now - start).days / total, 0.0), 1.0)


def evaluate(targets: Iterable[Target], base: Snapshot, latest: Snapshot | None = None,
             today: _dt.date | None = None) -> list[Progress]:
    """Progress of every target from the baseline snapshot to the latest one (the baseline itself
    when there is no later round).  A cluster or criterion missing from a round gives ``no_data``."""
    latest = latest or base
    out = []
    for t in targets:
        b = _value(base.problem, t.cluster, t.criterion)
        c = _value(latest.problem, t.cluster, t.criterion)
        sign = _sign(base.problem, t.criterion) or _sign(latest.problem, t.criterion) or 1
        out.append(evaluate_one(t, base=b, current=c, sign=sign, base_date=base.date, latest_date=latest.date,
                                today=today))
    return out


def _value(problem: Problem, cluster: str, criterion: str) -> float:
    if cluster in problem.cluster_ids and criterion in problem.criterion_ids:
        return problem.value(cluster, criterion)
    return math.nan


def _sign(problem: Problem, criterion: str) -> int | None:
    return problem.criterion(criterion).direction.sign if criterion in problem.criterion_ids else None


def progress_frame(items: Sequence[Progress]) -> pd.DataFrame:
    """One row per target: cluster, criterion, base, current, target, date, progress, elapsed, flags, status."""
    rows = [(p.target.cluster, p.target.criterion, p.base, p.current, p.target.value, p.target.date,
             p.progress, p.elapsed, p.reached, p.late, p.off_track, p.status) for p in items]
    return pd.DataFrame(rows, columns=["cluster", "criterion", "base", "current", "target", "date", "progress",
                                       "elapsed", "reached", "late", "off_track", "status"])


# -- in the session ----------------------------------------------------------------
def targets_from_settings(problem: Problem) -> list[Target]:
    """The targets kept in the session (``[]`` when none or unreadable)."""
    text = problem.settings.get(TARGETS, "")
    if not text:
        return []
    try:
        rows = json.loads(text)
        return [Target(str(r[0]), str(r[1]), float(r[2]), parse_date(r[3]) if len(r) > 3 else None)
                for r in rows]
    except (ValueError, TypeError, IndexError, KeyError):
        return []


def targets_text(targets: Iterable[Target]) -> str:
    """The setting's text for ``targets`` (``""`` when there are none).

    >>> targets_text([Target("C1", "I1", 10.0, _dt.date(2027, 12, 31))])
    '[["C1","I1",10.0,"2027-12-31"]]'
    """
    rows = [[t.cluster, t.criterion, t.value, t.date.isoformat() if t.date else ""] for t in targets]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")) if rows else ""


def with_targets(problem: Problem, targets: Iterable[Target]) -> Problem:
    """``problem`` holding exactly these targets (one per cluster and criterion; the last one wins)."""
    unique: dict[tuple[str, str], Target] = {}
    for t in targets:
        unique[(t.cluster, t.criterion)] = t
    settings = dict(problem.settings)
    text = targets_text(unique.values())
    if text:
        settings[TARGETS] = text
    else:
        settings.pop(TARGETS, None)
    return problem.replace(settings=settings)


def set_target(problem: Problem, target: Target) -> Problem:
    return with_targets(problem, [*targets_from_settings(problem), target])


def remove_target(problem: Problem, cluster: str, criterion: str) -> Problem:
    return with_targets(problem, [t for t in targets_from_settings(problem)
                                  if (t.cluster, t.criterion) != (cluster, criterion)])


# -- the Metas sheet -------------------------------------------------------------------
def read_targets_grid(grid: Grid, sheet: str = SHEET,
                      problem: Problem | None = None) -> tuple[list[Target], list[Issue]]:
    """Targets of a ``Metas`` grid, with every problem located (``Metas!C4``).

    A bad value or date is an error (the row is skipped); a cluster or
    criterion that ``problem`` does not have, or a repeated pair, is a warning.
    """
    issues: list[Issue] = []
    header = read_header(grid, sheet, TARGET_COLUMNS, ("cluster", "criterion", "value"), issues)
    if header is None or any(i.is_error for i in issues):
        return [], issues
    out: dict[tuple[str, str], Target] = {}
    roles = header.roles
    for r in data_rows(grid, header):
        cluster = cell_text(at(grid, r, roles["cluster"]))
        criterion = cell_text(at(grid, r, roles["criterion"]))
        where = cell_ref(r, roles["cluster"])
        if not cluster or not criterion:
            issues.append(Issue("targets.incomplete_row", sheet=sheet, cell=where))
            continue
        if problem is not None:
            cluster = _match(cluster, problem.cluster_ids)
            criterion = _match(criterion, problem.criterion_ids)
            if cluster not in problem.cluster_ids:
                issues.append(_warn("targets.unknown_cluster", sheet, where, cluster=cluster))
            if criterion not in problem.criterion_ids:
                issues.append(_warn("targets.unknown_criterion", sheet, cell_ref(r, roles["criterion"]),
                                    criterion=criterion))
        raw = at(grid, r, roles["value"])
        value = parse_value(raw)
        if not isinstance(value, float):
            issues.append(Issue("targets.bad_value", sheet=sheet, cell=cell_ref(r, roles["value"]),
                                params={"value": cell_text(raw)}))
            continue
        date = None
        if "date" in roles and cell_text(at(grid, r, roles["date"])):
            date = parse_date(at(grid, r, roles["date"]))
            if date is None:
                issues.append(Issue("targets.bad_date", sheet=sheet, cell=cell_ref(r, roles["date"]),
                                    params={"value": cell_text(at(grid, r, roles["date"]))}))
                continue
        if (cluster, criterion) in out:
            issues.append(_warn("targets.duplicate", sheet, where, cluster=cluster, criterion=criterion))
            continue
        out[(cluster, criterion)] = Target(cluster, criterion, value, date)
    return list(out.values()), issues


def _match(text: str, ids: Sequence[str]) -> str:
    if text in ids:
        return text
    loose = {normalize(i): i for i in ids}
    return loose.get(normalize(text), text)


def _warn(code: str, sheet: str, cell: str, **params: Any) -> Issue:
    return Issue(code, sheet=sheet, cell=cell, params=params, severity=Severity.WARNING)


def load_targets(path: str | os.PathLike[str], problem: Problem) -> tuple[list[Target], list[Issue]]:
    """The targets of a workbook: its ``Metas`` sheet when it has one, else the session setting."""
    from mcda.monitoring.recorded import read_sheet

    found = read_sheet(Path(path), SHEET)
    if found is None:
        return targets_from_settings(problem), []
    return read_targets_grid(found[0], found[1], problem)


def sheet_targets_into(path: str | os.PathLike[str], problem: Problem) -> tuple[Problem, list[Issue]]:
    """``problem`` holding the targets of the workbook's ``Metas`` sheet (unchanged without one).

    The sheet's problems are returned as warnings: a bad target row must not
    stop the workbook from opening.
    """
    from mcda.monitoring.recorded import read_sheet

    found = read_sheet(Path(path), SHEET)
    if found is None:
        return problem, []
    targets, issues = read_targets_grid(found[0], found[1], problem)
    return with_targets(problem, targets), [i.as_warning() for i in issues]


def targets_frame(targets: Iterable[Target]) -> pd.DataFrame:
    """The ``Metas`` sheet's table (columns :data:`COLUMNS`)."""
    rows = [(t.cluster, t.criterion, t.value, t.date) for t in targets]
    return pd.DataFrame(rows, columns=list(COLUMNS))
