"""Checks made on an input file before any spreadsheet parser touches it.

Files travel by e-mail and USB sticks; a reader must refuse, with a coded
issue and never a traceback, anything that is not a plain workbook:

* a path that does not exist, a directory, a device or FIFO, an unreadable
  (permission) or empty file, a file larger than :data:`MAX_FILE_BYTES`;
* text saved with a workbook extension (CSV, HTML, Excel 2003 XML);
* a damaged or truncated zip, a zip that is not a workbook (a Word file, a
  bare archive), the binary ``.xlsb`` format (not in the contract);
* a password-protected workbook (an OLE compound file holding an
  ``EncryptedPackage`` stream, or a zip with encrypted members);
* a zip bomb: members whose *declared* uncompressed size is absurd, checked
  from the zip directory before anything is decompressed;
* an OpenDocument spreadsheet whose XML is not well-formed: python-calamine
  parses every table of an ``.ods`` as soon as it opens it, and some broken
  files (a table closed with ``</table>`` instead of ``</table:table>``; found
  by fuzzing) make it loop forever.  The XML parts are first checked with
  expat at C speed, expanding nothing.

Sheet extents (rows past Excel's 1,048,576, columns past 16,384, too many
cells to hold in memory) are checked per sheet by :mod:`mcda.workbook.scan`
before the parser allocates the sheet.

>>> check_zip_sizes([("xl/worksheets/sheet1.xml", 4_000_000_000, 4_000_000)])[0].code
'file.zip_bomb'
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import stat
import zipfile
import zlib
from xml.parsers import expat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mcda.errors import Issue

log = logging.getLogger(__name__)

#: Largest input file read at all (bytes on disk).
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Largest declared uncompressed size of one zip member, and of all together.
MAX_MEMBER_BYTES = 1024 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
#: A member larger than this (uncompressed) must not compress better than :data:`MAX_RATIO`.
RATIO_CHECK_BYTES = 32 * 1024 * 1024
MAX_RATIO = 200.0
#: Excel's sheet limits, and the most cells of one sheet we hold in memory.
MAX_ROWS = 1_048_576
MAX_COLS = 16_384
MAX_CELLS = 5_000_000

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

#: Formats handed to python-calamine.
KINDS = ("xlsx", "xls", "ods")

#: XML parts of an OpenDocument file checked for well-formedness before it is parsed.
ODS_XML_PARTS = ("content.xml", "styles.xml", "meta.xml", "settings.xml")


@dataclass(frozen=True)
class FileCheck:
    """What the pre-checks learned about a file.

    ``kind`` is ``"xlsx"`` (also .xlsm), ``"xls"`` or ``"ods"`` when the file
    may be parsed, ``None`` when it was refused (``issues`` says why).
    ``data`` holds the bytes read (hashed into ``sha256``) so the parser reads
    exactly what was hashed.
    """

    kind: str | None
    sha256: str
    issues: tuple[Issue, ...]
    data: bytes = b""

    @property
    def ok(self) -> bool:
        return self.kind is not None


def _refuse(code: str, where: Path, **params: object) -> tuple[None, str, tuple[Issue, ...]]:
    return None, "", (Issue(code, params={"file": where.name, **params}),)


def read_bytes(path: str | os.PathLike[str]) -> tuple[bytes | None, str, tuple[Issue, ...]]:
    """(bytes, SHA-256, issues) of a file read with the path checks above;
    bytes ``None`` when refused."""
    p = Path(path)
    try:
        st = p.stat()
    except (FileNotFoundError, NotADirectoryError):
        return _refuse("file.not_found", p, path=str(p))
    except PermissionError:
        return _refuse("file.unreadable", p, reason="permission")
    except OSError as err:
        return _refuse("file.unreadable", p, reason=err.strerror or type(err).__name__)
    if stat.S_ISDIR(st.st_mode):
        return _refuse("file.is_directory", p, path=str(p))
    if not stat.S_ISREG(st.st_mode):
        return _refuse("file.not_regular", p)
    if st.st_size == 0:
        return _refuse("file.empty", p)
    if st.st_size > MAX_FILE_BYTES:
        return _refuse("file.too_large", p, size_mb=round(st.st_size / 2**20), max_mb=MAX_FILE_BYTES // 2**20)
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        return _refuse("file.unreadable", p, reason="permission")
    except OSError as err:
        return _refuse("file.unreadable", p, reason=err.strerror or type(err).__name__)
    if not data:
        return _refuse("file.empty", p)
    if len(data) > MAX_FILE_BYTES:
        return _refuse("file.too_large", p, size_mb=round(len(data) / 2**20), max_mb=MAX_FILE_BYTES // 2**20)
    return data, hashlib.sha256(data).hexdigest(), ()


def inspect_file(path: str | os.PathLike[str]) -> FileCheck:
    """Read ``path`` (bounded), hash it and tell whether it is a workbook we may parse."""
    data, digest, issues = read_bytes(path)
    if data is None:
        log.info("input refused: %s (%s)", path, ", ".join(i.code for i in issues))
        return FileCheck(None, digest, issues)
    kind, found = sniff(data, Path(path).name)
    if kind is None:
        log.info("input refused: %s (%s)", path, ", ".join(i.code for i in found))
    return FileCheck(kind, digest, tuple(found), data if kind else b"")


def sniff(data: bytes, name: str = "") -> tuple[str | None, list[Issue]]:
    """(kind, issues) of a file's bytes; kind ``None`` means refused."""
    if data[:4] in _ZIP_SIGNATURES:
        return _sniff_zip(data, name)
    if data[:8] == OLE_SIGNATURE:
        if _ole_encrypted(data):
            return None, [Issue("file.encrypted", params={"file": name})]
        return "xls", []
    return None, [_sniff_text(data, name)]


def _ole_encrypted(data: bytes) -> bool:
    """An OLE compound file holding an encrypted OOXML package (Office
    "Encrypt with password"): its directory names the streams
    ``EncryptionInfo`` and ``EncryptedPackage`` (MS-OFFCRYPTO §2.3.4.4)."""
    return "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data


def _sniff_zip(data: bytes, name: str) -> tuple[str | None, list[Issue]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return None, [Issue("file.corrupt_zip", params={"file": name})]
    bomb = check_zip_sizes((i.filename, i.file_size, i.compress_size) for i in infos)
    if bomb:
        return None, [Issue(b.code, params={**b.params, "file": name}) for b in bomb]
    if any(i.flag_bits & 0x1 for i in infos):
        return None, [Issue("file.encrypted", params={"file": name})]
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names:
        return "xlsx", []
    if "xl/workbook.bin" in names:
        return None, [Issue("file.unsupported_format", params={"file": name, "format": "xlsb"})]
    if "mimetype" in names:
        try:
            mimetype = zf.read("mimetype")[:200].strip()
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError):
            return None, [Issue("file.corrupt_zip", params={"file": name})]
        if mimetype == _ODS_MIMETYPE and "content.xml" in names:
            return _check_ods_xml(zf, names, name)
        return None, [Issue("file.zip_not_workbook", params={"file": name, "kind": mimetype.decode("ascii", "replace")})]
    kind = "Word" if "word/document.xml" in names else "PowerPoint" if "ppt/presentation.xml" in names else "zip"
    return None, [Issue("file.zip_not_workbook", params={"file": name, "kind": kind})]


def _check_ods_xml(zf: zipfile.ZipFile, names: set[str], name: str) -> tuple[str | None, list[Issue]]:
    for part in ODS_XML_PARTS:
        if part not in names:
            continue
        try:
            xml = zf.read(part)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError):
            return None, [Issue("file.corrupt_zip", params={"file": name})]
        problem = xml_problem(xml)
        if problem == "doctype":
            return None, [Issue("file.unsafe_xml", params={"file": name})]
        if problem:
            log.info("malformed XML in %s: %s: %s", name, part, problem)
            return None, [Issue("file.not_workbook", params={"file": name, "reason": f"{part}: {problem}"})]
    return "ods", []


class _Doctype(Exception):
    """A DOCTYPE was met (never in a spreadsheet part; it may declare entity bombs)."""


def xml_problem(xml: bytes, chunk: int = 1 << 20) -> str | None:
    """Why ``xml`` is not well-formed XML (expat's message and position), ``"doctype"`` when it
    has a DOCTYPE, or ``None``.  Nothing is expanded or fetched: the check stops at a DOCTYPE.

    >>> xml_problem(b"<a><b/></a>"), xml_problem(b"<a><b></a>")
    (None, 'mismatched tag, line 1, column 8')
    >>> xml_problem(b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
    'doctype'
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def doctype(*_: object) -> None:
        raise _Doctype

    parser.StartDoctypeDeclHandler = doctype
    try:
        for start in range(0, len(xml), chunk):
            parser.Parse(xml[start: start + chunk], False)
        parser.Parse(b"", True)
    except _Doctype:
        return "doctype"
    except expat.ExpatError as err:
        return f"{expat.ErrorString(err.code)}, line {err.lineno}, column {err.offset}"
    return None


def check_zip_sizes(members: Iterable[tuple[str, int, int]]) -> list[Issue]:
    """Zip-bomb check on (name, declared uncompressed size, compressed size)
    triples, before anything is decompressed."""
    total = 0
    for member, size, compressed in members:
        total += size
        ratio = size / max(compressed, 1)
        if size > MAX_MEMBER_BYTES or (size > RATIO_CHECK_BYTES and ratio > MAX_RATIO):
            return [Issue("file.zip_bomb", params={"file": "", "member": member, "size_mb": round(size / 2**20)})]
    if total > MAX_TOTAL_BYTES:
        return [Issue("file.zip_bomb", params={"file": "", "member": "*", "size_mb": round(total / 2**20)})]
    return []


def _sniff_text(data: bytes, name: str) -> Issue:
    head = data[:8192]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[2:].decode("utf-16-le" if head[:2] == b"\xff\xfe" else "utf-16-be", "replace")
    else:
        text = head.decode("utf-8", "replace")
    low = text.lstrip().lower()
    if "<html" in low[:2048] or low.startswith("<!doctype html") or "<table" in low[:4096]:
        return Issue("file.html_not_workbook", params={"file": name})
    if low.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in low:
        return Issue("file.unsupported_format", params={"file": name, "format": "XML 2003"})
    printable = sum(ch.isprintable() or ch in "\t\r\n" for ch in text)
    if text and printable / len(text) > 0.95 and any(d in text for d in ",;\t"):
        return Issue("file.csv_not_workbook", params={"file": name})
    return Issue("file.unknown_format", params={"file": name})
