"""Formatting shared by the written sheets: header, widths, number formats.

Formatting never changes a value: numbers are stored at full precision and
only their display is rounded, so a formatted output still reads back exactly.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from openpyxl.formatting.rule import ColorScaleRule, DataBarRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FONT = Font(bold=True, color="1F2937")
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

MIN_WIDTH = 6.0
MAX_WIDTH = 48.0
WRAP_WIDTH = 60.0

#: Colours of the score scale: worst (red) → middle (yellow) → best (green).
SCALE_WORST, SCALE_MID, SCALE_BEST = "F8696B", "FFEB84", "63BE7B"


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
    for row in ws.iter_rows():
        for cell in row:
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
