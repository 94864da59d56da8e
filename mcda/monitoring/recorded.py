"""What an output workbook recorded about its run: ``Prioridades``, ``Pesos``, ``Metodologia``.

The workbook reader (:mod:`mcda.workbook.reader`) reads the input sheets and
ignores every other sheet.  A baseline also needs what the run *produced*:
the ranking the committee signed, the final weights and the parameters.  This
module reads those sheets (and any one optional sheet, such as ``Metas``) with the
same safe reader (python-calamine behind :mod:`mcda.workbook.safety`) and the
same name matching (:func:`mcda.workbook.names.normalize`).  Headers are found
in Spanish or English, since an export may have been written in either.

Nothing here raises for a malformed or absent sheet: a sheet that cannot be
used is simply not recorded, and the caller computes the missing part.

>>> from pathlib import Path
>>> read_recorded(Path("no/such/file.xlsx")).ranks is None
True
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcda.errors import Issue
from mcda.text import LANGUAGES, message
from mcda.workbook.book import Book
from mcda.workbook.names import normalize
from mcda.workbook.numbers import cell_text, parse_value
from mcda.workbook.safety import inspect_file
from mcda.workbook.tables import Grid, at, first_row, row_is_blank

PRIORITIES_SHEET = "Prioridades"
WEIGHTS_SHEET = "Pesos"
METHODOLOGY_SHEET = "Metodologia"


@dataclass(frozen=True)
class Recorded:
    """The recorded results of a run (each ``None`` / empty when the workbook lacks it).

    Attributes
    ----------
    ranks : dict of str to int, optional
        Main-method rank per cluster id, as written in ``Prioridades``.
    scores : dict of str to float
        Main-method score per cluster id (empty when the column was not found).
    weights : dict of str to float
        Final weight per criterion id, from ``Pesos``.
    methodology : dict of str to object
        ``Metodologia`` rows: parameter id -> value.
    """

    ranks: dict[str, int] | None = None
    scores: dict[str, float] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)
    methodology: dict[str, Any] = field(default_factory=dict)


def _headers(code: str, **params: Any) -> set[str]:
    """Normalized header of a writer column in every language."""
    return {normalize(message(code, lang, **params)) for lang in LANGUAGES}


def find_sheet(names: list[str], wanted: str) -> str | None:
    """The sheet whose name matches ``wanted`` (case, accents and spaces ignored).

    >>> find_sheet(["Clusters", "METODOLOGÍA"], "Metodologia"), find_sheet(["A"], "Metas")
    ('METODOLOGÍA', None)
    """
    key = normalize(wanted)
    return next((n for n in names if normalize(n) == key), None)


def _open(path: str | os.PathLike[str]) -> Book | None:
    check = inspect_file(Path(path))
    if not check.ok:
        return None
    book = Book(check, Path(path).name)
    return book if book.ok else None


def read_sheet(path: str | os.PathLike[str], wanted: str) -> tuple[Grid, str] | None:
    """The grid of one optional sheet (matched by :func:`find_sheet`) and its name in the file."""
    book = _open(path)
    name = find_sheet(book.sheet_names, wanted) if book is not None else None
    if book is None or name is None:
        return None
    grid = book.grid(name, [])
    return (grid, name) if grid is not None else None


def read_recorded(path: str | os.PathLike[str]) -> Recorded:
    """The recorded sheets of the workbook at ``path`` (empty :class:`Recorded` when none)."""
    book = _open(path)
    if book is None:
        return Recorded()
    issues: list[Issue] = []  # sheets that cannot be read are just not recorded

    def grid(wanted: str) -> Grid | None:
        name = find_sheet(book.sheet_names, wanted)
        return book.grid(name, issues) if name is not None else None

    methodology = _methodology(grid(METHODOLOGY_SHEET))
    main = str(methodology.get("main_method", ""))
    ranks, scores = _priorities(grid(PRIORITIES_SHEET), main)
    return Recorded(ranks=ranks, scores=scores, weights=_weights(grid(WEIGHTS_SHEET)), methodology=methodology)


def _column(grid: Grid, row: int, wanted: set[str]) -> int | None:
    line = grid[row]
    return next((j for j, v in enumerate(line) if normalize(cell_text(v)) in wanted), None)


def _number(value: Any) -> float:
    parsed = parse_value(value)
    return parsed if isinstance(parsed, float) else math.nan


def _priorities(grid: Grid | None, main_method: str) -> tuple[dict[str, int] | None, dict[str, float]]:
    """Rank (and score) per cluster id, or ``None`` when the sheet is absent or unusable."""
    if grid is None:
        return None, {}
    head = first_row(grid)
    if head is None:
        return None, {}
    rank_col = _column(grid, head, _headers("writer.col.rank"))
    id_col = _column(grid, head, _headers("writer.col.id"))
    if rank_col is None or id_col is None:
        return None, {}
    score_col = None
    if main_method:
        from mcda.workbook.result_sheets import method_label

        score_col = _column(grid, head, _headers("writer.col.score", method=method_label(main_method)))
    ranks: dict[str, int] = {}
    scores: dict[str, float] = {}
    for r in range(head + 1, len(grid)):
        if row_is_blank(grid[r]):
            break
        ident = cell_text(at(grid, r, id_col))
        rank = _number(at(grid, r, rank_col))
        if not ident or not math.isfinite(rank) or rank < 1 or rank != int(rank) or ident in ranks:
            return None, {}  # not a ranking we can trust: the caller recomputes it
        ranks[ident] = int(rank)
        if score_col is not None:
            scores[ident] = _number(at(grid, r, score_col))
    return (ranks or None), scores


def _weights(grid: Grid | None) -> dict[str, float]:
    """Final weight per criterion id (the first block of ``Pesos``)."""
    if grid is None:
        return {}
    head = first_row(grid)
    if head is None:
        return {}
    id_col = _column(grid, head, _headers("writer.col.id"))
    w_col = _column(grid, head, _headers("writer.col.weight"))
    if id_col is None or w_col is None:
        return {}
    out: dict[str, float] = {}
    for r in range(head + 1, len(grid)):
        if row_is_blank(grid[r]):
            break
        ident, value = cell_text(at(grid, r, id_col)), _number(at(grid, r, w_col))
        if ident and math.isfinite(value) and value >= 0:
            out[ident] = value
    return out


def _methodology(grid: Grid | None) -> dict[str, Any]:
    """``Metodologia``: parameter id (column A) -> value (column B)."""
    if grid is None:
        return {}
    head = first_row(grid)
    if head is None:
        return {}
    out: dict[str, Any] = {}
    for r in range(head + 1, len(grid)):
        key = cell_text(at(grid, r, 0))
        if key:
            out[key] = at(grid, r, 1)
    return out


def settings_text(value: Any) -> str:
    """A recorded value as the text a setting would hold.

    >>> settings_text(0.5), settings_text("vector"), settings_text(None)
    ('0.5', 'vector', '')
    """
    return cell_text(value)


def recorded_params(methodology: Mapping[str, Any], method: str) -> dict[str, str]:
    """The parameters of ``method`` recorded in ``Metodologia`` (only those the method takes).

    >>> recorded_params({"topsis.normalization": "minmax", "topsis.convention": "x"}, "topsis")
    {'normalization': 'minmax'}
    """
    from mcda.methods import METHOD_IDS, method_info

    if method not in METHOD_IDS:
        return {}
    keys = [p.key for p in method_info(method).parameters]
    return {k: settings_text(methodology[f"{method}.{k}"]) for k in keys if f"{method}.{k}" in methodology}
