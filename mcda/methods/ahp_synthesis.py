"""AHP additive synthesis of the clusters' values with the current weights.

The criterion weights come from the committee (AHP or any other rule); each
cluster's value on a criterion is turned into a rating and the score is
``sum_j w_j r_ij`` (Saaty's additive synthesis).  ``ahp.normalization``:

* ``ideal`` (default; Belton & Gear 1983, adopted by Saaty 1994): each rating
  relative to the best cluster, benefit ``x / max``, cost ``min / x`` (the
  best cost gets 1, a cost twice as high gets 1/2: the reciprocal, as a
  pairwise "less is better" judgment would give).  Adding or removing a
  cluster that is not best on any criterion changes no other rating, so it
  does not cause rank reversal.  Ratios need a ratio scale: a criterion with
  negative values (growth rates, shift-share effects), or a cost criterion
  with a value <= 0, is rated on its interval scale instead,
  ``(x - min)/(max - min)`` (best 1, worst 0), with the warning
  ``method.ahp_interval_ratings`` naming it.
* ``distributive`` (Saaty 1980): benefit ``x / sum x``; cost by reciprocals,
  ``(1/x) / sum(1/x)``.  Ratings sum to 1 per criterion and the scores sum
  to 1.  Needs x >= 0 and costs > 0.
* ``minmax``: interval-scale ratings ``(x - min)/(max - min)`` (costs
  reversed), for criteria with negative values (growth rates); not a ratio
  scale, so not an AHP rating in Saaty's sense: documented as such.

Higher is better.  Tables: ``normalized`` (ratings), ``weighted``
(``w_j r_ij``, each criterion's contribution).

>>> import numpy as np
>>> x = np.array([[1.0, 9, 8], [9, 1, 9], [1, 1, 1]])
>>> ahp_scores(x, np.full(3, 1 / 3), np.ones(3, int), "distributive").round(2).tolist()
[0.45, 0.47, 0.08]
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from mcda.errors import Issue, Severity
from mcda.methods import normalization as norm
from mcda.methods.spec import MethodInfo, ParamSpec
from mcda.methods.validation import Prepared, check_signs
from mcda.methods.wsm import additive
from mcda.results import RankResult

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]

NORMALIZATIONS = ("ideal", "distributive", "minmax")

INFO = MethodInfo(
    id="ahp",
    better="higher",
    parameters=(ParamSpec("normalization", "ideal", choices=NORMALIZATIONS),),
    reference="Saaty (1980, 1994); Belton & Gear (1983)",
    conventions={k: f"method.convention.ahp.{k}" for k in NORMALIZATIONS},
    convention_key="normalization",
)


def ratings(
    matrix: FloatArray, types: IntArray, normalization: str = "ideal"
) -> tuple[FloatArray, npt.NDArray[np.bool_]]:
    """Ratings and the mask of criteria rated on their interval scale (ideal mode only)."""
    x = np.asarray(matrix, dtype=float)
    if normalization == "ideal":
        return norm.ideal_or_interval(x, types)
    return norm.oriented(x, types, normalization), np.zeros(x.shape[1], dtype=bool)


def ahp_scores(matrix: FloatArray, weights: FloatArray, types: IntArray, normalization: str = "ideal") -> FloatArray:
    """Additive synthesis scores (higher is better). Bare kernel: no sign checks."""
    return additive(ratings(matrix, types, normalization)[0], weights)


def rank(prep: Prepared, params: dict[str, Any]) -> RankResult:
    """Validated AHP synthesis."""
    if params["normalization"] != "ideal":
        check_signs(prep, INFO.id, params["normalization"])
    r, interval = ratings(prep.matrix, prep.types, params["normalization"])
    warnings = prep.warnings + tuple(
        Issue("method.ahp_interval_ratings", params={"criterion": prep.criteria[j].id}, severity=Severity.WARNING)
        for j in np.flatnonzero(interval)
    )
    tables = {"normalized": prep.by_criterion(r), "weighted": prep.by_criterion(r * prep.weights)}
    return RankResult.from_scores(
        INFO.id, params, prep.cluster_index, additive(r, prep.weights), INFO.better,
        tables=tables, warnings=warnings, convention=INFO.convention(params),
    )
