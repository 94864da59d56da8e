"""The one module that talks to pymcdm.

pymcdm is imported lazily, inside each function: importing it loads
matplotlib (about a second), and most of clusterprio never needs it.  Every
call goes through :func:`call`, which turns pymcdm's :mod:`warnings` (it warns
about dominated alternatives, weights not summing to one ...) into
:class:`~mcda.errors.Issue` objects instead of letting them reach stderr.

Directions become pymcdm's ``types`` here: ``+1`` benefit, ``-1`` cost.

What lives here
---------------
* objective weights: :func:`entropy_weights`, :func:`critic_weights`;
* rank correlations: :func:`spearman`, :func:`weighted_spearman` (Pinto da
  Costa & Soares 2005, pymcdm ``rw``) and :func:`rank_similarity` (WS of
  Sałabun & Urbaniak 2020, pymcdm ``ws``);
* :func:`pymcdm_scores`: the equivalent pymcdm method, used to cross-check
  our own kernels in the tests and as the baseline of the benchmark.

Examples
--------
>>> round(spearman([1, 2, 3, 4], [1, 3, 2, 4]), 2)
0.8
>>> import numpy as np
>>> w = entropy_weights(np.array([[1.0, 5.0], [2.0, 5.0], [3.0, 5.0]]), np.array([1, 1]))
>>> w.round(3).tolist()
[1.0, 0.0]
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.errors import Issue, MethodError, Severity

FloatArray = npt.NDArray[np.float64]
ArrayLike = npt.ArrayLike
T = TypeVar("T")

#: pymcdm class and constructor keywords of each method id (for cross-checks).
PYMCDM_CLASSES = {
    "topsis": "TOPSIS",
    "vikor": "VIKOR",
    "promethee2": "PROMETHEE_II",
    "wsm": "WSM",
    "copras": "COPRAS",
    "aras": "ARAS",
    "edas": "EDAS",
    "mabac": "MABAC",
}


def call(func: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, tuple[Issue, ...]]:
    """Call a pymcdm function, returning its result and its warnings as issues.

    >>> def noisy():
    ...     warnings.warn("careful")
    ...     return 3
    >>> value, issues = call(noisy)
    >>> value, issues[0].code, issues[0].params["text"]
    (3, 'method.pymcdm_warning', 'careful')
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func(*args, **kwargs)
    issues = tuple(
        Issue("method.pymcdm_warning", params={"text": str(w.message)}, severity=Severity.WARNING) for w in caught
    )
    return result, issues


def _as_types(types: ArrayLike, n: int) -> npt.NDArray[np.int_]:
    t = np.asarray(types, dtype=int).reshape(-1)
    if t.size != n or not np.isin(t, (1, -1)).all():
        raise ValueError("types must hold one +1 or -1 per criterion")
    return t


def _criterion_name(ids: Sequence[str] | None, j: int) -> str:
    return str(ids[j]) if ids is not None else str(j + 1)


def _checked_matrix(matrix: ArrayLike, ids: Sequence[str] | None) -> FloatArray:
    x = np.asarray(matrix, dtype=float)
    if x.ndim != 2 or x.shape[0] < 2 or x.shape[1] < 1:
        raise MethodError(Issue("method.too_few_clusters", params={"count": x.shape[0] if x.ndim else 0}))
    bad = np.argwhere(~np.isfinite(x))
    if bad.size:
        raise MethodError(
            Issue("method.missing_value", params={"cluster": str(r + 1), "criterion": _criterion_name(ids, c)})
            for r, c in bad
        )
    return x


def _constant_columns(x: FloatArray) -> npt.NDArray[np.bool_]:
    with np.errstate(over="ignore"):  # a span beyond the float range is no constant column
        span = x.max(axis=0) - x.min(axis=0)
    return np.asarray(span <= 1e-12 * np.maximum(1.0, np.abs(x).max(axis=0)))


def _uniform_columns(x: FloatArray) -> npt.NDArray[np.bool_]:
    """Positive columns whose values are all equal up to 1e-12 relative (maximal entropy)."""
    top = x.max(axis=0)
    return np.asarray(top - x.min(axis=0) <= 1e-12 * top)


def _constant_warnings(ids: Sequence[str] | None, const: npt.NDArray[np.bool_]) -> list[Issue]:
    return [Issue("method.constant_criterion", params={"criterion": _criterion_name(ids, int(j))},
                  severity=Severity.WARNING) for j in np.flatnonzero(const)]


def _add(issues: list[Issue] | None, new: Sequence[Issue]) -> None:
    if issues is not None:
        issues.extend(new)


def entropy_weights(
    matrix: ArrayLike, types: ArrayLike, *, ids: Sequence[str] | None = None, issues: list[Issue] | None = None
) -> FloatArray:
    """Shannon-entropy weights (pymcdm ``entropy_weights``).

    The shares ``p_ij = x_ij / sum_i x_ij`` need positive values: a
    criterion with a zero or negative value raises :class:`MethodError`
    (``method.entropy_nonpositive``, naming the criterion by ``ids`` or by
    its 1-based position).  ``types`` do not enter the entropy (the
    information in a column does not depend on its direction); they are
    checked for shape only.  Warnings are appended to ``issues``.

    A column whose values are all equal (to 1e-12 relative) has maximal
    entropy, ``1 - E_j = 0``: weight 0 by the formula, with a
    ``method.constant_criterion`` warning, and it is left out of the pymcdm
    call (where rounding made its ``1 - E_j`` a signed 1e-15 that, with no
    other column, became weights such as -0.33 and 1.33); all columns so:
    ``method.no_information``.  The shares are scale-free, so a column whose
    sum overflows is divided by ``2 m`` first.  ``1 - E_j < 0`` is only
    rounding (``E_j <= 1``): clipped to 0.  Limit: a column spanning more than
    the float range (a share below 1e-308 of its sum, e.g. 1e-300 beside
    1e308) has shares that underflow to 0: ``method.weights_undefined``.
    """
    x = _checked_matrix(matrix, ids)
    _as_types(types, x.shape[1])
    bad = [j for j in range(x.shape[1]) if (x[:, j] <= 0).any()]
    if bad:
        raise MethodError(
            Issue("method.entropy_nonpositive", params={"criterion": _criterion_name(ids, j)}) for j in bad
        )
    const = _uniform_columns(x)
    if const.all():
        raise MethodError(Issue("method.no_information"))
    found = _constant_warnings(ids, const)
    keep = ~const
    w = np.zeros(x.shape[1])
    if keep.sum() == 1:
        w[keep] = 1.0
    else:
        from pymcdm import weights as pw

        sub = x[:, keep]
        with np.errstate(over="ignore"):
            finite_sum = np.isfinite(sub.sum(axis=0))
        sub = np.where(finite_sum, sub, sub / (2.0 * sub.shape[0]))  # keeps tiny values representable
        part, caught = call(pw.entropy_weights, sub)
        found.extend(caught)
        w[keep] = np.maximum(np.asarray(part, dtype=float), 0.0)
    _add(issues, found)
    return _finite_weights(w, "entropy")


def critic_weights(
    matrix: ArrayLike, types: ArrayLike, *, ids: Sequence[str] | None = None, issues: list[Issue] | None = None
) -> FloatArray:
    """CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995).

    ``C_j = sigma_j sum_k (1 - r_jk)`` on the min-max normalized columns,
    cost criteria normalized as costs (Diakoulaki et al.; pymcdm's
    ``critic_weights`` normalizes every column as a benefit, which flips the
    sign of the cost columns' correlations).  Computed here, not by pymcdm:
    pymcdm forms ``1 - r`` from a rounded ``r``, so nearly collinear columns
    (``1 - r`` below about 1e-15) got weights of pure rounding noise, even
    negative (-1 and 2 for two columns that should share about half each).  Here
    ``1 - r_jk = sum_i (z_ij - z_ik)^2 / (2 (m - 1))`` with the standardized
    columns ``z``: a sum of squares, never negative, accurate even when tiny;
    values below :data:`CORRELATION_TOLERANCE` are perfect correlation (0).  Agreement
    with pymcdm on ordinary data is tested (1e-12).  Each column is divided
    by its largest magnitude first (the normalization is scale-free; a range
    beyond the float maximum no longer overflows).

    A constant column has no contrast (sigma = 0): weight 0 by the formula,
    with a ``method.constant_criterion`` warning; all constant:
    ``method.no_information``.  When every pair of informative columns is
    perfectly correlated every ``C_j`` is 0: ``method.weights_undefined``.
    """
    x = _checked_matrix(matrix, ids)
    t = _as_types(types, x.shape[1])
    const = _constant_columns(x)
    if const.all():
        raise MethodError(Issue("method.no_information"))
    found = _constant_warnings(ids, const)
    w = np.zeros(x.shape[1])
    keep = ~const
    if keep.sum() == 1:
        w[keep] = 1.0
    else:
        w[keep] = _critic_information((x * t)[:, keep])
    _add(issues, found)
    return _finite_weights(w, "critic")


#: ``1 - r`` below this counts as perfect correlation.  Columns that are exact
#: multiples of one another differ after normalization by a few ulps, which
#: gives ``1 - r`` of about ``m * 1e-31``; a real ``1 - r`` of 1e-16 (nearly
#: collinear columns) is resolved and kept.
CORRELATION_TOLERANCE = 1e-20


def _critic_information(z: FloatArray) -> FloatArray:
    """``C_j = sigma_j sum_k (1 - r_jk)`` of non-constant columns (benefit orientation)."""
    z = z / np.abs(z).max(axis=0)
    lo = z.min(axis=0)
    n = (z - lo) / (z.max(axis=0) - lo)
    m = n.shape[0]
    sigma = n.std(axis=0, ddof=1)
    std = (n - n.mean(axis=0)) / sigma
    one_minus_r = np.vstack([np.square(std - std[:, [j]]).sum(axis=0) for j in range(std.shape[1])]) / (2 * (m - 1))
    one_minus_r[one_minus_r < CORRELATION_TOLERANCE] = 0.0
    return np.asarray(sigma * one_minus_r.sum(axis=0))


def _finite_weights(w: FloatArray, method: str) -> FloatArray:
    if not np.isfinite(w).all() or w.sum() <= 0:
        raise MethodError(Issue("method.weights_undefined", params={"method": method}))
    return np.asarray(w / w.sum(), dtype=float)


def _rank_pair(r1: ArrayLike | pd.Series, r2: ArrayLike | pd.Series) -> tuple[FloatArray, FloatArray]:
    if isinstance(r1, pd.Series) and isinstance(r2, pd.Series):
        r2 = r2.reindex(r1.index)
    a = np.asarray(r1, dtype=float).reshape(-1)
    b = np.asarray(r2, dtype=float).reshape(-1)
    if a.shape != b.shape or a.size < 2 or not (np.isfinite(a).all() and np.isfinite(b).all()):
        raise ValueError("two rank vectors of the same length (>= 2) without NaN are needed")
    return a, b


def _correlation(name: str, r1: Any, r2: Any, issues: list[Issue] | None) -> float:
    a, b = _rank_pair(r1, r2)
    from pymcdm import correlations

    with np.errstate(divide="ignore", invalid="ignore"):
        value, found = call(getattr(correlations, name), a, b)
    _add(issues, found)
    return float(value)


def spearman(r1: ArrayLike | pd.Series, r2: ArrayLike | pd.Series, *, issues: list[Issue] | None = None) -> float:
    """Spearman's rank correlation of two rank vectors (pymcdm ``rs``).

    Computed as Pearson's correlation of the ranks given (ties: pass the
    ranks as they are; with competition ranks this is the usual "ranks as
    data" value).  Undefined (NaN, with a warning issue) when one vector is
    constant.  Two :class:`pandas.Series` are aligned by index first.

    >>> spearman([1, 2, 3], [3, 2, 1])
    -1.0
    """
    return _correlation("spearman", r1, r2, issues)


def weighted_spearman(
    r1: ArrayLike | pd.Series, r2: ArrayLike | pd.Series, *, issues: list[Issue] | None = None
) -> float:
    """Weighted Spearman r_W (Pinto da Costa & Soares 2005; pymcdm ``rw``).

    Disagreements near the top of the ranking weigh more.  The formula
    assumes ranks 1..n.

    >>> round(weighted_spearman([1, 2, 3, 4, 5], [2, 1, 3, 4, 5]), 4)
    0.85
    """
    return _correlation("weighted_spearman", r1, r2, issues)


def rank_similarity(
    r1: ArrayLike | pd.Series, r2: ArrayLike | pd.Series, *, issues: list[Issue] | None = None
) -> float:
    """WS rank similarity coefficient (Sałabun & Urbaniak 2020; pymcdm ``ws``).

    Asymmetric: ``r1`` is the reference ranking.

    >>> rank_similarity([1, 2, 3], [1, 2, 3])
    1.0
    """
    return _correlation("rank_similarity_coef", r1, r2, issues)


def _normalization(name: str) -> Callable[..., Any]:
    from pymcdm import normalizations as pn

    if name == "negated":  # cost columns as -x: VIKOR's linear (f* - f)/(f* - f-)
        return lambda x, cost=False: -x if cost else x
    return getattr(pn, f"{name}_normalization")  # type: ignore[no-any-return]


def pymcdm_method(method: str, **params: Any) -> Any:
    """A configured pymcdm method object equivalent to our ``method``.

    ``params``: ``normalization`` (a pymcdm normalization name such as
    ``"vector"``, ``"minmax"``, ``"sum"``, ``"max"``, or ``"negated"``),
    ``v`` (VIKOR), ``preference_function``, ``p``, ``q`` (PROMETHEE II).
    """
    from pymcdm import methods as pm

    cls = getattr(pm, PYMCDM_CLASSES[method])
    kwargs: dict[str, Any] = {}
    if "normalization" in params:
        kwargs["normalization_function"] = _normalization(params["normalization"])
    if method == "vikor":
        kwargs["v"] = params.get("v", 0.5)
        kwargs.setdefault("normalization_function", _normalization("negated"))
    if method == "promethee2":
        kwargs = {k: params[k] for k in ("p", "q") if params.get(k) is not None}
        kwargs["preference_function"] = params.get("preference_function", "usual")
    return cls(**kwargs)


def pymcdm_scores(
    method: str, matrix: ArrayLike, weights: ArrayLike, types: ArrayLike, **params: Any
) -> tuple[FloatArray, npt.NDArray[np.float64], tuple[Issue, ...]]:
    """Scores and ranks of the pymcdm method equivalent to ``method``.

    Returns ``(scores, ranks, warnings)``; ranks come from the pymcdm
    object's own ``rank()`` (ties get average ranks there).  Used by the tests
    to cross-check our kernels and by ``benchmarks/bench_methods.py``.
    """
    x = np.asarray(matrix, dtype=float)
    obj = pymcdm_method(method, **params)
    scores, found = call(obj, x, np.asarray(weights, dtype=float), _as_types(types, x.shape[1]))
    pref = np.asarray(scores, dtype=float)
    return pref, np.asarray(obj.rank(pref), dtype=float), found
