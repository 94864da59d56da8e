"""Read the raw-data workbook (``docs/indicadores.md``).

Sheets (names and headers in Spanish or English, case and accents ignored):

- ``Empleo`` (required): ``region``, ``sector``, ``empleo`` and optional
  ``año``; long format, every region of the country so that national totals
  can be formed.
- ``Insumo-Producto`` (optional): a square block of intermediate flows, sector
  names in the first row and column (row sells to column), and a column
  ``produccion`` with gross output.
- ``Empresas`` (optional): ``cluster``, ``empresa``, ``valor`` (optional ``año``).
- ``Exportaciones`` (optional): ``region``, ``producto``, ``año``, ``valor``.
- ``Mapeo`` (optional but normal): ``cluster``, ``nombre``, ``region`` and, per
  row, a ``sector`` and/or a ``producto`` that belongs to the cluster.

Every problem is a located :class:`~mcda.errors.Issue` (``Sheet!Cell``);
reading never raises on bad data.

Examples
--------
>>> sheets = {"Empleo": [["región", "sector", "empleo"], ["Lima", "Pesca", 10], ["Piura", "Pesca", -1]]}
>>> result = parse_raw_sheets(sheets)
>>> [(i.location, i.code) for i in result.issues if i.is_error]
[('Empleo!C3', 'indicators.cell.negative')]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from mcda.errors import Issue, cell_ref
from mcda.indicators.raw_mapping import ClusterDef, mapping_clusters, resolve_firm_clusters
from mcda.indicators.raw_sheets import (
    SHEET_TITLES, Collector, Names, Rows, data_rows, find_header, get, key, number, sheet_role, text, year,
)
from mcda.workbook.numbers import is_blank

@dataclass(frozen=True)
class IOTable:
    """Intermediate flows ``z`` (row sells to column) and gross ``output``."""

    z: pd.DataFrame
    output: pd.Series


@dataclass(frozen=True)
class RawData:
    """The parsed raw data.

    ``employment`` has columns ``region``, ``sector``, ``year`` (0 when the
    sheet has no year column), ``value`` and ``cell`` (where the value is);
    ``firms`` ``cluster``, ``firm``, ``value``, ``year``, ``cell``;
    ``exports`` ``region``, ``product``, ``year``, ``value``, ``cell``.
    ``sheets`` maps a role (``employment``, ``io`` ...) to the sheet's name in
    the file.
    """

    employment: pd.DataFrame
    io: IOTable | None = None
    firms: pd.DataFrame | None = None
    exports: pd.DataFrame | None = None
    clusters: tuple[ClusterDef, ...] = ()
    sheets: Mapping[str, str] = field(default_factory=dict)
    source: str = ""
    sha256: str = ""

    @property
    def has_years(self) -> bool:
        return bool((self.employment["year"] > 0).any())

    @property
    def years(self) -> list[int]:
        return sorted(int(y) for y in self.employment["year"].unique() if y > 0)

    @property
    def regions(self) -> list[str]:
        return list(dict.fromkeys(self.employment["region"]))

    def sheet(self, role: str) -> str:
        return self.sheets.get(role, SHEET_TITLES[role])

    def cluster(self, cluster_id: str) -> ClusterDef:
        return next(c for c in self.clusters if c.id == cluster_id)


@dataclass(frozen=True)
class RawReadResult:
    """What reading gave: the data (``None`` when there were errors) and every issue."""

    data: RawData | None
    issues: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        return self.data is not None and not any(i.is_error for i in self.issues)


def _employment(rows: Rows, sheet: str, out: Collector, regions: Names, sectors: Names) -> pd.DataFrame | None:
    header = find_header(rows, sheet, "employment", out)
    if header is None:
        return None
    cols = header.columns
    records: list[dict[str, Any]] = []
    seen: dict[tuple[str, str, int], str] = {}
    for r, row in data_rows(rows, header):
        region, sector = text(row, cols["region"]), text(row, cols["sector"])
        if not region:
            out.error("indicators.cell.empty", sheet, r, cols["region"])
        if not sector:
            out.error("indicators.cell.empty", sheet, r, cols["sector"])
        value = number(row, r, cols["value"], sheet, out)
        y = year(row, r, cols["year"], sheet, out) if "year" in cols else 0
        if not region or not sector or value is None or y is None:
            continue
        region, sector = regions.add(region), sectors.add(sector)
        where = cell_ref(r, cols["value"])
        dup = (key(region), key(sector), y)
        if dup in seen:
            out.error("indicators.employment.duplicate", sheet, r, cols["value"], region=region, sector=sector,
                      year=y or "", first=seen[dup])
            continue
        seen[dup] = where
        records.append({"region": region, "sector": sector, "year": y, "value": value, "cell": where})
    if not records and not out.has_errors:
        out.error("indicators.sheet.no_data", sheet)
    return pd.DataFrame.from_records(records, columns=["region", "sector", "year", "value", "cell"])


def _io(rows: Rows, sheet: str, out: Collector, sectors: Names) -> IOTable | None:
    header = find_header(rows, sheet, "io", out)
    if header is None:
        return None
    out_col = header.columns["output"]
    col_of: dict[str, int] = {}
    for c in range(1, len(header.cells)):
        label = header.cells[c]
        if c == out_col or not label:
            continue
        if key(label) in col_of:
            out.error("indicators.io.duplicate_sector", sheet, header.row, c, sector=label)
        else:
            col_of[key(label)] = c
    sector_rows: dict[str, tuple[int, str, Any]] = {}
    ignored: list[str] = []
    for r, row in data_rows(rows, header):
        label = text(row, 0)
        if not label or key(label) not in col_of:
            if not is_blank(get(row, out_col)):
                out.error("indicators.io.row_without_column", sheet, r, 0, sector=label)
            elif label:
                ignored.append(label)
        elif key(label) in sector_rows:
            out.error("indicators.io.duplicate_sector", sheet, r, 0, sector=label)
        else:
            sector_rows[key(label)] = (r, label, row)
    unmatched = [header.cells[c] for k, c in col_of.items() if k not in sector_rows]
    if unmatched:
        out.warn("indicators.io.ignored_columns", sheet, header.row, 0, columns=", ".join(unmatched))
    if ignored:
        out.warn("indicators.io.ignored_rows", sheet, rows=", ".join(ignored))
    if len(sector_rows) < 2:
        out.error("indicators.io.too_small", sheet, sectors=len(sector_rows))
        return None
    order = [col_of[k] for k in sector_rows]
    names, flows, output = [], [], []
    for r, label, row in sector_rows.values():
        x = number(row, r, out_col, sheet, out)
        if x == 0:
            out.error("indicators.io.zero_output", sheet, r, out_col, sector=label)
        names.append(sectors.add(label))
        output.append(x or 0.0)
        flows.append([number(row, r, c, sheet, out, allow_empty=True) or 0.0 for c in order])
    idx = pd.Index(names, name="sector")
    return IOTable(z=pd.DataFrame(flows, index=idx, columns=idx), output=pd.Series(output, index=idx))


def _long_sheet(rows: Rows, sheet: str, role: str, out: Collector) -> list[tuple[int, Mapping[str, int], Any]]:
    header = find_header(rows, sheet, role, out)
    if header is None:
        return []
    return [(r, header.columns, row) for r, row in data_rows(rows, header)]


def _exports(rows: Rows, sheet: str, out: Collector, regions: Names, products: Names) -> pd.DataFrame:
    records = []
    for r, cols, row in _long_sheet(rows, sheet, "exports", out):
        region, product = text(row, cols["region"]), text(row, cols["product"])
        for name, col in (("region", region), ("product", product)):
            if not col:
                out.error("indicators.cell.empty", sheet, r, cols[name])
        value = number(row, r, cols["value"], sheet, out)
        y = year(row, r, cols["year"], sheet, out)
        if region and product and value is not None and y is not None:
            records.append({"region": regions.add(region), "product": products.add(product), "year": y,
                            "value": value, "cell": cell_ref(r, cols["value"])})
    return pd.DataFrame.from_records(records, columns=["region", "product", "year", "value", "cell"])


def _firms(rows: Rows, sheet: str, out: Collector) -> pd.DataFrame:
    records = []
    for r, cols, row in _long_sheet(rows, sheet, "firms", out):
        cluster, firm = text(row, cols["cluster"]), text(row, cols["firm"])
        for name, col in (("cluster", cluster), ("firm", firm)):
            if not col:
                out.error("indicators.cell.empty", sheet, r, cols[name])
        value = number(row, r, cols["value"], sheet, out)
        y = year(row, r, cols["year"], sheet, out) if "year" in cols else 0
        if cluster and firm and value is not None and y is not None:
            records.append({"cluster": cluster, "firm": firm, "value": value, "year": y,
                            "cell": cell_ref(r, cols["cluster"])})
    return pd.DataFrame.from_records(records, columns=["cluster", "firm", "value", "year", "cell"])


def parse_raw_sheets(sheets: Mapping[str, Rows], source: str = "", sha256: str = "") -> RawReadResult:
    """Parse the raw-data sheets given as ``{sheet name: rows}`` (rows as
    python-calamine gives them, from cell A1, ``""`` for empty cells)."""
    out = Collector()
    found: dict[str, str] = {}
    for name in sheets:
        role = sheet_role(name)
        if role and role not in found:
            found[role] = name
    if "employment" not in found:
        out.error("indicators.sheet.missing", SHEET_TITLES["employment"], sheet_name=SHEET_TITLES["employment"])
        return RawReadResult(None, tuple(out.issues))
    regions, sectors, products = Names(), Names(), Names()
    employment = _employment(sheets[found["employment"]], found["employment"], out, regions, sectors)
    if employment is None:  # no usable header: checking the other sheets against it would only add noise
        return RawReadResult(None, tuple(out.issues))
    io = _io(sheets[found["io"]], found["io"], out, sectors) if "io" in found else None
    if "io" not in found:
        out.warn("indicators.sheet.no_io", SHEET_TITLES["io"])
    exports = _exports(sheets[found["exports"]], found["exports"], out, regions, products) \
        if "exports" in found else None
    firms = _firms(sheets[found["firms"]], found["firms"], out) if "firms" in found else None
    clusters: tuple[ClusterDef, ...] = ()
    if "mapping" in found:
        clusters = mapping_clusters(sheets[found["mapping"]], found["mapping"], out, regions, sectors, products,
                                    employment_sectors={key(s) for s in employment["sector"]})
        if firms is not None:
            firms = resolve_firm_clusters(firms, clusters, found["firms"], out)
    else:
        out.warn("indicators.sheet.no_mapping", SHEET_TITLES["mapping"])
    if out.has_errors:
        return RawReadResult(None, tuple(out.issues))
    data = RawData(employment=employment, io=io, firms=firms, exports=exports, clusters=clusters,
                   sheets=found, source=source, sha256=sha256)
    return RawReadResult(data, tuple(out.issues))


def read_raw_workbook(path: str | Path) -> RawReadResult:
    """Read a raw-data workbook (.xlsx, .xlsm, .xls, .ods).

    The file goes through the same safety checks as a decision workbook
    (:func:`mcda.workbook.safety.inspect_file`: size, zip bombs, encryption,
    XML entities) and is parsed by python-calamine.  Never raises for a bad
    file: the issues say what is wrong (``file.*`` / ``sheet.*`` codes).
    """
    from mcda.workbook.book import Book
    from mcda.workbook.safety import inspect_file

    p = Path(path)
    check = inspect_file(p)
    if not check.ok:
        return RawReadResult(None, check.issues)
    book = Book(check, p.name)
    issues: list[Issue] = [*check.issues, *book.issues]
    if not book.ok:
        return RawReadResult(None, tuple(issues))
    sheets: dict[str, Rows] = {}
    refused = False
    for name in book.sheet_names:
        if sheet_role(name) is None:
            continue
        before = len(issues)
        grid = book.grid(name, issues)
        if grid is None:
            refused = refused or any(i.is_error for i in issues[before:])
            continue
        sheets[name] = grid
    result = parse_raw_sheets(sheets, source=p.name, sha256=check.sha256)
    ok = not refused and not any(i.is_error for i in issues)
    return RawReadResult(result.data if ok else None, tuple(issues) + result.issues)


__all__ = ["ClusterDef", "IOTable", "RawData", "RawReadResult", "parse_raw_sheets", "read_raw_workbook"]
