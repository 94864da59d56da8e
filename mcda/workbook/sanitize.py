"""Write user text into spreadsheets so that no program can run it as a formula.

A text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is read as a formula (or as the start of one) by Excel, LibreOffice or Google
Sheets when it is typed, pasted or imported from CSV ("formula injection",
OWASP).  Two defences, used where each fits:

* :func:`put_text` writes a workbook cell: the text is stored **unchanged** as a
  string cell (``t="inlineStr"``, never ``f``) and, when it looks like a
  formula, the cell gets Excel's *quote prefix* style — the same thing Excel
  records when a person types ``'=A1`` — so the program shows a leading
  apostrophe in the formula bar and keeps the value as text even when the cell
  is edited.  The value reads back exactly, so an output workbook is a valid
  input that gives the same problem.
* :func:`safe_text` returns a guarded copy for destinations without cell types
  (CSV, clipboard, plain reports): a leading apostrophe is added.

Both drop the control characters that XML 1.0 cannot hold (they would make the
file unreadable), keeping tab, line feed and carriage return.

Examples
--------
>>> safe_text("=HYPERLINK(\\"http://x\\", \\"y\\")")
'\\'=HYPERLINK("http://x", "y")'
>>> safe_text("Café Selva Central")
'Café Selva Central'
>>> safe_text(None), safe_text(7)
('', '7')
>>> is_formula_like("-2+3"), is_formula_like("2-3"), is_formula_like("\\tx")
(True, False, True)
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Any

import numpy as np
import pandas as pd
from openpyxl.cell.cell import Cell

from mcda.errors import Issue
from mcda.workbook.save import WriteError

#: First characters that make a spreadsheet treat text as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

#: Visible guard added by :func:`safe_text`.
GUARD = "'"

#: Longest text a cell may hold (Excel's limit; longer text makes Excel "repair" the file).
MAX_CELL_TEXT = 32_767

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def as_text(value: Any) -> str:
    """``str(value)`` with ``None``/NaN as ``""`` and XML-illegal characters removed.

    >>> as_text("a\\x00b"), as_text(float("nan")), as_text(2.5)
    ('ab', '', '2.5')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return _ILLEGAL.sub("", str(value))


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula."""
    return text.startswith(FORMULA_PREFIXES)


def safe_text(value: Any) -> str:
    """Text of ``value`` guarded with a leading apostrophe when it looks like a formula.

    For plain-text destinations; workbook cells use :func:`put_text`, which
    keeps the value itself unchanged.
    """
    text = as_text(value)
    return GUARD + text if is_formula_like(text) else text


def put_text(cell: Cell, value: Any) -> None:
    """Store ``value`` in ``cell`` as text that can never become a formula.

    Empty text leaves the cell empty.

    >>> from openpyxl import Workbook
    >>> ws = Workbook().active
    >>> put_text(ws["A1"], "=1+1")
    >>> ws["A1"].value, ws["A1"].data_type, ws["A1"].quotePrefix
    ('=1+1', 's', True)
    """
    text = as_text(value)
    if not text:
        cell.value = None
        return
    if len(text) > MAX_CELL_TEXT:
        raise WriteError(Issue("write.text_too_long", sheet=cell.parent.title, cell=cell.coordinate,
                               params={"length": len(text), "max": MAX_CELL_TEXT}))
    cell.value = text
    cell.data_type = "s"  # openpyxl makes any "=..." string a formula ('f')
    if is_formula_like(text):
        cell.quotePrefix = True


def put_value(cell: Cell, value: Any) -> None:
    """Numbers as numbers (NaN/None/inf as an empty cell), dates as dates, everything else as text.

    >>> from openpyxl import Workbook
    >>> ws = Workbook().active
    >>> put_value(ws["A1"], 2); put_value(ws["A2"], float("nan")); put_value(ws["A3"], "@SUM(A1)")
    >>> ws["A1"].value, ws["A2"].value, ws["A3"].data_type
    (2, None, 's')
    """
    if _is_na(value):
        cell.value = None
    elif isinstance(value, bool):
        put_text(cell, "true" if value else "false")
    elif isinstance(value, _dt.datetime | _dt.date | _dt.time):
        cell.value = value.replace(tzinfo=None) if isinstance(value, _dt.datetime | _dt.time) else value
    elif isinstance(value, int | float) or _is_numpy_number(value):
        number = value.item() if hasattr(value, "item") else value
        cell.value = number if math.isfinite(number) else None
    else:
        put_text(cell, value)


def _is_na(value: Any) -> bool:
    """None, NaN, ``pandas.NA`` or ``NaT``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    return value is pd.NA or value is pd.NaT


def _is_numpy_number(value: Any) -> bool:
    return isinstance(value, np.integer | np.floating) and not isinstance(value, np.bool_)
