"""Column normalizations shared by the ranking kernels (bare numpy, no checks).

Every function takes the decision matrix ``x`` (clusters in rows, criteria
in columns) and, where the direction matters, ``types`` (+1 benefit, -1
cost).  "Oriented" normalizations turn cost criteria around so that higher
is always better; :func:`vector` and :func:`proportion` do not (TOPSIS and
COPRAS treat cost criteria themselves).

A constant column carries no information.  Each normalization gives it one
neutral value for every cluster (0 for min-max, 1 for ideal, 1/m for sums),
so it never divides by zero and never changes a ranking.

Sign requirements (checked by :mod:`mcda.methods.validation` before any
kernel runs, see :data:`SIGN_RULES`): ratio normalizations (``ideal``/``max``,
``distributive``/``sum``, COPRAS) need non-negative benefit values and
strictly positive cost values (costs enter as reciprocals or as divisors).

>>> import numpy as np
>>> x = np.array([[2.0, 10.0], [4.0, 20.0], [8.0, 40.0]])
>>> t = np.array([1, -1])
>>> minmax(x, t).round(3).tolist()
[[0.0, 1.0], [0.333, 0.667], [1.0, 0.0]]
>>> ideal(x, t).round(3).tolist()
[[0.25, 1.0], [0.5, 0.5], [1.0, 0.25]]
>>> distributive(x, t).round(4).tolist()
[[0.1429, 0.5714], [0.2857, 0.2857], [0.5714, 0.1429]]
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]
BoolArray = npt.NDArray[np.bool_]

#: Relative tolerance under which a column's range counts as zero (constant column).
CONSTANT_TOLERANCE = 1e-12

#: Values each normalization needs: (benefit columns, cost columns).
#: "any": any real number; "nonnegative": >= 0 and not all zero; "positive": > 0.
SIGN_RULES: dict[str, tuple[str, str]] = {
    "vector": ("any", "any"),
    "minmax": ("any", "any"),
    "none": ("any", "any"),
    "ideal": ("nonnegative", "positive"),
    "max": ("nonnegative", "positive"),
    "distributive": ("nonnegative", "positive"),
    "sum": ("nonnegative", "positive"),
    "proportion": ("nonnegative", "positive"),
}


def constant_columns(x: FloatArray) -> BoolArray:
    """``True`` where a column has (numerically) the same value in every row.

    >>> constant_columns(np.array([[1.0, 5.0], [2.0, 5.0]])).tolist()
    [False, True]
    """
    if x.shape[0] == 0:
        return np.ones(x.shape[1], dtype=bool)
    hi = x.max(axis=0)
    lo = x.min(axis=0)
    scale = np.maximum(1.0, np.maximum(np.abs(hi), np.abs(lo)))
    return np.asarray(hi - lo <= CONSTANT_TOLERANCE * scale)


def _safe_divide(num: FloatArray, den: FloatArray, fill: float) -> FloatArray:
    """``num / den`` with ``fill`` wherever ``den`` is 0 (broadcast over rows)."""
    den = np.asarray(den, dtype=float)
    ok = den != 0
    out = np.divide(num, np.where(ok, den, 1.0))
    return np.where(ok, out, fill)


def vector(x: FloatArray) -> FloatArray:
    """Hwang & Yoon (1981): ``r = x / sqrt(sum x^2)`` (not oriented; all-zero column -> 0)."""
    return _safe_divide(x, np.sqrt((x * x).sum(axis=0)), 0.0)


def minmax(x: FloatArray, types: IntArray) -> FloatArray:
    """Oriented linear scale: benefit ``(x - min)/(max - min)``, cost ``(max - x)/(max - min)``.

    Constant column -> 0 (it contributes nothing).
    """
    lo = x.min(axis=0)
    hi = x.max(axis=0)
    span = np.where(constant_columns(x), 0.0, hi - lo)
    up = _safe_divide(x - lo, span, 0.0)
    return np.where(np.asarray(types) > 0, up, np.where(span > 0, 1.0 - up, 0.0))


def ideal(x: FloatArray, types: IntArray) -> FloatArray:
    """AHP ideal mode / linear max: benefit ``x / max``, cost ``min / x``. Constant column -> 1."""
    const = constant_columns(x)
    benefit = _safe_divide(x, x.max(axis=0), 1.0)
    cost = _safe_divide(np.broadcast_to(x.min(axis=0), x.shape), x, 1.0)
    return np.where(const, 1.0, np.where(np.asarray(types) > 0, benefit, cost))


def distributive(x: FloatArray, types: IntArray) -> FloatArray:
    """AHP distributive mode / sum: benefit ``x / sum x``, cost ``(1/x) / sum(1/x)``.

    Constant column -> ``1/m``.
    """
    m = x.shape[0]
    const = constant_columns(x)
    benefit = _safe_divide(x, x.sum(axis=0), 1.0 / max(m, 1))
    inv = _safe_divide(np.ones_like(x), x, 0.0)
    cost = _safe_divide(inv, inv.sum(axis=0), 1.0 / max(m, 1))
    return np.where(const, 1.0 / max(m, 1), np.where(np.asarray(types) > 0, benefit, cost))


def proportion(x: FloatArray) -> FloatArray:
    """COPRAS: ``d = x / sum x`` for every criterion (not oriented). Constant column -> ``1/m``."""
    m = x.shape[0]
    const = constant_columns(x)
    return np.where(const, 1.0 / max(m, 1), _safe_divide(x, x.sum(axis=0), 1.0 / max(m, 1)))


def signed(x: FloatArray, types: IntArray) -> FloatArray:
    """No normalization: raw values, cost criteria negated (``none`` in WSM)."""
    return np.asarray(x * np.asarray(types, dtype=float), dtype=float)


def ratio_scale_violations(x: FloatArray, types: IntArray) -> BoolArray:
    """Non-constant columns that a ratio normalization cannot rate.

    Benefit columns with a negative value, cost columns with a value <= 0
    (interval-scale data such as growth rates).
    """
    t = np.asarray(types)
    bad = np.where(t > 0, (x < 0).any(axis=0), (x <= 0).any(axis=0))
    return np.asarray(bad & ~constant_columns(x))


def ideal_or_interval(x: FloatArray, types: IntArray) -> tuple[FloatArray, BoolArray]:
    """Ideal-mode ratings, with interval ratings (:func:`minmax`) where the ratio scale fails.

    Returns the ratings and the mask of criteria rated by min-max.

    >>> r, fallback = ideal_or_interval(np.array([[2.0, -1.0], [4.0, 3.0]]), np.array([1, 1]))
    >>> r.tolist(), fallback.tolist()
    ([[0.5, 0.0], [1.0, 1.0]], [False, True])
    """
    fallback = ratio_scale_violations(x, types)
    r = ideal(x, types)
    if fallback.any():
        r = np.where(fallback, minmax(x, types), r)
    return r, fallback


def oriented(x: FloatArray, types: IntArray, name: str) -> FloatArray:
    """Dispatch by name: ``minmax``, ``ideal`` (with :func:`ideal_or_interval`'s fallback),
    ``max``, ``distributive``/``sum``, ``none``."""
    if name == "minmax":
        return minmax(x, types)
    if name == "ideal":  # AHP ideal mode, interval ratings where there is no ratio scale
        return ideal_or_interval(x, types)[0]
    if name == "max":  # WSM: validated beforehand to need no fallback
        return ideal(x, types)
    if name in ("distributive", "sum"):
        return distributive(x, types)
    if name == "none":
        return signed(x, types)
    raise ValueError(f"unknown normalization {name!r}")
