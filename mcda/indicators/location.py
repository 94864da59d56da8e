"""Location quotient and the European Cluster Observatory "stars".

Notation (``domain.md`` §3): ``e_ir`` employment of industry or cluster
*i* in region *r*, ``e_r`` the region's total, ``E_i`` national employment
of *i*, ``E`` the national total.

.. math:: LQ_{ir} = \\frac{e_{ir} / e_r}{E_i / E}

Examples
--------
The check value of the R package REAT (``locq``):

>>> round(location_quotient(1714, 79006, 879213, 15593224), 7)
0.3847623
>>> emp = pd.DataFrame({"a": [10.0, 30.0], "b": [90.0, 70.0]}, index=["R1", "R2"])
>>> lq_table(emp).round(3).to_dict("index")
{'R1': {'a': 0.5, 'b': 1.125}, 'R2': {'a': 1.5, 'b': 0.875}}
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

#: Share of region cells that earns the "size" and "focus" stars.
TOP_SHARE = 0.10
#: Location quotient that earns the "specialization" star.
LQ_STAR = 2.0


def location_quotient(e_ir: float, e_r: float, e_i: float, e: float) -> float:
    """``(e_ir / e_r) / (E_i / E)``; ``nan`` when a denominator is zero.

    >>> location_quotient(0, 100, 10, 1000)
    0.0
    >>> math.isnan(location_quotient(5, 0, 10, 1000))
    True
    """
    if e_r == 0 or e == 0 or e_i == 0:
        return math.nan
    return (e_ir / e_r) / (e_i / e)


def lq_table(employment: pd.DataFrame, regional_total: pd.Series | None = None,
             national_total: float | None = None) -> pd.DataFrame:
    """Location quotients of every region (rows) and industry (columns).

    By default the regional totals ``e_r`` are the row sums and ``E`` the
    grand total of the table, so the table must hold every industry and every
    region of the country (a "rest of the country" row is fine).  Pass
    ``regional_total`` and ``national_total`` when the columns are clusters
    that do not partition the economy.  ``E_i`` is always the column sum.
    Cells with a zero denominator are ``NaN``.

    >>> emp = pd.DataFrame({"a": [10.0, 30.0]}, index=["R1", "R2"])
    >>> lq_table(emp, pd.Series([100.0, 100.0], index=["R1", "R2"]), 200.0).round(3)["a"].tolist()
    [0.5, 1.5]
    """
    emp = employment.astype(float)
    e_r = emp.sum(axis=1) if regional_total is None else regional_total.reindex(emp.index).astype(float)
    national = emp.sum(axis=0)
    grand = float(national.sum()) if national_total is None else float(national_total)
    with np.errstate(divide="ignore", invalid="ignore"):
        regional_share = emp.div(e_r.replace(0.0, np.nan), axis=0)
        national_share = national / grand if grand else national * np.nan
        lq = regional_share.div(national_share.replace(0.0, np.nan), axis=1)
    return lq


def _top_cells(values: pd.Series, share: float) -> pd.Series:
    """``True`` for the cells among the top ``ceil(share * n)`` of ``values``
    (``n`` counts the non-missing cells; ties with the last admitted value
    are admitted too; zero values never qualify).

    >>> _top_cells(pd.Series([5.0, 1, 9, 9, 0, 2, 3, 4, 6, 7, 8]), 0.10).tolist()
    [False, False, True, True, False, False, False, False, False, False, False]
    """
    valid = values.dropna()
    out = pd.Series(False, index=values.index)
    if valid.empty:
        return out
    k = max(1, math.ceil(share * len(valid) - 1e-9))
    threshold = float(valid.sort_values(ascending=False).iloc[k - 1])
    return (values >= threshold) & (values > 0)


def stars(employment: pd.DataFrame, regional_total: pd.Series | None = None, national_total: float | None = None,
          top_share: float = TOP_SHARE, lq_star: float = LQ_STAR) -> pd.DataFrame:
    """The three stars of each region × cluster cell.

    Parameters
    ----------
    employment
        Regions (rows) × clusters (columns) employment, every region of the
        country.
    regional_total, national_total
        ``e_r`` and ``E`` (see :func:`lq_table`); default: the table's sums.
    top_share
        Share of regions that earns the size and focus stars (0.10).
    lq_star
        Location quotient that earns the specialization star (2).

    Returns
    -------
    DataFrame
        Long table with index ``(region, cluster)`` and columns ``size``,
        ``specialization``, ``focus`` (booleans) and ``stars`` (0–3).

    Notes
    -----
    European Cluster Observatory (Ketels & Sölvell 2006): *size* — the
    region is among the top 10 % of regions by the cluster's employment;
    *specialization* — LQ ≥ 2; *focus* — the region is among the top 10 %
    of regions by the cluster's share of regional employment ``e_ir / e_r``.
    Top 10 % means the ``ceil(0.10 · n)`` largest of the ``n`` regions.

    Examples
    --------
    >>> emp = pd.DataFrame({"c": [50.0, 5, 5, 5, 5], "o": [50.0, 95, 95, 95, 95]},
    ...                    index=list("ABCDE"))
    >>> stars(emp).loc["A"].to_dict("index")["c"]
    {'size': True, 'specialization': True, 'focus': True, 'stars': 3}
    """
    emp = employment.astype(float)
    lq = lq_table(emp, regional_total, national_total)
    e_r = emp.sum(axis=1) if regional_total is None else regional_total.reindex(emp.index).astype(float)
    share = emp.div(e_r.replace(0.0, np.nan), axis=0)
    frames = []
    for cluster in emp.columns:
        size = _top_cells(emp[cluster], top_share)
        focus = _top_cells(share[cluster], top_share)
        spec = (lq[cluster] >= lq_star).fillna(False).astype(bool)
        frame = pd.DataFrame({"size": size.astype(bool), "specialization": spec, "focus": focus.astype(bool)})
        frame["stars"] = frame.sum(axis=1).astype(int)
        frame.index = pd.MultiIndex.from_product([emp.index, [cluster]], names=["region", "cluster"])
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=["size", "specialization", "focus", "stars"])
    return pd.concat(frames)
