"""Weighted sum model (WSM / SAW; Fishburn 1967, Triantaphyllou 2000).

``score_i = sum_j w_j r_ij`` with ``wsm.normalization``:

* ``minmax`` (default): benefit ``(x - min)/(max - min)``, cost
  ``(max - x)/(max - min)``; works with any sign (growth rates can be
  negative), constant criterion -> 0.
* ``max``: benefit ``x / max``, cost ``min / x`` (linear scale
  transformation, Hwang & Yoon 1981); needs x >= 0, costs > 0.
* ``sum``: benefit ``x / sum x``, cost ``(1/x) / sum(1/x)`` (pymcdm's WSM
  default); needs x >= 0, costs > 0.
* ``none``: raw values, cost criteria subtracted (only meaningful when all
  criteria share one unit, as in Triantaphyllou's example).

Higher is better.  Tables: ``normalized``, ``weighted`` (``w_j r_ij``, the
contribution of each criterion to the score).

>>> import numpy as np
>>> x = np.array([[25.0, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]])
>>> wsm_scores(x, np.array([0.2, 0.15, 0.4, 0.25]), np.ones(4, int), "none").round(2).tolist()
[21.5, 22.0, 22.0]
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from mcda.methods import normalization as norm
from mcda.methods.spec import MethodInfo, ParamSpec
from mcda.methods.validation import Prepared, check_signs
from mcda.results import RankResult

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]

NORMALIZATIONS = ("minmax", "max", "sum", "none")

INFO = MethodInfo(
    id="wsm",
    better="higher",
    parameters=(ParamSpec("normalization", "minmax", choices=NORMALIZATIONS),),
    reference="Fishburn (1967); Triantaphyllou (2000)",
    conventions={k: f"method.convention.wsm.{k}" for k in NORMALIZATIONS},
    convention_key="normalization",
)


def additive(r: FloatArray, weights: FloatArray) -> FloatArray:
    """``r @ w`` for weights ``(n,)`` -> ``(m,)`` or ``(k, n)`` -> ``(k, m)``."""
    return np.asarray(r @ np.asarray(weights, dtype=float).T).T


def wsm_scores(
    matrix: FloatArray, weights: FloatArray, types: IntArray, normalization: str = "minmax"
) -> FloatArray:
    """Weighted sums (higher is better). Bare kernel: no sign checks."""
    return additive(norm.oriented(np.asarray(matrix, dtype=float), types, normalization), weights)


def rank(prep: Prepared, params: dict[str, Any]) -> RankResult:
    """Validated WSM."""
    check_signs(prep, INFO.id, params["normalization"])
    r = norm.oriented(prep.matrix, prep.types, params["normalization"])
    tables = {"normalized": prep.by_criterion(r), "weighted": prep.by_criterion(r * prep.weights)}
    return RankResult.from_scores(
        INFO.id, params, prep.cluster_index, additive(r, prep.weights), INFO.better,
        tables=tables, warnings=prep.warnings, convention=INFO.convention(params),
    )
