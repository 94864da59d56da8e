"""PROMETHEE II with one preference function per criterion (Brans & Vincke 1985).

For each criterion ``j`` and pair of clusters, ``d = x_a - x_b`` (reversed
for a cost criterion) and ``P_j(a, b) = F_j(d)`` with the function and the
*absolute* thresholds of the criterion (``Criterion.preference``, ``q``,
``p``, ``s``), in the modern form of Brans & Mareschal (2005): ``P = 0`` for
``d <= 0`` and, for ``d > 0``:

========  ==========  ===============================================
usual     (I)         1
ushape    (II, q)     0 if d <= q, else 1
vshape    (III, p)    d/p if d <= p, else 1
level     (IV, q, p)  0 if d <= q, 1/2 if q < d <= p, else 1
linear    (V, q, p)   0 if d <= q, (d - q)/(p - q) if q < d <= p, else 1
gaussian  (VI, s)     1 - exp(-d^2 / (2 s^2))
========  ==========  ===============================================

(Brans & Vincke 1985 wrote type IV/V with the width of the middle zone as
their second parameter: their ``(q, p)`` is our ``(q, q + p)``.)

Preference index ``pi(a, b) = sum_j w_j P_j(a, b)``; flows divided by
``m - 1``: ``phi+(a) = sum_b pi(a, b)/(m-1)``, ``phi-(a) = sum_b pi(b, a)/(m-1)``,
net ``phi = phi+ - phi-`` (higher is better).  The net flow is linear in the
weights, ``phi = sum_j w_j phi_j`` with the unicriterion net flows ``phi_j``,
which is what :func:`promethee_scores` uses (also for many weight vectors).

Tables: ``functions`` (criteria x ``function``, ``q``, ``p``, ``s``,
``weight``), ``unicriterion_flows`` (``phi_j``, clusters x criteria),
``weighted`` (``w_j phi_j``), ``flows`` (clusters x ``phi_plus``,
``phi_minus``, ``phi``) and, up to :data:`PREFERENCE_INDEX_MAX_CLUSTERS`
clusters, ``preference_index`` (clusters x clusters), built only when first
read (:class:`~mcda.results.LazyTables`: live re-ranking never pays its
O(m^2 n)); :func:`pair_preferences` explains any one pair.

The flows of step and ramp functions are computed by sorting each criterion
(O(m log m)); only Gaussian criteria (in place, one m x m buffer) and the
``preference_index`` table are pairwise (O(m^2)).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.errors import Issue, MethodError
from mcda.methods.spec import MethodInfo
from mcda.methods.validation import Prepared
from mcda.problem import Criterion, Problem
from mcda.results import LazyTables, RankResult

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]

INFO = MethodInfo(
    id="promethee2",
    better="higher",
    parameters=(),
    reference="Brans & Vincke (1985); Brans & Mareschal (2005)",
    conventions={"": "method.convention.promethee2"},
)

#: Thresholds each function needs.
REQUIRED: dict[str, tuple[str, ...]] = {
    "usual": (),
    "ushape": ("q",),
    "vshape": ("p",),
    "level": ("q", "p"),
    "linear": ("q", "p"),
    "gaussian": ("s",),
}

#: Above this many clusters the m x m ``preference_index`` table is left out
#: (unreadable, and O(m^2 n) to build); :func:`pair_preferences` explains one pair.
PREFERENCE_INDEX_MAX_CLUSTERS = 200

#: (function, q, p, s) of one criterion; unused thresholds are 0.
FunctionSpec = tuple[str, float, float, float]


def preference(d: FloatArray, function: str, q: float = 0.0, p: float = 0.0, s: float = 0.0) -> FloatArray:
    """Preference degree ``P(d)`` in [0, 1] of a difference array.

    >>> preference(np.array([-1.0, 0.0, 1.0, 2.0, 5.0]), "linear", q=1.0, p=3.0).tolist()
    [0.0, 0.0, 0.0, 0.5, 1.0]
    >>> preference(np.array([0.0, 2.0]), "level", q=1.0, p=3.0).tolist()
    [0.0, 0.5]
    """
    # Every branch is already 0 for d <= 0 (q >= 0 and p, s > 0 are validated),
    # so no final mask is needed.
    if function == "usual":
        return (d > 0).astype(float)
    if function == "ushape":
        return (d > q).astype(float)
    if function == "vshape":
        return np.clip(d / p, 0.0, 1.0)
    if function == "level":
        return 0.5 * ((d > q).astype(float) + (d > p))
    if function == "linear":
        return np.clip((d - q) / (p - q), 0.0, 1.0)
    if function == "gaussian":
        dp = np.maximum(d, 0.0)
        return np.asarray(-np.expm1(-(dp * dp) / (2.0 * s * s)))
    raise ValueError(f"unknown preference function {function!r}")


def function_specs(criteria: Sequence[Criterion]) -> list[FunctionSpec]:
    """Each criterion's function and thresholds; ``MethodError`` naming every bad one.

    Codes: ``method.promethee_missing_threshold`` (criterion, function,
    threshold), ``method.promethee_bad_threshold`` (q < 0, p <= 0, s <= 0,
    or p <= q for level/linear).
    """
    issues: list[Issue] = []
    specs: list[FunctionSpec] = []
    for c in criteria:
        name = c.preference.value
        given = {"q": c.q, "p": c.p, "s": c.s}
        values: dict[str, float] = {}
        for key in REQUIRED[name]:
            value = given[key]
            if value is None or not np.isfinite(value):
                issues.append(Issue("method.promethee_missing_threshold",
                                    params={"criterion": c.id, "function": name, "threshold": key}))
            elif (key == "q" and value < 0) or (key in ("p", "s") and value <= 0):
                issues.append(Issue("method.promethee_bad_threshold",
                                    params={"criterion": c.id, "function": name, "threshold": key, "value": value}))
            else:
                values[key] = float(value)
        if name in ("level", "linear") and "q" in values and "p" in values and values["p"] <= values["q"]:
            issues.append(Issue("method.promethee_q_not_below_p",
                                params={"criterion": c.id, "function": name, "q": values["q"], "p": values["p"]}))
        specs.append((name, values.get("q", 0.0), values.get("p", 0.0), values.get("s", 0.0)))
    if issues:
        raise MethodError(issues)
    return specs


def _count_below(sorted_v: FloatArray, t: FloatArray) -> FloatArray:
    """How many values are strictly below each threshold ``t``."""
    return np.searchsorted(sorted_v, t, side="left").astype(float)


def _excess_below(sorted_v: FloatArray, prefix: FloatArray, t: FloatArray) -> FloatArray:
    """``sum_b max(t - v_b, 0)`` for each threshold ``t`` (prefix sums of sorted values)."""
    k = np.searchsorted(sorted_v, t, side="left")
    return k * t - prefix[k]


def _sorted_flows(v: FloatArray, spec: FunctionSpec) -> tuple[FloatArray, FloatArray]:
    """``sum_b P(v_a - v_b)`` and ``sum_b P(v_b - v_a)`` for every ``a`` in O(m log m).

    Step functions count values beyond a threshold; the linear ramps
    ``(d - q)/(p - q)`` clipped to [0, 1] are ``(max(d - q, 0) - max(d - p, 0))/(p - q)``,
    sums of which follow from prefix sums of the sorted values.  Orienting by
    ``-v`` gives the incoming sums.
    """
    name, q, p, _ = spec
    out = []
    for w in (v, -v):
        sv = np.sort(w)
        if name == "usual":
            out.append(_count_below(sv, w))
        elif name == "ushape":
            out.append(_count_below(sv, w - q))
        elif name == "level":
            out.append(0.5 * (_count_below(sv, w - q) + _count_below(sv, w - p)))
        else:  # vshape (q = 0) and linear
            prefix = np.concatenate(([0.0], np.cumsum(sv)))
            lo = 0.0 if name == "vshape" else q
            ramp = _excess_below(sv, prefix, w - lo) - _excess_below(sv, prefix, w - p)
            out.append(ramp / (p - lo))
    return out[0], out[1]


def _gaussian_flows(v: FloatArray, s: float) -> tuple[FloatArray, FloatArray]:
    """``sum_b P(v_a - v_b)`` and ``sum_b P(v_b - v_a)`` of a Gaussian criterion, pair by pair.

    The same operations as :func:`preference` on the m x m differences, done
    in place in one buffer (no temporaries): bit for bit the same sums.
    """
    d = np.subtract.outer(v, v)
    np.maximum(d, 0.0, out=d)
    np.multiply(d, d, out=d)
    np.divide(d, 2.0 * s * s, out=d)
    np.negative(d, out=d)
    np.expm1(d, out=d)  # -P; negating the sums instead of every element is exact
    return np.negative(d.sum(axis=1)), np.negative(d.sum(axis=0))


def unicriterion_flows(
    matrix: FloatArray, types: IntArray, specs: Sequence[FunctionSpec]
) -> tuple[FloatArray, FloatArray]:
    """Positive and negative unicriterion flows (clusters x criteria, divided by m - 1).

    Gaussian criteria are summed pair by pair (m x m, one criterion at a
    time); the others by sorting.
    """
    m, n = matrix.shape
    plus = np.empty((m, n))
    minus = np.empty((m, n))
    for j, spec in enumerate(specs):
        v = matrix[:, j] * types[j]
        if spec[0] == "gaussian":
            plus[:, j], minus[:, j] = _gaussian_flows(v, spec[3])
        else:
            plus[:, j], minus[:, j] = _sorted_flows(v, spec)
    return plus / (m - 1), minus / (m - 1)


def preference_index(matrix: FloatArray, types: IntArray, specs: Sequence[FunctionSpec],
                     weights: FloatArray) -> FloatArray:
    """``pi(a, b) = sum_j w_j P_j(a, b)`` (clusters x clusters)."""
    m = matrix.shape[0]
    pi = np.zeros((m, m))
    for j, spec in enumerate(specs):
        if weights[j] > 0:
            v = matrix[:, j] * types[j]
            pref = preference(v[:, None] - v[None, :], *spec)
            pi += np.multiply(pref, weights[j], out=pref)
    return pi


def promethee_scores(
    matrix: FloatArray, weights: FloatArray, types: IntArray, specs: Sequence[FunctionSpec]
) -> FloatArray:
    """Net flows (higher is better); ``weights`` ``(n,)`` -> ``(m,)``, ``(k, n)`` -> ``(k, m)``. Bare kernel.

    >>> x = np.array([[4.0, 3, 2], [3, 2, 4], [5, 1, 3]])
    >>> promethee_scores(x, np.array([0.5, 0.3, 0.2]), np.ones(3, int), [("usual", 0, 0, 0)] * 3).round(2).tolist()
    [0.1, -0.3, 0.2]
    """
    plus, minus = unicriterion_flows(np.asarray(matrix, dtype=float), np.asarray(types), specs)
    return np.asarray((plus - minus) @ np.asarray(weights, dtype=float).T).T


def pair_preferences(problem: Problem, a: str, b: str, weights: FloatArray | None = None) -> pd.DataFrame:
    """Why ``a`` is preferred to ``b`` (or not), criterion by criterion.

    Rows: criteria; columns ``d`` (difference a - b, oriented so that positive
    favours ``a``), ``P_ab``, ``P_ba``, ``weight`` and ``contribution``
    ``w (P_ab - P_ba)``; ``pi(a, b) - pi(b, a)`` is the sum of the last column.
    ``weights`` default to the problem's.
    """
    specs = function_specs(problem.criteria)
    w = problem.weights if weights is None else np.asarray(weights, dtype=float) / np.sum(weights)
    i, k = problem.cluster_index(a), problem.cluster_index(b)
    d = (problem.values[i] - problem.values[k]) * problem.types
    p_ab = np.array([preference(np.array([d[j]]), *sp)[0] for j, sp in enumerate(specs)])
    p_ba = np.array([preference(np.array([-d[j]]), *sp)[0] for j, sp in enumerate(specs)])
    return pd.DataFrame({"d": d, "P_ab": p_ab, "P_ba": p_ba, "weight": w, "contribution": w * (p_ab - p_ba)},
                        index=problem.criterion_ids)


def describe(specs: Sequence[FunctionSpec], criteria: Sequence[Criterion]) -> str:
    """Compact record of the functions used, e.g. ``"c1=usual; c2=linear(q=1, p=5)"``."""
    parts = []
    for c, (name, q, p, s) in zip(criteria, specs):
        args = ", ".join(f"{k}={v:g}" for k, v in (("q", q), ("p", p), ("s", s)) if k in REQUIRED[name])
        parts.append(f"{c.id}={name}({args})" if args else f"{c.id}={name}")
    return "; ".join(parts)


def rank(prep: Prepared, params: dict[str, Any]) -> RankResult:
    """Validated PROMETHEE II with per-criterion functions from the criteria."""
    specs = function_specs(prep.criteria)
    w = prep.weights
    plus, minus = unicriterion_flows(prep.matrix, prep.types, specs)
    uni = plus - minus
    phi_plus, phi_minus = plus @ w, minus @ w
    phi = phi_plus - phi_minus
    ids = list(prep.cluster_ids)
    tables = {
        "functions": prep.per_criterion(
            function=[sp[0] for sp in specs], q=[sp[1] for sp in specs], p=[sp[2] for sp in specs],
            s=[sp[3] for sp in specs], weight=w,
        ),
        "unicriterion_flows": prep.by_criterion(uni),
        "weighted": prep.by_criterion(uni * w),
        "flows": prep.per_cluster(phi_plus=phi_plus, phi_minus=phi_minus, phi=phi),
    }
    deferred: dict[str, Callable[[], pd.DataFrame]] = {}
    if len(ids) <= PREFERENCE_INDEX_MAX_CLUSTERS:  # m x m: built when first read, never by live re-ranking
        x, types, wts = prep.matrix.copy(), prep.types.copy(), w.copy()  # the numbers of this run, kept
        deferred["preference_index"] = lambda: prep.by_criterion(
            preference_index(x, types, specs, wts), columns=ids)
    parameters = {**params, "functions": describe(specs, prep.criteria)}
    return RankResult.from_scores(
        INFO.id, parameters, prep.cluster_index, phi, INFO.better,
        tables=LazyTables(tables, deferred), warnings=prep.warnings, convention=INFO.convention(params),
    )
