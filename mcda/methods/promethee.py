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
``weighted`` (``w_j phi_j``), ``preference_index`` (clusters x clusters),
``flows`` (clusters x ``phi_plus``, ``phi_minus``, ``phi``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from mcda.errors import Issue, MethodError
from mcda.methods.spec import MethodInfo
from mcda.methods.validation import Prepared
from mcda.problem import Criterion
from mcda.results import RankResult

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

#: (function, q, p, s) of one criterion; unused thresholds are 0.
FunctionSpec = tuple[str, float, float, float]


def preference(d: FloatArray, function: str, q: float = 0.0, p: float = 0.0, s: float = 0.0) -> FloatArray:
    """Preference degree ``P(d)`` in [0, 1] of a difference array.

    >>> preference(np.array([-1.0, 0.0, 1.0, 2.0, 5.0]), "linear", q=1.0, p=3.0).tolist()
    [0.0, 0.0, 0.0, 0.5, 1.0]
    >>> preference(np.array([0.0, 2.0]), "level", q=1.0, p=3.0).tolist()
    [0.0, 0.5]
    """
    pos = d > 0
    if function == "usual":
        out = pos.astype(float)
    elif function == "ushape":
        out = (d > q).astype(float)
    elif function == "vshape":
        out = np.clip(d / p, 0.0, 1.0)
    elif function == "level":
        out = np.where(d > p, 1.0, np.where(d > q, 0.5, 0.0))
    elif function == "linear":
        out = np.clip((d - q) / (p - q), 0.0, 1.0)
    elif function == "gaussian":
        out = 1.0 - np.exp(-np.square(d) / (2.0 * s * s))
    else:
        raise ValueError(f"unknown preference function {function!r}")
    return np.where(pos, out, 0.0)


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


def unicriterion_flows(
    matrix: FloatArray, types: IntArray, specs: Sequence[FunctionSpec], weights: FloatArray | None = None
) -> tuple[FloatArray, FloatArray, FloatArray | None]:
    """Positive and negative unicriterion flows (clusters x criteria, divided by m - 1).

    With ``weights`` (shape ``(n,)``) also returns the preference index matrix.
    One criterion at a time, so memory stays at m x m.
    """
    m, n = matrix.shape
    plus = np.zeros((m, n))
    minus = np.zeros((m, n))
    pi = np.zeros((m, m)) if weights is not None else None
    for j, (name, q, p, s) in enumerate(specs):
        col = matrix[:, j] * types[j]
        pref = preference(col[:, None] - col[None, :], name, q, p, s)
        plus[:, j] = pref.sum(axis=1)
        minus[:, j] = pref.sum(axis=0)
        if pi is not None and weights is not None:
            pi += weights[j] * pref
    return plus / (m - 1), minus / (m - 1), pi


def promethee_scores(
    matrix: FloatArray, weights: FloatArray, types: IntArray, specs: Sequence[FunctionSpec]
) -> FloatArray:
    """Net flows (higher is better); ``weights`` ``(n,)`` -> ``(m,)``, ``(k, n)`` -> ``(k, m)``. Bare kernel.

    >>> x = np.array([[4.0, 3, 2], [3, 2, 4], [5, 1, 3]])
    >>> promethee_scores(x, np.array([0.5, 0.3, 0.2]), np.ones(3, int), [("usual", 0, 0, 0)] * 3).round(2).tolist()
    [0.1, -0.3, 0.2]
    """
    plus, minus, _ = unicriterion_flows(np.asarray(matrix, dtype=float), np.asarray(types), specs)
    return np.asarray((plus - minus) @ np.asarray(weights, dtype=float).T).T


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
    plus, minus, pi = unicriterion_flows(prep.matrix, prep.types, specs, w)
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
        "preference_index": prep.by_criterion(pi, columns=ids),
        "flows": prep.per_cluster(phi_plus=phi_plus, phi_minus=phi_minus, phi=phi),
    }
    parameters = {**params, "functions": describe(specs, prep.criteria)}
    return RankResult.from_scores(
        INFO.id, parameters, prep.cluster_ids, phi, INFO.better,
        tables=tables, warnings=prep.warnings, convention=INFO.convention(params),
    )
