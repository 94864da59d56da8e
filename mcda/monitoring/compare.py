"""Compare a baseline with later data: what changed, and why the order moved.

Clusters and criteria are matched by id.  Those present in only one round are
listed (added / removed); for every cluster and criterion present in both,
the baseline value, the new value, the change and whether it is an
improvement given the criterion's direction (the baseline's direction).

The order is compared in two steps, so that new data and new weights are not
confused:

``base_rank``
    the baseline ranking (as recorded in the baseline export);
``rank_with_base_weights``
    the new data ranked exactly as the baseline was — the baseline's
    criteria definitions, final weights, main method, parameters and
    missing-value policy — over the criteria present in both rounds (the
    baseline weights of criteria that disappeared are left out and the rest
    rescaled to sum 1);
``rank``
    the new round's own ranking (the committee may have re-weighted, added
    criteria or changed method).

``data_effect = base_rank − rank_with_base_weights`` and
``weight_effect = rank_with_base_weights − rank`` (places gained; positive is
up), so ``data_effect + weight_effect = base_rank − rank`` for every cluster
in both rounds.  Every ranking goes through :func:`mcda.session.run`; no
method is re-implemented here.

Examples
--------
>>> import datetime as dt
>>> from mcda.problem import Cluster, Criterion, Direction, Problem
>>> from mcda.monitoring.baseline import snapshot_from_analysis
>>> from mcda.session import run
>>> crit = (Criterion("x", "x", weight=1), Criterion("y", "y", direction=Direction.COST, weight=1))
>>> p0 = Problem((Cluster("A", "a"), Cluster("B", "b")), crit, [[10, 5], [8, 1]])
>>> p1 = p0.with_value("A", "y", 0.5)
>>> c = compare(snapshot_from_analysis(run(p0)), snapshot_from_analysis(run(p1)))
>>> c.changed[["cluster", "criterion", "base", "new", "better"]].values.tolist()
[['A', 'y', 5.0, 0.5, True]]
>>> c.ranking[["base_rank", "rank_with_base_weights", "rank", "data_effect", "weight_effect"]].loc["A"].tolist()
[2, 1, 1, 1, 0]
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from mcda.errors import InputError, Issue, Severity
from mcda.monitoring.baseline import Snapshot
from mcda.problem import Problem

#: Two values closer than this (relative to the larger magnitude, at least 1e-12) are unchanged.
CHANGE_TOLERANCE = 1e-9

CHANGE_COLUMNS = ("cluster", "criterion", "base", "new", "change", "relative", "better", "changed")
RANK_COLUMNS = ("name", "base_rank", "rank_with_base_weights", "rank", "data_effect", "weight_effect",
                "total_effect")


@dataclass(frozen=True)
class Comparison:
    """A baseline and a later round, compared.

    Attributes
    ----------
    base, new : Snapshot
    added_clusters, removed_clusters, added_criteria, removed_criteria : tuple of str
        Ids present only in the new round (added) or only in the baseline (removed).
    changes : pandas.DataFrame
        One row per (cluster, criterion) present in both rounds, columns
        :data:`CHANGE_COLUMNS`; ``better`` is True / False, or ``None`` when the
        value did not change or one side is missing; ``relative`` is the change
        over ``|base|`` (NaN when the base is 0).
    ranking : pandas.DataFrame
        Indexed by cluster id (baseline clusters first, in baseline order, then
        the added ones), columns :data:`RANK_COLUMNS`; ranks are ``None``
        where a cluster is not ranked in that round.
    with_base_weights : Snapshot
        The new data ranked as the baseline was.
    issues : tuple of Issue
        Warnings about the comparison (criteria left out, directions or units
        that changed, a baseline that its own recipe does not reproduce).
    """

    base: Snapshot
    new: Snapshot
    added_clusters: tuple[str, ...]
    removed_clusters: tuple[str, ...]
    added_criteria: tuple[str, ...]
    removed_criteria: tuple[str, ...]
    changes: pd.DataFrame
    ranking: pd.DataFrame
    with_base_weights: Snapshot
    issues: tuple[Issue, ...] = ()

    @property
    def changed(self) -> pd.DataFrame:
        """Only the rows whose value changed."""
        return self.changes[self.changes["changed"]]

    @property
    def method_changed(self) -> bool:
        return self.base.method != self.new.method


def _warn(code: str, **params: Any) -> Issue:
    return Issue(code, params=params, severity=Severity.WARNING)


def value_changed(a: float, b: float) -> bool:
    """True when ``a`` and ``b`` differ beyond float noise (a missing side counts as a change
    only when the other side is present).

    >>> value_changed(1.0, 1.0 + 1e-13), value_changed(1.0, 1.1), value_changed(math.nan, math.nan)
    (False, True, False)
    """
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) != math.isnan(b)
    return abs(a - b) > CHANGE_TOLERANCE * max(abs(a), abs(b), 1e-3)


def is_better(base: float, new: float, sign: int) -> bool | None:
    """Whether ``new`` improves on ``base`` for a criterion of direction ``sign`` (+1 benefit, −1 cost).

    >>> is_better(10, 12, +1), is_better(10, 12, -1), is_better(10, 10, +1), is_better(math.nan, 3, +1)
    (True, False, None, None)
    """
    if math.isnan(base) or math.isnan(new) or not value_changed(base, new):
        return None
    return (new - base) * sign > 0


def frozen_problem(base: Snapshot, data: Problem) -> Problem:
    """``data`` set up exactly as the baseline was ranked (see the module docstring).

    The baseline's criteria (direction, PROMETHEE function, thresholds) carry
    the baseline's final weights as direct weights; criteria absent from
    ``data`` are dropped and the remaining weights rescaled; criteria only in
    ``data`` are left out.  Raises :class:`InputError`
    (``monitoring.no_common_criteria``) when no criterion is left.
    """
    from mcda import session

    common = [c for c in base.problem.criterion_ids if c in set(data.criterion_ids)]
    if not common:
        raise InputError(Issue("monitoring.no_common_criteria"))
    w = base.weights.reindex(common).fillna(0.0).astype(float)
    if float(w.sum()) <= 0:
        w = pd.Series(1.0, index=common)
    w = w / float(w.sum())
    criteria = tuple(replace(base.problem.criterion(c), weight=float(w[c])) for c in common)
    values = data.matrix.loc[:, common].to_numpy(dtype=float)
    settings = {session.WEIGHT_MODE: "direct", session.METHOD: base.method,
                session.MISSING_POLICY: base.missing_policy}
    return Problem(data.clusters, criteria, values, settings=settings)


def rank_with_weights_of(base: Snapshot, data: Problem, label: str = "") -> Snapshot:
    """Rank ``data`` with the baseline's recipe (:func:`frozen_problem`) through :func:`mcda.session.run`."""
    from mcda import session
    from mcda.monitoring.baseline import snapshot_from_analysis

    problem = frozen_problem(base, data)
    analysis = session.run(problem, methods=[base.method], params_by_method={base.method: dict(base.params)},
                           policy=base.missing_policy)
    snap = snapshot_from_analysis(analysis, data, label=label)
    return replace(snap, date=None, baseline=False)


def compare(base: Snapshot, new: Snapshot) -> Comparison:
    """Compare ``new`` with the baseline ``base`` (see the module docstring).

    Raises
    ------
    mcda.errors.McdaError
        When the new data cannot be ranked with the baseline's recipe
        (e.g. missing values under the ``error`` policy), or nothing is shared.
    """
    bp, np_ = base.problem, new.problem
    new_clusters, new_criteria = set(np_.cluster_ids), set(np_.criterion_ids)
    added_clusters = tuple(c for c in np_.cluster_ids if c not in set(bp.cluster_ids))
    removed_clusters = tuple(c for c in bp.cluster_ids if c not in new_clusters)
    added_criteria = tuple(c for c in np_.criterion_ids if c not in set(bp.criterion_ids))
    removed_criteria = tuple(c for c in bp.criterion_ids if c not in new_criteria)
    common_clusters = [c for c in bp.cluster_ids if c in new_clusters]
    if not common_clusters:
        raise InputError(Issue("monitoring.no_common_clusters"))
    issues = list(_definition_notes(bp, np_))
    if removed_criteria:
        issues.append(_warn("monitoring.criteria_removed", criteria=", ".join(removed_criteria)))
    if added_criteria:
        issues.append(_warn("monitoring.criteria_added", criteria=", ".join(added_criteria)))
    if base.method != new.method:
        issues.append(_warn("monitoring.method_changed", base=base.method, new=new.method))
    reproduced = rank_with_weights_of(base, bp)
    differ = [c for c in base.ranks.index if reproduced.rank_of(c) != base.rank_of(c)]
    if differ:
        issues.append(_warn("monitoring.baseline_not_reproduced", count=len(differ),
                            clusters=", ".join(differ[:5])))
    frozen = rank_with_weights_of(base, np_, label=new.name)
    changes = _changes(bp, np_, common_clusters)
    ranking = _ranking(base, new, frozen)
    return Comparison(base, new, added_clusters, removed_clusters, added_criteria, removed_criteria, changes,
                      ranking, frozen, tuple(issues))


def _definition_notes(bp: Problem, np_: Problem) -> list[Issue]:
    notes: list[Issue] = []
    for c in bp.criteria:
        if c.id not in np_.criterion_ids:
            continue
        other = np_.criterion(c.id)
        if other.direction != c.direction:
            notes.append(_warn("monitoring.direction_changed", criterion=c.id))
        if other.unit.strip() != c.unit.strip():
            notes.append(_warn("monitoring.unit_changed", criterion=c.id, base=c.unit or "-", new=other.unit or "-"))
    return notes


def _changes(bp: Problem, np_: Problem, clusters: list[str]) -> pd.DataFrame:
    criteria = [c for c in bp.criterion_ids if c in set(np_.criterion_ids)]
    rows: list[tuple[Any, ...]] = []
    if criteria:
        b = bp.matrix.loc[clusters, criteria].to_numpy(dtype=float)
        n = np_.matrix.loc[clusters, criteria].to_numpy(dtype=float)
        signs = {c.id: c.direction.sign for c in bp.criteria}
        for i, cid in enumerate(clusters):
            for j, k in enumerate(criteria):
                x, y = float(b[i, j]), float(n[i, j])
                change = y - x if not (math.isnan(x) or math.isnan(y)) else math.nan
                relative = change / abs(x) if x not in (0.0,) and not math.isnan(change) else math.nan
                rows.append((cid, k, x, y, change, relative, is_better(x, y, signs[k]), value_changed(x, y)))
    frame = pd.DataFrame(rows, columns=list(CHANGE_COLUMNS))
    frame["better"] = frame["better"].astype(object)
    frame["changed"] = frame["changed"].astype(bool)
    return frame


def _rank(s: Snapshot, cid: str) -> int | None:
    return s.rank_of(cid)


def _diff(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a - b


def _ranking(base: Snapshot, new: Snapshot, frozen: Snapshot) -> pd.DataFrame:
    order = [c for c in base.ranks.sort_values(kind="stable").index]
    order += [c for c in base.problem.cluster_ids if c not in set(order)]
    order += [c for c in new.problem.cluster_ids if c not in set(order)]
    names = {c.id: c.name for c in base.problem.clusters}
    names.update({c.id: c.name for c in new.problem.clusters})
    rows = []
    for cid in order:
        b, f, n = _rank(base, cid), _rank(frozen, cid), _rank(new, cid)
        rows.append((names.get(cid, cid), b, f, n, _diff(b, f), _diff(f, n), _diff(b, n)))
    return pd.DataFrame(rows, index=pd.Index(order, name="id"), columns=list(RANK_COLUMNS), dtype=object)

