"""Low-level pieces of the raw-data reader: sheet and column aliases, header
lookup and typed cell access that reports every problem as a located
:class:`~mcda.errors.Issue`.

Names are matched like the decision workbook's (contract §1): case-insensitive,
ignoring accents, surrounding spaces, and here also hyphens and underscores,
in Spanish or English.

>>> key("Insumo-Producto"), key(" Región "), key("año")
('insumo producto', 'region', 'ano')
>>> sheet_role("Input-Output"), sheet_role("MAPEO"), sheet_role("Prioridades")
('io', 'mapping', None)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mcda.errors import Issue, Severity, cell_ref
from mcda.workbook.names import normalize
from mcda.workbook.numbers import cell_text, is_blank, parse_value

Rows = Sequence[Sequence[Any]]


def key(text: object) -> str:
    """Matching key of a name (see module docstring)."""
    return " ".join(normalize(text).replace("-", " ").replace("_", " ").split())


def _table(spec: Mapping[str, Iterable[str]]) -> dict[str, str]:
    return {key(alias): role for role, aliases in spec.items() for alias in aliases}


#: Sheet role -> accepted names.
SHEETS: Mapping[str, tuple[str, ...]] = {
    "employment": ("Empleo", "Employment", "Ocupados", "Empleo por región", "Employment by region"),
    "io": ("Insumo-Producto", "Insumo Producto", "MIP", "Tabla insumo-producto", "Input-Output",
           "Input Output", "IO", "IO table"),
    "firms": ("Empresas", "Firms", "Companies", "Firmas"),
    "exports": ("Exportaciones", "Exports"),
    # "Sectores y clústers" (a misspelled plural) stays so that workbooks already named that way still read
    "mapping": ("Mapeo", "Mapping", "Sectores-Clusters", "Sectores y clústeres", "Sectores y clústers",
                "Sectors-Clusters"),
}
#: Canonical (Spanish) sheet names, used in messages and by the template.
SHEET_TITLES: Mapping[str, str] = {"employment": "Empleo", "io": "Insumo-Producto", "firms": "Empresas",
                                   "exports": "Exportaciones", "mapping": "Mapeo"}
_SHEETS = _table(SHEETS)

#: Column role -> accepted headers, per sheet role.
COLUMNS: Mapping[str, Mapping[str, str]] = {
    "employment": _table({
        "region": ("region", "región", "departamento", "department"),
        "sector": ("sector", "actividad", "industria", "activity", "industry"),
        "value": ("empleo", "employment", "ocupados", "employed", "trabajadores", "jobs"),
        "year": ("año", "anio", "ano", "year"),
    }),
    "io": _table({"output": ("produccion", "producción", "producción bruta", "valor bruto de producción", "vbp",
                             "output", "gross output", "total output")}),
    "firms": _table({
        "cluster": ("cluster", "clúster", "id", "código", "code"),
        "firm": ("empresa", "firma", "firm", "company"),
        "value": ("valor", "value", "ventas", "sales", "empleo", "employment"),
        "year": ("año", "anio", "ano", "year"),
    }),
    "exports": _table({
        "region": ("region", "región", "departamento", "department"),
        "product": ("producto", "product", "partida", "item"),
        "year": ("año", "anio", "ano", "year"),
        "value": ("valor", "value", "fob", "valor fob", "exportaciones", "exports"),
    }),
    "mapping": _table({
        "cluster": ("cluster", "clúster", "id", "código", "code", "cluster id", "id cluster"),
        "name": ("nombre", "name", "nombre del clúster", "cluster name"),
        "region": ("region", "región", "departamento", "department"),
        "sector": ("sector", "actividad", "industria", "activity", "industry"),
        "product": ("producto", "product", "partida"),
    }),
}
#: Columns each sheet must have.
REQUIRED: Mapping[str, tuple[str, ...]] = {
    "employment": ("region", "sector", "value"), "firms": ("cluster", "firm", "value"),
    "exports": ("region", "product", "year", "value"), "mapping": ("cluster",), "io": ("output",),
}
#: Canonical header of each column role (for messages and the template).
COLUMN_TITLES: Mapping[str, Mapping[str, str]] = {
    "employment": {"region": "region", "sector": "sector", "value": "empleo", "year": "año"},
    "io": {"output": "produccion"},
    "firms": {"cluster": "cluster", "firm": "empresa", "value": "valor", "year": "año"},
    "exports": {"region": "region", "product": "producto", "year": "año", "value": "valor"},
    "mapping": {"cluster": "cluster", "name": "nombre", "region": "region", "sector": "sector",
                "product": "producto"},
}

#: Number-parsing codes whose decision-workbook wording does not fit raw data.
_OWN_CODES = {"cell.currency": "indicators.cell.currency", "cell.missing_marker": "indicators.cell.missing_marker"}

#: Smallest and largest accepted year.
YEAR_RANGE = (1900, 2200)


def sheet_role(name: str) -> str | None:
    """Role of a sheet name or ``None`` (other sheets are ignored)."""
    return _SHEETS.get(key(name))


@dataclass
class Collector:
    """Accumulates issues while a sheet is read."""

    issues: list[Issue] = field(default_factory=list)

    def error(self, code: str, sheet: str, row: int | None = None, col: int | None = None,
              **params: Any) -> None:
        cell = cell_ref(row, col) if row is not None and col is not None else None
        self.issues.append(Issue(code, sheet=sheet, cell=cell, params=params))

    def warn(self, code: str, sheet: str, row: int | None = None, col: int | None = None, **params: Any) -> None:
        cell = cell_ref(row, col) if row is not None and col is not None else None
        self.issues.append(Issue(code, sheet=sheet, cell=cell, params=params, severity=Severity.WARNING))

    @property
    def has_errors(self) -> bool:
        return any(i.is_error for i in self.issues)


@dataclass(frozen=True)
class Header:
    """Where a sheet's header is and which column holds each role."""

    row: int
    columns: Mapping[str, int]
    cells: tuple[str, ...]


def find_header(rows: Rows, sheet: str, role: str, out: Collector) -> Header | None:
    """The first non-empty row is the header; report missing required columns."""
    for r, row in enumerate(rows):
        if any(not is_blank(v) for v in row):
            cells = tuple(cell_text(v) for v in row)
            columns: dict[str, int] = {}
            for c, text in enumerate(cells):
                col_role = COLUMNS[role].get(key(text))
                if col_role and col_role not in columns:
                    columns[col_role] = c
            missing = [COLUMN_TITLES[role][m] for m in REQUIRED[role] if m not in columns]
            if missing:
                out.error("indicators.sheet.missing_columns", sheet, r, 0, columns=", ".join(missing))
                return None
            return Header(r, columns, cells)
    out.error("indicators.sheet.empty", sheet)
    return None


def get(row: Sequence[Any], col: int | None) -> Any:
    """The cell value (``None`` beyond the row or without a column)."""
    if col is None or col >= len(row):
        return None
    value = row[col]
    return None if isinstance(value, str) and value == "" else value


def text(row: Sequence[Any], col: int | None) -> str:
    return cell_text(get(row, col))


def number(row: Sequence[Any], r: int, col: int, sheet: str, out: Collector, *, allow_empty: bool = False,
           non_negative: bool = True) -> float | None:
    """A number cell; issues for text, negative values and (unless allowed)
    empty cells.  ``None`` when there is no usable number."""
    raw = get(row, col)
    if is_blank(raw):
        if not allow_empty:
            out.error("indicators.cell.empty", sheet, r, col)
        return None
    value = parse_value(raw)
    if isinstance(value, Issue):
        code = _OWN_CODES.get(value.code, value.code)
        out.issues.append(Issue(code, sheet=sheet, cell=cell_ref(r, col), params=value.params))
        return None
    if non_negative and value < 0:
        out.error("indicators.cell.negative", sheet, r, col, value=value)
        return None
    return value


def year(row: Sequence[Any], r: int, col: int, sheet: str, out: Collector) -> int | None:
    """A year cell: a whole number in :data:`YEAR_RANGE`."""
    raw = get(row, col)
    if is_blank(raw):
        out.error("indicators.cell.missing_year", sheet, r, col)
        return None
    value = parse_value(raw)
    if isinstance(value, Issue) or not value.is_integer() or not YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        out.error("indicators.cell.bad_year", sheet, r, col, value=cell_text(raw))
        return None
    return int(value)


def data_rows(rows: Rows, header: Header) -> Iterable[tuple[int, Sequence[Any]]]:
    """(row index, row) of every non-empty row below the header."""
    for r in range(header.row + 1, len(rows)):
        row = rows[r]
        if any(not is_blank(v) for v in row):
            yield r, row


class Names:
    """First-seen spelling of each name, looked up by :func:`key`.

    >>> n = Names(); n.add("Junín"), n.add("JUNIN"), n.get("junin")
    ('Junín', 'Junín', 'Junín')
    """

    def __init__(self) -> None:
        self._by_key: dict[str, str] = {}

    def add(self, name: str) -> str:
        return self._by_key.setdefault(key(name), name.strip())

    def get(self, name: str) -> str | None:
        return self._by_key.get(key(name))

    def __contains__(self, name: object) -> bool:
        return key(name) in self._by_key

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_key.values())

    def __len__(self) -> int:
        return len(self._by_key)
