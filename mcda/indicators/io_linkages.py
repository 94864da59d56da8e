"""Input–output linkages: Rasmussen backward (Leontief) and forward (Ghosh)
indices, key sectors and their aggregation to clusters.

``Z`` holds intermediate flows (row *i* sells to column *j*) and ``x`` gross
output (``domain.md`` §3):

- ``A = Z · diag(x)⁻¹``, ``L = (I − A)⁻¹``, ``BL_j = n · colsum_j(L) / sum(L)``;
- ``B = diag(x)⁻¹ · Z``, ``G = (I − B)⁻¹``, ``FL_i = n · rowsum_i(G) / sum(G)``;
- a key sector has ``BL > 1`` and ``FL > 1``.

Both indices average 1 over the sectors.  Peru publishes a national table
only, so regional use of these indices applies *national coefficients*.

Examples
--------
Miller & Blair (2009), *Input–Output Analysis*, 2nd ed., section 2.3,
two-sector example:

>>> link = linkages([[150, 500], [200, 100]], [1000, 2000], ["1", "2"])
>>> link.A.round(2).values.tolist()
[[0.15, 0.25], [0.2, 0.05]]
>>> link.L.round(4).values.tolist()
[[1.2541, 0.33], [0.264, 1.1221]]
>>> link.bl.round(4).tolist(), link.fl.round(4).tolist()
([1.0222, 0.9778], [1.2083, 0.7917])
>>> link.key_sector.tolist()
[True, False]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.errors import InputError, Issue, Severity

#: Reciprocal condition number below which ``I − A`` counts as singular.
SINGULAR_RCOND = 1e-12

MatrixLike = Sequence[Sequence[float]] | npt.NDArray[np.float64] | pd.DataFrame


@dataclass(frozen=True)
class Linkages:
    """Coefficients, inverses and linkage indices of one table.

    All matrices are DataFrames labelled by sector; ``bl``, ``fl``,
    ``key_sector`` and ``output`` are Series.  ``warnings`` lists
    non-fatal oddities (e.g. a column of ``A`` summing to 1 or more).
    """

    Z: pd.DataFrame
    output: pd.Series
    A: pd.DataFrame
    L: pd.DataFrame
    B: pd.DataFrame
    G: pd.DataFrame
    bl: pd.Series
    fl: pd.Series
    key_sector: pd.Series
    warnings: tuple[Issue, ...] = field(default=())

    @property
    def sectors(self) -> list[str]:
        return [str(s) for s in self.output.index]

    def classification(self) -> pd.Series:
        """``key`` (BL > 1, FL > 1), ``backward`` (BL > 1 only), ``forward``
        (FL > 1 only) or ``weak`` per sector."""
        out = []
        for b, f in zip(self.bl, self.fl, strict=True):
            out.append("key" if b > 1 and f > 1 else "backward" if b > 1 else "forward" if f > 1 else "weak")
        return pd.Series(out, index=self.output.index, name="class")

    def table(self) -> pd.DataFrame:
        """Output, BL, FL, key-sector flag and class per sector."""
        return pd.DataFrame({"output": self.output, "bl": self.bl, "fl": self.fl,
                             "key_sector": self.key_sector, "class": self.classification()})


def _inverse(m: npt.NDArray[np.float64], code: str) -> npt.NDArray[np.float64]:
    try:
        cond = np.linalg.cond(m)
        if not np.isfinite(cond) or 1.0 / cond < SINGULAR_RCOND:
            raise np.linalg.LinAlgError
        return np.asarray(np.linalg.inv(m), dtype=float)
    except np.linalg.LinAlgError:
        raise InputError(Issue(code, params={"rcond": float(1.0 / np.linalg.cond(m)) if m.size else 0.0})) from None


def linkages(z: MatrixLike, x: Sequence[float] | npt.NDArray[np.float64] | pd.Series,
             sectors: Sequence[str] | None = None) -> Linkages:
    """Compute ``A``, ``L``, ``B``, ``G``, BL, FL and key sectors.

    Parameters
    ----------
    z
        Square matrix of intermediate flows (row sells to column).
    x
        Gross output of each sector (same order).
    sectors
        Sector labels (default: the DataFrame's index, or ``0..n-1``).

    Raises
    ------
    InputError
        ``indicators.io.not_square``, ``indicators.io.zero_output`` (a sector
        with zero or negative output: its coefficients are undefined),
        ``indicators.io.negative_flow``, ``indicators.io.singular`` (``I − A``
        or ``I − B`` cannot be inverted).
    """
    if isinstance(z, pd.DataFrame):
        labels = [str(s) for s in (sectors or z.index)]
        zm = z.to_numpy(dtype=float)
    else:
        zm = np.asarray(z, dtype=float)
        labels = [str(s) for s in (sectors or range(zm.shape[0] if zm.ndim == 2 else 0))]
    xv = np.asarray(x, dtype=float).ravel()
    n = xv.size
    if zm.ndim != 2 or zm.shape != (n, n) or len(labels) != n or n == 0:
        raise InputError(Issue("indicators.io.not_square", params={"rows": zm.shape[0] if zm.ndim else 0,
                                                                    "outputs": n}))
    bad = [labels[j] for j in range(n) if not np.isfinite(xv[j]) or xv[j] <= 0]
    if bad:
        raise InputError([Issue("indicators.io.zero_output", params={"sector": s}) for s in bad])
    if not np.isfinite(zm).all() or (zm < 0).any():
        raise InputError(Issue("indicators.io.negative_flow"))
    a = zm / xv[np.newaxis, :]
    b = zm / xv[:, np.newaxis]
    eye = np.eye(n)
    lm = _inverse(eye - a, "indicators.io.singular")
    gm = _inverse(eye - b, "indicators.io.singular")
    bl = n * lm.sum(axis=0) / lm.sum()
    fl = n * gm.sum(axis=1) / gm.sum()
    warnings = [
        Issue("indicators.io.column_sum", params={"sector": labels[j], "sum": round(float(a[:, j].sum()), 4)},
              severity=Severity.WARNING)
        for j in range(n) if a[:, j].sum() >= 1.0
    ]
    idx = pd.Index(labels, name="sector")

    def frame(m: npt.NDArray[np.float64]) -> pd.DataFrame:
        return pd.DataFrame(m, index=idx, columns=idx)

    bls, fls = pd.Series(bl, index=idx, name="bl"), pd.Series(fl, index=idx, name="fl")
    return Linkages(
        Z=frame(zm), output=pd.Series(xv, index=idx, name="output"), A=frame(a), L=frame(lm), B=frame(b),
        G=frame(gm), bl=bls, fl=fls, key_sector=((bls > 1) & (fls > 1)).rename("key_sector"),
        warnings=tuple(warnings),
    )


def cluster_linkages(link: Linkages, members: Mapping[str, Sequence[str]]) -> pd.DataFrame:
    """Output-weighted mean BL and FL of each cluster's sectors.

    ``BL_c = Σ_{j∈c} x_j · BL_j / Σ_{j∈c} x_j`` (same for FL).  Sectors not
    in the table are ignored; a cluster with none of them gets ``NaN``.

    Returns
    -------
    DataFrame
        Index cluster id; columns ``bl``, ``fl``, ``key_sector``,
        ``output`` (Σ x_j of its sectors in the table).

    Examples
    --------
    >>> link = linkages([[150, 500], [200, 100]], [1000, 2000], ["1", "2"])
    >>> cluster_linkages(link, {"c": ["1", "2"]}).round(4).loc["c", "bl"]
    np.float64(0.9926)
    """
    rows = {}
    for cid, sectors in members.items():
        inside = [s for s in dict.fromkeys(sectors) if s in link.output.index]
        weights = link.output[inside]
        total = float(weights.sum())
        if not inside or total <= 0:
            rows[cid] = {"bl": np.nan, "fl": np.nan, "key_sector": False, "output": 0.0}
            continue
        bl = float((weights * link.bl[inside]).sum() / total)
        fl = float((weights * link.fl[inside]).sum() / total)
        rows[cid] = {"bl": bl, "fl": fl, "key_sector": bool(bl > 1 and fl > 1), "output": total}
    return pd.DataFrame.from_dict(rows, orient="index", columns=["bl", "fl", "key_sector", "output"])
