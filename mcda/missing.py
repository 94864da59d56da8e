"""Missing values (``NaN`` in :attr:`Problem.values`) and what to do about them.

The committee chooses one policy; it is recorded in the output's
``Metodologia`` sheet:

``error``
    (default) every missing value is an error that names its cell.
``exclude``
    clusters with any missing value are left out of the ranking.
``median``
    a missing value takes the median of the other clusters' values of that
    criterion.
``worst``
    a missing value takes the worst value of that criterion among the other
    clusters: the minimum for a benefit criterion, the maximum for a cost
    criterion (a cluster is never rewarded for missing data).

Examples
--------
>>> from mcda.problem import Cluster, Criterion, Direction, Problem
>>> p = Problem((Cluster("a", "A"), Cluster("b", "B"), Cluster("c", "C")),
...             (Criterion("x", "X"), Criterion("y", "Y", direction=Direction.COST)),
...             [[1.0, float("nan")], [3.0, 5.0], [float("nan"), 9.0]])
>>> r = apply_missing_policy(p, "worst")
>>> r.problem.values.tolist()
[[1.0, 9.0], [3.0, 5.0], [1.0, 9.0]]
>>> [(i.cluster, i.criterion, i.value) for i in r.imputations]
[('a', 'y', 9.0), ('c', 'x', 1.0)]
>>> apply_missing_policy(p, "median").problem.values.tolist()
[[1.0, 7.0], [3.0, 5.0], [2.0, 9.0]]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from mcda.errors import InputError, Issue
from mcda.problem import Direction, Problem

#: The missing-value policies, the first being the default.
POLICIES = ("error", "exclude", "median", "worst")


@dataclass(frozen=True)
class Imputation:
    """One value filled in by a policy."""

    cluster: str
    criterion: str
    value: float
    policy: str


@dataclass(frozen=True)
class MissingResult:
    """The problem after a policy, what was filled in and who was left out."""

    problem: Problem
    imputations: tuple[Imputation, ...] = ()
    excluded: tuple[str, ...] = ()


def apply_missing_policy(
    problem: Problem, policy: str, cells: Iterable[tuple[str, str]] | None = None
) -> MissingResult:
    """Resolve the missing values of ``problem`` by ``policy``.

    ``cells`` limits the policy to these (cluster id, criterion id) pairs;
    by default every ``NaN`` is resolved.  The statistics (median, worst)
    are computed from the values present, never from imputed ones.

    Raises
    ------
    ValueError
        for an unknown policy name.
    InputError
        ``missing.error`` (policy ``error`` with missing values, one issue per
        value), ``missing.too_few_clusters`` (exclusion leaves fewer than two
        clusters), ``missing.column_empty`` (no value to impute from).
    """
    if policy not in POLICIES:
        raise ValueError(f"unknown missing-value policy {policy!r}; expected one of {POLICIES}")
    if cells is None:
        targets = problem.missing_cells()
    else:
        missing = set(problem.missing_cells())
        targets = [c for c in dict.fromkeys(cells) if c in missing]
    if not targets:
        return MissingResult(problem)
    if policy == "error":
        raise InputError([Issue("missing.error", params={"cluster": c, "criterion": k}) for c, k in targets])
    if policy == "exclude":
        drop = set(c for c, _ in targets)
        kept = [c for c in problem.cluster_ids if c not in drop]
        if len(kept) < 2:
            raise InputError(Issue("missing.too_few_clusters", params={"excluded": len(drop), "left": len(kept)}))
        return MissingResult(problem.subset(kept), (), tuple(c for c in problem.cluster_ids if c in drop))
    values = problem.values.copy()
    imputations: list[Imputation] = []
    fills: dict[int, float] = {}
    empty: list[Issue] = []
    for cluster, criterion in targets:
        j = problem.criterion_index(criterion)
        if j not in fills:
            column = problem.values[:, j]
            present = column[~np.isnan(column)]
            if present.size == 0:
                empty.append(Issue("missing.column_empty", params={"criterion": criterion}))
                fills[j] = float("nan")
                continue
            if policy == "median":
                fills[j] = float(np.median(present))
            elif problem.criteria[j].direction is Direction.BENEFIT:
                fills[j] = float(present.min())
            else:
                fills[j] = float(present.max())
        if np.isnan(fills[j]):
            continue
        values[problem.cluster_index(cluster), j] = fills[j]
        imputations.append(Imputation(cluster, criterion, fills[j], policy))
    if empty:
        raise InputError(list({i.params["criterion"]: i for i in empty}.values()))
    return MissingResult(problem.replace(values=values), tuple(imputations))
