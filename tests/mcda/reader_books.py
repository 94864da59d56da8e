"""Small input workbooks built in a test's tmp_path (openpyxl, raw zip, hand-made ODS).

The default book is a valid contract §1 workbook: 3 clusters x 3 criteria,
so every bad-input case changes one thing and knows which cell it broke.
"""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl

CLUSTERS: list[list[Any]] = [
    ["id", "nombre", "region", "I1", "I2", "R1"],
    ["C01", "Cobre Sur", "Arequipa", 1200, 0.5, 2500],
    ["C02", "Café Selva Central", "Junín", 800, 0.2, 900],
    ["C03", "Cacao San Martín", "San Martín", 600, 0.1, 1200],
]
CRITERIA: list[list[Any]] = [
    ["id", "nombre", "grupo", "sentido", "unidad", "peso"],
    ["I1", "Empleo directo", "Importancia", "beneficio", "personas", 0.5],
    ["I2", "Participación en el VAB", "Importancia", "beneficio", "%", 0.3],
    ["R1", "Dependencia de una empresa", "Riesgo", "costo", "HHI", 0.2],
]


def rows(table: list[list[Any]]) -> list[list[Any]]:
    return copy.deepcopy(table)


def write_book(path: Path, sheets: dict[str, list[list[Any]] | None], *, hidden: tuple[str, ...] = ()) -> Path:
    """A workbook with these sheets (rows written from A1; ``None`` values are empty cells)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, table in sheets.items():
        ws = wb.create_sheet(name)
        for row in table or []:
            ws.append(row)
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def valid_book(path: Path, changes: dict[str, list[list[Any]] | None] | None = None) -> Path:
    """The default book; ``{"Clusters": ...}`` / ``{"Criterios": ...}`` replace
    a sheet, any other name adds one (``None`` removes a default sheet)."""
    sheets: dict[str, list[list[Any]] | None] = {"Clusters": rows(CLUSTERS), "Criterios": rows(CRITERIA)}
    for name, table in (changes or {}).items():
        if table is None:
            sheets.pop(name, None)
        else:
            sheets[name] = table
    return write_book(path, sheets)


def edited(table: list[list[Any]], row: int, col: int, value: Any) -> list[list[Any]]:
    """A copy of ``table`` with one cell changed (0-based row and column)."""
    out = rows(table)
    while len(out[row]) <= col:
        out[row].append(None)
    out[row][col] = value
    return out


def patch_zip(src: Path, dst: Path, member: str, change: Any) -> Path:
    """Copy a zip, passing one member's bytes through ``change``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, change(data) if info.filename == member else data)
    return dst


def _ods_cell(v: Any) -> str:
    if v is None:
        return "<table:table-cell/>"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'


def write_ods(path: Path, sheets: dict[str, list[list[Any]]], tail: str = "") -> Path:
    """A minimal OpenDocument spreadsheet (``tail`` is raw XML appended to the last table)."""
    tables = []
    names = list(sheets)
    for name in names:
        body = "".join("<table:table-row>" + "".join(_ods_cell(v) for v in r) + "</table:table-row>"
                       for r in sheets[name])
        extra = tail if name == names[-1] else ""
        tables.append(f'<table:table table:name="{escape(name)}">{body}{extra}</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body>'
        "</office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path
