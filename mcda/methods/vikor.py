"""VIKOR (Opricovic 1998; Opricovic & Tzeng 2004).

Best ``f*_j`` (max for benefit, min for cost) and worst ``f-_j``; regret
ratio ``g_ij = (f*_j - f_ij) / (f*_j - f-_j)`` (0 on a constant criterion,
which separates nobody, instead of dividing by zero as pymcdm does);
``S_i = sum_j w_j g_ij`` (group utility), ``R_i = max_j w_j g_ij``
(individual regret), ``Q_i = v (S_i - S*)/(S- - S*) + (1 - v)(R_i - R*)/(R- - R*)``
(a term whose range is 0 is 0).  Ranked by ``Q``, lower is better.

Compromise solution (Opricovic & Tzeng 2004, §3): with ``a1``, ``a2`` first
and second by ``Q`` and ``DQ = 1/(m - 1)``,
C1 "acceptable advantage" ``Q(a2) - Q(a1) >= DQ``; C2 "acceptable stability"
``a1`` is also best by ``S`` or by ``R``.  Both hold: ``{a1}``; only C2
fails: ``{a1, a2}``; C1 fails: ``a1 ... aM`` with ``Q(aM) - Q(a1) < DQ``
(maximum ``M``).

Tables: ``best_worst`` (criteria x ``f_star``, ``f_minus``), ``normalized``
(regret ratios ``g``), ``weighted`` (``w g``), ``s_r_q`` (clusters x ``S``,
``R``, ``Q``, ``rank_S``, ``rank_R``, ``rank_Q``), ``conditions`` (one row:
``a1``, ``a2``, ``advantage``, ``DQ``, ``C1``, ``C2``, ``best_S``, ``best_R``)
and ``compromise`` (the compromise clusters with their ``Q``, ``S``, ``R``).
:func:`compromise_solution` gives all of it back from a result as a typed
:class:`Compromise` (for the output workbook, the desktop app, the CLI).

>>> import numpy as np
>>> x = np.array([[1.0, 3000], [2.0, 3750], [5.0, 4500]])
>>> vikor_scores(x, np.array([0.5, 0.5]), np.array([-1, 1])).tolist()
[1.0, 0.0, 1.0]
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.methods import normalization as norm
from mcda.methods.spec import MethodInfo, ParamSpec
from mcda.methods.validation import Prepared
from mcda.results import TIE_TOLERANCE, RankResult, competition_ranks

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]

INFO = MethodInfo(
    id="vikor",
    better="lower",
    parameters=(ParamSpec("v", 0.5, minimum=0.0, maximum=1.0),),
    reference="Opricovic & Tzeng (2004)",
    conventions={"": "method.convention.vikor"},
)


def regret_ratios(matrix: FloatArray, types: IntArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """``g`` (clusters x criteria), ``f*`` and ``f-`` per criterion."""
    t = np.asarray(types)
    hi, lo = matrix.max(axis=0), matrix.min(axis=0)
    f_star = np.where(t > 0, hi, lo)
    f_minus = np.where(t > 0, lo, hi)
    span = np.where(norm.constant_columns(matrix), 0.0, f_star - f_minus)
    ok = span != 0
    g = np.where(ok, (f_star - matrix) / np.where(ok, span, 1.0), 0.0)
    return g, f_star, f_minus


def _scaled(values: FloatArray) -> FloatArray:
    """``(x - min)/(max - min)`` along the last axis; 0 where the range is 0."""
    lo = values.min(axis=-1, keepdims=True)
    span = values.max(axis=-1, keepdims=True) - lo
    return np.where(span > 0, (values - lo) / np.where(span > 0, span, 1.0), 0.0)


def s_r_q(g: FloatArray, weights: FloatArray, v: float) -> tuple[FloatArray, FloatArray, FloatArray]:
    """``S``, ``R``, ``Q`` for weights ``(n,)`` or ``(k, n)``."""
    w = np.asarray(weights, dtype=float)
    weighted = g * w[..., None, :]
    s = weighted.sum(axis=-1)
    r = weighted.max(axis=-1)
    return s, r, v * _scaled(s) + (1.0 - v) * _scaled(r)


def vikor_scores(matrix: FloatArray, weights: FloatArray, types: IntArray, v: float = 0.5) -> FloatArray:
    """``Q`` (lower is better); ``weights`` ``(n,)`` -> ``(m,)``, ``(k, n)`` -> ``(k, m)``. Bare kernel."""
    g = regret_ratios(np.asarray(matrix, dtype=float), types)[0]
    return s_r_q(g, weights, v)[2]


def compromise(q: FloatArray, s: FloatArray, r: FloatArray) -> tuple[list[int], dict[str, Any]]:
    """Indices of the compromise set and the two conditions (Opricovic & Tzeng 2004).

    >>> compromise(np.array([0.0, 0.3125, 1.0]), np.array([.3, .5, .7]), np.array([.3, .35, .7]))[0]
    [0, 1]
    """
    m = q.size
    order = list(np.argsort(q, kind="stable"))
    a1, a2 = order[0], order[1]
    dq = 1.0 / (m - 1)
    eps = TIE_TOLERANCE * max(1.0, float(np.ptp(q)))
    advantage = float(q[a2] - q[a1])
    c1 = advantage >= dq - eps
    best_s = bool(s[a1] <= s.min() + eps)
    best_r = bool(r[a1] <= r.min() + eps)
    c2 = best_s or best_r
    if c1 and c2:
        chosen = [a1]
    elif c1:
        chosen = [a1, a2]
    else:
        chosen = [i for i in order if q[i] - q[a1] < dq - eps]
    conditions = {"a1": a1, "a2": a2, "advantage": advantage, "DQ": dq, "C1": bool(c1), "C2": c2,
                  "best_S": best_s, "best_R": best_r}
    return [int(i) for i in chosen], conditions


def rank(prep: Prepared, params: dict[str, Any]) -> RankResult:
    """Validated VIKOR with S, R, Q and the compromise set."""
    g, f_star, f_minus = regret_ratios(prep.matrix, prep.types)
    s, r, q = s_r_q(g, prep.weights, float(params["v"]))
    chosen, cond = compromise(q, s, r)
    ids = list(prep.cluster_ids)
    conditions = pd.DataFrame([{**cond, "a1": ids[cond["a1"]], "a2": ids[cond["a2"]]}], index=["vikor"])
    tables = {
        "best_worst": prep.per_criterion(f_star=f_star, f_minus=f_minus),
        "normalized": prep.by_criterion(g),
        "weighted": prep.by_criterion(g * prep.weights),
        "s_r_q": prep.per_cluster(
            S=s, R=r, Q=q,
            rank_S=competition_ranks(s, False), rank_R=competition_ranks(r, False), rank_Q=competition_ranks(q, False),
        ),
        "conditions": conditions,
        "compromise": pd.DataFrame({"Q": q[chosen], "S": s[chosen], "R": r[chosen]}, index=[ids[i] for i in chosen]),
    }
    return RankResult.from_scores(
        INFO.id, params, prep.cluster_index, q, INFO.better,
        tables=tables, warnings=prep.warnings, convention=INFO.convention(params),
    )


@dataclass(frozen=True, eq=False)  # Series fields: compare the fields, not the objects
class Compromise:
    """VIKOR's compromise solution with Opricovic's two conditions.

    Attributes
    ----------
    s, r, q : pandas.Series
        Group utility ``S``, individual regret ``R`` and ``Q`` per cluster id
        (in the problem's order; lower is better for all three).
    v : float
        Weight of the strategy of the majority of criteria.
    a1, a2 : str
        First and second cluster by ``Q``.
    advantage : float
        ``Q(a2) - Q(a1)``.
    dq : float
        ``DQ = 1/(m - 1)``.
    c1 : bool
        Acceptable advantage: ``advantage >= DQ``.
    c2 : bool
        Acceptable stability: ``a1`` is also best by ``S`` or by ``R``.
    best_s, best_r : bool
        ``a1`` is best by ``S``; by ``R`` (``c2`` is either).
    solutions : tuple of str
        The compromise set, best ``Q`` first.
    """

    s: pd.Series = field(repr=False)
    r: pd.Series = field(repr=False)
    q: pd.Series = field(repr=False)
    v: float
    a1: str
    a2: str
    advantage: float
    dq: float
    c1: bool
    c2: bool
    best_s: bool
    best_r: bool
    solutions: tuple[str, ...]

    @property
    def case(self) -> Literal["both", "no_stability", "no_advantage"]:
        """Which rule made the set: both conditions hold (``{a1}``), only C2
        fails (``{a1, a2}``), or C1 fails (every cluster within ``DQ`` of ``a1``)."""
        if not self.c1:
            return "no_advantage"
        return "both" if self.c2 else "no_stability"


def compromise_solution(result: RankResult) -> Compromise | None:
    """The :class:`Compromise` of a VIKOR result (``None`` for another method,
    or a result without VIKOR's tables).

    Read from the tables :func:`rank` computed, nothing is recomputed.

    >>> from mcda.problem import Problem, Cluster, Criterion, Direction
    >>> from mcda.methods import run
    >>> p = Problem((Cluster("A1", "a"), Cluster("A2", "b"), Cluster("A3", "c")),
    ...             (Criterion("risk", "r", direction=Direction.COST, weight=1), Criterion("alt", "h", weight=1)),
    ...             [[1.0, 3000], [2.0, 3750], [5.0, 4500]])
    >>> c = compromise_solution(run(p, "vikor"))
    >>> c.solutions, c.c1, c.c2, c.dq, c.case
    (('A2',), True, True, 0.5, 'both')
    """
    tables = result.tables
    if result.method != INFO.id or not {"s_r_q", "conditions", "compromise"} <= set(tables):
        return None
    srq, cond = tables["s_r_q"], tables["conditions"].iloc[0]
    return Compromise(
        s=srq["S"].astype(float), r=srq["R"].astype(float), q=srq["Q"].astype(float),
        v=float(result.parameters.get("v", math.nan)),
        a1=str(cond["a1"]), a2=str(cond["a2"]), advantage=float(cond["advantage"]), dq=float(cond["DQ"]),
        c1=bool(cond["C1"]), c2=bool(cond["C2"]), best_s=bool(cond["best_S"]), best_r=bool(cond["best_R"]),
        solutions=tuple(str(i) for i in tables["compromise"].index),
    )
