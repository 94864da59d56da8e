"""Write computed indicators as a decision workbook, ready to rank.

The workbook holds the contract's input sheets (``Clusters`` and
``Criterios``, with ``fuente``, ``año`` and the formula in ``descripcion``)
written by :func:`mcda.workbook.input_sheets.write_input_sheets`, plus two
sheets the decision-workbook reader ignores: ``Indicadores`` (every cluster
indicator, also those not used as criteria) and ``Sectores`` (the sector
table with linkages).  User text is written so that no spreadsheet can run
it as a formula.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence

import numpy as np
import pandas as pd
from openpyxl import Workbook

from mcda.errors import Issue
from mcda.indicators.compute import IndicatorReport
from mcda.indicators.criteria import criteria_problem
from mcda.text import DEFAULT_LANGUAGE, message
from mcda.workbook import styles
from mcda.workbook.input_sheets import new_sheet, write_input_sheets, write_row
from mcda.workbook.save import save_atomic

INDICATORS_SHEET = "Indicadores"
SECTORS_SHEET = "Sectores"
#: Columns whose values are codes, written in the sheet's language: ``class`` ``key`` -> ``indicators.class.key``.
CODED_COLUMNS = {"class": "indicators.class"}


def _cell(value: object, lang: str) -> object:
    """Numbers as numbers (NaN as empty), flags as "sí"/"no", the rest as text."""
    if isinstance(value, bool | np.bool_):
        return message("indicators.yes" if value else "indicators.no", lang)
    if isinstance(value, int | float | np.integer | np.floating):
        number = float(value)
        return number if math.isfinite(number) else None
    return None if value is None else str(value)


def write_table(wb: Workbook, title: str, table: pd.DataFrame, index_label: str, lang: str) -> None:
    """A labelled table; headers from the ``indicators.column.*`` codes, coded values (:data:`CODED_COLUMNS`) in ``lang``."""
    ws = new_sheet(wb, title)
    headers = [message(f"indicators.column.{index_label}", lang)]
    headers += [message(f"indicators.column.{c}", lang) for c in table.columns]
    write_row(ws, 1, headers)
    coded = {j: CODED_COLUMNS[str(c)] for j, c in enumerate(table.columns) if str(c) in CODED_COLUMNS}
    for r, (idx, row) in enumerate(table.iterrows(), start=2):
        values = [_cell(v, lang) for v in row.tolist()]
        for j, prefix in coded.items():
            if isinstance(values[j], str) and values[j]:
                values[j] = message(f"{prefix}.{values[j]}", lang)
        write_row(ws, r, [str(idx), *values])
    for c in range(2, len(headers) + 1):
        numbers = [float(v) for v in table.iloc[:, c - 2].tolist()
                   if isinstance(v, int | float | np.number) and not isinstance(v, bool | np.bool_)]
        if numbers:
            styles.set_number_format(ws, c, styles.number_format_for(numbers))
    styles.finish_table(ws, len(headers), freeze="B2")


def build_criteria_workbook(report: IndicatorReport, lang: str = DEFAULT_LANGUAGE,
                            ids: Sequence[str] | None = None) -> tuple[Workbook, tuple[Issue, ...]]:
    """The workbook (not saved) and the warnings of :func:`criteria_problem`."""
    problem, warnings = criteria_problem(report, lang, ids)
    wb = Workbook()
    wb.remove(wb.active)
    write_input_sheets(wb, problem)
    write_table(wb, INDICATORS_SHEET, report.clusters, "cluster", lang)
    write_table(wb, SECTORS_SHEET, report.sectors, "sector", lang)
    wb.active = 0
    return wb, warnings


def write_criteria_workbook(path: str | os.PathLike[str], report: IndicatorReport, lang: str = DEFAULT_LANGUAGE,
                            ids: Sequence[str] | None = None) -> tuple[Issue, ...]:
    """Build and save atomically; returns the warnings.

    Raises
    ------
    McdaError
        :class:`~mcda.errors.InputError` from :func:`criteria_problem`, or
        :class:`~mcda.workbook.save.WriteError` when the file cannot be written.
    """
    wb, warnings = build_criteria_workbook(report, lang, ids)
    save_atomic(wb, path)
    return warnings
