"""Build the ILLUSTRATIVE raw-data sample ``resources/sample/datos_brutos_muestra.xlsx``.

The workbook has the sheets of :mod:`mcda.indicators.raw_workbook` plus an
``Acerca de`` sheet saying the data are illustrative.  Its clusters are the
twenty of the decision sample (:mod:`mcda.sample_data`), with the same ids and
names; the figures are in :mod:`mcda.indicators.sample_raw_data`.

Everything is deterministic: building twice gives the same cells.

Examples
--------
>>> emp = employment_cells()
>>> emp[("Arequipa", "Minería metálica", 2023)], emp[("Cusco", "Alojamiento y restaurantes", 2023)]
(34000, 68000)
>>> z = io_flows()
>>> len(z), len(z[0])
(16, 16)
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence

import numpy as np
from openpyxl import Workbook

from mcda.indicators import sample_raw_data as D

YEARS = (2018, 2023)
#: Shapes of the ten-year export series (standardized before use).
PATTERNS: dict[str, tuple[float, ...]] = {
    "trend": tuple(float(t) for t in range(10)),
    "cycle": tuple(math.sin(t * 1.3) + 0.15 * t for t in range(10)),
    "shock": (0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 0.3, 0.35, 0.8, 1.0),  # 2020-2021 collapse, recovery
    "spike": (*(0.05 * t for t in range(9)), 3.4),  # price spike in the last year
    "crash": (1.0, 0.45, 0.6, 1.1, 0.9, 1.2, 1.0, 1.1, 1.5, 0.6),  # fishing seasons cancelled
    "boom": (0.0, 1.0, 0.0, -1.0, -2.0, -3.0, -4.0, -5.0, -6.0, -7.0),
    "decline": tuple(-float(t) for t in range(10)),
}


def _row_cells(region: str, total: float, fixed: dict[str, float]) -> dict[str, float]:
    """A region's 2023 row: the fixed cells, the rest of ``total`` spread by the base shares."""
    rural = D.RURALITY[region]
    weights = {s: w * (rural if s in D.AGRICULTURAL else 1.0) for s, w in zip(D.SECTORS, D.BASE_SHARES, strict=True)
               if s not in fixed}
    rest = total - sum(fixed.values())
    if rest <= 0:
        raise ValueError(f"fixed cells exceed the total of {region}")
    scale = rest / sum(weights.values())
    return {s: fixed.get(s, weights.get(s, 0.0) * scale) for s in D.SECTORS}


def _growth(region: str, sector: str) -> float:
    return D.CELL_GROWTH_OVERRIDES.get((region, sector), D.CELL_GROWTH.get(sector, D.DEFAULT_GROWTH))


def employment_cells() -> dict[tuple[str, str, int], int]:
    """(region, sector, year) -> persons, for 2018 and 2023."""
    from mcda.sample_data import DEPARTMENT_EMPLOYED

    rows: dict[str, dict[str, float]] = {}
    for region, total in DEPARTMENT_EMPLOYED.items():
        fixed = {s: float(v) for (r, s), v in D.CELLS_2023.items() if r == region}
        rows[region] = _row_cells(region, total, fixed)
    rest_total = D.NATIONAL_2023 - sum(DEPARTMENT_EMPLOYED.values())
    pinned = {s: D.NATIONAL_TARGETS[s] - sum(rows[r][s] for r in rows) for s in D.NATIONAL_TARGETS}
    pinned.update({s: float(v) for (r, s), v in D.CELLS_2023.items() if r == D.REST})
    rows[D.REST] = _row_cells(D.REST, rest_total, {s: max(v, 1_000.0) for s, v in pinned.items()})
    cells: dict[tuple[str, str, int], int] = {}
    for region, row in rows.items():
        for sector, value in row.items():
            cells[(region, sector, 2023)] = int(round(value))
            g = _growth(region, sector) / 100.0
            cells[(region, sector, 2018)] = int(round(value / (1.0 + g) ** 5))
    return cells


def io_flows() -> list[list[float]]:
    """Intermediate flows Z = A · diag(x) (S/ million, rounded)."""
    idx = {s: i for i, s in enumerate(D.SECTORS)}
    n = len(D.SECTORS)
    a = np.zeros((n, n))
    for (i, j), v in D.COEFFICIENTS.items():
        a[idx[i], idx[j]] += v
    for i, v in D.COMMON_INPUTS.items():
        a[idx[i], :] += v
    z = a * np.asarray(D.OUTPUT)[np.newaxis, :]
    return [[float(round(v)) for v in row] for row in z]


def _standard(pattern: str) -> list[float]:
    raw = np.array(PATTERNS[pattern], dtype=float)
    return [float(v) for v in (raw - raw.mean()) / raw.std(ddof=1)]


def export_series(value_2023: float, cv: float, pattern: str) -> list[float]:
    """Annual values ending at ``value_2023`` whose sample CV is ``cv``.

    >>> s = export_series(100.0, 0.2, "trend")
    >>> round(s[-1], 6), round(float(np.std(s, ddof=1) / np.mean(s)), 6)
    (100.0, 0.2)
    """
    z = _standard(pattern)
    mean = value_2023 / (1.0 + cv * z[-1])
    series = [mean * (1.0 + cv * v) for v in z]
    if min(series) <= 0:
        raise ValueError(f"pattern {pattern} with CV {cv} goes negative")
    return series


def export_rows() -> list[tuple[str, str, int, float]]:
    """(region, product, year, US$ million) rows."""
    rows = []
    for product, regions, value, cv, pattern in D.EXPORTS:
        series = export_series(value, cv, pattern)
        others = D.OTHER_EXPORTERS.get(product, {})
        for region, share in [*regions.items(), *((r, s * sum(regions.values())) for r, s in others.items())]:
            for year, v in zip(D.EXPORT_YEARS, series, strict=True):
                rows.append((region, product, year, round(v * share, 1)))
    for region, value in D.OTHER_EXPORTS_2023.items():
        for k, year in enumerate(D.EXPORT_YEARS):
            rows.append((region, "Otros productos", year, round(value * (0.8 + 0.02 * k), 1)))
    return rows


def firm_shares(target_hhi: float) -> list[float]:
    """Shares (%) of ``k`` firms decaying geometrically so that their HHI is ``target_hhi``.

    >>> shares = firm_shares(2600.0)
    >>> round(sum(shares), 6), bool(abs(sum(s * s for s in shares) - 2600.0) < 1e-6)
    (100.0, True)
    """
    k = max(4, math.ceil(1.6 * 10_000 / target_hhi))
    lo, hi = 1e-9, 1.0

    def hhi(r: float) -> float:
        w = np.array([r ** i for i in range(k)])
        s = 100.0 * w / w.sum()
        return float((s ** 2).sum())

    for _ in range(200):  # hhi falls from 10 000 (r → 0) to 10 000 / k (r = 1)
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if hhi(mid) > target_hhi else (lo, mid)
    w = np.array([lo ** i for i in range(k)])
    return [float(v) for v in 100.0 * w / w.sum()]


def _sheet(wb: Workbook, title: str, rows: Sequence[Sequence[object]]) -> None:
    from mcda.workbook import styles
    from mcda.workbook.input_sheets import new_sheet, write_row

    ws = new_sheet(wb, title)
    for r, row in enumerate(rows, start=1):
        write_row(ws, r, list(row))
    styles.finish_table(ws, max(len(r) for r in rows), freeze="B2")


def build_sample_raw() -> Workbook:
    """The sample workbook in memory."""
    from mcda.indicators.template import about_sheet

    wb = Workbook()
    wb.remove(wb.active)
    about_sheet(wb, "indicators.sample.about")
    emp = employment_cells()
    regions = list(dict.fromkeys(r for r, _, _ in emp))
    _sheet(wb, "Empleo", [("region", "sector", "año", "empleo"),
                          *((r, s, y, emp[(r, s, y)]) for y in YEARS for r in regions for s in D.SECTORS)])
    z = io_flows()
    _sheet(wb, "Insumo-Producto", [("", *D.SECTORS, "produccion"),
                                   *((s, *z[i], D.OUTPUT[i]) for i, s in enumerate(D.SECTORS))])
    firms: list[tuple[object, ...]] = [("cluster", "empresa", "valor", "año")]
    for cid, hhi in D.FIRM_HHI.items():
        firms += [(cid, f"{cid} empresa {k + 1}", round(share * 10, 3), 2023)
                  for k, share in enumerate(firm_shares(hhi))]
    _sheet(wb, "Empresas", firms)
    _sheet(wb, "Exportaciones", [("region", "producto", "año", "valor"), *export_rows()])
    mapping = [("cluster", "nombre", "region", "sector", "producto")]
    for cid, name, region, sectors, products in D.CLUSTERS:
        mapping += [(cid, name, region, s, "") for s in sectors]
        mapping += [(cid, "", "", "", p) for p in products]
    _sheet(wb, "Mapeo", mapping)
    wb.active = 0
    return wb


def write_sample_raw(path: str | os.PathLike[str]) -> None:
    """Write the sample atomically (``python -m mcda.indicators.sample_raw PATH``)."""
    from mcda.workbook.save import save_atomic

    save_atomic(build_sample_raw(), path)


if __name__ == "__main__":  # pragma: no cover
    import sys

    import resources

    write_sample_raw(sys.argv[1] if len(sys.argv) > 1 else resources.path("sample", "datos_brutos_muestra.xlsx"))
