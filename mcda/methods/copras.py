"""COPRAS (Zavadskas, Kaklauskas & Šarka 1994; Zavadskas et al. 2008).

``d_ij = x_ij / sum_i x_ij`` for every criterion, weighted ``w_j d_ij``;
``S+_i`` sums the benefit criteria, ``S-_i`` the cost criteria; relative
significance ``Q_i = S+_i + (S-_min * sum_j S-_j) / (S-_i * sum_j (S-_min / S-_j))``
(the ``S-_min`` cancel: ``Q_i = S+_i + sum S- / (S-_i sum 1/S-)``); utility
degree ``N_i = Q_i / Q_max * 100`` %.  The score is ``N`` (higher is better;
it ranks exactly as ``Q``).  Without cost criteria ``Q = S+``.

pymcdm's ``COPRAS`` computes the second term element-wise, which reduces it
to ``S-_i``, so it does not reproduce published utilities: it is not used.

Needs non-negative values and strictly positive cost values (checked before).

Tables: ``normalized`` (``d``), ``weighted`` (``w d``), ``copras`` (clusters x
``S_plus``, ``S_minus``, ``Q``, ``N``).

>>> import numpy as np
>>> x = np.array([[10.0, 2.0], [20.0, 4.0], [30.0, 2.0]])
>>> copras_scores(x, np.array([0.5, 0.5]), np.array([1, -1])).round(2).tolist()
[62.96, 59.26, 100.0]
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from mcda.methods import normalization as norm
from mcda.methods.spec import MethodInfo
from mcda.methods.validation import Prepared, check_signs
from mcda.results import RankResult

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]

INFO = MethodInfo(
    id="copras",
    better="higher",
    parameters=(),
    reference="Zavadskas, Kaklauskas & Šarka (1994); Zavadskas et al. (2008)",
    conventions={"": "method.convention.copras"},
)


def significance(
    d: FloatArray, weights: FloatArray, types: IntArray
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """``S+``, ``S-``, ``Q`` and ``N`` (%) for weights ``(n,)`` or ``(k, n)``."""
    w = np.asarray(weights, dtype=float)
    benefit = np.asarray(types) > 0
    s_plus = np.asarray(d[:, benefit] @ w[..., benefit].T).T
    s_minus = np.asarray(d[:, ~benefit] @ w[..., ~benefit].T).T
    if (~benefit).any():
        # S- > 0 wherever a cost weight is positive (cost values are > 0); a zero
        # cost weight makes S- = 0 for everyone, and then the term is dropped.
        usable = (s_minus > 0).all(axis=-1, keepdims=True)
        safe = np.where(usable, s_minus, 1.0)
        term = s_minus.sum(axis=-1, keepdims=True) / (safe * (1.0 / safe).sum(axis=-1, keepdims=True))
        q = s_plus + np.where(usable, term, 0.0)
    else:
        q = s_plus
    return s_plus, s_minus, q, 100.0 * q / q.max(axis=-1, keepdims=True)


def copras_scores(matrix: FloatArray, weights: FloatArray, types: IntArray) -> FloatArray:
    """Utility degrees ``N`` in % (higher is better); ``(n,)`` -> ``(m,)``, ``(k, n)`` -> ``(k, m)``. Bare kernel."""
    return significance(norm.proportion(np.asarray(matrix, dtype=float)), weights, types)[3]


def rank(prep: Prepared, params: dict[str, Any]) -> RankResult:
    """Validated COPRAS (values checked for signs first)."""
    check_signs(prep, INFO.id, "proportion", label="x/Σx")
    d = norm.proportion(prep.matrix)
    w = prep.weights
    s_plus, s_minus, q, n = significance(d, w, prep.types)
    tables = {
        "normalized": prep.by_criterion(d),
        "weighted": prep.by_criterion(d * w),
        "copras": prep.per_cluster(S_plus=s_plus, S_minus=s_minus, Q=q, N=n),
    }
    return RankResult.from_scores(
        INFO.id, params, prep.cluster_index, n, INFO.better,
        tables=tables, warnings=prep.warnings, convention=INFO.convention(params),
    )
