"""The ``Seguimiento`` sheet: a baseline compared with a later round, for the records.

One sheet in four blocks: what was compared (files, dates, methods, clusters
and criteria added or removed, notes), the places (baseline rank, rank with
the baseline weights, new rank, data effect, weight effect), the indicator
values that changed (better in green, worse in red) and, when there are
targets, their progress.  Headers and words come from the catalogue
(``resources/messages/monitoring.json``) in the requested language; the sheet
name is the contract's and never changes.

:func:`write_followup` saves the later round's workbook with this sheet added
(the ``-o`` of ``clusterprio-cli compare`` and the desktop's Seguimiento export),
written like every other output: input sheets rebuilt from the parsed round,
the round's other sheets copied as inert values (:mod:`mcda.monitoring.sheet_copy`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from itertools import takewhile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mcda.monitoring.compare import Comparison
from mcda.monitoring.targets import Progress, targets_frame
from mcda.text import message, render
from mcda.workbook import styles
from mcda.workbook.input_sheets import new_sheet, write_row
from mcda.workbook.sanitize import put_text, put_value

SHEET = "Seguimiento"
TARGETS_SHEET = "Metas"
BETTER_FILL = PatternFill("solid", start_color="C6EFCE", end_color="C6EFCE")
WORSE_FILL = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
TITLE_FONT = Font(bold=True, size=13, color="1F2937")
BLOCK_FONT = Font(bold=True, size=11, color="1F2937")
FMT_PERCENT = "0.0%"


def _t(key: str, lang: str, **params: Any) -> str:
    return message(f"monitoring.sheet.{key}", lang, **params)


def verdict(better: bool | None, changed: bool, lang: str) -> str:
    """``mejor`` / ``peor`` / ``sin dato`` / ``sin cambio`` for a change row."""
    if better is True:
        return _t("better", lang)
    if better is False:
        return _t("worse", lang)
    return _t("no_data", lang) if changed else _t("same", lang)


def _round_text(snap: Any, lang: str) -> str:
    date = snap.date.isoformat() if snap.date else _t("no_date", lang)
    from mcda.workbook.result_sheets import method_label

    return _t("round", lang, name=snap.name or "-", date=date, method=method_label(snap.method))


def write_followup_sheet(wb: Workbook, comparison: Comparison, progress: Sequence[Progress] = (),
                         lang: str = "es") -> Worksheet:
    """Append the ``Seguimiento`` sheet to ``wb``."""
    ws = new_sheet(wb, SHEET)
    c = comparison
    put_text(ws.cell(row=1, column=1), _t("title", lang))
    ws.cell(row=1, column=1).font = TITLE_FONT
    info: list[tuple[str, str]] = [
        (_t("baseline", lang), _round_text(c.base, lang)),
        (_t("compared", lang), _round_text(c.new, lang)),
        (_t("base_file", lang), c.base.source or _t("session", lang)),
        (_t("new_file", lang), c.new.source or _t("session", lang)),
        (_t("clusters_added", lang), ", ".join(c.added_clusters) or "-"),
        (_t("clusters_removed", lang), ", ".join(c.removed_clusters) or "-"),
        (_t("criteria_added", lang), ", ".join(c.added_criteria) or "-"),
        (_t("criteria_removed", lang), ", ".join(c.removed_criteria) or "-"),
        (_t("reading", lang), _t("reading_text", lang)),
    ]
    info += [(_t("note", lang), render(i, lang)) for i in c.issues]
    row = 3 + len(info)
    for r, (key, _value) in enumerate(info, start=3):
        write_row(ws, r, [key])
        ws.cell(row=r, column=1).font = styles.HEADER_FONT
    row = _ranking_block(ws, row + 1, c, lang)
    row = _changes_block(ws, row + 1, c, lang)
    if progress:
        _progress_block(ws, row + 1, c, progress, lang)
    _fit_widths(ws, first_row=3)  # the long texts (column B above the tables) overflow into the empty cells
    for r, (_key, value) in enumerate(info, start=3):
        put_value(ws.cell(row=r, column=2), value)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return ws


def _block(ws: Worksheet, row: int, title: str, header: list[str]) -> int:
    put_text(ws.cell(row=row, column=1), title)
    ws.cell(row=row, column=1).font = BLOCK_FONT
    write_row(ws, row + 1, header)
    styles.style_header(ws, len(header), row + 1)
    return row + 2


def _fit_widths(ws: Worksheet, first_row: int) -> None:
    """Widths from the table cells below ``first_row``; a header (wrapped) counts by its longest word."""
    widths: dict[int, float] = {}
    headers: list[int] = []
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            if cell.fill == styles.HEADER_FILL and cell.row not in headers:
                headers.append(cell.row)
            if cell.value is None or cell.font == BLOCK_FONT:
                continue
            text = str(cell.value)
            if isinstance(cell.value, float):
                text = f"{cell.value:,.2f}"
            length = max(len(w) for w in text.split()) if cell.fill == styles.HEADER_FILL else len(text)
            widths[cell.column] = max(widths.get(cell.column, 0.0), length * 1.1 + 2)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = round(min(max(width, styles.MIN_WIDTH),
                                                                       styles.MAX_WIDTH), 1)
    for r in headers:  # wrapped headers: as many lines as the narrowest fit needs (spreadsheets do not grow them)
        lines = 1
        for cell in ws[r]:
            if isinstance(cell.value, str):
                room = max((widths.get(cell.column, styles.MIN_WIDTH) - 2) / 1.1, 1.0)
                lines = max(lines, _lines(cell.value, room))
        ws.row_dimensions[r].height = 15 * lines


def _lines(text: str, room: float) -> int:
    """Lines ``text`` takes when wrapped at ``room`` characters.

    >>> _lines("puesto en la línea de base", 12), _lines("id", 5)
    (3, 1)
    """
    lines, used = 1, 0
    for word in text.split():
        need = len(word) if used == 0 else used + 1 + len(word)
        if need > room and used:
            lines, used = lines + 1, len(word)
        else:
            used = need
    return lines


def _ranking_block(ws: Worksheet, row: int, c: Comparison, lang: str) -> int:
    keys = ("id", "name", "base_rank", "rank_with_base_weights", "rank", "data_effect", "weight_effect",
            "total_effect")
    row = _block(ws, row, _t("ranking_title", lang), [_t(f"col.{k}", lang) for k in keys])
    for cid, r in c.ranking.iterrows():
        write_row(ws, row, [cid, r["name"], *(r[k] for k in keys[2:])])
        for col in range(3, 9):
            ws.cell(row=row, column=col).number_format = "0;-0;0"
        for col in (6, 7, 8):
            value = ws.cell(row=row, column=col).value
            if isinstance(value, int | float) and value:
                ws.cell(row=row, column=col).fill = BETTER_FILL if value > 0 else WORSE_FILL
                ws.cell(row=row, column=col).number_format = "+0;-0;0"
        row += 1
    return row


def _changes_block(ws: Worksheet, row: int, c: Comparison, lang: str) -> int:
    keys = ("id", "name", "criterion", "criterion_name", "unit", "direction", "base", "new", "change",
            "relative", "verdict")
    row = _block(ws, row, _t("changes_title", lang), [_t(f"col.{k}", lang) for k in keys])
    names = c.ranking["name"].to_dict()
    changed = c.changed
    if changed.empty:
        write_row(ws, row, [_t("no_changes", lang)])
        return row + 1
    for r in changed.itertuples(index=False):
        crit = c.base.problem.criterion(str(r.criterion))
        direction = _t("benefit" if crit.direction.sign > 0 else "cost", lang)
        better = None if r.better is None else bool(r.better)
        write_row(ws, row, [r.cluster, names.get(r.cluster, r.cluster), r.criterion, crit.name, crit.unit, direction,
                            r.base, r.new, r.change, r.relative, verdict(better, bool(r.changed), lang)])
        fmt = styles.number_format_for([v for v in (r.base, r.new, r.change) if isinstance(v, float)])
        for col in (7, 8, 9):
            ws.cell(row=row, column=col).number_format = fmt
        ws.cell(row=row, column=10).number_format = FMT_PERCENT
        if better is not None:
            ws.cell(row=row, column=11).fill = BETTER_FILL if better else WORSE_FILL
        row += 1
    return row


def _progress_block(ws: Worksheet, row: int, c: Comparison, progress: Sequence[Progress], lang: str) -> int:
    keys = ("id", "name", "criterion", "base", "current", "target", "date", "progress", "elapsed", "status")
    row = _block(ws, row, _t("targets_title", lang), [_t(f"col.{k}", lang) for k in keys])
    names = c.ranking["name"].to_dict()
    for p in progress:
        t = p.target
        write_row(ws, row, [t.cluster, names.get(t.cluster, t.cluster), t.criterion, p.base, p.current, t.value,
                            t.date, p.progress, p.elapsed, _t(f"status.{p.status}", lang)])
        fmt = styles.number_format_for([p.base, p.current, t.value])
        for col in (4, 5, 6):
            ws.cell(row=row, column=col).number_format = fmt
        ws.cell(row=row, column=7).number_format = "yyyy-mm-dd"
        for col in (8, 9):
            ws.cell(row=row, column=col).number_format = FMT_PERCENT
        if p.status in ("reached", "on_track"):
            ws.cell(row=row, column=10).fill = BETTER_FILL
        elif p.status in ("late", "off_track"):
            ws.cell(row=row, column=10).fill = WORSE_FILL
        row += 1
    return row


def write_targets_sheet(wb: Workbook, targets: Sequence[Any]) -> Worksheet:
    """The ``Metas`` sheet (columns ``cluster``, ``criterio``, ``meta``, ``fecha``), replacing one already there."""
    from mcda.workbook.writer import write_frame

    for name in list(wb.sheetnames):
        if name.casefold() == TARGETS_SHEET.casefold():
            del wb[name]
    ws = write_frame(wb, TARGETS_SHEET, targets_frame(targets))
    for (cell,) in ws.iter_rows(min_row=2, min_col=4, max_col=4):
        cell.number_format = "yyyy-mm-dd"
    return ws


def add_targets_sheet(wb: Workbook, problem: Any) -> None:
    """The session's targets as a visible ``Metas`` sheet, before the hidden settings sheet (none without targets)."""
    from mcda.monitoring.targets import targets_from_settings
    from mcda.workbook.input_sheets import SETTINGS_SHEET

    targets = targets_from_settings(problem)
    if not targets:
        return
    ws = write_targets_sheet(wb, targets)
    if SETTINGS_SHEET in wb.sheetnames:
        wb.move_sheet(ws, offset=wb.sheetnames.index(SETTINGS_SHEET) - wb.sheetnames.index(ws.title))


def followup_workbook(comparison: Comparison, progress: Sequence[Progress] = (), lang: str = "es",
                      source: str | os.PathLike[str] | None = None) -> Workbook:
    """The later round's workbook with the ``Seguimiento`` sheet added (opened on it).

    Written like every other output (contract §2), never as a copy of the
    file: the input sheets are rebuilt from the round's parsed problem
    (:func:`~mcda.workbook.input_sheets.write_input_sheets`, so the result is a
    valid input of the same round), and, when ``source`` (the later round's
    file) is an ``.xlsx``/``.xlsm``, its other sheets — the record of that round:
    ``Prioridades``, ``Pesos``, ``Metodologia``, ``Metas``, the committee's
    sheets ... — are copied as inert values (:mod:`mcda.monitoring.sheet_copy`):
    no formula, no external link, every text guarded.  An old ``Seguimiento``
    is replaced.  A round with targets and no ``Metas`` sheet gets one.

    Raises
    ------
    mcda.errors.InputError
        ``source`` can no longer be read safely (see :func:`~mcda.monitoring.sheet_copy.open_source`).
    mcda.workbook.save.WriteError
        A text too long for a cell.
    """
    from mcda.monitoring.sheet_copy import copy_sheets, open_source
    from mcda.workbook.input_sheets import SETTINGS_SHEET, write_input_sheets

    problem = comparison.new.problem
    wb = Workbook()
    wb.remove(wb.active)
    write_input_sheets(wb, problem, lang=lang)
    original = open_source(source) if source is not None and Path(source).suffix.lower() in (
        ".xlsx", ".xlsm") else None
    if original is not None:
        copied = copy_sheets(original, wb, _recorded_sheet)
        lead = list(takewhile(_recorded_sheet, original.sheetnames))  # e.g. a cover sheet stays first
        for i, name in enumerate(n for n in lead if n in copied):
            wb.move_sheet(name, offset=i - wb.sheetnames.index(name))
    if SETTINGS_SHEET in wb.sheetnames:  # last before Seguimiento, as the writer leaves it
        wb.move_sheet(SETTINGS_SHEET, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(SETTINGS_SHEET))
    if not any(name.casefold() == TARGETS_SHEET.casefold() for name in wb.sheetnames):
        add_targets_sheet(wb, problem)  # placed before the settings sheet
    ws = write_followup_sheet(wb, comparison, progress, lang)
    for sheet in wb.worksheets:
        sheet.sheet_view.tabSelected = sheet is ws
    wb.active = wb.worksheets.index(ws)
    return wb


def _recorded_sheet(name: str) -> bool:
    """Whether a sheet of the round's file is copied: not an input sheet (rebuilt from the
    problem: ``Clusters``, ``Criterios``, ``Comite``, ``AHP …``, ``_clusterprio`` in any
    spelling the reader accepts), not an old ``Seguimiento``.

    >>> [_recorded_sheet(n) for n in ("Prioridades", "Alternativas", "AHP Ana grupos", "seguimiento", "Metas")]
    [True, False, False, False, True]
    """
    from mcda.workbook.names import normalize, parse_ahp_sheet_name, sheet_role

    return (sheet_role(name) is None and parse_ahp_sheet_name(name) is None
            and normalize(name) != normalize(SHEET))


def write_followup(path: str | os.PathLike[str], comparison: Comparison, progress: Sequence[Progress] = (),
                   lang: str = "es", source: str | os.PathLike[str] | None = None) -> None:
    """Save :func:`followup_workbook` to ``path`` atomically (coded ``WriteError`` on failure)."""
    from mcda.workbook.save import check_target, save_atomic

    target = Path(path)
    check_target(target)
    save_atomic(followup_workbook(comparison, progress, lang, source), target)

