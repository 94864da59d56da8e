"""Concentration of a cluster among its firms: HHI, normalized HHI, CR1.

Shares are in percent, so ``HHI = Σ s_k²`` runs from ``10000 / N`` (equal
firms) to 10 000 (a single firm).  The normalized index rescales it to
0–1 for ``N`` firms: ``HHI* = (HHI/10000 − 1/N) / (1 − 1/N)``.  ``CR1`` is
the largest share (percent).

Examples
--------
US Department of Justice, "Herfindahl-Hirschman Index": four firms with
shares of 30, 30, 20 and 20 percent give an HHI of 2,600.

>>> c = concentration([30, 30, 20, 20])
>>> round(c.hhi, 6), round(c.cr1, 6), round(c.hhi_normalized, 6), c.firms
(2600.0, 30.0, 0.013333, 4)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from mcda.errors import InputError, Issue

FloatArray = npt.NDArray[np.float64]

#: HHI above which a market is "highly concentrated" (US DOJ/FTC 2010
#: Horizontal Merger Guidelines, §5.3).
HHI_HIGH = 2500.0
#: Largest-firm share (percent) flagged as single-firm dependence.
CR1_HIGH = 50.0


@dataclass(frozen=True)
class Concentration:
    """HHI (0–10 000), normalized HHI (0–1), CR1 (percent), number of firms."""

    hhi: float
    hhi_normalized: float
    cr1: float
    firms: int

    @property
    def highly_concentrated(self) -> bool:
        """HHI > 2 500 or the largest firm above 50 %."""
        return self.hhi > HHI_HIGH or self.cr1 > CR1_HIGH


def shares_percent(values: Sequence[float] | FloatArray) -> FloatArray:
    """Firm values (sales, employment ...) as percent shares.

    >>> shares_percent([1, 3]).tolist()
    [25.0, 75.0]
    """
    v = np.asarray(values, dtype=float)
    if v.size == 0 or not np.isfinite(v).all() or (v < 0).any() or v.sum() <= 0:
        raise InputError(Issue("indicators.concentration.bad_values"))
    return 100.0 * v / float(v.sum())


def hhi(values: Sequence[float] | FloatArray) -> float:
    """Herfindahl–Hirschman index of the values' shares, 0–10 000.

    >>> hhi([100])
    10000.0
    """
    s = shares_percent(values)
    return float((s ** 2).sum())


def normalized_hhi(hhi_value: float, n: int) -> float:
    """``(HHI/10000 − 1/N) / (1 − 1/N)``; 1.0 for a single firm.

    >>> normalized_hhi(2500.0, 4)
    0.0
    """
    if n <= 1:
        return 1.0
    return (hhi_value / 10000.0 - 1.0 / n) / (1.0 - 1.0 / n)


def concentration(values: Sequence[float] | FloatArray) -> Concentration:
    """HHI, normalized HHI and CR1 of firm values (zero values are counted
    as firms with a zero share)."""
    s = shares_percent(values)
    h = float((s ** 2).sum())
    n = int(s.size)
    return Concentration(hhi=h, hhi_normalized=normalized_hhi(h, n), cr1=float(s.max()), firms=n)
