"""A corpus of malformed workbooks and files (issue 2 §5, issue 8 item 4).

Each case is built in tmp_path (openpyxl, raw bytes, zipfile), read with
:func:`read_workbook`, and must give the expected coded issue at the exact
location — ``Sheet!Cell`` for content problems, the sheet alone for a sheet
refused as a whole, nothing for a file that is not a workbook (the file name
is then in the issue's parameters) — without any exception escaping.
"""

from __future__ import annotations

import os
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from mcda.errors import Severity
from mcda.text import render
from mcda.workbook import read_workbook
from mcda.workbook import safety
from tests.mcda.reader_books import CLUSTERS, CRITERIA, edited, patch_zip, rows, valid_book, write_book

Build = Callable[[Path], Path]


@dataclass(frozen=True)
class Case:
    name: str
    build: Build
    code: str
    location: str
    fatal: bool = False  # no problem object at all
    severity: Severity = Severity.ERROR


def clusters(row: int, col: int, value: object) -> Build:
    return lambda d: valid_book(d / "in.xlsx", {"Clusters": edited(CLUSTERS, row, col, value)})


def criteria(row: int, col: int, value: object) -> Build:
    return lambda d: valid_book(d / "in.xlsx", {"Criterios": edited(CRITERIA, row, col, value)})


def with_sheets(sheets: dict) -> Build:
    return lambda d: valid_book(d / "in.xlsx", sheets)


def raw(data: bytes, name: str = "in.xlsx") -> Build:
    def build(d: Path) -> Path:
        (d / name).write_bytes(data)
        return d / name
    return build


AHP_OK = [[None, "I1", "I2", "R1"], ["I1", 1, 3, 5], ["I2", None, 1, 3], ["R1", None, None, 1]]
THRESHOLDS = [CRITERIA[0] + ["preferencia", "q", "p"]] + [r + ["linear", 1, 2] for r in CRITERIA[1:]]


def ahp(row: int, col: int, value: object, sheet: str = "AHP") -> Build:
    return with_sheets({sheet: edited(AHP_OK, row, col, value)})


# -- content problems: the exact cell ------------------------------------------------------
CELL_CASES = [
    Case("missing id column", with_sheets({"Clusters": [r[1:] for r in rows(CLUSTERS)]}),
         "sheet.missing_column", "Clusters!A1:E1", fatal=True),
    Case("missing name column", with_sheets({"Clusters": [r[:1] + r[2:] for r in rows(CLUSTERS)]}),
         "sheet.missing_column", "Clusters!A1:E1"),
    Case("duplicate cluster id", clusters(3, 0, "C01"), "cell.duplicate_id", "Clusters!A4"),
    Case("duplicate id differing in case", clusters(2, 0, "c01"), "cell.duplicate_id", "Clusters!A3"),
    Case("number id equal to text id", with_sheets({"Clusters": edited(edited(CLUSTERS, 1, 0, 7), 2, 0, "7")}),
         "cell.duplicate_id", "Clusters!A3"),
    Case("empty cluster id", clusters(2, 0, None), "cell.empty_id", "Clusters!A3"),
    Case("id too long", clusters(2, 0, "x" * 500), "cell.id_too_long", "Clusters!A3"),
    Case("text value", clusters(2, 3, "mucho"), "cell.not_number", "Clusters!D3"),
    Case("empty value", clusters(1, 4, None), "cell.missing", "Clusters!E2"),
    Case("ambiguous text number", clusters(1, 3, "1,234"), "cell.ambiguous_number", "Clusters!D2"),
    Case("boolean value", clusters(3, 5, True), "cell.boolean", "Clusters!F4"),
    Case("date value", clusters(2, 5, __import__("datetime").date(2024, 5, 1)), "cell.date", "Clusters!F3"),
    Case("currency in value", clusters(1, 3, "S/ 1 200"), "cell.currency", "Clusters!D2"),
    Case("no-data marker", clusters(3, 4, "n.d."), "cell.missing_marker", "Clusters!E4"),
    Case("Excel error typed as text", clusters(3, 3, "#¡VALOR!"), "cell.excel_error", "Clusters!D4"),
    Case("overflowing number", clusters(2, 3, "1e999"), "cell.not_finite", "Clusters!D3"),
    Case("unknown criterion column", with_sheets({"Clusters": [r + [1] for r in rows(CLUSTERS)]}),
         "clusters.unknown_criterion", "Clusters!G1"),
    Case("criterion missing from Clusters", with_sheets({"Clusters": [r[:5] for r in rows(CLUSTERS)]}),
         "criteria.not_in_clusters", "Criterios!A4"),
    Case("duplicated header", with_sheets({"Clusters": [r + [r[3]] for r in rows(CLUSTERS)]}),
         "header.duplicate", "Clusters!G1"),
    Case("data without header", with_sheets({"Clusters": edited(CLUSTERS, 2, 7, 5)}),
         "header.empty", "Clusters!H1"),
    Case("duplicate criterion id", criteria(2, 0, "I1"), "cell.duplicate_id", "Criterios!A3"),
    Case("negative weight", criteria(2, 5, -0.3), "criteria.negative_weight", "Criterios!F3"),
    Case("all-zero weights", with_sheets({"Criterios": [CRITERIA[0]] + [r[:5] + [0] for r in CRITERIA[1:]]}),
         "criteria.weights_all_zero", "Criterios!F1"),
    Case("text weight", criteria(3, 5, "alto"), "cell.not_number", "Criterios!F4"),
    Case("unknown direction", criteria(1, 3, "subir"), "criteria.bad_direction", "Criterios!D2"),
    Case("unknown preference function", with_sheets({"Criterios": edited(THRESHOLDS, 2, 6, "campana")}),
         "criteria.bad_preference", "Criterios!G3"),
    Case("negative threshold", with_sheets({"Criterios": edited(THRESHOLDS, 1, 7, -1)}),
         "criteria.negative_threshold", "Criterios!H2"),
    Case("p below q", with_sheets({"Criterios": edited(THRESHOLDS, 3, 8, 0.5)}),
         "criteria.p_below_q", "Criterios!I4"),
    Case("criteria sheet without id column", with_sheets({"Criterios": [r[1:] for r in rows(CRITERIA)]}),
         "sheet.missing_column", "Criterios!A1:E1"),
    Case("no criterion at all", with_sheets({"Criterios": [CRITERIA[0]], "Clusters": [r[:3] for r in CLUSTERS]}),
         "criteria.none", "Criterios!A2"),
    Case("one cluster", with_sheets({"Clusters": rows(CLUSTERS)[:2]}), "clusters.too_few", "Clusters!A3"),
    Case("empty Clusters sheet", with_sheets({"Clusters": []}), "sheet.empty", "Clusters!A1", fatal=True),
    Case("committee negative weight", with_sheets({"Comite": [["id", "nombre", "peso"], ["m1", "Ana", -2]]}),
         "committee.negative_weight", "Comite!C2"),
    Case("AHP not reciprocal", ahp(2, 1, 2), "ahp.not_reciprocal", "AHP!B3"),
    Case("AHP zero judgment", ahp(1, 2, 0), "ahp.judgment_zero", "AHP!C2"),
    Case("AHP negative judgment", ahp(1, 3, -5), "ahp.judgment_negative", "AHP!D2"),
    Case("AHP text judgment", ahp(2, 3, "bastante"), "ahp.judgment_text", "AHP!D3"),
    Case("AHP diagonal not 1", ahp(3, 3, 2), "ahp.diagonal", "AHP!D4"),
    Case("AHP fraction turned into a date", ahp(1, 2, __import__("datetime").date(2024, 5, 1)),
         "pairwise.date", "AHP!C2"),
    Case("AHP not square", with_sheets({"AHP": [r[:3] for r in AHP_OK]}), "pairwise.not_square", "AHP!A4"),
    Case("AHP labels out of order", ahp(2, 0, "R1"), "pairwise.label_mismatch", "AHP!A3"),
    Case("AHP unknown criterion", with_sheets({"AHP": edited(edited(AHP_OK, 0, 3, "X9"), 3, 0, "X9")}),
         "pairwise.unknown_criterion", "AHP!D1"),
    Case("AHP sheet of a member not in Comite (warning)", with_sheets({"AHP zz": AHP_OK}),
         "pairwise.unknown_member", "AHP zz!A1", severity=Severity.WARNING),
    Case("AHP group matrix with unknown group",
         with_sheets({"AHP grupos": [[None, "Importancia", "Otro"], ["Importancia", 1, 3], ["Otro", None, 1]]}),
         "pairwise.unknown_group", "AHP grupos!C1"),
    Case("AHP empty sheet", with_sheets({"AHP": []}), "ahp.empty", "AHP!A1"),
    Case("constant column (warning)", with_sheets({"Clusters": [r[:4] + [7 if i else r[4]] + r[5:]
                                                                for i, r in enumerate(rows(CLUSTERS))]}),
         "criteria.constant", "Clusters!E1", severity=Severity.WARNING),
]


# -- sheets refused as a whole, and files that are not workbooks ----------------------------
def _book_bytes(d: Path) -> bytes:
    return valid_book(d / "source.xlsx").read_bytes()


def truncated(d: Path) -> Path:
    data = _book_bytes(d)
    return raw(data[: len(data) // 2])(d)


def bare_zip(members: dict[str, bytes]) -> Build:
    def build(d: Path) -> Path:
        with zipfile.ZipFile(d / "in.xlsx", "w") as z:
            for name, data in members.items():
                z.writestr(name, data)
        return d / "in.xlsx"
    return build


def _patch_zip_headers(data: bytes, member: bytes, *, size: int | None = None, flag: int | None = None) -> bytes:
    """Rewrite the declared uncompressed size or the flag bits of one member in
    both its local header and its central-directory entry."""
    buf = bytearray(data)
    pos = 0
    while (pos := buf.find(b"PK\x03\x04", pos)) >= 0:
        n = struct.unpack_from("<H", buf, pos + 26)[0]
        if bytes(buf[pos + 30: pos + 30 + n]) == member:
            if size is not None:
                struct.pack_into("<I", buf, pos + 22, size)
            if flag is not None:
                struct.pack_into("<H", buf, pos + 6, flag)
        pos += 4
    pos = 0
    while (pos := buf.find(b"PK\x01\x02", pos)) >= 0:
        n = struct.unpack_from("<H", buf, pos + 28)[0]
        if bytes(buf[pos + 46: pos + 46 + n]) == member:
            if size is not None:
                struct.pack_into("<I", buf, pos + 24, size)
            if flag is not None:
                struct.pack_into("<H", buf, pos + 8, flag)
        pos += 4
    return bytes(buf)


def zip_bomb(d: Path) -> Path:
    return raw(_patch_zip_headers(_book_bytes(d), b"xl/worksheets/sheet1.xml", size=0xFFFFFFF0))(d)


def encrypted_zip_member(d: Path) -> Path:
    return raw(_patch_zip_headers(_book_bytes(d), b"xl/worksheets/sheet1.xml", flag=0x1))(d)


def encrypted_ole(d: Path) -> Path:
    # An OLE compound file whose directory names the EncryptionInfo and
    # EncryptedPackage streams (MS-OFFCRYPTO), as Office writes a
    # password-protected .xlsx.
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + b"\0" * 64
                         for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    return raw(safety.OLE_SIGNATURE + b"\0" * 504 + directory + b"\0" * 1024)(d)


def entity_bomb(d: Path) -> Path:
    dtd = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                      for i in range(1, 10)) + b"]>")
    src = valid_book(d / "source.xlsx")
    return patch_zip(src, d / "in.xlsx", "xl/worksheets/sheet1.xml",
                     lambda x: dtd + x.replace(b"<t>Cobre Sur</t>", b"<t>&lol9;</t>"))


def rows_past_excel(d: Path) -> Path:
    src = valid_book(d / "source.xlsx")
    return patch_zip(src, d / "in.xlsx", "xl/worksheets/sheet1.xml",
                     lambda x: x.replace(b'<row r="4"', b'<row r="1048577"').replace(b'r="A4"', b'r="A1048577"'))


def columns_past_excel(d: Path) -> Path:
    src = valid_book(d / "source.xlsx")
    return patch_zip(src, d / "in.xlsx", "xl/worksheets/sheet1.xml",
                     lambda x: x.replace(b'r="F4"', b'r="XFE4"'))


def far_away_cell(d: Path) -> Path:
    path = valid_book(d / "in.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Clusters"]["XFD1048576"] = 1  # 17 billion cells if allocated densely
    wb.save(path)
    return path


def damaged_member(d: Path) -> Path:
    src = valid_book(d / "source.xlsx")
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(start + 10, start + info.compress_size - 10):
        data[k] ^= 0x5A
    return raw(bytes(data))(d)


FILE_CASES = [
    Case("empty file", raw(b""), "file.empty", "", fatal=True),
    Case("CSV saved as .xlsx", raw("id,nombre,I1\nC01,Cobre,1\n".encode()), "file.csv_not_workbook", "", fatal=True),
    Case("non-UTF-8 CSV saved as .xlsx", raw("id;nombre\nC01;Señal\n".encode("cp1252")),
         "file.csv_not_workbook", "", fatal=True),
    Case("HTML saved as .xlsx", raw(b"<html><body><table><tr><td>1</td></tr></table></body></html>"),
         "file.html_not_workbook", "", fatal=True),
    Case("Excel 2003 XML saved as .xls", raw(b'<?xml version="1.0"?><Workbook xmlns='
                                             b'"urn:schemas-microsoft-com:office:spreadsheet"/>', "in.xls"),
         "file.unsupported_format", "", fatal=True),
    Case("binary garbage", raw(bytes(range(256)) * 4), "file.unknown_format", "", fatal=True),
    Case("truncated zip", truncated, "file.corrupt_zip", "", fatal=True),
    Case("zip that is not a workbook", bare_zip({"datos.txt": b"hola"}), "file.zip_not_workbook", "", fatal=True),
    Case("Word document renamed", bare_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}),
         "file.zip_not_workbook", "", fatal=True),
    Case("xlsb workbook", bare_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.bin": b"\0"}),
         "file.unsupported_format", "", fatal=True),
    Case("OpenDocument text renamed", bare_zip({"mimetype": b"application/vnd.oasis.opendocument.text",
                                                "content.xml": b"<x/>"}), "file.zip_not_workbook", "", fatal=True),
    Case("password-protected (OLE)", encrypted_ole, "file.encrypted", "", fatal=True),
    Case("OLE file that is not a workbook", raw(safety.OLE_SIGNATURE + b"\0" * 2048, "in.xls"),
         "file.not_workbook", "", fatal=True),
    Case("zip with encrypted members", encrypted_zip_member, "file.encrypted", "", fatal=True),
    Case("zip bomb (absurd declared size)", zip_bomb, "file.zip_bomb", "", fatal=True),
    Case("damaged sheet data", damaged_member, "sheet.unreadable", "Clusters", fatal=True),
    Case("path that does not exist", lambda d: d / "no_existe.xlsx", "file.not_found", "", fatal=True),
    Case("a directory", lambda d: d, "file.is_directory", "", fatal=True),
    Case("no Clusters sheet", lambda d: write_book(d / "in.xlsx", {"Hoja1": [["a"]]}), "sheet.missing", "",
         fatal=True),
    Case("XML entity bomb", entity_bomb, "sheet.unreadable", "Clusters", fatal=True),
    Case("rows past Excel's limit", rows_past_excel, "sheet.too_many_rows", "Clusters", fatal=True),
    Case("columns past Excel's limit", columns_past_excel, "sheet.too_many_columns", "Clusters", fatal=True),
    Case("stray cell at XFD1048576", far_away_cell, "sheet.too_many_cells", "Clusters", fatal=True),
]


def _check(case: Case, path: Path) -> None:
    result = read_workbook(path)  # must not raise
    found = [(i.code, i.location, i.severity) for i in result.issues]
    assert (case.code, case.location, case.severity) in found, found
    if case.severity is Severity.ERROR:
        assert not result.ok
    assert (result.problem is None) == case.fatal
    for issue in result.issues:  # every issue renders in both languages without a raw placeholder
        for lang in ("es", "en"):
            text = render(issue, lang)
            assert "{" not in text and issue.code not in text, text


@pytest.mark.parametrize("case", CELL_CASES, ids=lambda c: c.name)
def test_content_problem_names_its_cell(tmp_path, case):
    _check(case, case.build(tmp_path))


@pytest.mark.parametrize("case", FILE_CASES, ids=lambda c: c.name)
def test_file_problem_is_refused_with_a_coded_issue(tmp_path, case):
    _check(case, case.build(tmp_path))


def test_corpus_size():
    errors_with_cell = [c for c in CELL_CASES if c.severity is Severity.ERROR and "!" in c.location]
    assert len(errors_with_cell) >= 25
    assert len(CELL_CASES) + len(FILE_CASES) >= 60


def test_unreadable_file(tmp_path, monkeypatch):
    path = valid_book(tmp_path / "in.xlsx")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(safety, "open", denied, raising=False)
    result = read_workbook(path)
    assert result.problem is None
    assert [(i.code, i.params["reason"]) for i in result.issues] == [("file.unreadable", "permission")]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_by_permissions(tmp_path):
    path = valid_book(tmp_path / "in.xlsx")
    path.chmod(0)
    try:
        assert [i.code for i in read_workbook(path).issues] == ["file.unreadable"]
    finally:
        path.chmod(0o600)


def test_every_problem_is_reported_not_only_the_first(tmp_path):
    table = edited(edited(edited(CLUSTERS, 1, 3, "x"), 2, 4, None), 3, 0, "C01")
    result = read_workbook(valid_book(tmp_path / "in.xlsx", {"Clusters": table,
                                                            "Criterios": edited(CRITERIA, 2, 3, "?")}))
    assert {(i.code, i.location) for i in result.errors} == {
        ("cell.not_number", "Clusters!D2"), ("cell.missing", "Clusters!E3"),
        ("cell.duplicate_id", "Clusters!A4"), ("criteria.bad_direction", "Criterios!D3")}
