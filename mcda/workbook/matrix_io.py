"""One pairwise comparison matrix from a CSV file or a workbook's first sheet.

Used by ``clusterprio-cli ahp MATRIX...`` (contract §3): the block layout is
that of the AHP sheets (:mod:`mcda.workbook.pairwise`).  Issues are located
as ``m1.csv!C2`` for a CSV file and ``[m1.xlsx]Hoja1!C2`` (Excel's external
reference form) for a workbook, so several files can be told apart.

CSV files may be UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy
Windows/Latin-1 encoding (read with a warning).  The delimiter is ``;`` when
the first line has one (the usual choice where the decimal mark is a comma),
else a tab, else ``,``.

>>> import pathlib, tempfile
>>> f = pathlib.Path(tempfile.mkdtemp()) / "m1.csv"
>>> _ = f.write_text(";A;B\\nA;1;1/3\\nB;;1\\n", encoding="utf-8")
>>> r = read_matrix(f)
>>> r.ok, r.judgments.labels, float(r.judgments.matrix[1, 0])
(True, ('A', 'B'), 3.0)
>>> r.label_cell(0), r.label_cell(2)  # the first column label; where a third one would go
('B1', 'D1')
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

from mcda.errors import InputError, Issue, Severity, cell_ref
from mcda.problem import Judgments
from mcda.workbook.book import Book
from mcda.workbook.pairwise import read_block
from mcda.workbook.safety import FileCheck, read_bytes, sniff
from mcda.workbook.tables import Grid, trim


@dataclass(frozen=True)
class MatrixReadResult:
    """The judgments read (``None`` when the block is unusable) and every issue."""

    judgments: Judgments | None
    issues: tuple[Issue, ...]
    sha256: str
    #: (row, column), 0-based, of the block's top-left cell (``None`` when no block was read).
    origin: tuple[int, int] | None = None

    def label_cell(self, k: int) -> str | None:
        """Cell of the k-th column label (``D1``), to locate a problem with the labels."""
        if self.origin is None:
            return None
        return cell_ref(self.origin[0], self.origin[1] + 1 + k)

    @property
    def ok(self) -> bool:
        return self.judgments is not None and not any(i.is_error for i in self.issues)

    def raise_for_errors(self) -> Judgments:
        errors = [i for i in self.issues if i.is_error]
        if errors:
            raise InputError(errors)
        if self.judgments is None:  # pragma: no cover - always comes with an error
            raise InputError(Issue("ahp.empty"))
        return self.judgments


def _decode(data: bytes) -> tuple[str, str | None]:
    """Text and, when it was not UTF, the legacy encoding used."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def csv_grid(text: str) -> Grid:
    """Rows of a CSV text as a grid (empty fields are ``None``)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if ";" in first else "\t" if "\t" in first else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return trim([[cell if cell.strip() else None for cell in row] for row in rows])


def read_matrix(path: str | os.PathLike[str], *, member: str | None = None,
                level: str = "criteria") -> MatrixReadResult:
    """Read the comparison block of a ``.csv``, ``.xlsx``, ``.xlsm``, ``.xls``
    or ``.ods`` file.  Never raises for bad input."""
    p = Path(path)
    data, digest, refused = read_bytes(p)
    if data is None:
        return MatrixReadResult(None, refused, digest)
    issues: list[Issue] = []
    kind, found = sniff(data, p.name)
    if kind is None and any(i.code in ("file.csv_not_workbook", "file.unknown_format") for i in found):
        text, legacy = _decode(data)
        if legacy:
            issues.append(Issue("matrix.encoding", sheet=p.name, params={"encoding": legacy},
                                severity=Severity.WARNING))
        try:
            grid = csv_grid(text)
        except csv.Error as err:
            issues.append(Issue("matrix.unreadable", sheet=p.name, params={"reason": str(err)[:200]}))
            return MatrixReadResult(None, tuple(issues), digest)
        sheet = p.name
    elif kind is None:
        return MatrixReadResult(None, tuple(found), digest)
    else:
        book = Book(FileCheck(kind, digest, (), data), p.name)
        if not book.ok:
            return MatrixReadResult(None, tuple(book.issues), digest)
        if not book.sheet_names:
            return MatrixReadResult(None, (Issue("matrix.no_sheet", params={"file": p.name}),), digest)
        first = book.sheet_names[0]
        sheet = f"[{p.name}]{first}"
        raw = book.grid(first, issues)
        if raw is None:
            return MatrixReadResult(None, tuple(issues), digest)
        grid = raw
    block = read_block(grid, sheet, issues)
    if block is None:
        return MatrixReadResult(None, tuple(issues), digest)
    judgments = Judgments(block.labels, block.matrix, member, level, sheet)
    return MatrixReadResult(judgments, tuple(issues), digest, block.origin)
