"""Checks made before any ranking method computes anything.

:func:`prepare` turns a :class:`~mcda.problem.Problem` (and optional
weights overriding its own) into :class:`Prepared` data, or raises
:class:`~mcda.errors.MethodError` with one coded issue per problem found:

* a missing value (``NaN``) -> ``method.missing_value`` naming the cluster and
  the criterion, one issue per cell;
* fewer than two clusters -> ``method.too_few_clusters``; no criterion ->
  ``method.no_criteria``;
* weights of the wrong length, negative, not finite, or all zero ->
  ``method.weights_*``; weights not summing to 1 are normalized, with the
  warning ``method.weights_normalized``;
* every criterion with a positive weight constant -> ``method.no_information``.

Warnings (kept in every result): a constant criterion
(``method.constant_criterion``: it carries no information; each method gives
it a neutral value); a cluster best on every criterion
(``method.dominant_cluster``) or worst on every one
(``method.dominated_cluster``), the facts pymcdm warns about.

:func:`check_signs` enforces what a normalization needs (positive values for
reciprocals ...), naming the criterion (``method.values_not_positive``,
``method.values_negative``; ``..._fixed`` for a method without a normalization
parameter, such as COPRAS, whose only way out is another method).

>>> from mcda.problem import Problem, Cluster, Criterion
>>> import math
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("c1", "x"),), [[1.0], [math.nan]])
>>> try:
...     prepare(p)
... except MethodError as e:
...     print(e.issues[0].code, dict(e.issues[0].params))
method.missing_value {'cluster': 'B', 'criterion': 'c1'}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.errors import Issue, McdaError, MethodError, Severity
from mcda.methods.normalization import SIGN_RULES, constant_columns
from mcda.problem import Criterion, Problem

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]
BoolArray = npt.NDArray[np.bool_]

WeightsLike: TypeAlias = "Sequence[float] | FloatArray | pd.Series | Mapping[str, float]"

#: Override weights whose sum differs from 1 by more than this are reported as normalized.
WEIGHT_SUM_TOLERANCE = 1e-9


def _warn(code: str, **params: Any) -> Issue:
    return Issue(code, params=params, severity=Severity.WARNING)


@dataclass(frozen=True)
class Prepared:
    """Validated numbers for the kernels, with labels for the result tables."""

    cluster_ids: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    matrix: FloatArray
    weights: FloatArray
    types: IntArray
    constant: BoolArray
    warnings: tuple[Issue, ...] = ()
    cluster_index: pd.Index = field(default_factory=lambda: pd.Index([]))
    criterion_index: pd.Index = field(default_factory=lambda: pd.Index([]))

    def __post_init__(self) -> None:
        # Labels built once: a pandas Index made from a list costs more than the
        # arithmetic of a whole method on 200 clusters.
        if len(self.cluster_index) != len(self.cluster_ids):
            object.__setattr__(self, "cluster_index", pd.Index(list(self.cluster_ids), dtype=object))
        if len(self.criterion_index) != len(self.criteria):
            object.__setattr__(self, "criterion_index", pd.Index([c.id for c in self.criteria], dtype=object))

    @property
    def criterion_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria)

    def by_criterion(self, data: Any, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """A clusters x criteria table (or clusters x ``columns``)."""
        cols = self.criterion_index if columns is None else pd.Index(list(columns), dtype=object)
        return pd.DataFrame(np.asarray(data, dtype=float), index=self.cluster_index, columns=cols, copy=False)

    def per_criterion(self, **columns: Any) -> pd.DataFrame:
        """A table with one row per criterion and the given columns."""
        return _table(self.criterion_index, columns)

    def per_cluster(self, **columns: Any) -> pd.DataFrame:
        """A table with one row per cluster and the given columns."""
        return _table(self.cluster_index, columns)


def _table(index: pd.Index, columns: Mapping[str, Any]) -> pd.DataFrame:
    arrays = [np.asarray(v) for v in columns.values()]
    if all(a.dtype.kind == "f" for a in arrays):  # one float block: much faster than a dict
        return pd.DataFrame(np.column_stack(arrays).astype(float), index=index,
                            columns=pd.Index(list(columns), dtype=object), copy=False)
    return pd.DataFrame(dict(columns), index=index)


def resolve_weights(problem: Problem, weights: WeightsLike | None) -> tuple[FloatArray, tuple[Issue, ...]]:
    """Weights to use (sum 1) and the warnings about them; ``MethodError`` if unusable."""
    n = len(problem.criteria)
    if weights is None:
        return np.asarray(problem.weights, dtype=float), ()
    if isinstance(weights, (pd.Series, Mapping)):
        lookup = dict(weights.items())
        missing = [c for c in problem.criterion_ids if c not in lookup]
        if missing:
            raise MethodError(Issue("method.weights_missing", params={"criteria": ", ".join(missing)}))
        w = np.array([lookup[c] for c in problem.criterion_ids], dtype=float)
    else:
        w = np.asarray(weights, dtype=float).reshape(-1)
    if w.size != n:
        raise MethodError(Issue("method.weights_length", params={"given": int(w.size), "criteria": n}))
    bad = [problem.criterion_ids[j] for j in range(n) if not np.isfinite(w[j]) or w[j] < 0]
    if bad:
        raise MethodError(Issue("method.weights_invalid", params={"criterion": c}) for c in bad)
    total = float(w.sum())
    if total <= 0:
        raise MethodError(Issue("method.weights_zero"))
    found: tuple[Issue, ...] = ()
    if abs(total - 1.0) > WEIGHT_SUM_TOLERANCE:
        found = (_warn("method.weights_normalized", total=round(total, 6)),)
    return w / total, found


def prepare(problem: Problem, weights: WeightsLike | None = None) -> Prepared:
    """Validate ``problem`` for ranking; see the module docstring for the checks."""
    m, n = len(problem.clusters), len(problem.criteria)
    issues: list[Issue] = []
    if m < 2:
        issues.append(Issue("method.too_few_clusters", params={"count": m}))
    if n == 0:
        issues.append(Issue("method.no_criteria"))
    issues.extend(
        Issue("method.missing_value", params={"cluster": cl, "criterion": cr}) for cl, cr in problem.missing_cells()
    )
    if issues:
        raise MethodError(issues)
    w, warnings = resolve_weights(problem, weights)
    x = np.asarray(problem.values, dtype=float)
    types = np.asarray(problem.types, dtype=int)
    const = constant_columns(x)
    if not (~const & (w > 0)).any():
        raise MethodError(Issue("method.no_information"))
    found = list(warnings)
    found.extend(_warn("method.constant_criterion", criterion=problem.criteria[j].id) for j in np.flatnonzero(const))
    found.extend(_dominance(problem, x, types))
    return Prepared(
        cluster_ids=tuple(problem.cluster_ids),
        criteria=tuple(problem.criteria),
        matrix=x,
        weights=w,
        types=types,
        constant=const,
        warnings=tuple(found),
    )


def _dominance(problem: Problem, x: FloatArray, types: IntArray) -> list[Issue]:
    """Clusters equal to the best (worst) value on every criterion."""
    oriented = x * types
    scale = np.maximum(1.0, np.abs(oriented).max(axis=0)) * 1e-12
    best = np.abs(oriented - oriented.max(axis=0)) <= scale
    worst = np.abs(oriented - oriented.min(axis=0)) <= scale
    found = [_warn("method.dominant_cluster", cluster=problem.clusters[i].id) for i in np.flatnonzero(best.all(axis=1))]
    found += [
        _warn("method.dominated_cluster", cluster=problem.clusters[i].id) for i in np.flatnonzero(worst.all(axis=1))
    ]
    return found


def check_signs(prep: Prepared, method: str, normalization: str, label: str | None = None) -> None:
    """Raise ``MethodError`` if a non-constant column breaks ``normalization``'s sign rule.

    Constant columns are exempt: every normalization gives them a neutral value
    (so a non-constant, non-negative column always has a positive value and its
    sum is never 0).  ``label`` names the normalization in the message when its
    rule name is internal (COPRAS: ``x/Σx``).
    """
    benefit_rule, cost_rule = SIGN_RULES[normalization]
    fixed = not _normalization_is_a_parameter(method)
    codes = SIGN_CODES_FIXED if fixed else SIGN_CODES
    issues: list[Issue] = []
    for j, crit in enumerate(prep.criteria):
        if prep.constant[j]:
            continue
        rule = benefit_rule if prep.types[j] > 0 else cost_rule
        col = prep.matrix[:, j]
        params = {"criterion": crit.id, "method": method, "normalization": label or normalization}
        if rule == "positive" and (col <= 0).any():
            issues.append(Issue(codes["positive"], params=params))
        elif rule == "nonnegative" and (col < 0).any():
            issues.append(Issue(codes["nonnegative"], params=params))
    if issues:
        raise MethodError(issues)


#: Message code per broken sign rule, when the user can choose another normalization ...
SIGN_CODES = {"positive": "method.values_not_positive", "nonnegative": "method.values_negative"}
#: ... and when the method's normalization is fixed (the advice is then another method).
SIGN_CODES_FIXED = {"positive": "method.values_not_positive_fixed", "nonnegative": "method.values_negative_fixed"}


def _normalization_is_a_parameter(method: str) -> bool:
    """Whether ``method`` lets the user choose its normalization (WSM, AHP: yes; COPRAS: no).

    >>> _normalization_is_a_parameter("wsm"), _normalization_is_a_parameter("copras")
    (True, False)
    """
    from mcda.methods.registry import method_info  # lazily: the registry imports every method, which import this

    try:
        return method_info(method).param("normalization") is not None
    except McdaError:
        return True  # an unregistered kernel: keep the general advice
