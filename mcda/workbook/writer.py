"""The output workbook of contract §2.

It holds the input sheets written back (so an output is a valid input that
ranks the same), then ``Prioridades``, ``Pesos``, ``Metodologia`` and any
sheets later features add (``Sensibilidad``, ``VIKOR`` — S, R, Q and the
compromise set, :mod:`mcda.workbook.method_sheets` —, ``Consistencia``,
``Auditoria`` ...).  Every text from the user is stored as text that no spreadsheet program
runs as a formula (:mod:`mcda.workbook.sanitize`), and the file is saved
atomically (:mod:`mcda.workbook.save`): a failure leaves the previous file
intact and raises a coded :class:`~mcda.workbook.save.WriteError`.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from mcda.missing import Imputation
from mcda.problem import Problem
from mcda.results import RankResult, WeightsResult
from mcda.workbook import styles
from mcda.workbook.input_sheets import SETTINGS_SHEET, new_sheet, write_input_sheets, write_row
from mcda.workbook.method_sheets import write_method_sheets
from mcda.workbook.result_sheets import (
    PRIORITIES_SHEET,
    final_weights,
    methodology_rows,
    write_methodology,
    write_priorities,
    write_sensitivity,
    write_weights,
)
from mcda.workbook.save import check_target, save_atomic

__all__ = ["build_output", "write_frame", "write_output"]


def write_output(
    path: str | os.PathLike[str],
    problem: Problem,
    results: Sequence[RankResult],
    *,
    weights: WeightsResult | None = None,
    methodology: Mapping[str, Any] | None = None,
    input_sha256: str | None = None,
    extra_sheets: Mapping[str, pd.DataFrame] | None = None,
    lang: str = "es",
    imputations: Sequence[Imputation] = (),
    justification: Any = None,
    sensitivity: Any = None,
    input_problem: Problem | None = None,
    excluded: Sequence[str] = (),
    finish: Callable[[Workbook], Mapping[str, pd.DataFrame]] | None = None,
) -> None:
    """Write the output workbook of a run to ``path`` (atomically).

    Parameters
    ----------
    path : path-like
        Target ``.xlsx``; an existing file is replaced only when the new one
        has been written completely.
    problem : Problem
        The problem that was ranked (written back as the input sheets).
    results : sequence of RankResult
        One per method; the first is the main method that orders ``Prioridades``.
    weights : WeightsResult, optional
        The final weights; without it the workbook's own weights are reported.
    methodology : mapping, optional
        Parameters of the run (methods, normalizations, tie rule, RI table,
        missing-value policy, seed ...), written to ``Metodologia``.
    input_sha256 : str, optional
        SHA-256 of the input file.
    extra_sheets : mapping of str to DataFrame, optional
        More sheets, in order, after ``Metodologia``.
    lang : {"es", "en"}
        Language of the added sheets' headers and descriptions.
    imputations : sequence of mcda.missing.Imputation, optional
        Values filled in by a missing-value policy: marked in ``Clusters``
        (colour and comment) and listed in ``Metodologia``.
    justification : mcda.justification.Justification, optional
        The written reasons of ``Prioridades`` (computed from the results when not given).
    sensitivity : mcda.robustness.Sensitivity, optional
        Adds the robustness columns of ``Prioridades`` and the ``Sensibilidad`` sheet.
    input_problem : Problem, optional
        What the input sheets hold when it is not ``problem``: every cluster
        of the input, those the missing-value policy ``exclude`` left out of
        the ranking included, so the output can be ranked again with another policy.
    excluded : sequence of str, optional
        Those clusters: their empty cells are marked in ``Clusters`` (colour and comment).
    finish : callable, optional
        ``finish(workbook)`` → more sheets computed from the workbook as built
        (the integrity record of its cells), written after ``extra_sheets``.

    Raises
    ------
    mcda.workbook.save.WriteError
        ``write.permission``, ``write.disk_full``, ``write.no_folder``,
        ``write.is_directory``, ``write.failed`` (with ``path``), or
        ``write.sheet_name`` / ``write.duplicate_sheet`` for an impossible sheet name.
    """
    target = Path(path)
    check_target(target)  # fail before the work when the target is plainly unwritable
    wb = build_output(problem, results, weights=weights, methodology=methodology, input_sha256=input_sha256,
                      extra_sheets=extra_sheets, lang=lang, imputations=imputations, justification=justification,
                      sensitivity=sensitivity, input_problem=input_problem, excluded=excluded, finish=finish)
    save_atomic(wb, target)


def build_output(
    problem: Problem,
    results: Sequence[RankResult],
    *,
    weights: WeightsResult | None = None,
    methodology: Mapping[str, Any] | None = None,
    input_sha256: str | None = None,
    extra_sheets: Mapping[str, pd.DataFrame] | None = None,
    lang: str = "es",
    imputations: Sequence[Imputation] = (),
    justification: Any = None,
    sensitivity: Any = None,
    input_problem: Problem | None = None,
    excluded: Sequence[str] = (),
    finish: Callable[[Workbook], Mapping[str, pd.DataFrame]] | None = None,
) -> Workbook:
    """The output workbook in memory (what :func:`write_output` saves)."""
    if not results:
        raise ValueError("write_output needs at least one RankResult (the main method)")
    wb = Workbook()
    wb.remove(wb.active)
    write_input_sheets(wb, input_problem if input_problem is not None else problem, imputations=imputations,
                       excluded=excluded, lang=lang)
    w = final_weights(problem, weights)
    priorities = write_priorities(wb, problem, results, lang, weights=w.weights, justification=justification,
                                  sensitivity=sensitivity)
    write_weights(wb, problem, w, lang)
    if sensitivity is not None:
        write_sensitivity(wb, sensitivity, lang)
    write_method_sheets(wb, problem, results, lang)
    now = _dt.datetime.now().astimezone().isoformat(timespec="seconds")
    rows = methodology_rows(problem, results, w, methodology or {}, input_sha256, now)
    if imputations:
        rows.setdefault("imputed_values", "; ".join(
            f"{i.cluster}/{i.criterion} = {i.value:.6g} ({i.policy})" for i in imputations))
    write_methodology(wb, rows, lang)
    for name, frame in (extra_sheets or {}).items():
        write_frame(wb, name, frame)
    for name, frame in (finish(wb) if finish is not None else {}).items():
        write_frame(wb, name, frame)
    _settings_last(wb)
    _open_at(wb, priorities)
    return wb


def write_frame(wb: Workbook, name: str, frame: pd.DataFrame) -> Worksheet:
    """A DataFrame as a formatted sheet (a named or non-default index becomes the first column)."""
    ws = new_sheet(wb, name)
    with_index = frame.index.name is not None or not isinstance(frame.index, pd.RangeIndex)
    header = ([frame.index.name or ""] if with_index else []) + [str(c) for c in frame.columns]
    write_row(ws, 1, header)
    for row, (label, values) in enumerate(zip(frame.index, frame.itertuples(index=False)), start=2):
        write_row(ws, row, ([label] if with_index else []) + list(values))
    offset = 1 if with_index else 0
    for j, column in enumerate(frame.columns):
        if pd.api.types.is_numeric_dtype(frame[column]) and not pd.api.types.is_bool_dtype(frame[column]):
            fmt = styles.number_format_for(frame[column].astype(float).tolist())
            styles.set_number_format(ws, offset + j + 1, fmt)
    long_text = [offset + j + 1 for j, column in enumerate(frame.columns)
                 if frame[column].dtype == object and frame[column].astype(str).str.len().max() > 40]
    styles.finish_table(ws, len(header), wrap_columns=long_text)
    return ws


def _settings_last(wb: Workbook) -> None:
    if SETTINGS_SHEET in wb.sheetnames:
        ws = wb[SETTINGS_SHEET]
        wb.move_sheet(ws, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(SETTINGS_SHEET))


def _open_at(wb: Workbook, ws: Worksheet) -> None:
    """Open the workbook on ``ws`` with only that tab selected (several selected tabs = grouped sheets)."""
    for sheet in wb.worksheets:
        sheet.sheet_view.tabSelected = sheet is ws
    wb.active = wb.worksheets.index(ws)
