"""Copy the record sheets of a round's workbook into a new workbook, as inert values.

The ``Seguimiento`` export keeps what the later round's file recorded
(``Prioridades``, ``Pesos``, ``Metodologia``, ``Auditoria``, ``Metas`` ...):
that record is what a committee signed, and a recomputation would not give it
back.  But that file came from outside, so nothing active may travel with it.
Rather than loading it and removing what is dangerous (a list that can always
miss something), the sheets are copied **into a fresh workbook**, taking only
what is known to be inert:

* cell values as their cached values (``data_only``: a formula becomes the
  value it showed, never a formula), every text through
  :func:`mcda.workbook.sanitize.put_text` (so ``=HYPERLINK(...)``, ``+cmd|...``,
  ``@SUM(...)``, ``-2+3`` stay text that no spreadsheet runs);
* cell formatting (font, fill, border, alignment, number format), comments as
  plain text, merged ranges, column widths and row heights, frozen panes,
  hidden state, the autofilter range, page orientation;
* conditional formats only of the two kinds the writer uses (colour scales and
  data bars) whose thresholds are numbers, minima, maxima or percentiles.

Everything else is left behind: external links (the file is opened with
``keep_links=False`` and the new workbook has none), defined names, hyperlinks,
data validations, tables, drawings, macros.  The file is read through the
same pre-checks as any input (:func:`mcda.workbook.safety.inspect_file`, and
the sheet extents of :mod:`mcda.workbook.scan`) before openpyxl parses it.

>>> from openpyxl import Workbook
>>> src = Workbook(); src.active.title = "Notas"; src.active["A1"] = "=1+1"
>>> src.active["A1"].data_type
'f'
>>> dst = Workbook(); dst.remove(dst.active)
>>> copy_sheets(src, dst, lambda name: True)
['Notas']
>>> dst["Notas"]["A1"].value, dst["Notas"]["A1"].data_type, dst["Notas"]["A1"].quotePrefix
('=1+1', 's', True)
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import zipfile
from collections.abc import Callable
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.comments import Comment
from openpyxl.formatting.rule import Rule
from openpyxl.worksheet.worksheet import Worksheet

from mcda.errors import InputError, Issue
from mcda.workbook.input_sheets import new_sheet
from mcda.workbook.sanitize import put_text, put_value

#: Conditional formats copied (the writer's own): no formula, no style of their own.
SAFE_RULE_TYPES = ("colorScale", "dataBar")
#: Threshold kinds of those rules that hold no formula.
SAFE_THRESHOLDS = ("min", "max", "num", "percent", "percentile")


def open_source(path: str | os.PathLike[str]) -> Workbook | None:
    """The workbook at ``path`` for copying, or ``None`` when it is not an ``.xlsx``/``.xlsm``.

    Raises
    ------
    mcda.errors.InputError
        With the pre-checks' issues (missing, damaged, encrypted, zip bomb,
        a sheet past the size limits) or ``file.unreadable``.
    """
    from mcda.workbook.safety import inspect_file
    from mcda.workbook.scan import extent_issues, scan_xlsx_sheet, xlsx_sheet_parts

    target = Path(path)
    check = inspect_file(target)
    if not check.ok:
        raise InputError(check.issues)
    if check.kind != "xlsx":
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(check.data)) as zf:
            refused = [i for sheet, part in xlsx_sheet_parts(zf).items()
                       for i in extent_issues(scan_xlsx_sheet(zf.read(part)), sheet)]
        if refused:
            raise InputError(refused)
        from openpyxl import load_workbook

        return load_workbook(io.BytesIO(check.data), data_only=True, keep_links=False, keep_vba=False,
                             rich_text=False)
    except InputError:
        raise
    except Exception as err:  # openpyxl and the zip module raise many kinds on a damaged file
        reason = f"{type(err).__name__}: {str(err).strip()[:150]}".rstrip(": ")
        raise InputError([Issue("file.unreadable", params={"file": target.name, "reason": reason})]) from err


def copy_sheets(source: Workbook, wb: Workbook, wanted: Callable[[str], bool]) -> list[str]:
    """Append to ``wb`` an inert copy of every sheet of ``source`` for which ``wanted(name)`` holds.

    A sheet whose name ``wb`` already has (case ignored) is not copied: the
    sheet written by the caller wins.  Returns the names copied, in order.
    """
    taken = {name.casefold() for name in wb.sheetnames}
    copied: list[str] = []
    for src in source.worksheets:
        if not wanted(src.title) or src.title.casefold() in taken:
            continue
        copy_sheet(src, new_sheet(wb, src.title))
        taken.add(src.title.casefold())
        copied.append(src.title)
    return copied


def copy_sheet(src: Worksheet, dst: Worksheet) -> None:
    """Values (guarded), formatting and layout of ``src`` into the empty ``dst``."""
    for row in src.iter_rows():
        for cell in row:
            if isinstance(cell, MergedCell):
                continue
            _copy_cell(cell, dst.cell(row=cell.row, column=cell.column))
    for merged in src.merged_cells.ranges:
        dst.merge_cells(str(merged))
    for key, col in src.column_dimensions.items():
        target = dst.column_dimensions[key]
        target.width, target.hidden = col.width, col.hidden
        target.min, target.max = col.min, col.max
    for index, dim in src.row_dimensions.items():
        if dim.ht is not None or dim.hidden:
            dst.row_dimensions[index].height = dim.ht
            dst.row_dimensions[index].hidden = dim.hidden
    _copy_conditional_formats(src, dst)
    dst.freeze_panes = src.freeze_panes
    dst.sheet_state = "hidden" if src.sheet_state != "visible" else "visible"
    if src.auto_filter.ref:
        dst.auto_filter.ref = src.auto_filter.ref
    dst.page_setup.orientation = src.page_setup.orientation
    dst.page_setup.fitToWidth = src.page_setup.fitToWidth
    dst.page_setup.fitToHeight = src.page_setup.fitToHeight
    dst.sheet_properties.pageSetUpPr.fitToPage = bool(
        src.sheet_properties.pageSetUpPr and src.sheet_properties.pageSetUpPr.fitToPage)


def _copy_cell(cell: Cell, target: Cell) -> None:
    if cell.has_style:
        target.font, target.fill, target.border = copy(cell.font), copy(cell.fill), copy(cell.border)
        target.alignment, target.protection = copy(cell.alignment), copy(cell.protection)
        target.number_format = cell.number_format
    put_inert(target, cell.value)
    if cell.comment is not None:
        note = Comment(str(cell.comment.text or ""), str(cell.comment.author or ""))
        note.width, note.height = cell.comment.width, cell.comment.height
        target.comment = note


def put_inert(cell: Cell, value: Any) -> None:
    """A cached value as it was (numbers, dates, booleans, durations); any text through ``put_text``.

    >>> from openpyxl import Workbook
    >>> ws = Workbook().active
    >>> put_inert(ws["A1"], True); put_inert(ws["A2"], "@SUM(A1)"); put_inert(ws["A3"], 2.5)
    >>> [(c.value, c.data_type) for c in (ws["A1"], ws["A2"], ws["A3"])]
    [(True, 'b'), ('@SUM(A1)', 's'), (2.5, 'n')]
    """
    if isinstance(value, bool | _dt.timedelta):
        cell.value = value
    elif isinstance(value, int | float | _dt.date | _dt.time) or value is None:
        put_value(cell, value)
    else:
        put_text(cell, value)


def _copy_conditional_formats(src: Worksheet, dst: Worksheet) -> None:
    for cf in src.conditional_formatting:
        for rule in cf.rules:
            if _inert_rule(rule):
                dst.conditional_formatting.add(str(cf.sqref), copy(rule))


def _inert_rule(rule: Rule) -> bool:
    """A colour scale or data bar with plain thresholds (no formula anywhere)."""
    if rule.type not in SAFE_RULE_TYPES or rule.formula or rule.dxfId is not None:
        return False
    body = rule.colorScale if rule.type == "colorScale" else rule.dataBar
    if body is None:
        return False
    for threshold in body.cfvo or ():
        if threshold.type not in SAFE_THRESHOLDS:
            return False
        if threshold.val is not None:
            try:
                float(threshold.val)
            except (TypeError, ValueError):
                return False
    return True
