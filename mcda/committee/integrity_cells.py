"""Cell-by-cell part of the ``Integridad`` record (record version 2).

Version 1 of the record (exports written before it; their ``Integridad``
has no ``version`` row) hashed the cluster rows, six fields of each
criterion, the judgments, the final weights and the audit trail, so an edit
of a PROMETHEE preference function, a member's voting weight, a session
setting or the ``Prioridades`` sheet went unnoticed.  Version 2 also records
every cell of the sheets that determine or state the result
(:data:`RECORDED_SHEETS`): ``Criterios`` (all columns: preference, q, p, s,
description, source, year ...), ``Comite`` (id, name, role, voting weight),
the session sheet ``_clusterprio`` (method, parameters, missing-value policy,
weights mode ...), ``Prioridades`` (ranks, scores, justification) and
``Metodologia``.

Rows of the record: ``hoja:<sheet>`` (the hash of its row hashes) and
``fila:<sheet>:<n>`` per non-empty row, whose third column ``celdas`` holds a
short hash of each cell, so a change is named by its cell
(``Prioridades!B2``).  Cells are hashed as text: empty → ``""``, numbers
with 12 significant digits (a spreadsheet program that re-saves the file
keeps them), dates in ISO form, anything else as it reads.

>>> cell_text(None), cell_text(3), cell_text(0.1 + 0.2), cell_text(True), cell_text(" x ")
('', '3', '0.3', 'true', ' x ')
>>> rows = [["rango", "id"], [1, "A"], [], [2.0, "B"]]
>>> items = sheet_items("Prioridades", rows)
>>> sorted(items)
['fila:Prioridades:1', 'fila:Prioridades:2', 'fila:Prioridades:4', 'hoja:Prioridades']
>>> changed_cells("Prioridades", [["rango", "id"], [1, "B"], [], [2, "B"]], items)
[('B2', 'B')]
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from mcda.errors import Issue, cell_ref

#: Sheets recorded cell by cell, when the export has them.
CRITERIA_SHEET = "Criterios"
COMMITTEE_SHEET = "Comite"
SETTINGS_SHEET = "_clusterprio"
PRIORITIES_SHEET = "Prioridades"
METHODOLOGY_SHEET = "Metodologia"
VIKOR_SHEET = "VIKOR"  # S, R, Q and the compromise set (mcda.workbook.method_sheets)
RECORDED_SHEETS = (CRITERIA_SHEET, COMMITTEE_SHEET, SETTINGS_SHEET, PRIORITIES_SHEET, METHODOLOGY_SHEET,
                   VIKOR_SHEET)
#: Roles (:func:`mcda.workbook.names.sheet_role`) whose sheets a version-2 record must cover.
RECORDED_ROLES = ("criteria", "committee", "settings")

#: The sheet that holds the record (:mod:`mcda.committee.integrity`).
RECORD_SHEET = "Integridad"
SHEET_PREFIX = "hoja:"
ROW_PREFIX = "fila:"
#: Hex digits of each cell's hash in ``celdas`` (locates a change; the row hash proves it).
SHORT = 8


def num(value: float | None) -> str:
    """A number as text with 12 significant digits (``""`` for none/NaN)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return format(float(value), ".12g")


def digest(parts: Sequence[Any]) -> str:
    """SHA-256 of the JSON of ``parts``."""
    return hashlib.sha256(json.dumps(list(parts), ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def cell_text(value: Any) -> str:
    """A cell's value as the text that is hashed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return num(float(value)) if math.isfinite(float(value)) else ""
    if isinstance(value, _dt.datetime | _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return str(value.total_seconds())
    return str(value)


def _texts(rows: Iterable[Sequence[Any]]) -> list[list[str]]:
    """Rows as texts, trailing empty cells (and rows) dropped."""
    out = []
    for row in rows:
        line = [cell_text(v) for v in row]
        while line and line[-1] == "":
            line.pop()
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _short(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:SHORT]


def sheet_items(sheet: str, rows: Iterable[Sequence[Any]]) -> dict[str, tuple[str, str]]:
    """``hoja:<sheet>`` and ``fila:<sheet>:<n>`` → (sha256, short cell hashes)."""
    items: dict[str, tuple[str, str]] = {}
    for n, line in enumerate(_texts(rows), start=1):
        if line:
            items[f"{ROW_PREFIX}{sheet}:{n}"] = (digest(line), " ".join(_short(t) for t in line))
    whole = digest(sorted((k, v[0]) for k, v in items.items()))
    return {f"{SHEET_PREFIX}{sheet}": (whole, ""), **items}


def workbook_items(wb: Any, sheets: Sequence[str] = RECORDED_SHEETS) -> dict[str, tuple[str, str]]:
    """The cell records of an openpyxl workbook as written (only the sheets it has)."""
    items: dict[str, tuple[str, str]] = {}
    for name in sheets:
        if name in wb.sheetnames:
            items.update(sheet_items(name, wb[name].iter_rows(values_only=True)))
    return items


def recorded_sheets(recorded: Mapping[str, str]) -> list[str]:
    """The sheets a record covers cell by cell."""
    return [k[len(SHEET_PREFIX):] for k in recorded if k.startswith(SHEET_PREFIX)]


def changed_cells(sheet: str, rows: Iterable[Sequence[Any]], recorded: Mapping[str, Any],
                  cells: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """``(cell, text now)`` of each cell of ``sheet`` whose hash differs from the record.

    ``recorded`` maps record keys to their sha256 (or to ``(sha256, celdas)``);
    ``cells`` gives the ``celdas`` when ``recorded`` holds only hashes.  A row
    whose hash differs while every cell hash agrees (the record itself was
    edited) is named by its first cell.  Rows added at the end or emptied are
    not listed here (see :func:`row_changes`).
    """
    def get(key: str) -> tuple[str | None, str]:
        value = recorded.get(key)
        if isinstance(value, tuple):
            return value[0], value[1]
        return value, (cells or {}).get(key, "")

    out: list[tuple[str, str]] = []
    for n, line in enumerate(_texts(rows), start=1):
        key = f"{ROW_PREFIX}{sheet}:{n}"
        before, short = get(key)
        if before is None or not line or before == digest(line):
            continue
        old = short.split()
        found = [c for c, t in enumerate(line) if c >= len(old) or old[c] != _short(t)]
        found += list(range(len(line), len(old)))  # cells emptied at the end of the row
        for c in found or [0]:
            out.append((cell_ref(n - 1, c), line[c] if c < len(line) else ""))
    return out


def row_changes(sheet: str, rows: Iterable[Sequence[Any]], recorded: Mapping[str, Any]) -> tuple[list[int], list[int]]:
    """Row numbers (1-based) that are non-empty now but not recorded, and recorded but empty now."""
    now = {n for n, line in enumerate(_texts(rows), start=1) if line}
    prefix = f"{ROW_PREFIX}{sheet}:"
    before = {int(k[len(prefix):]) for k in recorded if k.startswith(prefix) and k[len(prefix):].isdigit()}
    return sorted(now - before), sorted(before - now)


def sheet_digest(sheet: str, rows: Iterable[Sequence[Any]]) -> str:
    """The ``hoja:<sheet>`` hash of these rows."""
    return sheet_items(sheet, rows)[f"{SHEET_PREFIX}{sheet}"][0]


#: Changed cells named per sheet before the rest are counted (an inserted row shifts every later one).
MAX_CELLS_NAMED = 20


def check_cells(book: Any, recorded: Mapping[str, str], cells: Mapping[str, str], issues: list[Issue]) -> list[Issue]:
    """Every cell of the sheets ``recorded`` covers, and no recordable sheet added.

    ``book`` is the :class:`mcda.workbook.book.Book` of the export, ``recorded``
    and ``cells`` its record (``elemento`` → sha256 / celdas); sheets that do
    not read add their issue to ``issues``.
    """
    from mcda.workbook.names import sheet_role

    names = recorded_sheets(recorded)
    out = [Issue("verify.sheet_added", sheet=s, cell="A1", params={"sheet": s}) for s in book.sheet_names
           if s not in names and (s in RECORDED_SHEETS or sheet_role(s) in RECORDED_ROLES)]
    for sheet in names:
        grid = book.grid(sheet, issues) if sheet in book.sheet_names else None
        if grid is None:
            out.append(Issue("verify.sheet_missing", params={"sheet": sheet}))
            continue
        if sheet_digest(sheet, grid) == recorded[SHEET_PREFIX + sheet]:
            continue
        found: list[Issue] = []
        changed = changed_cells(sheet, grid, recorded, cells)
        for cell, text in changed[:MAX_CELLS_NAMED]:
            code = "verify.cell_changed" if text else "verify.cell_emptied"
            found.append(Issue(code, sheet=sheet, cell=cell, params={"found": _clip(text)}))
        if len(changed) > MAX_CELLS_NAMED:
            found.append(Issue("verify.more_changes", sheet=sheet, params={"count": len(changed) - MAX_CELLS_NAMED}))
        added, removed = row_changes(sheet, grid, recorded)
        for code, rows in (("verify.sheet_rows_added", added), ("verify.sheet_rows_removed", removed)):
            if rows:
                found.append(Issue(code, sheet=sheet, cell=f"A{rows[0]}", params={"rows": ", ".join(map(str, rows))}))
        out += found or [Issue("verify.record_changed", sheet=RECORD_SHEET, params={"item": SHEET_PREFIX + sheet})]
    return out


def _clip(text: str, limit: int = 80) -> str:
    """A cell's text as quoted in a message (one line, at most ``limit`` characters)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"
