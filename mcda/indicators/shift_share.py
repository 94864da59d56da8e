"""Shift-share decomposition of a region's employment change (Dunn 1960).

Over ``t0 → t1``, with ``G = E_t1 / E_t0 − 1`` the national growth of all
employment, ``G_i`` the national growth of industry *i* and ``g_ir`` its
growth in region *r* (``domain.md`` §3):

- national share ``NS_i = e_ir,t0 · G``;
- industry mix ``IM_i = e_ir,t0 · (G_i − G)``;
- competitive effect ``CE_i = e_ir,t0 · (g_ir − G_i)``;

and ``NS_i + IM_i + CE_i = e_ir,t1 − e_ir,t0``.  The competitive effect is
computed as ``e_ir,t1 − e_ir,t0 · (1 + G_i)``, the same number when
``e_ir,t0 > 0`` and still defined for an industry new to the region, so the
identity holds exactly.

Examples
--------
Krumme's "Holukuluku" exercise (University of Washington, Geography 350,
"Shift & Share Table with Excel Explanations"): four industries with
regional employment 500, 100, 200, 200 (1985) and 1000, 100, 250, 280 (1995);
national growth by industry 10, 20, 30, 40 % and 29 % overall.

>>> r = shift_share([500, 100, 200, 200], [1000, 100, 250, 280],
...                 [10, 20, 40, 30], [11, 24, 52, 42])
>>> [round(v, 6) for v in r.totals.values()]
[290.0, -80.0, 420.0, 630.0]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.errors import InputError, Issue

FloatArray = npt.NDArray[np.float64]

Vector = Sequence[float] | pd.Series | FloatArray


@dataclass(frozen=True)
class ShiftShareResult:
    """The three effects per industry (labelled Series, persons).

    Attributes
    ----------
    national_share, industry_mix, competitive
        The three effects.
    change
        ``e_ir,t1 − e_ir,t0`` (equal to the sum of the three effects).
    base
        ``e_ir,t0``.
    national_growth
        ``G`` (a fraction).
    industry_growth
        ``G_i`` per industry (fractions).
    """

    national_share: pd.Series
    industry_mix: pd.Series
    competitive: pd.Series
    change: pd.Series
    base: pd.Series
    national_growth: float
    industry_growth: pd.Series

    @property
    def totals(self) -> dict[str, float]:
        """The effects summed over industries (the region's decomposition)."""
        return {
            "national_share": float(self.national_share.sum()),
            "industry_mix": float(self.industry_mix.sum()),
            "competitive": float(self.competitive.sum()),
            "change": float(self.change.sum()),
        }

    def table(self) -> pd.DataFrame:
        """One row per industry: base, change and the three effects."""
        return pd.DataFrame({
            "base": self.base, "change": self.change, "national_share": self.national_share,
            "industry_mix": self.industry_mix, "competitive": self.competitive,
            "industry_growth": self.industry_growth,
        })


def _series(values: Vector, index: pd.Index | None) -> pd.Series:
    if isinstance(values, pd.Series):
        return values.astype(float)
    arr = np.asarray(values, dtype=float)
    return pd.Series(arr, index=index if index is not None else pd.RangeIndex(arr.size))


def shift_share(region_t0: Vector, region_t1: Vector, nation_t0: Vector, nation_t1: Vector,
                national_totals: tuple[float, float] | None = None) -> ShiftShareResult:
    """Decompose the change of a region's employment by industry.

    Parameters
    ----------
    region_t0, region_t1
        Employment of each industry in the region at ``t0`` and ``t1``.
    nation_t0, nation_t1
        National employment of each industry (all industries of the
        country, so that their sum is the national total).
    national_totals
        ``(E_t0, E_t1)`` when the industries given are only part of the
        economy (e.g. the sectors of one cluster); default: the sums of
        ``nation_t0`` and ``nation_t1``.

    Raises
    ------
    InputError
        ``indicators.shift.zero_national`` when an industry (or the nation)
        has no employment at ``t0``, so its growth rate is undefined.
    """
    index = region_t0.index if isinstance(region_t0, pd.Series) else None
    e0, e1 = _series(region_t0, index), _series(region_t1, index)
    n0, n1 = _series(nation_t0, e0.index), _series(nation_t1, e0.index)
    total0, total1 = (float(n0.sum()), float(n1.sum())) if national_totals is None else national_totals
    zero = [str(k) for k, v in zip(n0.index, n0) if v == 0 and e0[k] + e1[k] != 0]
    if total0 == 0:
        zero = ["*"]
    if zero:
        raise InputError(Issue("indicators.shift.zero_national", params={"sectors": ", ".join(zero)}))
    big_g = total1 / total0 - 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        g_i = (n1 / n0.replace(0.0, np.nan) - 1.0).fillna(0.0)
    ns = e0 * big_g
    im = e0 * (g_i - big_g)
    ce = e1 - e0 * (1.0 + g_i)
    return ShiftShareResult(
        national_share=ns, industry_mix=im, competitive=ce, change=e1 - e0, base=e0,
        national_growth=big_g, industry_growth=g_i,
    )


def competitive_rate(result: ShiftShareResult, years: float) -> float:
    """The competitive effect relative to base employment, in percentage
    points per year: ``100 · ΣCE / Σe_ir,t0 / T``.

    >>> r = shift_share([100], [150], [1000], [1100])
    >>> round(competitive_rate(r, 5), 6)
    8.0
    """
    base = float(result.base.sum())
    if base <= 0 or years <= 0:
        return float("nan")
    return 100.0 * float(result.competitive.sum()) / base / years
