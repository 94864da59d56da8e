"""Hostile or huge input files (issue 8 item 4), beyond the bad-input corpus of ``test_bad_inputs.py``.

* XML entity bombs ("billion laughs", Klein 2002 / CWE-776) and external
  entities (XXE, CWE-611) in every kind of part: openpyxl — used by the app
  to preview exports — parses through defusedxml (``openpyxl.DEFUSEDXML``),
  so it refuses them; our reader never expands them.
* Zip bombs with *honest* headers (a 34 MB member compressed about 400:1):
  refused from the zip directory, before anything is decompressed or parsed.
* Sheets past Excel's limits, far-away cells and absurd widths.
* Formulas without cached values: named cell by cell (20 at most per sheet).
* Macros (``.xlsm`` with a VBA project) and external links: never run or
  followed — cached values are read, no network connection is attempted,
  and the export is a plain ``.xlsx`` with neither.
* Very long texts, and CSV matrices in legacy encodings.

Every file is read with ``socket.socket`` disabled, so a reader that tried to
reach the network would fail here.
"""

from __future__ import annotations

import io
import socket
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import defusedxml
import openpyxl
import pytest

from mcda.cli import main as cli
from mcda.text import render
from mcda.workbook import read_workbook
from mcda.workbook import reader as reader_module
from mcda.workbook import safety
from mcda.workbook.matrix_io import read_matrix
from mcda.workbook.reader import MAX_FORMULA_WARNINGS
from tests.mcda.reader_books import CLUSTERS, CRITERIA, edited, patch_zip, rows, valid_book, write_ods

LOL = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
       + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                  for i in range(1, 10)) + b"]>")  # &lol9; is 10^9 "lol"s: 3 GB if expanded
XXE = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network use while reading a file")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _with_dtd(xml: bytes, dtd: bytes, old: bytes = b"", new: bytes = b"") -> bytes:
    """``xml`` with a DOCTYPE after its declaration and ``old`` replaced by ``new`` (an entity reference)."""
    if xml.startswith(b"<?xml"):
        decl, rest = xml.split(b"?>", 1)
        xml = decl + b"?>" + dtd + rest
    else:
        xml = dtd + xml
    return xml.replace(old, new) if old else xml


def _chain(exc: BaseException | None) -> list[type[BaseException]]:
    found: list[type[BaseException]] = []
    while exc is not None:
        found.append(type(exc))
        exc = exc.__cause__ or exc.__context__
    return found


# -- XML: entity bombs and external entities ----------------------------------------------------------
def test_openpyxl_parses_through_defusedxml() -> None:
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML is True
    assert functions.fromstring.__module__.startswith("defusedxml")
    assert functions.iterparse.__module__.startswith("defusedxml")


BOMBED_PARTS = [
    ("xl/worksheets/sheet1.xml", LOL, b"<t>Cobre Sur</t>", b"<t>&lol9;</t>"),
    ("xl/worksheets/sheet2.xml", LOL, b"<t>Empleo directo</t>", b"<t>&lol9;</t>"),
    ("xl/workbook.xml", LOL, b"", b""),
    ("xl/_rels/workbook.xml.rels", LOL, b"", b""),
    ("xl/styles.xml", LOL, b"", b""),
    ("[Content_Types].xml", LOL, b"", b""),
    ("docProps/core.xml", LOL, b"", b""),
    ("xl/worksheets/sheet1.xml", XXE, b"<t>Cobre Sur</t>", b"<t>&xxe;</t>"),
]


@pytest.mark.parametrize("part,dtd,old,new", BOMBED_PARTS, ids=lambda v: v if isinstance(v, str) else None)
@pytest.mark.parametrize("read_only", [False, True], ids=["normal", "read_only"])
def test_openpyxl_refuses_entity_bombs_in_any_part(tmp_path: Path, part: str, dtd: bytes, old: bytes, new: bytes,
                                                   read_only: bool) -> None:
    path = patch_zip(valid_book(tmp_path / "src.xlsx"), tmp_path / "bomba.xlsx", part,
                     lambda x: _with_dtd(x, dtd, old, new))
    with pytest.raises(Exception) as info:
        wb = openpyxl.load_workbook(path, read_only=read_only)
        for ws in wb.worksheets:
            list(ws.iter_rows(values_only=True))
    assert defusedxml.EntitiesForbidden in _chain(info.value)  # refused by defusedxml, not by luck


@pytest.mark.parametrize("part,dtd,old,new", BOMBED_PARTS, ids=lambda v: v if isinstance(v, str) else None)
def test_reader_never_expands_entities(tmp_path: Path, part: str, dtd: bytes, old: bytes, new: bytes) -> None:
    path = patch_zip(valid_book(tmp_path / "src.xlsx"), tmp_path / "bomba.xlsx", part,
                     lambda x: _with_dtd(x, dtd, old, new))
    result = read_workbook(path)  # returns (quickly) instead of allocating gigabytes
    if result.problem is not None:
        texts = [c.name for c in result.problem.clusters] + [c.name for c in result.problem.criteria]
        assert not any("lol" in t or "root:" in t for t in texts), texts
    if new:  # the sheet holding the entity cannot be used as it is
        assert not result.ok
    for issue in result.issues:
        assert render(issue, "es")


# -- zip bombs --------------------------------------------------------------------------------------
def _zip_bomb(path: Path, member: str, size: int = 34 * 2**20) -> Path:
    """A valid workbook whose ``member`` is replaced by ``size`` bytes that deflate about 400:1,
    with honest sizes in the headers (what a real bomb looks like)."""
    src = valid_book(path.with_name("src.xlsx"))
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == member:
                bomb = zipfile.ZipInfo(member)
                bomb.compress_type = zipfile.ZIP_DEFLATED
                with zout.open(bomb, "w", force_zip64=True) as out:
                    chunk = b'<row r="1"><c r="A1"/></row>' * 4096
                    for _ in range(size // len(chunk) + 1):
                        out.write(chunk)
            else:
                zout.writestr(info, zin.read(info))
    return path


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/styles.xml"])
def test_real_zip_bomb_is_refused_before_anything_is_decompressed(tmp_path: Path, member: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = _zip_bomb(tmp_path / "bomba.xlsx", member)
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
        assert info.file_size > safety.RATIO_CHECK_BYTES and info.file_size / info.compress_size > 300
    assert path.stat().st_size < 2**20  # under a megabyte on disk

    def never(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a workbook was opened")

    opened: list[str] = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(reader_module, "Book", never)
    monkeypatch.setattr(zipfile.ZipFile, "open",
                        lambda self, name, *a, **k: opened.append(getattr(name, "filename", name))
                        or real_open(self, name, *a, **k))
    result = read_workbook(path)
    assert result.problem is None
    assert [(i.code, i.params["member"]) for i in result.issues] == [("file.zip_bomb", member)]
    assert opened == []  # sizes came from the zip directory alone
    assert "bomba.xlsx" in render(result.issues[0], "es")


def test_ods_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomba.ods"
    src = write_ods(tmp_path / "src.ods", {"Clusters": rows(CLUSTERS)})
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == "content.xml":
                with zout.open("content.xml", "w", force_zip64=True) as out:
                    for _ in range(34 * 16):
                        out.write(b"<table:table-cell/>" * 3449)
            else:
                zout.writestr(info, zin.read(info))
    assert [i.code for i in read_workbook(path).issues] == ["file.zip_bomb"]


def test_zip_directory_lying_about_sizes_is_not_trusted_blindly(tmp_path: Path) -> None:
    """Headers that under-declare a member's size: the parser's own limits still hold (no crash, coded issue)."""
    path = _zip_bomb(tmp_path / "mentira.xlsx", "xl/worksheets/sheet1.xml", size=8 * 2**20)
    data = bytearray(path.read_bytes())
    # rewrite the central directory's uncompressed size of the bomb to a harmless-looking 1 MB
    patched = 0
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46: pos + 46 + n]) == b"xl/worksheets/sheet1.xml":
            if struct.unpack_from("<I", data, pos + 24)[0] == 0xFFFFFFFF:  # zip64: size in the extra field
                struct.pack_into("<Q", data, pos + 46 + n + 4, 2**20)
            else:
                struct.pack_into("<I", data, pos + 24, 2**20)
            patched += 1
        pos = data.find(b"PK\x01\x02", pos + 4)
    assert patched == 1
    path.write_bytes(bytes(data))
    result = read_workbook(path)  # whatever the parser makes of it, it does not raise
    assert result.problem is None or not result.ok
    assert all(i.code and render(i, "en") for i in result.issues)


# -- extents ----------------------------------------------------------------------------------------
def test_sheet_of_exactly_excel_size_is_measured_not_allocated(tmp_path: Path) -> None:
    """A cell at XFD1048576 is within Excel's limits but 17 billion cells if read densely: refused by size."""
    path = patch_zip(valid_book(tmp_path / "src.xlsx"), tmp_path / "lejos.xlsx", "xl/worksheets/sheet1.xml",
                     lambda x: x.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
                                         b"</sheetData>"))
    result = read_workbook(path)
    assert [(i.code, i.location) for i in result.errors] == [("sheet.too_many_cells", "Clusters")]


@pytest.mark.parametrize("ref,code", [("AAAAA4", "sheet.too_many_columns"), ("XFE4", "sheet.too_many_columns"),
                                      ("A99999999", "sheet.too_many_rows")])
def test_absurd_references_are_refused(tmp_path: Path, ref: str, code: str) -> None:
    row = "".join(ch for ch in ref if ch.isdigit())
    path = patch_zip(valid_book(tmp_path / "src.xlsx"), tmp_path / "absurdo.xlsx", "xl/worksheets/sheet1.xml",
                     lambda x: x.replace(b'<row r="4"', f'<row r="{row}"'.encode())
                     .replace(b'r="F4"', f'r="{ref}"'.encode()))
    result = read_workbook(path)
    assert (code, "Clusters") in [(i.code, i.location) for i in result.errors]
    assert result.problem is None


def test_ods_with_a_million_repeated_rows_of_data_is_refused(tmp_path: Path) -> None:
    tail = ('<table:table-row table:number-rows-repeated="1048600"><table:table-cell office:value-type="float" '
            'office:value="1"/></table:table-row>')
    path = write_ods(tmp_path / "filas.ods", {"Criterios": rows(CRITERIA), "Clusters": rows(CLUSTERS)}, tail=tail)
    result = read_workbook(path)
    assert [(i.code, i.location) for i in result.errors] == [("sheet.too_many_rows", "Clusters")]


def test_sixteen_thousand_junk_columns_give_located_issues_not_a_crash(tmp_path: Path) -> None:
    table = rows(CLUSTERS)
    table[0] += [f"x{i}" for i in range(16_000)]
    result = read_workbook(valid_book(tmp_path / "ancho.xlsx", {"Clusters": table}))
    assert result.problem is not None and not result.ok
    assert all(i.location.startswith(("Clusters!", "Criterios")) for i in result.errors)


# -- formulas, macros, external links -------------------------------------------------------------
def test_formulas_without_cached_values_are_named_cell_by_cell(tmp_path: Path) -> None:
    table = rows(CLUSTERS) + [[f"X{i:02d}", f"Extra {i}", "Lima", f"=D2*{i}", "=E2/2", "=F2+1"] for i in range(10)]
    result = read_workbook(valid_book(tmp_path / "formulas.xlsx", {"Clusters": table}))
    named = [i.location for i in result.warnings if i.code == "cell.formula_no_value"]
    assert len(named) == MAX_FORMULA_WARNINGS == 20
    assert named[:4] == ["Clusters!D5", "Clusters!E5", "Clusters!F5", "Clusters!D6"]
    more = [i for i in result.warnings if i.code == "cell.formula_no_value_more"]
    assert [i.params["count"] for i in more] == [10]
    assert "10" in render(more[0], "es")


def _macro_workbook(tmp_path: Path) -> Path:
    """An .xlsm with a VBA project (Workbook_Open) and a cell linked to another workbook on a server."""
    src = valid_book(tmp_path / "src.xlsx")
    dst = tmp_path / "macros.xlsm"
    ole_vba = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
               + b"Attribute VB_Name = \"ThisWorkbook\"\r\nSub Workbook_Open()\r\n  Shell \"calc.exe\"\r\nEnd Sub\r\n")
    link_rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                 b'2006/relationships/externalLinkPath" Target="http://ejemplo.invalid/datos.xlsx" '
                 b'TargetMode="External"/></Relationships>')
    link = (b'<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
            b' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            b'<externalBook r:id="rId1"><sheetNames><sheetName val="Hoja1"/></sheetNames></externalBook>'
            b"</externalLink>")
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                data = data.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/'
                                    b'vnd.ms-office.vbaProject"/></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.'
                                    b'microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                                    b'<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/externalLink" '
                                    b'Target="externalLinks/externalLink1.xml"/></Relationships>')
            elif info.filename == "xl/worksheets/sheet1.xml":  # F2 (R1 of C01) = [1]Hoja1!A1, cached 2500
                data = data.replace(b'<c r="F2" t="n"><v>2500</v></c>',
                                    b'<c r="F2"><f>[1]Hoja1!A1</f><v>2500</v></c>')
                assert b"[1]Hoja1!A1" in data
            zout.writestr(info, data)
        zout.writestr("xl/vbaProject.bin", ole_vba)
        zout.writestr("xl/externalLinks/externalLink1.xml", link)
        zout.writestr("xl/externalLinks/_rels/externalLink1.xml.rels", link_rels)
    return dst


def test_macros_are_never_run_and_external_links_never_followed(tmp_path: Path) -> None:
    path = _macro_workbook(tmp_path)
    before = path.read_bytes()
    result = read_workbook(path)  # network disabled by the fixture: following the link would fail
    assert result.ok, [i.code for i in result.errors]
    assert result.problem is not None
    assert result.problem.matrix.at["C01", "R1"] == 2500  # the cached value, not a fetched one
    assert not [i for i in result.warnings if i.code.startswith("cell.formula")]
    out = tmp_path / "prioridades.xlsx"
    assert cli(["rank", str(path), "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        types = z.read("[Content_Types].xml")
    assert not [n for n in names if "vbaProject" in n or "externalLink" in n]
    assert b"macroEnabled" not in types and b"vbaProject" not in types
    assert path.read_bytes() == before


# -- long texts and CSV encodings ----------------------------------------------------------------------
def test_text_at_excel_limit_survives_the_round_trip(tmp_path: Path) -> None:
    table = edited(CLUSTERS, 1, 1, "Cobre " + "x" * (32_767 - 6))
    path = valid_book(tmp_path / "largo.xlsx", {"Clusters": table})
    out = tmp_path / "salida.xlsx"
    assert cli(["rank", str(path), "-o", str(out)]) == 0
    result = read_workbook(out)
    assert result.problem is not None and len(result.problem.clusters[0].name) == 32_767


def test_text_longer_than_a_cell_can_hold_is_a_coded_error_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A crafted file (Excel cannot make one) with a 200,000-character name: read, ranked, refused on export."""
    path = patch_zip(valid_book(tmp_path / "src.xlsx"), tmp_path / "enorme.xlsx", "xl/worksheets/sheet1.xml",
                     lambda x: x.replace(b"<t>Cobre Sur</t>", b"<t>" + b"y" * 200_000 + b"</t>"))
    out = tmp_path / "salida.xlsx"
    assert cli(["rank", str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "32767" in err.replace(".", "").replace(",", "").replace("\u202f", "").replace(" ", "")
    assert "Traceback" not in err
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["enorme.xlsx", "src.xlsx"]


CSV_TEXT = ";Producción;Exportación;Innovación\nProducción;1;3;5\nExportación;;1;2\nInnovación;;;1\n"


@pytest.mark.parametrize("encoding,warned", [("utf-8", False), ("utf-8-sig", False), ("utf-16", False),
                                             ("cp1252", True), ("latin-1", True)])
def test_csv_matrix_in_any_common_encoding(tmp_path: Path, encoding: str, warned: bool) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    result = read_matrix(path)
    assert result.ok
    assert result.judgments is not None
    assert result.judgments.labels == ("Producción", "Exportación", "Innovación")
    assert ("matrix.encoding" in [i.code for i in result.issues]) == warned


@pytest.mark.parametrize("data", [
    b"\x81\x8d\x8f\x90\x9d;\xff\xfe\n;1;2\n",  # bytes undefined in Windows-1252
    b'"unterminated;1;2\n;1;"3\n',  # broken quoting
    b";A;B\r\nA;1;=cmd|' /C calc'!A0\r\nB;;1\r\n",  # a formula where a judgment should be
    "\ufeff;A;B\nA;1;1/0\nB;;1\n".encode(),  # division by zero in a fraction
    b";" * 100_000 + b"\n",  # a hundred thousand empty columns
])
def test_garbage_csv_matrices_give_issues_not_exceptions(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "basura.csv"
    path.write_bytes(data)
    result = read_matrix(path)
    assert not result.ok
    assert result.issues and all(render(i, "es") for i in result.issues)


def test_csv_with_nul_bytes_does_not_raise(tmp_path: Path) -> None:
    path = tmp_path / "nulos.csv"
    path.write_bytes(b"\0\0\0\0;\0\n\0;1\n")
    result = read_matrix(path)  # a 1 x 1 block: nothing to compare, nothing to break
    assert all(render(i, "es") for i in result.issues)


def test_csv_matrix_through_the_cli_in_windows_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "juicios.csv"
    path.write_bytes(CSV_TEXT.encode("cp1252"))
    assert cli(["ahp", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert '"Producción"' in out or "Producci\\u00f3n" in out


def test_zlib_is_not_asked_to_inflate_a_bomb_member_by_the_sniffer() -> None:
    """The sniffer reads only ``mimetype`` (ODS), 200 bytes at most, whatever its declared size."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", b"application/vnd.oasis.opendocument.spreadsheet" + b" " * 10_000_000)
        z.writestr("content.xml", b"<x/>")
    from mcda.workbook.safety import sniff

    kind, issues = sniff(buf.getvalue(), "rara.ods")
    assert kind in (None, "ods") and zlib  # no exception, no 10 MB read
    assert all(i.code.startswith("file.") for i in issues)


# -- files that would hang the parser ---------------------------------------------------------------------
HANG_PROBE = """
import sys
from mcda.workbook import read_workbook
r = read_workbook(sys.argv[1])
print(";".join(f"{i.code}|{i.params.get('reason', '')}" for i in r.issues))
"""


@pytest.mark.parametrize("old,new", [(b"</table:table></office:spreadsheet>", b"</table></office:spreadsheet>"),
                                     (b"</table:table-row></table:table></office", b"</table:table-row></office")])
def test_ods_that_made_calamine_loop_forever_is_refused(tmp_path: Path, old: bytes, new: bytes) -> None:
    """Found by the long fuzz run: python-calamine parses every table of an .ods when it opens it, and a
    table closed with ``</table>`` (a 6-byte deletion) sent it into an endless loop at 100 % CPU — the app
    would freeze on opening the file. The XML is now checked first. Run in a child process with a timeout,
    so a regression fails here instead of hanging the test suite."""
    import subprocess
    import sys

    src = write_ods(tmp_path / "src.ods", {"Clusters": rows(CLUSTERS), "Criterios": rows(CRITERIA)})
    path = patch_zip(src, tmp_path / "roto.ods", "content.xml", lambda x: x.replace(old, new))
    with zipfile.ZipFile(path) as z:
        assert new in z.read("content.xml")
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", HANG_PROBE, str(path)], cwd=root, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    code, reason = proc.stdout.strip().split("|", 1)
    assert code == "file.not_workbook" and reason.startswith("content.xml: ")
    result = read_workbook(path)
    assert "roto.ods" in render(result.issues[0], "es") and "content.xml" in render(result.issues[0], "es")


@pytest.mark.parametrize("new,code", [
    ('<c t="n"r="XFD1048576">', "sheet.too_many_cells"),  # no space before the attribute
    ("<c r='XFD1048576' t=\"n\">", "sheet.too_many_cells"),  # single quotes
    ('<c r = "XFD1048576" t="n">', "sheet.too_many_cells"),  # spaces around "="
    ('<c r="xfd1048576" t="n">', "sheet.too_many_cells"),  # lower-case column
    ('<c r="F99999999" t="n">', "sheet.too_many_rows"),  # a far row in the cell, not in its <row>
])
def test_far_cells_written_oddly_are_measured(tmp_path: Path, new: str, code: str) -> None:
    """Found by fuzzing: python-calamine accepts these spellings of a cell reference, but the extent scan
    missed them, so the parser tried to allocate 512 GB for one cell and aborted the whole process (the app
    would vanish). Each is now measured and refused. In a child process, so a regression cannot kill the run."""
    import subprocess
    import sys

    path = patch_zip(valid_book(tmp_path / "src.xlsx"), tmp_path / "lejos.xlsx", "xl/worksheets/sheet1.xml",
                     lambda x: x.replace(b'<c r="F4" t="n">', new.encode(), 1))
    with zipfile.ZipFile(path) as z:
        assert new.encode() in z.read("xl/worksheets/sheet1.xml")
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", HANG_PROBE, str(path)], cwd=root, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert code in proc.stdout
