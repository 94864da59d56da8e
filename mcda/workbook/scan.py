"""A quick look inside a workbook's XML before the parser reads a sheet.

python-calamine allocates a *dense* grid for a sheet: one cell at ``A1`` and
one at ``XFD1048576`` would ask for 17 billion cells and abort the process.
So, for ``.xlsx`` and ``.ods``, the extent of every sheet we are about to read
is measured here from the XML (bounded by :mod:`mcda.workbook.safety`'s
zip-size checks) and refused when absurd.

The same pass finds what calamine hides in ``.xlsx`` files: cells holding an
Excel error value (``#N/A``, ``#DIV/0!`` ...), which calamine returns as
empty, and formulas saved without a computed value (written by a program
that does not calculate), which are empty too.  Other formats do not give
this detail: their error cells read as empty (missing) cells.

XML parsed into a tree goes through defusedxml (no entity expansion, no
external entities); sheet XML is only searched with regular expressions.

>>> s = scan_xlsx_sheet(b'<row r="3"><c r="B3" t="e"><v>#N/A</v></c><c r="AA3"><f>1+1</f></c></row>')
>>> s.rows, s.cols, dict(s.error_cells), s.formula_cells
(3, 27, {'B3': '#N/A'}, ('AA3',))
>>> s = scan_xlsx_sheet(b'''<row r='2'><c t="s"r='XFD9'/><c r = "b1048577"/></row>''')
>>> s.rows, s.cols
(1048577, 16384)
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET

from mcda.errors import Issue
from mcda.workbook.safety import MAX_CELLS, MAX_COLS, MAX_ROWS

# Every ``r`` attribute (rows: ``r="7"``, cells: ``r="D7"``), however it is written:
# python-calamine reads ``r='D7'``, ``r = "D7"`` and ``t="s"r="D7"`` (no space) too,
# so the measure must not miss them (a missed far cell was a 512 GB allocation that
# aborted the process; found by fuzzing).  The look-behind keeps ``xr:r``, ``ref`` apart.
_R_ATTR = re.compile(rb"""(?<![\w:.-])r\s*=\s*["']\s*\$?([A-Za-z]*)\$?([0-9]*)""")
_CELL_OPEN = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
_REF = re.compile(rb"\br=\"([A-Z]+[0-9]+)\"")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@dataclass(frozen=True)
class SheetScan:
    """Extent of a sheet (last used 1-based row and column) and, for
    ``.xlsx``, its error cells and formulas without a cached value."""

    rows: int
    cols: int
    error_cells: Mapping[str, str] = field(default_factory=dict)
    formula_cells: tuple[str, ...] = ()


def col_number(letters: str) -> int:
    """1-based column number of spreadsheet letters.

    >>> col_number("A"), col_number("AD"), col_number("XFD")
    (1, 30, 16384)
    """
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def xlsx_sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> zip member of its XML, from ``xl/workbook.xml`` and its
    relationships.  Raises ``defusedxml`` errors on DTD tricks, ``KeyError``
    or ``ParseError`` on a damaged package."""
    book = SafeET.fromstring(zf.read("xl/workbook.xml"))
    rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets: dict[str, str] = {}
    for rel in rels.iter(f"{_NS_PKG}Relationship"):
        target = rel.get("Target", "")
        if target.startswith("/"):
            path = target.lstrip("/")
        else:
            path = posixpath.normpath(posixpath.join("xl", target))
        targets[rel.get("Id", "")] = path
    parts: dict[str, str] = {}
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        rid = sheet.get(_NS_REL_ID, "")
        if rid in targets:
            parts[sheet.get("name", "")] = targets[rid]
    return parts


def _enclosing_cell(xml: bytes, pos: int) -> tuple[bytes, bytes] | None:
    """(opening-tag attributes, body) of the ``<c>`` element around ``pos``."""
    start = max(xml.rfind(b"<c ", 0, pos), xml.rfind(b"<c>", 0, pos))
    if start < 0:
        return None
    m = _CELL_OPEN.match(xml, start)
    if not m:
        return None
    if m.group(1).endswith(b"/"):
        return m.group(1), b""
    end = xml.find(b"</c>", m.end())
    return m.group(1), xml[m.end(): end if end >= 0 else len(xml)]


def scan_xlsx_sheet(xml: bytes) -> SheetScan:
    """Extent, error cells and formulas without value of one sheet's XML."""
    rows = cols = 0
    letters: set[bytes] = set()
    numbers: set[bytes] = set()
    for col, row in _R_ATTR.findall(xml):
        if col:
            letters.add(col.upper())
        if row:
            numbers.add(row)
    rows = max(map(int, numbers), default=0)
    cols = max((col_number(x.decode("ascii")) for x in letters), default=0)
    errors: dict[str, str] = {}
    if b't="e"' in xml:
        for m in re.finditer(rb't="e"', xml):
            cell = _enclosing_cell(xml, m.start())
            if cell is None:
                continue
            attrs, body = cell
            ref, value = _REF.search(attrs), _VALUE.search(body)
            if ref and b't="e"' in attrs:
                errors[ref.group(1).decode("ascii")] = value.group(1).decode("utf-8", "replace") if value else "#?"
    formulas: list[str] = []
    if b"<f" in xml:
        for m in re.finditer(rb"<(?:\w+:)?f[ >/]", xml):
            cell = _enclosing_cell(xml, m.start())
            if cell is None:
                continue
            attrs, body = cell
            ref, value = _REF.search(attrs), _VALUE.search(body)
            if ref and not (value and value.group(1).strip()) and b"<is>" not in body:
                formulas.append(ref.group(1).decode("ascii"))
    return SheetScan(rows, cols, errors, tuple(dict.fromkeys(formulas)))


_ODS_TOKEN = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>")
_ODS_REPEAT_ROWS = re.compile(rb'table:number-rows-repeated="([0-9]+)"')
_ODS_REPEAT_COLS = re.compile(rb'table:number-columns-repeated="([0-9]+)"')
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')


def scan_ods(content: bytes) -> dict[str, SheetScan]:
    """Extent of every table of an ODS ``content.xml``: the last row and
    column holding a non-empty cell, counting ``number-*-repeated``."""
    result: dict[str, SheetScan] = {}
    name = ""
    row = col = max_row = max_col = 0
    row_repeat = 1
    row_used = False
    for m in _ODS_TOKEN.finditer(content):
        closing, tag, attrs, selfclosing = m.group(1), m.group(2), m.group(3), m.group(4)
        if tag == b"table":
            if closing:
                result[name] = SheetScan(max_row, max_col)
            else:
                n = _ODS_NAME.search(attrs)
                name = _xml_unescape(n.group(1).decode("utf-8", "replace")) if n else ""
                row = col = max_row = max_col = 0
            continue
        if tag == b"table-row":
            if closing:
                if row_used:
                    max_row = row + row_repeat
                row += row_repeat
                continue
            r = _ODS_REPEAT_ROWS.search(attrs)
            row_repeat, col, row_used = (int(r.group(1)) if r else 1), 0, False
            if selfclosing:
                row += row_repeat
            continue
        if closing:
            continue
        c = _ODS_REPEAT_COLS.search(attrs)
        repeat = int(c.group(1)) if c else 1
        if b"office:value-type" in attrs or not selfclosing:
            row_used = True
            max_col = max(max_col, col + repeat)
        col += repeat
    return result


def _xml_unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def extent_issues(scan: SheetScan, sheet: str) -> list[Issue]:
    """Refuse a sheet past Excel's limits or too large to hold in memory."""
    if scan.rows > MAX_ROWS:
        return [Issue("sheet.too_many_rows", sheet=sheet, params={"rows": scan.rows, "max": MAX_ROWS})]
    if scan.cols > MAX_COLS:
        return [Issue("sheet.too_many_columns", sheet=sheet, params={"cols": scan.cols, "max": MAX_COLS})]
    if scan.rows * scan.cols > MAX_CELLS:
        return [Issue("sheet.too_many_cells", sheet=sheet,
                      params={"rows": scan.rows, "cols": scan.cols, "max": MAX_CELLS})]
    return []
