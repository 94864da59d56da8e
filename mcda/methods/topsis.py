"""TOPSIS (Hwang & Yoon 1981).

``vector`` normalization (default, the textbook form): ``r_ij = x_ij /
sqrt(sum_i x_ij^2)``; weighted ``v_ij = w_j r_ij``; ideal ``A+`` = best
``v_ij`` per criterion (max for benefit, min for cost), anti-ideal ``A-`` the
worst; Euclidean distances ``D+``, ``D-``; closeness ``C = D- / (D+ + D-)``,
higher is better.  ``minmax`` normalization (pymcdm's default) scales each
criterion to [0, 1] with costs reversed, then the same steps.

Because weights are non-negative, the ideal of the weighted matrix is the
weight times the ideal of the normalized matrix, so the distances are
``sqrt(((R - best)^2) @ w^2)``: one matrix product, also for many weight
vectors at once (robustness analysis).

Tables: ``normalized``, ``weighted`` (clusters x criteria), ``ideal``
(criteria x ``ideal``, ``anti_ideal``), ``distances`` (clusters x
``d_plus``, ``d_minus``, ``closeness``).

>>> import numpy as np
>>> x = np.array([[1.0, 3000], [2.0, 3750], [5.0, 4500]])
>>> topsis_scores(x, np.array([0.5, 0.5]), np.array([-1, 1])).round(3).tolist()
[0.762, 0.722, 0.238]
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from mcda.methods import normalization as norm
from mcda.methods.spec import MethodInfo, ParamSpec
from mcda.methods.validation import Prepared
from mcda.results import RankResult

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]

INFO = MethodInfo(
    id="topsis",
    better="higher",
    parameters=(ParamSpec("normalization", "vector", choices=("vector", "minmax")),),
    reference="Hwang & Yoon (1981)",
    conventions={"vector": "method.convention.topsis.vector", "minmax": "method.convention.topsis.minmax"},
    convention_key="normalization",
)


def topsis_parts(
    matrix: FloatArray, types: IntArray, normalization: str = "vector"
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Weight-independent part: normalized matrix, its best and worst value per criterion."""
    t = np.asarray(types)
    if normalization == "vector":
        r = norm.vector(matrix)
        hi, lo = r.max(axis=0), r.min(axis=0)
        return r, np.where(t > 0, hi, lo), np.where(t > 0, lo, hi)
    r = norm.minmax(matrix, t)
    return r, r.max(axis=0), r.min(axis=0)


def closeness(
    r: FloatArray, best: FloatArray, worst: FloatArray, weights: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """``D+``, ``D-`` and ``C`` for weights of shape ``(n,)`` or ``(k, n)``.

    A cluster with ``D+ + D- = 0`` (every weighted criterion constant) gets
    ``C = 0.5``; validation prevents that case in :func:`rank`.
    """
    w2 = np.square(np.asarray(weights, dtype=float))
    d_plus = np.sqrt(np.square(r - best) @ w2.T).T
    d_minus = np.sqrt(np.square(r - worst) @ w2.T).T
    total = d_plus + d_minus
    c = np.divide(d_minus, np.where(total > 0, total, 1.0))
    return d_plus, d_minus, np.where(total > 0, c, 0.5)


def topsis_scores(
    matrix: FloatArray, weights: FloatArray, types: IntArray, normalization: str = "vector"
) -> FloatArray:
    """Closeness coefficients (higher is better); ``weights`` ``(n,)`` -> ``(m,)``, ``(k, n)`` -> ``(k, m)``.

    Bare kernel: no validation (NaN in, NaN out).
    """
    r, best, worst = topsis_parts(np.asarray(matrix, dtype=float), types, normalization)
    return closeness(r, best, worst, weights)[2]


def rank(prep: Prepared, params: dict[str, Any]) -> RankResult:
    """Validated TOPSIS with explain tables."""
    r, best, worst = topsis_parts(prep.matrix, prep.types, params["normalization"])
    w = prep.weights
    d_plus, d_minus, c = closeness(r, best, worst, w)
    tables = {
        "normalized": prep.by_criterion(r),
        "weighted": prep.by_criterion(r * w),
        "ideal": prep.per_criterion(ideal=best * w, anti_ideal=worst * w),
        "distances": prep.per_cluster(d_plus=d_plus, d_minus=d_minus, closeness=c),
    }
    return RankResult.from_scores(
        INFO.id, params, prep.cluster_index, c, INFO.better,
        tables=tables, warnings=prep.warnings, convention=INFO.convention(params),
    )
