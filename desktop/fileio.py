"""Reading workbooks and saving sessions, atomically.

The GUI reads through the engine's reader and writes through the engine's
workbook writers and its atomic save (temporary file in the target folder,
flush, fsync, replace), so a crash never leaves half a workbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mcda.problem import Problem

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def is_workbook(path: str | Path) -> bool:
    return Path(path).suffix.lower() in WORKBOOK_SUFFIXES


def read(path: str | Path) -> Any:
    """Read a workbook; missing values stay NaN (the session's policy is applied before ranking).

    Returns the engine's ``ReadResult``.
    """
    from dataclasses import replace

    from mcda.monitoring.targets import sheet_targets_into
    from mcda.workbook.reader import read_workbook

    result = read_workbook(Path(path), missing_policy="error")
    if result.problem is None:
        return result
    problem, issues = sheet_targets_into(path, result.problem)  # targets typed in a Metas sheet join the session
    return replace(result, problem=problem, issues=result.issues + tuple(issues))


def session_workbook(problem: Problem) -> Any:
    """The whole session as an input workbook (data, criteria, judgments, settings)."""
    from openpyxl import Workbook

    from mcda.workbook.input_sheets import write_input_sheets

    wb = Workbook()
    if wb.active is not None:
        wb.remove(wb.active)
    write_input_sheets(wb, problem)
    from mcda.monitoring.export import add_targets_sheet

    add_targets_sheet(wb, problem)  # the targets of the Seguimiento step, visible and editable
    from desktop.committee_session import session_sheets
    from mcda.workbook.writer import write_frame

    for name, frame in session_sheets(problem).items():  # the Comité step's audit trail and rounds
        write_frame(wb, name, frame)
    return wb


def save_session(problem: Problem, path: str | Path) -> None:
    """Save atomically; raises the engine's ``WriteError`` (coded) when the target cannot be written."""
    from mcda.workbook.save import save_atomic

    save_atomic(session_workbook(problem), Path(path))
