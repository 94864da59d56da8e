"""Growth and volatility: compound annual growth rate and coefficient of
variation.

``CAGR = (v_t1 / v_t0)^(1/T) − 1``; ``CV = sd / mean`` with the *sample*
standard deviation (``ddof = 1``, divisor ``n − 1``).

Examples
--------
Wikipedia, "Compound annual growth rate" (revenue 100 in 2004, 150 in 2007):

>>> round(cagr(100, 150, 3), 4)
0.1447

Wikipedia, "Coefficient of variation" (examples section, sample standard
deviation): [90, 100, 110] → 0.1.

>>> round(coefficient_of_variation([90, 100, 110]), 6)
0.1
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

#: Degrees of freedom of the standard deviation in the CV (sample sd).
CV_DDOF = 1


def cagr(v0: float, v1: float, years: float) -> float:
    """Compound annual growth rate (a fraction; ``nan`` when undefined:
    non-positive start or end value, or ``years <= 0``).

    >>> round(cagr(200, 100, 1), 2)
    -0.5
    >>> math.isnan(cagr(0, 10, 5))
    True
    """
    if years <= 0 or not (v0 > 0) or not (v1 >= 0) or not math.isfinite(v0) or not math.isfinite(v1):
        return math.nan
    if v1 == 0:
        return -1.0
    return float((v1 / v0) ** (1.0 / years) - 1.0)


def coefficient_of_variation(values: Sequence[float] | FloatArray, ddof: int = CV_DDOF) -> float:
    """``sd / mean`` (sample sd by default); ``nan`` with fewer than
    ``ddof + 1`` values or a non-positive mean.

    >>> math.isnan(coefficient_of_variation([5.0]))
    True
    """
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    if v.size <= ddof:
        return math.nan
    mean = float(v.mean())
    if mean <= 0:
        return math.nan
    return float(v.std(ddof=ddof) / mean)
