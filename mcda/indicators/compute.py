"""From raw data and a region to indicator tables with provenance.

:func:`compute_indicators` is the one entry point used by the command line and
the desktop app.  It returns an :class:`IndicatorReport`: a sector table, a
cluster table, the region × cluster location-quotient map (for a heatmap),
the input–output linkages, and for each indicator its formula code, sheets and
years, so that every number can be explained and pushed into the decision
matrix with its source.

Examples
--------
>>> from mcda.indicators.raw_workbook import parse_raw_sheets
>>> rows = [["region", "sector", "empleo"], ["A", "s1", 10], ["A", "s2", 90], ["B", "s1", 30], ["B", "s2", 70]]
>>> mapping = [["cluster", "nombre", "sector"], ["C1", "Uno", "s1"]]
>>> raw = parse_raw_sheets({"Empleo": rows, "Mapeo": mapping}).data
>>> report = compute_indicators(raw, IndicatorOptions(region="b"))
>>> c1 = report.clusters.loc["C1"]
>>> report.region, round(float(c1["lq"]), 3), float(c1["employment"]), float(c1["regional_share"])
('B', 1.5, 30.0, 30.0)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
import pandas as pd

from mcda.errors import InputError, Issue, McdaError, Severity
from mcda.indicators import location
from mcda.indicators.clusters import ClusterContext, cluster_table
from mcda.indicators.growth import cagr
from mcda.indicators.io_linkages import Linkages, linkages
from mcda.indicators.raw_sheets import key
from mcda.indicators.raw_workbook import RawData
from mcda.indicators.shift_share import shift_share


@dataclass(frozen=True)
class IndicatorOptions:
    """Choices of a run.

    ``region`` ``None`` evaluates each cluster in its own region (the
    ``region`` of ``Mapeo``); a region name evaluates the clusters of that
    region (and those without one) there.  ``year`` / ``base_year`` default to
    the latest / earliest year of ``Empleo``.  ``cv_years`` is the window of
    the export volatility (R3).
    """

    region: str | None = None
    year: int | None = None
    base_year: int | None = None
    top_share: float = location.TOP_SHARE
    lq_star: float = location.LQ_STAR
    cv_years: int = 10


@dataclass(frozen=True)
class Provenance:
    """How one indicator was obtained: formula (catalogue code), sheets, years."""

    indicator: str
    formula: str
    sheets: tuple[str, ...]
    years: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class IndicatorReport:
    """Everything one run computed (see module docstring)."""

    region: str | None
    year: int | None
    base_year: int | None
    sectors: pd.DataFrame
    clusters: pd.DataFrame
    lq_map: pd.DataFrame
    linkages: Linkages | None
    provenance: Mapping[str, Provenance]
    issues: tuple[Issue, ...]
    source: str = ""
    sha256: str = ""
    export_year: int | None = None
    notes: tuple[str, ...] = ()
    #: Formula code, sheets and years of each column of the sector table.
    sector_provenance: Mapping[str, Provenance] = field(default_factory=dict)

    @property
    def years_label(self) -> str:
        if self.year is None:
            return ""
        return f"{self.base_year}–{self.year}" if self.base_year is not None else str(self.year)


def _fail(code: str, sheet: str | None = None, cell: str | None = None, **params: Any) -> InputError:
    return InputError(Issue(code, sheet=sheet, cell=cell, params=params))


def _years(raw: RawData, opts: IndicatorOptions) -> tuple[int | None, int | None]:
    sheet = raw.sheet("employment")
    if not raw.has_years:
        if opts.year is not None or opts.base_year is not None:
            raise _fail("indicators.year.no_column", sheet)
        return None, None
    years = raw.years
    listed = ", ".join(map(str, years))
    t1 = opts.year if opts.year is not None else years[-1]
    if t1 not in years:
        raise _fail("indicators.year.unknown", sheet, year=t1, years=listed)
    candidates = [y for y in years if y < t1]
    t0 = opts.base_year if opts.base_year is not None else (candidates[0] if candidates else None)
    if t0 is not None and t0 not in years:
        raise _fail("indicators.year.unknown", sheet, year=t0, years=listed)
    if t0 is not None and t0 >= t1:
        raise _fail("indicators.year.order", sheet, base_year=t0, year=t1)
    return t1, t0


def _check_regions_present(raw: RawData, t1: int | None, t0: int | None) -> None:
    """Both years must cover the same regions, or national totals differ in scope."""
    if t0 is None or t1 is None:
        return
    emp = raw.employment
    issues = []
    for have, lack in ((t1, t0), (t0, t1)):
        present = set(emp.loc[emp["year"] == lack, "region"])
        rows = emp[(emp["year"] == have) & ~emp["region"].isin(present)].drop_duplicates("region")
        for region, cell in zip(rows["region"], rows["cell"], strict=True):
            issues.append(Issue("indicators.employment.region_missing_year", sheet=raw.sheet("employment"),
                                cell=cell,
                                params={"region": region, "year": lack, "other_year": have}))
    if issues:
        raise InputError(issues)


def _check_year_coverage(raw: RawData, emp1: pd.DataFrame, region: str | None, t1: int | None) -> None:
    """The chosen region, and every cluster's own region, must have data in the final year."""
    if region is not None:
        if region not in emp1.index:
            raise _fail("indicators.region.no_data_in_year", raw.sheet("employment"), region=region, year=t1)
        return
    issues = [Issue("indicators.mapping.region_no_data_in_year", sheet=raw.sheet("mapping"), cell=c.cell,
                    params={"cluster": c.id, "region": r, "year": t1})
              for c in raw.clusters for r in c.regions if r not in emp1.index]
    if issues:
        raise InputError(issues)


def _region(raw: RawData, wanted: str | None) -> str | None:
    if wanted is None:
        return None
    for r in raw.regions:
        if key(r) == key(wanted):
            return r
    raise _fail("indicators.region.unknown", raw.sheet("employment"), region=wanted,
                regions=", ".join(raw.regions))


def employment_table(raw: RawData, year: int | None) -> pd.DataFrame:
    """Regions × sectors employment of one year (0 where a row is absent)."""
    emp = raw.employment if year is None else raw.employment[raw.employment["year"] == year]
    table = emp.pivot_table(index="region", columns="sector", values="value", aggfunc="sum", fill_value=0.0,
                            sort=False)
    regions = [r for r in raw.regions if r in table.index]
    sectors = list(dict.fromkeys(raw.employment["sector"]))
    return table.reindex(index=regions, columns=sectors, fill_value=0.0).astype(float)


def _linkages(raw: RawData, issues: list[Issue]) -> Linkages | None:
    if raw.io is None:
        return None
    try:
        link = linkages(raw.io.z, raw.io.output)
    except McdaError as exc:
        raise InputError([Issue(i.code, sheet=i.sheet or raw.sheet("io"), cell=i.cell, params=i.params,
                                severity=i.severity) for i in exc.issues]) from None
    issues.extend(Issue(w.code, sheet=raw.sheet("io"), params=w.params, severity=Severity.WARNING)
                  for w in link.warnings)
    return link


def _row(emp: pd.DataFrame, region: str) -> pd.Series:
    """The region's row of an employment table (``employment_table`` pivots
    on region, so a label selects one row, never a frame)."""
    return cast(pd.Series, emp.loc[region])


def sector_table(emp1: pd.DataFrame, emp0: pd.DataFrame | None, region: str | None, link: Linkages | None,
                 years: float) -> pd.DataFrame:
    """One row per sector: national employment, the region's employment,
    share and LQ (when a region is chosen), linkages, growth and shift-share."""
    sectors = list(emp1.columns)
    if link is not None:
        sectors += [s for s in link.sectors if s not in sectors]
    table = pd.DataFrame(index=pd.Index(sectors, name="sector"))
    national = emp1.sum(axis=0)
    table["national_employment"] = national.reindex(sectors)
    if region is not None:
        lq = location.lq_table(emp1).loc[region]
        e_r = float(_row(emp1, region).sum())
        table["employment"] = _row(emp1, region).reindex(sectors)
        table["share"] = 100.0 * table["employment"] / e_r if e_r else np.nan
        table["lq"] = lq.reindex(sectors)
    if link is not None:
        lt = link.table()
        for col in ("output", "bl", "fl", "key_sector", "class"):
            table[col] = lt[col].reindex(sectors)
    if region is not None and emp0 is not None:
        common = [s for s in emp1.columns if s in emp0.columns]
        base = _row(emp0, region).reindex(common).fillna(0.0) if region in emp0.index else None
        if base is not None:
            nat0 = emp0.sum(axis=0).reindex(emp1.columns).fillna(0.0)
            nat0_safe = nat0.where(nat0 > 0, np.nan)
            table["employment_base"] = base.reindex(sectors)
            table["cagr"] = [100.0 * cagr(float(base.get(s, math.nan)), float(_row(emp1, region).loc[s]), years)
                             if s in emp1.columns and s in base.index else math.nan for s in sectors]
            keep = [s for s in emp1.columns if not math.isnan(nat0_safe[s])]
            if keep:
                ss = shift_share(base.reindex(keep).fillna(0.0), _row(emp1, region).loc[keep], nat0[keep],
                                 national[keep], national_totals=(float(nat0.sum()), float(national.sum())))
                table["national_share"] = ss.national_share.reindex(sectors)
                table["industry_mix"] = ss.industry_mix.reindex(sectors)
                table["competitive"] = ss.competitive.reindex(sectors)
    return table


def compute_indicators(raw: RawData, options: IndicatorOptions | None = None) -> IndicatorReport:
    """Compute every indicator for a region (or each cluster's own region).

    Raises
    ------
    InputError
        With located issues: unknown region or year, a region absent from one
        of the two years, a singular ``I − A``, no cluster for the region ...
    """
    opts = options or IndicatorOptions()
    issues: list[Issue] = []
    t1, t0 = _years(raw, opts)
    _check_regions_present(raw, t1, t0)
    region = _region(raw, opts.region)
    emp1 = employment_table(raw, t1)
    _check_year_coverage(raw, emp1, region, t1)
    emp0 = employment_table(raw, t0) if t0 is not None else None
    span = float(t1 - t0) if t1 is not None and t0 is not None else math.nan
    link = _linkages(raw, issues)
    sectors = sector_table(emp1, emp0, region, link, span)
    ctx = ClusterContext(raw=raw, emp1=emp1, emp0=emp0, region=region, link=link, years=span, year=t1,
                         options=opts)
    clusters, lq_map, export_year, cluster_issues = cluster_table(ctx)
    issues.extend(cluster_issues)
    notes = ["indicators.note.informality"]
    if link is not None:
        notes.insert(0, "indicators.note.national_io")
    return IndicatorReport(
        region=region, year=t1, base_year=t0, sectors=sectors, clusters=clusters, lq_map=lq_map, linkages=link,
        provenance=provenance(raw, t1, t0, export_year, opts), issues=tuple(issues), source=raw.source,
        sha256=raw.sha256, export_year=export_year, notes=tuple(notes),
        sector_provenance=sector_provenance(raw, t1, t0),
    )


def provenance(raw: RawData, t1: int | None, t0: int | None, export_year: int | None,
               opts: IndicatorOptions) -> dict[str, Provenance]:
    """Formula code, sheets and years of each cluster indicator."""
    emp, io, firms, exports = (raw.sheet(r) for r in ("employment", "io", "firms", "exports"))
    mapping = raw.sheet("mapping")
    y1 = str(t1) if t1 is not None else ""
    span = f"{t0}–{t1}" if t0 is not None and t1 is not None else ""
    ex = str(export_year) if export_year is not None else ""
    if raw.exports is not None and export_year is not None:
        years = sorted(y for y in raw.exports["year"].unique() if y <= export_year)[-opts.cv_years:]
        cv_span = f"{years[0]}–{years[-1]}" if years else ""
    else:
        cv_span = ""
    table: dict[str, tuple[str, tuple[str, ...], str, dict[str, Any]]] = {
        "employment": ("indicators.formula.employment", (emp, mapping), y1, {}),
        "regional_share": ("indicators.formula.regional_share", (emp, mapping), y1, {}),
        "lq": ("indicators.formula.lq", (emp, mapping), y1, {}),
        "stars": ("indicators.formula.stars", (emp, mapping), y1,
                  {"top": round(100 * opts.top_share), "lq_star": opts.lq_star}),
        "bl": ("indicators.formula.bl", (io, mapping), "", {}),
        "fl": ("indicators.formula.fl", (io, mapping), "", {}),
        "cagr": ("indicators.formula.cagr", (emp, mapping), span, {}),
        "competitive_rate": ("indicators.formula.competitive", (emp, mapping), span, {}),
        "exports": ("indicators.formula.exports", (exports, mapping), ex, {}),
        "cv_exports": ("indicators.formula.cv", (exports, mapping), cv_span, {"years": opts.cv_years}),
        "rca": ("indicators.formula.rca", (exports, mapping), ex, {}),
        "rsca": ("indicators.formula.rsca", (exports, mapping), ex, {}),
        "hhi": ("indicators.formula.hhi", (firms, mapping), "", {}),
        "hhi_normalized": ("indicators.formula.hhi_normalized", (firms, mapping), "", {}),
        "cr1": ("indicators.formula.cr1", (firms, mapping), "", {}),
        # Descriptive columns of the cluster table (not criteria).
        "region": ("indicators.formula.cluster.region", (mapping,), "", {}),
        "sectors": ("indicators.formula.cluster.sectors", (mapping,), "", {}),
        "size": ("indicators.formula.stars", (emp, mapping), y1,
                 {"top": round(100 * opts.top_share), "lq_star": opts.lq_star}),
        "key_sector": ("indicators.formula.cluster.key_sector", (io, mapping), "", {}),
        "output": ("indicators.formula.cluster.output", (io, mapping), "", {}),
        "employment_base": ("indicators.formula.cluster.employment_base", (emp, mapping),
                            str(t0) if t0 is not None else "", {}),
        "competitive": ("indicators.formula.cluster.competitive", (emp, mapping), span, {}),
        "firms": ("indicators.formula.cluster.firms", (firms, mapping), "", {}),
    }
    table["specialization"] = table["focus"] = table["size"]
    return {k: Provenance(k, code, sheets, years, params) for k, (code, sheets, years, params) in table.items()}


def sector_provenance(raw: RawData, t1: int | None, t0: int | None) -> dict[str, Provenance]:
    """Formula code, sheets and years of each column of the sector table.

    >>> from mcda.indicators.raw_workbook import parse_raw_sheets
    >>> raw = parse_raw_sheets({"Empleo": [["region", "sector", "empleo"], ["A", "s", 1]]}).data
    >>> p = sector_provenance(raw, None, None)["lq"]
    >>> p.formula, p.sheets
    ('indicators.formula.sector.lq', ('Empleo',))
    """
    emp, io = raw.sheet("employment"), raw.sheet("io")
    y1 = str(t1) if t1 is not None else ""
    y0 = str(t0) if t0 is not None else ""
    span = f"{t0}–{t1}" if t0 is not None and t1 is not None else ""
    table = {
        "national_employment": ((emp,), y1), "employment": ((emp,), y1), "share": ((emp,), y1),
        "lq": ((emp,), y1), "output": ((io,), ""), "bl": ((io,), ""), "fl": ((io,), ""),
        "key_sector": ((io,), ""), "class": ((io,), ""), "employment_base": ((emp,), y0),
        "cagr": ((emp,), span), "national_share": ((emp,), span), "industry_mix": ((emp,), span),
        "competitive": ((emp,), span),
    }
    return {k: Provenance(k, f"indicators.formula.sector.{'class' if k == 'key_sector' else k}", sheets, years)
            for k, (sheets, years) in table.items()}
