"""An opened workbook: python-calamine behind the safety checks.

:class:`Book` hands out sheets as grids (lists of rows anchored at ``A1``)
after measuring each sheet's extent (:mod:`mcda.workbook.scan`), and turns
every exception of the parser into a coded issue.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

import python_calamine as calamine
from defusedxml import DefusedXmlException

from mcda.errors import Issue
from mcda.workbook.safety import MAX_CELLS, FileCheck
from mcda.workbook.scan import SheetScan, extent_issues, scan_ods, scan_xlsx_sheet, xlsx_sheet_parts
from mcda.workbook.tables import Grid, trim

_XML_ERRORS: tuple[type[BaseException], ...] = (DefusedXmlException, SyntaxError, ValueError)
#: What reading a damaged zip member can raise.
_ZIP_ERRORS: tuple[type[BaseException], ...] = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError)
#: A damaged zip found by calamine or by the zip module.
_OPEN_ZIP_ERRORS: tuple[type[BaseException], ...] = (calamine.ZipError, *_ZIP_ERRORS)
#: What scanning one sheet's XML can raise.
_SCAN_ERRORS: tuple[type[BaseException], ...] = (KeyError, OSError, *_ZIP_ERRORS, *_XML_ERRORS)


class Book:
    """A workbook opened for reading; ``issues`` collects file-level problems.

    ``ok`` is false when the file could not be opened as a workbook at all.
    """

    def __init__(self, check: FileCheck, name: str) -> None:
        self.kind = check.kind
        self.name = name
        self.issues: list[Issue] = []
        self.sheet_names: list[str] = []
        self._wb: Any = None
        self._zip: zipfile.ZipFile | None = None
        self._parts: dict[str, str] = {}
        self._ods: dict[str, SheetScan] | None = None
        self._scans: dict[str, SheetScan] = {}
        try:
            self._open(check.data)
        except calamine.PasswordError:
            self._fail("file.encrypted")
        except _OPEN_ZIP_ERRORS:
            self._fail("file.corrupt_zip")
        except DefusedXmlException:
            self._fail("file.unsafe_xml")
        except (calamine.CalamineError, KeyError, SyntaxError, ValueError, OSError) as err:
            self._fail("file.not_workbook", reason=_reason(err))

    def _fail(self, code: str, **params: Any) -> None:
        self.issues.append(Issue(code, params={"file": self.name, **params}))
        self._wb = None

    def _open(self, data: bytes) -> None:
        if self.kind in ("xlsx", "ods"):
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            if self.kind == "xlsx":
                self._parts = xlsx_sheet_parts(self._zip)
        self._wb = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        self.sheet_names = list(self._wb.sheet_names)

    @property
    def ok(self) -> bool:
        return self._wb is not None

    def scanned(self, sheet: str) -> SheetScan | None:
        """The scan of a sheet already read by :meth:`grid`, if any."""
        return self._scans.get(sheet)

    def scan(self, sheet: str) -> SheetScan | None:
        """Extent (and, for xlsx, error and formula cells) of a sheet."""
        if sheet in self._scans:
            return self._scans[sheet]
        scan: SheetScan | None = None
        if self._zip is not None and self.kind == "xlsx":
            part = self._parts.get(sheet)
            if part is None:
                return None
            scan = scan_xlsx_sheet(self._zip.read(part))
        elif self._zip is not None and self.kind == "ods":
            if self._ods is None:
                self._ods = scan_ods(self._zip.read("content.xml"))
            scan = self._ods.get(sheet)
        if scan is not None:
            self._scans[sheet] = scan
        return scan

    def grid(self, sheet: str, issues: list[Issue]) -> Grid | None:
        """The sheet's cells (trailing empty rows removed), or ``None`` with
        an issue when the sheet is too large or cannot be read."""
        try:
            scan = self.scan(sheet)
        except _SCAN_ERRORS as err:
            issues.append(Issue("sheet.unreadable", sheet=sheet, params={"reason": _reason(err)}))
            return None
        if scan is not None:
            refused = extent_issues(scan, sheet)
            if refused:
                issues.extend(refused)
                return None
        elif self.kind != "xls":
            issues.append(Issue("sheet.unreadable", sheet=sheet, params={"reason": "no sheet data"}))
            return None
        try:
            ws = self._wb.get_sheet_by_name(sheet)
            if ws.height * ws.width > MAX_CELLS:
                issues.append(Issue("sheet.too_many_cells", sheet=sheet,
                                    params={"rows": ws.height, "cols": ws.width, "max": MAX_CELLS}))
                return None
            rows: Grid = ws.to_python(skip_empty_area=False)
        except calamine.PasswordError:
            issues.append(Issue("file.encrypted", params={"file": self.name}))
            return None
        except (calamine.CalamineError, OSError, ValueError, OverflowError, MemoryError) as err:
            issues.append(Issue("sheet.unreadable", sheet=sheet, params={"reason": _reason(err)}))
            return None
        return trim(rows)


def _reason(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else ""
    return f"{type(err).__name__}: {text}"[:200] if text else type(err).__name__
