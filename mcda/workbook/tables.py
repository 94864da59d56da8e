"""Headers and rows of a sheet read as a grid of raw cell values.

A *grid* is a list of rows anchored at ``A1`` (row 0, column 0), as
python-calamine gives it with ``skip_empty_area=False``, so that grid
positions are sheet positions and every issue can name its cell.  The first
non-empty row is the header (contract §1: the first row; leading empty rows
are skipped, which moves nothing else), empty rows at the end and fully empty
columns are ignored.

>>> g = [["ID", "Nombre", "", "I1"], ["a", "Alfa", "", 1.0], [None, None, None, None]]
>>> issues = []
>>> h = read_header(g, "Clusters", {"id": "id", "nombre": "name"}, ("id", "name"), issues)
>>> h.roles, h.extras, issues
({'id': 0, 'name': 1}, [(3, 'I1')], [])
>>> list(data_rows(g, h))
[1]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mcda.errors import Issue, Severity, cell_ref, column_letter
from mcda.workbook.names import COLUMN_TITLES, normalize
from mcda.workbook.numbers import cell_text, is_blank

Grid = list[list[Any]]


def at(grid: Grid, row: int, col: int) -> Any:
    """The raw value at (row, col), ``None`` outside the grid."""
    if 0 <= row < len(grid):
        line = grid[row]
        if 0 <= col < len(line):
            return line[col]
    return None


def row_is_blank(line: Sequence[Any]) -> bool:
    return all(is_blank(v) for v in line)


def trim(grid: Grid) -> Grid:
    """The grid without its trailing empty rows."""
    end = len(grid)
    while end and row_is_blank(grid[end - 1]):
        end -= 1
    return grid[:end]


def first_row(grid: Grid) -> int | None:
    """Index of the first non-empty row, ``None`` for an empty sheet."""
    for r, line in enumerate(grid):
        if not row_is_blank(line):
            return r
    return None


@dataclass
class Header:
    """Where each known column is, and the other (non-empty) headers."""

    sheet: str
    row: int
    roles: dict[str, int] = field(default_factory=dict)
    extras: list[tuple[int, str]] = field(default_factory=list)
    width: int = 0

    def cell(self, col: int) -> str:
        return cell_ref(self.row, col)

    @property
    def span(self) -> str:
        """``A1:F1``: the header row, to name when a column is missing."""
        return f"A{self.row + 1}:{column_letter(max(self.width, 1) - 1)}{self.row + 1}"


def _column_has_data(grid: Grid, col: int, start: int) -> bool:
    return any(not is_blank(at(grid, r, col)) for r in range(start, len(grid)))


def read_header(
    grid: Grid,
    sheet: str,
    table: Mapping[str, str],
    required: Sequence[str],
    issues: list[Issue],
    *,
    unknown: str | None = None,
) -> Header | None:
    """Map the header row of ``grid`` to column roles of ``table``.

    Every problem is appended to ``issues``: an empty header above data
    (``header.empty``), a repeated header (``header.duplicate``), a missing
    required column (``sheet.missing_column``, located on the header row).
    Headers that match no role are returned in ``extras``; when ``unknown``
    is a code, each is also reported as a warning with that code.  Returns
    ``None`` for an empty sheet (reported as ``sheet.empty``).
    """
    hr = first_row(grid)
    if hr is None:
        issues.append(Issue("sheet.empty", sheet=sheet, cell="A1"))
        return None
    width = max((len(line) for line in grid), default=0)
    header = Header(sheet, hr, width=0)
    seen: dict[str, int] = {}
    for col in range(width):
        raw = at(grid, hr, col)
        text = cell_text(raw)
        if not text:
            if _column_has_data(grid, col, hr + 1):
                issues.append(Issue("header.empty", sheet=sheet, cell=cell_ref(hr, col)))
                header.width = col + 1
            continue
        header.width = col + 1
        key = normalize(text)
        role = table.get(key)
        ident = f"role:{role}" if role else f"text:{key}"
        if ident in seen:
            issues.append(Issue("header.duplicate", sheet=sheet, cell=cell_ref(hr, col),
                                params={"header": text, "first": cell_ref(hr, seen[ident])}))
            continue
        seen[ident] = col
        if role:
            header.roles[role] = col
        else:
            header.extras.append((col, text))
            if unknown:
                issues.append(Issue(unknown, sheet=sheet, cell=cell_ref(hr, col), params={"header": text},
                                    severity=Severity.WARNING))
    for role in required:
        if role not in header.roles:
            issues.append(Issue("sheet.missing_column", sheet=sheet, cell=header.span,
                                params={"column": COLUMN_TITLES.get(role, role), "row": hr + 1}))
    return header


def data_rows(grid: Grid, header: Header) -> Iterator[int]:
    """Indexes of the non-empty rows below the header."""
    for r in range(header.row + 1, len(grid)):
        if not row_is_blank(grid[r]):
            yield r


def text_at(grid: Grid, row: int, header: Header, role: str) -> str:
    """The text of a role's cell in ``row`` (``""`` when the column is absent)."""
    col = header.roles.get(role)
    return "" if col is None else cell_text(at(grid, row, col))
