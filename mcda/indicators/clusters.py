"""Cluster indicators: a cluster is the set of sectors and export products the
``Mapeo`` sheet gives it, evaluated in one region or in its own regions.

With regions ``R`` (one, or several for a cluster such as "Arequipa /
Moquegua"):

- employment ``e_c = Σ_{r∈R} Σ_{s∈c} e_sr``; location quotient
  ``(e_c / Σ_{r∈R} e_r) / (E_c / E)`` with ``E_c = Σ_{s∈c} E_s`` and the totals of
  *all* sectors;
- over-specialization (R2): the largest share ``e_cr / e_r`` among ``R``;
- stars: a star is earned if earned in any of ``R``; ``stars`` is the best
  count in one region;
- growth and shift-share: sums over ``R`` and the cluster's sectors;
- linkages: output-weighted mean of its sectors' indices (national table);
- exports: sums over ``R`` and the cluster's products.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import pandas as pd

from mcda.errors import InputError, Issue, McdaError, Severity
from mcda.indicators import location
from mcda.indicators.concentration import concentration
from mcda.indicators.growth import cagr, coefficient_of_variation
from mcda.indicators.io_linkages import Linkages, cluster_linkages
from mcda.indicators.raw_mapping import ClusterDef
from mcda.indicators.raw_sheets import key
from mcda.indicators.raw_workbook import RawData
from mcda.indicators.shift_share import shift_share
from mcda.indicators.trade import rca, rsca

#: Columns of the cluster table, in order.
CLUSTER_COLUMNS = (
    "name", "region", "sectors", "employment", "regional_share", "lq", "stars", "size", "specialization", "focus",
    "bl", "fl", "key_sector", "output", "employment_base", "cagr", "competitive", "competitive_rate", "exports",
    "rca", "rsca", "cv_exports", "hhi", "hhi_normalized", "cr1", "firms",
)
#: Text and flag columns of the cluster table (all others are floats).
NON_NUMERIC = ("name", "region", "sectors", "size", "specialization", "focus", "key_sector")
#: Fewest annual export values for a coefficient of variation.
MIN_CV_YEARS = 3


@dataclass(frozen=True)
class ClusterContext:
    """What the cluster computations need from :func:`compute_indicators`."""

    raw: RawData
    emp1: pd.DataFrame
    emp0: pd.DataFrame | None
    region: str | None
    link: Linkages | None
    years: float
    year: int | None
    options: Any


def _warn(code: str, sheet: str | None = None, cell: str | None = None, **params: Any) -> Issue:
    return Issue(code, sheet=sheet, cell=cell, params=params, severity=Severity.WARNING)


def chosen_clusters(ctx: ClusterContext) -> list[tuple[ClusterDef, tuple[str, ...]]]:
    """(cluster, regions where it is evaluated) pairs of this run."""
    raw, mapping = ctx.raw, ctx.raw.sheet("mapping")
    if ctx.region is not None:
        chosen: list[tuple[ClusterDef, tuple[str, ...]]] = [
            (c, (ctx.region,)) for c in raw.clusters
            if not c.regions or key(ctx.region) in {key(r) for r in c.regions}]
        if raw.clusters and not chosen:
            raise InputError(Issue("indicators.region.no_clusters", sheet=mapping, params={"region": ctx.region}))
        return chosen
    missing = [Issue("indicators.mapping.no_region", sheet=mapping, cell=c.cell, params={"cluster": c.id})
               for c in raw.clusters if not c.regions]
    if missing:
        raise InputError(missing)
    return [(c, c.regions) for c in raw.clusters]


def cluster_employment(emp: pd.DataFrame, clusters: list[ClusterDef]) -> pd.DataFrame:
    """Regions × clusters employment (sum of each cluster's sectors)."""
    data = {c.id: emp[[s for s in c.sectors if s in emp.columns]].sum(axis=1) for c in clusters}
    return pd.DataFrame(data, index=emp.index, columns=[c.id for c in clusters], dtype=float)


def _export_year(ctx: ClusterContext, issues: list[Issue]) -> int | None:
    ex = ctx.raw.exports
    if ex is None or ex.empty:
        return None
    years = sorted(int(y) for y in ex["year"].unique())
    candidates = [y for y in years if ctx.year is None or y <= ctx.year]
    if not candidates:
        issues.append(_warn("indicators.exports.year_mismatch", ctx.raw.sheet("exports"), year=ctx.year,
                            used=years[0]))
        return years[0]
    return candidates[-1]


def export_window(ex: pd.DataFrame, year: int, years: int, issues: list[Issue], sheet: str) -> list[int]:
    """The years of the CV window (the last ``years`` up to ``year``); a gap
    in the calendar is reported as a warning."""
    present = sorted(int(y) for y in ex["year"].unique() if y <= year)
    window = present[-years:]
    if window:
        gaps = [y for y in range(window[0], window[-1] + 1) if y not in window]
        if gaps:
            issues.append(_warn("indicators.exports.missing_years", sheet, years=", ".join(map(str, gaps))))
    return window


class ExportSums:
    """Export totals by (region, product, year), (region, year), (product, year) and year."""

    def __init__(self, ex: pd.DataFrame) -> None:
        self.cell = ex.groupby(["region", "product", "year"])["value"].sum().to_dict()
        self.region = ex.groupby(["region", "year"])["value"].sum().to_dict()
        self.product = ex.groupby(["product", "year"])["value"].sum().to_dict()
        self.total = ex.groupby("year")["value"].sum().to_dict()

    def of(self, regions: tuple[str, ...], products: tuple[str, ...], year: int) -> float:
        return float(sum(self.cell.get((r, p, year), 0.0) for r in regions for p in products))


def _exports(ctx: ClusterContext, sums: ExportSums | None, c: ClusterDef, regions: tuple[str, ...],
             year: int | None, window: list[int], issues: list[Issue]) -> dict[str, float]:
    nan = {"exports": math.nan, "rca": math.nan, "rsca": math.nan, "cv_exports": math.nan}
    if sums is None or year is None or not c.products:
        return nan
    x_rc = sums.of(regions, c.products, year)
    x_r = float(sum(sums.region.get((r, year), 0.0) for r in regions))
    x_c = float(sum(sums.product.get((p, year), 0.0) for p in c.products))
    value = rca(x_rc, x_r, x_c, float(sums.total.get(year, 0.0)))
    series = [sums.of(regions, c.products, y) for y in window]
    cv = coefficient_of_variation(series) if len(window) >= MIN_CV_YEARS else math.nan
    if len(window) < MIN_CV_YEARS:
        issues.append(_warn("indicators.exports.few_years", ctx.raw.sheet("exports"), cluster=c.id,
                            years=len(window), min=MIN_CV_YEARS))
    return {"exports": x_rc, "rca": value, "rsca": rsca(value), "cv_exports": cv}


def _firms(ctx: ClusterContext, c: ClusterDef, issues: list[Issue]) -> dict[str, float]:
    firms = ctx.raw.firms
    nan = {"hhi": math.nan, "hhi_normalized": math.nan, "cr1": math.nan, "firms": math.nan}
    if firms is None:
        return nan
    mine = firms[firms["cluster"] == c.id]
    if mine.empty:
        return nan
    if (mine["year"] > 0).any():
        usable = mine[mine["year"] <= ctx.year] if ctx.year is not None else mine
        mine = mine[mine["year"] == (usable if not usable.empty else mine)["year"].max()]
    try:
        conc = concentration(mine["value"].to_numpy(dtype=float))
    except McdaError:
        issues.append(_warn("indicators.firms.no_values", ctx.raw.sheet("firms"), str(mine["cell"].iloc[0]),
                            cluster=c.id))
        return nan
    return {"hhi": conc.hhi, "hhi_normalized": conc.hhi_normalized, "cr1": conc.cr1, "firms": float(conc.firms)}


def _growth(ctx: ClusterContext, emp0: pd.DataFrame | None, c: ClusterDef, regions: tuple[str, ...],
            issues: list[Issue]) -> dict[str, float]:
    """CAGR of the cluster's employment and its shift-share competitive effect
    (``emp0``: base-year employment aligned on ``ctx.emp1``)."""
    nan = {"employment_base": math.nan, "cagr": math.nan, "competitive": math.nan, "competitive_rate": math.nan}
    if emp0 is None:
        return nan
    secs = [s for s in c.sectors if s in ctx.emp1.columns]
    nat0, nat1 = emp0[secs].sum(axis=0), ctx.emp1[secs].sum(axis=0)
    totals = (float(emp0.to_numpy().sum()), float(ctx.emp1.to_numpy().sum()))
    keep = [s for s in secs if nat0[s] > 0]
    e0 = e1 = ce = 0.0
    for r in regions:
        # employment tables are pivoted on region: one label selects one row
        base, now = cast(pd.Series, emp0.loc[r, secs]), cast(pd.Series, ctx.emp1.loc[r, secs])
        e0, e1 = e0 + float(base.sum()), e1 + float(now.sum())
        if keep:
            ce += float(shift_share(base[keep], now[keep], nat0[keep], nat1[keep], national_totals=totals)
                        .competitive.sum())
        ce += float(now.drop(keep).sum())  # sectors new to the nation: all of their change is competitive
    if e0 <= 0:
        issues.append(_warn("indicators.cluster.no_base_employment", ctx.raw.sheet("employment"), cluster=c.id,
                            region=" / ".join(regions)))
        return {**nan, "employment_base": e0}
    rate = 100.0 * ce / e0 / ctx.years if ctx.years > 0 else math.nan
    return {"employment_base": e0, "cagr": 100.0 * cagr(e0, e1, ctx.years), "competitive": ce,
            "competitive_rate": rate}


def _location(c: ClusterDef, regions: tuple[str, ...], cemp: pd.DataFrame, e_r: pd.Series, big_e: float,
              stars: pd.DataFrame | None) -> dict[str, Any]:
    e_c = float(cemp.loc[list(regions), c.id].sum())
    e_big_r = float(e_r[list(regions)].sum())
    column = cemp[c.id]
    shares = [100.0 * float(column.loc[r]) / float(e_r[r]) for r in regions if e_r[r] > 0]
    row: dict[str, Any] = {
        "employment": e_c, "regional_share": max(shares) if shares else math.nan,
        "lq": location.location_quotient(e_c, e_big_r, float(cemp[c.id].sum()), big_e),
    }
    if stars is not None:
        st = stars.loc[[(r, c.id) for r in regions]]
        row.update({k: bool(st[k].any()) for k in ("size", "specialization", "focus")})
        row["stars"] = int(st["stars"].max())
    return row


def cluster_table(ctx: ClusterContext) -> tuple[pd.DataFrame, pd.DataFrame, int | None, list[Issue]]:
    """The cluster table, the region × cluster LQ map, the export year used
    and the warnings."""
    issues: list[Issue] = []
    pairs = chosen_clusters(ctx)
    every = list(ctx.raw.clusters)
    e_r = ctx.emp1.sum(axis=1)
    big_e = float(ctx.emp1.to_numpy().sum())
    cemp = cluster_employment(ctx.emp1, every)
    lq_map = location.lq_table(cemp, e_r, big_e) if every else pd.DataFrame(index=ctx.emp1.index)
    stars = location.stars(cemp, e_r, big_e, ctx.options.top_share, ctx.options.lq_star) if every else None
    links = cluster_linkages(ctx.link, {c.id: c.sectors for c, _ in pairs}) if ctx.link is not None else None
    export_year = _export_year(ctx, issues)
    window = export_window(ctx.raw.exports, export_year, ctx.options.cv_years, issues, ctx.raw.sheet("exports")) \
        if ctx.raw.exports is not None and export_year is not None else []
    emp0 = ctx.emp0.reindex(index=ctx.emp1.index, columns=ctx.emp1.columns, fill_value=0.0) \
        if ctx.emp0 is not None else None
    sums = ExportSums(ctx.raw.exports) if ctx.raw.exports is not None and not ctx.raw.exports.empty else None
    rows: dict[str, dict[str, Any]] = {}
    for c, regions in pairs:
        row: dict[str, Any] = {"name": c.name, "region": " / ".join(regions), "sectors": "; ".join(c.sectors)}
        if any(s in ctx.emp1.columns for s in c.sectors):
            row.update(_location(c, regions, cemp, e_r, big_e, stars))
            row.update(_growth(ctx, emp0, c, regions, issues))
        else:
            issues.append(_warn("indicators.cluster.no_sectors", ctx.raw.sheet("mapping"), c.cell, cluster=c.id))
        if links is not None:
            lk = cast(pd.Series, links.loc[c.id])  # one row per cluster id
            row.update({"bl": float(lk["bl"]), "fl": float(lk["fl"]), "key_sector": bool(lk["key_sector"]),
                        "output": float(lk["output"])})
            if math.isnan(row["bl"]):
                issues.append(_warn("indicators.cluster.no_io_sectors", ctx.raw.sheet("mapping"), c.cell,
                                    cluster=c.id))
        row.update(_exports(ctx, sums, c, regions, export_year, window, issues))
        row.update(_firms(ctx, c, issues))
        rows[c.id] = row
    table = pd.DataFrame.from_dict(rows, orient="index").reindex(columns=list(CLUSTER_COLUMNS))
    table.index.name = "cluster"
    for col in table.columns:
        if col not in NON_NUMERIC:
            table[col] = pd.to_numeric(table[col], errors="coerce").astype(float)
    return table, lq_map.replace([np.inf, -np.inf], np.nan), export_year, issues
