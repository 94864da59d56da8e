"""Balassa's revealed comparative advantage and its symmetric form.

.. math:: RCA_{cp} = \\frac{X_{cp} / \\sum_p X_{cp}}{\\sum_c X_{cp} / \\sum_c \\sum_p X_{cp}}

``RCA > 1`` reveals a comparative advantage (Balassa 1965).  The symmetric
index ``RSCA = (RCA − 1) / (RCA + 1)`` lies in (−1, 1) with 0 as the neutral
point (Dalum, Laursen & Villumsen 1998).  Here *c* is a region and the
reference set is the whole country (every region of the ``Exportaciones``
sheet).  The formula is the location quotient applied to exports (the
"Hoover–Balassa index", R package EconGeo, ``rca``).

Examples
--------
>>> round(rca(1714, 79006, 879213, 15593224), 7)
0.3847623
>>> round(rsca(3.0), 6)
0.5
>>> t = pd.DataFrame({"p": [10.0, 30.0], "q": [90.0, 70.0]}, index=["R1", "R2"])
>>> rca_table(t).round(3).loc["R2", "p"]
np.float64(1.5)
"""

from __future__ import annotations

import math

import pandas as pd

from mcda.indicators.location import location_quotient, lq_table


def rca(x_cp: float, x_c: float, x_p: float, x: float) -> float:
    """Balassa index from the four totals: region's exports of the product,
    region's total exports, national exports of the product, national total
    (``nan`` when a denominator is zero)."""
    return location_quotient(x_cp, x_c, x_p, x)


def rca_table(exports: pd.DataFrame) -> pd.DataFrame:
    """RCA of every region (rows) and product (columns) against the total."""
    return lq_table(exports)


def rsca(rca_value: float) -> float:
    """``(RCA − 1) / (RCA + 1)``.

    >>> rsca(1.0), rsca(0.0)
    (0.0, -1.0)
    """
    if not math.isfinite(rca_value):
        return math.nan
    return (rca_value - 1.0) / (rca_value + 1.0)
