"""A pairwise comparison block read from a grid (contract §1, AHP sheets).

The block starts at the sheet's first non-empty row: that row holds the
column labels (criterion ids or group names), the first used column holds
the row labels, and the top-left cell is ignored.  Labels run until the
first empty cell.  The cell checks (numbers or fractions, positive, diagonal
1, lower triangle empty or reciprocal within 1 %) are those of
:func:`mcda.ahp.check_matrix`; this module adds what needs the sheet layout:
the block must be square (``pairwise.not_square``, naming the label without
partner), row and column labels must be the same in the same order
(``pairwise.label_mismatch``), and a date where a judgment should be
(Excel turns a typed ``1/5`` into 1 May) is explained (``pairwise.date``).

Cells that cannot be used become ``NaN`` (a missing judgment) and carry an
error, so a caller still gets the rest of the matrix to show.

>>> issues = []
>>> b = read_block([[None, "A", "B"], ["A", 1, "1/3"], ["B", None, 1]], "AHP", issues)
>>> b.labels, b.matrix.round(3).tolist(), issues
(('A', 'B'), [[1.0, 0.333], [3.0, 1.0]], [])
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from mcda.ahp import check_matrix, parse_judgment
from mcda.ahp_incomplete import complete_reciprocal
from mcda.errors import InputError, Issue, cell_ref
from mcda.workbook.names import normalize
from mcda.workbook.numbers import cell_text, is_blank
from mcda.workbook.tables import Grid, at, first_row

FloatArray = npt.NDArray[np.float64]

#: Largest matrix read (a pairwise matrix of more than a few dozen items is
#: a layout mistake, and checking it would take long).
MAX_ORDER = 100


@dataclass(frozen=True)
class Block:
    """Labels and completed matrix of a block, and where it sits."""

    labels: tuple[str, ...]
    matrix: FloatArray
    origin: tuple[int, int]

    def label_cell(self, k: int) -> str:
        """Cell of the k-th column label (first row of the block)."""
        return cell_ref(self.origin[0], self.origin[1] + 1 + k)


def _first_col(grid: Grid, start: int) -> int:
    best: int | None = None
    for r in range(start, len(grid)):
        for c, v in enumerate(grid[r]):
            if best is not None and c >= best:
                break
            if not is_blank(v):
                best = c
                break
    return best or 0


def read_block(grid: Grid, sheet: str, issues: list[Issue]) -> Block | None:
    """The block of ``grid``, or ``None`` (with issues) when it has no usable
    shape.  Bad cells become ``NaN`` with an error in ``issues``."""
    r0 = first_row(grid)
    if r0 is None:
        issues.append(Issue("ahp.empty", sheet=sheet, cell="A1"))
        return None
    c0 = _first_col(grid, r0)
    cols: list[str] = []
    while not is_blank(at(grid, r0, c0 + 1 + len(cols))) and len(cols) <= MAX_ORDER:
        cols.append(cell_text(at(grid, r0, c0 + 1 + len(cols))))
    rows: list[str] = []
    while not is_blank(at(grid, r0 + 1 + len(rows), c0)) and len(rows) <= MAX_ORDER:
        rows.append(cell_text(at(grid, r0 + 1 + len(rows), c0)))
    if not cols and not rows:
        issues.append(Issue("ahp.empty", sheet=sheet, cell=cell_ref(r0, c0)))
        return None
    if max(len(rows), len(cols)) > MAX_ORDER:
        issues.append(Issue("pairwise.too_large", sheet=sheet, cell=cell_ref(r0, c0),
                            params={"size": max(len(rows), len(cols)), "max": MAX_ORDER}))
        return None
    if len(rows) != len(cols):
        if len(rows) > len(cols):
            cell, label = cell_ref(r0 + 1 + len(cols), c0), rows[len(cols)]
        else:
            cell, label = cell_ref(r0, c0 + 1 + len(rows)), cols[len(rows)]
        issues.append(Issue("pairwise.not_square", sheet=sheet, cell=cell,
                            params={"rows": len(rows), "cols": len(cols), "label": label}))
        return None
    for k, (row_label, col_label) in enumerate(zip(rows, cols)):
        if normalize(row_label) != normalize(col_label):
            issues.append(Issue("pairwise.label_mismatch", sheet=sheet, cell=cell_ref(r0 + 1 + k, c0),
                                params={"row": row_label, "col": col_label,
                                        "col_cell": cell_ref(r0, c0 + 1 + k)}))
            return None
    n = len(cols)
    cells: list[list[Any]] = []
    for i in range(n):
        line: list[Any] = []
        for j in range(n):
            v = at(grid, r0 + 1 + i, c0 + 1 + j)
            if isinstance(v, (_dt.date, _dt.time, _dt.timedelta)):
                issues.append(Issue("pairwise.date", sheet=sheet, cell=cell_ref(r0 + 1 + i, c0 + 1 + j),
                                    params={"value": cell_text(v)}))
                v = None
            line.append(v)
        cells.append(line)
    found = check_matrix(cols, cells, sheet=sheet, origin=(r0, c0))
    issues.extend(found)
    bad = {i.cell for i in found if i.is_error and i.cell}
    values = np.full((n, n), math.nan)
    for i in range(n):
        for j in range(n):
            if cell_ref(r0 + 1 + i, c0 + 1 + j) in bad:
                continue
            try:
                values[i, j] = parse_judgment(cells[i][j])
            except InputError:
                pass
    return Block(tuple(cols), complete_reciprocal(values), (r0, c0))
