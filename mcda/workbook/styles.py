"""Formatting shared by the written sheets: header, widths, number formats.

Formatting never changes a value: numbers are stored at full precision and
only their display is rounded, so a formatted output still reads back exactly.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.formatting.rule import ColorScaleRule, DataBarRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FONT = Font(bold=True, color="1F2937")
TITLE_FONT = Font(bold=True, size=12, color="1F3864")
HEADER_FILL = PatternFill("solid", start_color="DCE6F1", end_color="DCE6F1")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8FA6"))
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")

FMT_INTEGER = "#,##0"
FMT_ONE = "#,##0.0"
FMT_TWO = "#,##0.00"
FMT_SMALL = "0.000"
FMT_SCORE = "0.0000"
FMT_WEIGHT = "0.0000"
FMT_PERCENT = "0.0%"

MIN_WIDTH = 6.0
MAX_WIDTH = 48.0
WRAP_WIDTH = 60.0

#: Colours of the score scale: worst (red) → middle (yellow) → best (green).
SCALE_WORST, SCALE_MID, SCALE_BEST = "F8696B", "FFEB84", "63BE7B"
#: Colours of the rank scale (lighter, text stays readable): 1 → last.
RANK_BEST, RANK_MID, RANK_WORST = "C6EFCE", "FFF2CC", "F8CBAD"
#: Data bar of scores.
SCORE_BAR = "5B9BD5"
#: Points per line of wrapped 11-point text, and characters per column-width unit.
LINE_HEIGHT = 15.0
CHARS_PER_WIDTH = 1.25


def style_header(ws: Worksheet, ncols: int, row: int = 1) -> None:
    """Bold, filled, wrapped header cells in ``row`` (1-based), columns 1..ncols."""
    for col in range(1, ncols + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = HEADER_ALIGN


def number_format_for(values: Iterable[float]) -> str:
    """A display format that fits a column of numbers.

    >>> number_format_for([1200.0, 35000.0]), number_format_for([0.21, 0.5]), number_format_for([3.5, 12.25])
    ('#,##0', '0.000', '#,##0.00')
    """
    finite = [abs(v) for v in values if isinstance(v, int | float) and math.isfinite(v)]
    if not finite:
        return "General"
    if all(float(v).is_integer() for v in finite):
        return FMT_INTEGER
    largest = max(finite)
    if largest >= 1000:
        return FMT_ONE
    if largest < 1:
        return FMT_SMALL
    return FMT_TWO


def set_number_format(ws: Worksheet, col: int, fmt: str, first_row: int = 2) -> None:
    """Apply ``fmt`` to the numeric cells of column ``col`` (1-based) from ``first_row``."""
    for (cell,) in ws.iter_rows(min_row=first_row, max_row=ws.max_row, min_col=col, max_col=col):
        if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
            cell.number_format = fmt


def fit_widths(ws: Worksheet, wrap_columns: Sequence[int] = (), max_width: float = MAX_WIDTH) -> None:
    """Column widths from the longest content; ``wrap_columns`` wrap at a wider limit."""
    widths: dict[int, float] = {}
    for cell in written_cells(ws):
        if cell.value is None:
            continue
        text = _display(cell.value, cell.number_format)
        longest = max((len(line) for line in text.split("\n")), default=0)
        widths[cell.column] = max(widths.get(cell.column, 0.0), longest * 1.1 + 2)
    for col, width in widths.items():
        limit = WRAP_WIDTH if col in wrap_columns else max_width
        ws.column_dimensions[get_column_letter(col)].width = round(min(max(width, MIN_WIDTH), limit), 1)
    for col in wrap_columns:
        for (cell,) in ws.iter_rows(min_row=2, max_row=ws.max_row, min_col=col, max_col=col):
            cell.alignment = WRAP


def written_cells(ws: Worksheet) -> Iterable[Any]:
    """The cells that exist, without creating the empty ones of the bounding rectangle
    (``iter_rows`` would, and a sheet of tables of different widths would fill with empty cells)."""
    cells = getattr(ws, "_cells", None)
    if isinstance(cells, dict):
        return list(cells.values())
    return [cell for row in ws.iter_rows() for cell in row]


def _display(value: object, fmt: str) -> str:
    if isinstance(value, float):
        decimals = fmt.split(".")[1].count("0") if "." in fmt else 6
        return f"{value:,.{decimals}f}" if "," in fmt else f"{value:.{decimals}f}"
    if isinstance(value, int) and fmt == FMT_INTEGER:
        return f"{value:,}"
    return str(value)


def finish_table(
    ws: Worksheet,
    ncols: int,
    *,
    freeze: str = "A2",
    wrap_columns: Sequence[int] = (),
    autofilter: bool = False,
) -> None:
    """Header style, frozen panes, widths and (optionally) an autofilter."""
    style_header(ws, ncols)
    ws.freeze_panes = freeze
    fit_widths(ws, wrap_columns)
    if autofilter and ws.max_row > 1:
        ws.auto_filter.ref = f"A1:{get_column_letter(ncols)}{ws.max_row}"


def add_color_scale(ws: Worksheet, col: int, first_row: int, last_row: int, higher_is_better: bool) -> None:
    """Three-colour scale on a score column: green for the best end, red for the worst."""
    if last_row < first_row:
        return
    low, high = (SCALE_WORST, SCALE_BEST) if higher_is_better else (SCALE_BEST, SCALE_WORST)
    letter = get_column_letter(col)
    rule = ColorScaleRule(start_type="min", start_color=low, mid_type="percentile", mid_value=50,
                          mid_color=SCALE_MID, end_type="max", end_color=high)
    ws.conditional_formatting.add(f"{letter}{first_row}:{letter}{last_row}", rule)


def add_data_bar(ws: Worksheet, col: int, first_row: int, last_row: int, color: str = "5B9BD5") -> None:
    """A data bar from 0 to the column maximum (weights, shares)."""
    if last_row < first_row:
        return
    letter = get_column_letter(col)
    rule = DataBarRule(start_type="num", start_value=0, end_type="max", color=color)
    ws.conditional_formatting.add(f"{letter}{first_row}:{letter}{last_row}", rule)


def add_rank_colors(ws: Worksheet, col: int, first_row: int, last_row: int) -> None:
    """Colour scale on a rank column: rank 1 green, the last rank red (light tones)."""
    if last_row < first_row:
        return
    letter = get_column_letter(col)
    rule = ColorScaleRule(start_type="min", start_color=RANK_BEST, mid_type="percentile", mid_value=50,
                          mid_color=RANK_MID, end_type="max", end_color=RANK_WORST)
    ws.conditional_formatting.add(f"{letter}{first_row}:{letter}{last_row}", rule)


def top_align(ws: Worksheet, first_row: int, last_row: int, ncols: int) -> None:
    """Body cells aligned to the top (wrapped cells keep their wrapping)."""
    for row in ws.iter_rows(min_row=first_row, max_row=last_row, max_col=ncols):
        for cell in row:
            if not (cell.alignment and cell.alignment.wrap_text):
                cell.alignment = TOP


def text_lines(text: str, width: float) -> int:
    """Lines a text takes in a wrapped cell ``width`` characters wide (paragraphs kept).

    >>> text_lines("", 10), text_lines("a" * 25, 10), text_lines("uno dos\\ntres", 40)
    (1, 3, 2)
    """
    per_line = max(int(width * CHARS_PER_WIDTH) - 1, 1)
    lines = 0
    for paragraph in str(text).split("\n"):
        length, count = 0, 1
        for word in paragraph.split(" "):
            add = len(word) + (1 if length else 0)
            if length + add > per_line and length:
                count += 1 + (len(word) - 1) // per_line
                length = len(word) % per_line or per_line
            else:
                length += add
                if length > per_line:
                    count += (length - 1) // per_line
                    length = (length - 1) % per_line + 1
        lines += count
    return max(lines, 1)


def fit_row_heights(ws: Worksheet, widths: dict[int, float], first_row: int = 2) -> None:
    """Row heights that show the whole wrapped text of the columns in ``widths``
    (spreadsheet programs do not grow rows of a written file by themselves)."""
    for r in range(first_row, ws.max_row + 1):
        texts = [(ws.cell(row=r, column=c).value, w) for c, w in widths.items()]
        lines = max((text_lines(v, w) for v, w in texts if isinstance(v, str)), default=1)
        ws.row_dimensions[r].height = min(LINE_HEIGHT * lines + 3, 409.0)  # Excel's maximum row height


def setup_print(ws: Worksheet, *, title_rows: str | None = "1:1", landscape: bool = True, header_text: str = "") -> None:
    """A4, landscape, one page wide (as many pages tall as needed), header rows repeated, page numbers."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows
    if header_text:
        ws.oddHeader.left.text = header_text
    ws.oddFooter.center.text = "&P / &N"
