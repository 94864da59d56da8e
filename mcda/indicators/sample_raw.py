"""Build the ILLUSTRATIVE raw-data sample ``resources/sample/datos_brutos_muestra.xlsx``.

The workbook has the sheets of :mod:`mcda.indicators.raw_workbook` plus an
``Acerca de`` sheet saying the data are illustrative.  Its clusters are the
twenty of the decision sample (:mod:`mcda.sample_data`), with the same ids and
names, and the raw figures are *solved from* that sample's values, so that
``clusterprio-cli indicators --sample`` gives back, for every cluster, the
decision sample's value of every criterion the indicators step computes:

- ``Empleo`` 2023: each cluster's jobs by department are its cells; the rest
  of the activity's national jobs (the decision sample's ``E_i``) is spread
  over the other departments and ``Resto del país``; department totals are
  the decision sample's — so I1, I4 (LQ) and R2 come out exactly;
- ``Empleo`` 2018: the clusters' cells are their 2023 jobs discounted at G1,
  and the activity's national 2018 total is set so that the shift-share
  competitive effect, ``100 · (e_t1 − e_t0 · E_t1 / E_t0) / e_t0 / 5``, is the
  decision sample's G2 (for the two activities shared by two clusters,
  mining and tourism, the middle of the two clusters' requirements);
- ``Insumo-Producto``: fitted (:mod:`mcda.indicators.sample_raw_io`) so that
  each cluster sector's BL and FL are its L1 and L2 (the mean of the two
  clusters' values for a shared sector), and the other sectors' are the
  plausible values of ``OTHER_LINKAGES``;
- ``Exportaciones``: ten-year series ending at I5 whose CV is R3;
  ``Empresas``: firm shares whose HHI is R1.

Everything is deterministic: building twice gives the same cells.

Examples
--------
>>> emp = employment_cells()
>>> emp[("Arequipa", "Minería metálica", 2023)], emp[("Cusco", "Alojamiento y turismo", 2023)]
(34000, 68000)
>>> sum(v for (r, s, y), v in emp.items() if y == 2023)
17200000
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence

import numpy as np
from openpyxl import Workbook

from mcda.indicators import sample_raw_data as D

YEARS = (2018, 2023)
SPAN = YEARS[1] - YEARS[0]
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


def decision_values() -> dict[str, dict[str, float]]:
    """The decision sample's values: cluster id -> criterion id -> value.

    >>> decision_values()["QUINUA-PUN"]["I4"]
    11.97
    """
    from mcda.sample_data import CRITERIA, SPECS

    ids = [c.id for c in CRITERIA]
    return {s.id: dict(zip(ids, s.values(), strict=True)) for s in SPECS}


def region_totals() -> dict[str, int]:
    """Employment 2023 of each department (the decision sample's) and of ``Resto del país``."""
    from mcda.sample_data import DEPARTMENT_EMPLOYED, NATIONAL_EMPLOYED

    return {**DEPARTMENT_EMPLOYED, D.REST: NATIONAL_EMPLOYED - sum(DEPARTMENT_EMPLOYED.values())}


def _split(total: int, weights: Mapping[str, float], last: str) -> dict[str, int]:
    """``total`` in whole persons by ``weights``; ``last`` takes the rounding remainder."""
    if total <= 0 or weights.get(last, 0.0) <= 0:
        raise ValueError(f"cannot split {total} with {last} absent")
    scale = total / sum(weights.values())
    cells = {k: int(round(w * scale)) for k, w in weights.items() if k != last and w > 0}
    cells[last] = total - sum(cells.values())
    if cells[last] <= 0:
        raise ValueError(f"{last} would get {cells[last]}")
    return cells


def _spread_weights(sector: str, regions: Sequence[str], totals: Mapping[str, int]) -> dict[str, float]:
    table = D.SPREAD[sector]
    rural = sector in D.RURAL_SECTORS
    return {r: totals[r] * table.get(r, table.get("*", 0.0)) * (D.RURALITY[r] if rural else 1.0) for r in regions}


def _activity(sector: str, totals: Mapping[str, int]) -> tuple[dict[str, int], dict[str, int]]:
    """2023 and 2018 cells of one cluster activity (see the module docstring)."""
    from mcda.sample_data import SPECS

    specs = [s for s in SPECS if D.CLUSTER_SECTOR[s.id] == sector]
    national = {s.national_jobs for s in specs}
    if len(national) != 1:
        raise ValueError(f"clusters of {sector} disagree on its national jobs")
    e1: dict[str, int] = {}
    e0: dict[str, int] = {}
    ratios = []
    g2 = {cid: v["G2"] for cid, v in decision_values().items()}
    for s in specs:
        mine1 = {r: int(j) for r, j in s.jobs.items()}
        mine0 = {r: int(round(j / (1.0 + s.g1 / 100.0) ** SPAN)) for r, j in mine1.items()}
        e1.update(mine1)
        e0.update(mine0)
        # competitive rate = 100 (e1 / e0 - N1 / N0) / SPAN  =>  N1 / N0 = e1 / e0 - SPAN * G2 / 100
        ratios.append(sum(mine1.values()) / sum(mine0.values()) - SPAN * g2[s.id] / 100.0)
    n1 = national.pop()
    n0 = int(round(n1 / float(np.mean(ratios))))
    others = [r for r in totals if r not in e1]
    rest1 = _split(n1 - sum(e1.values()), _spread_weights(sector, others, totals), D.REST)
    k = (n0 - sum(e0.values())) / sum(rest1.values())
    rest0 = _split(n0 - sum(e0.values()), {r: v * k for r, v in rest1.items()}, D.REST)
    return {**e1, **rest1}, {**e0, **rest0}


def employment_cells() -> dict[tuple[str, str, int], int]:
    """(region, sector, year) -> persons, for 2018 and 2023."""
    totals = region_totals()
    cells: dict[tuple[str, str, int], int] = {}
    for sector in dict.fromkeys(D.CLUSTER_SECTOR.values()):
        now, base = _activity(sector, totals)
        for r in totals:
            cells[(r, sector, YEARS[1])] = now.get(r, 0)
            cells[(r, sector, YEARS[0])] = base.get(r, 0)
    last = list(D.OTHER_SECTORS)[-1]
    for r, total in totals.items():
        left = total - sum(v for (reg, _, y), v in cells.items() if reg == r and y == YEARS[1])
        weights = {s: w * (D.RURALITY[r] if s in D.RURAL_SECTORS else 1.0) for s, w in D.OTHER_SECTORS.items()}
        for s, v in _split(left, weights, last).items():
            cells[(r, s, YEARS[1])] = v
            cells[(r, s, YEARS[0])] = int(round(v / (1.0 + D.OTHER_GROWTH[s] / 100.0) ** SPAN))
    return cells


def linkage_targets() -> tuple[dict[str, float], dict[str, float]]:
    """BL and FL wanted for each cluster sector: the mean of its clusters' L1 and L2.

    >>> bl, fl = linkage_targets()
    >>> bl["Textil y confecciones"], round(fl["Minería metálica"], 3)
    (1.27, 1.1)
    """
    values = decision_values()
    bl: dict[str, list[float]] = {}
    fl: dict[str, list[float]] = {}
    for cid, sector in D.CLUSTER_SECTOR.items():
        bl.setdefault(sector, []).append(values[cid]["L1"])
        fl.setdefault(sector, []).append(values[cid]["L2"])
    return {s: float(np.mean(v)) for s, v in bl.items()}, {s: float(np.mean(v)) for s, v in fl.items()}


def io_flows() -> list[list[float]]:
    """Intermediate flows ``Z`` (S/ million, one decimal), rows and columns in ``SECTORS`` order."""
    from mcda.indicators.sample_raw_io import fit_flows

    idx = {s: i for i, s in enumerate(D.SECTORS)}
    n = len(D.SECTORS)
    a0 = np.zeros((n, n))
    for (i, j), v in D.COEFFICIENTS.items():
        a0[idx[i], idx[j]] += v
    for i, v in D.COMMON_INPUTS.items():
        a0[idx[i], :] += v
    x = np.array([float(D.OUTPUT[s]) for s in D.SECTORS])
    bl, fl = linkage_targets()
    bl.update({s: v[0] for s, v in D.OTHER_LINKAGES.items()})
    fl.update({s: v[1] for s, v in D.OTHER_LINKAGES.items()})
    z = fit_flows(a0, x, {idx[s]: v for s, v in bl.items()}, {idx[s]: v for s, v in fl.items()}, decimals=1)
    return [[float(v) for v in row] for row in z]


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
    """(region, product, year, US$ million) rows: each cluster's series ends at its I5 with CV R3."""
    values = decision_values()
    rows = []
    for cid, (products, pattern) in D.CLUSTER_EXPORTS.items():
        series = export_series(values[cid]["I5"], values[cid]["R3"], pattern)
        for product, regions in products.items():
            others = D.OTHER_EXPORTERS.get(product, {})
            own = sum(regions.values())
            for region, share in [*regions.items(), *((r, s * own) for r, s in others.items())]:
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
    from mcda.sample_data import SPECS

    wb = Workbook()
    wb.remove(wb.active)
    about_sheet(wb, "indicators.sample.about")
    emp = employment_cells()
    regions = list(region_totals())
    _sheet(wb, "Empleo", [("region", "sector", "año", "empleo"),
                          *((r, s, y, emp[(r, s, y)]) for y in YEARS for r in regions for s in D.SECTORS)])
    z = io_flows()
    _sheet(wb, "Insumo-Producto", [("", *D.SECTORS, "produccion"),
                                   *((s, *z[i], D.OUTPUT[s]) for i, s in enumerate(D.SECTORS))])
    values = decision_values()
    firms: list[tuple[object, ...]] = [("cluster", "empresa", "valor", "año")]
    for s in SPECS:
        firms += [(s.id, f"{s.id} empresa {k + 1}", round(share * 10, 3), YEARS[1])
                  for k, share in enumerate(firm_shares(values[s.id]["R1"]))]
    _sheet(wb, "Empresas", firms)
    _sheet(wb, "Exportaciones", [("region", "producto", "año", "valor"), *export_rows()])
    mapping: list[tuple[object, ...]] = [("cluster", "nombre", "region", "sector", "producto")]
    for s in SPECS:
        mapping.append((s.id, s.name, " / ".join(s.jobs), D.CLUSTER_SECTOR[s.id], ""))
        mapping += [(s.id, "", "", "", p) for p in D.CLUSTER_EXPORTS[s.id][0]]
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
