"""The blank, documented input template (``clusterprio-cli template``).

An ``Instrucciones`` sheet in Spanish, then the sheets of contract §1 with
their headers, a comment on every header, dropdowns (data validation) for
``sentido``, ``grupo`` and ``preferencia``, and example rows: the 14 default
criteria of ``domain.md`` §2, three example clusters (values taken from the
illustrative sample) and three committee members.  The template is itself a
valid input workbook.
"""

from __future__ import annotations

import os

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from mcda.problem import Cluster, PreferenceFunction, Problem
from mcda.sample_data import CRITERIA, MEMBERS, sample_problem
from mcda.text import message
from mcda.workbook import styles
from mcda.workbook.input_sheets import (
    CLUSTER_COLUMNS,
    CLUSTERS_SHEET,
    COMMITTEE_COLUMNS,
    COMMITTEE_SHEET,
    CRITERIA_COLUMNS,
    CRITERIA_SHEET,
    DIRECTION_WORDS,
    new_sheet,
    write_input_sheets,
)
from mcda.workbook.sanitize import put_text
from mcda.workbook.save import save_atomic

INSTRUCTIONS_SHEET = "Instrucciones"
AHP_EXAMPLE_AFTER = 18  # the AHP example follows instruction line 18 (Saaty's scale)
AHP_EXAMPLE = (("", "I1", "L1", "R1"), ("I1", 1, 3, 5), ("L1", None, 1, 2), ("R1", None, None, 1))
EXAMPLE_CLUSTERS = ("CAFE-JUN", "TEXT-LIM", "SOFT-LIM")  # taken from the sample
GROUPS = ("Importancia", "Encadenamientos", "Crecimiento", "Riesgo")
VALIDATION_ROWS = 500
LANG = "es"


def template_problem() -> Problem:
    """The template's example content: default criteria, three example clusters, three members."""
    sample = sample_problem()
    rows = [sample.cluster_index(cid) for cid in EXAMPLE_CLUSTERS]
    clusters = tuple(
        Cluster(f"EJ{n}", message("writer.template.example_name", LANG, name=sample.clusters[i].name),
                sample.clusters[i].region, message("writer.template.example_cluster", LANG))
        for n, i in enumerate(rows, start=1)
    )
    return Problem(clusters, CRITERIA, sample.values[rows], members=MEMBERS)


def build_template(path: str | os.PathLike[str]) -> None:
    """Write the template workbook to ``path`` (atomically)."""
    save_atomic(template_workbook(), path)


def template_workbook() -> Workbook:
    """The template in memory."""
    wb = Workbook()
    wb.remove(wb.active)
    _instructions(new_sheet(wb, INSTRUCTIONS_SHEET))
    problem = template_problem()
    write_input_sheets(wb, problem)
    _comment_headers(wb[CLUSTERS_SHEET], CLUSTERS_SHEET, CLUSTER_COLUMNS)
    _criterion_comments(wb[CLUSTERS_SHEET], problem)
    _comment_headers(wb[CRITERIA_SHEET], CRITERIA_SHEET, CRITERIA_COLUMNS)
    _comment_headers(wb[COMMITTEE_SHEET], COMMITTEE_SHEET, COMMITTEE_COLUMNS)
    _criteria_validations(wb[CRITERIA_SHEET])
    _committee_validations(wb[COMMITTEE_SHEET])
    wb.active = 0
    return wb


def numbered_lines(prefix: str, lang: str = LANG) -> list[str]:
    """Texts of the catalogue codes ``prefix.1``, ``prefix.2`` ... (as many as exist).

    >>> numbered_lines("writer.template.instr")[0]
    '# clusterprio: plantilla de datos de entrada'
    """
    from mcda.text import catalogue

    codes = catalogue()
    lines: list[str] = []
    while f"{prefix}.{len(lines) + 1}" in codes:
        lines.append(message(f"{prefix}.{len(lines) + 1}", lang))
    return lines


def _instructions(ws: Worksheet) -> None:
    row = 1
    for n, text in enumerate(numbered_lines("writer.template.instr"), start=1):
        heading = text.startswith("# ")
        if heading and row > 1:
            row += 1  # blank line before each section
        cell = ws.cell(row=row, column=1)
        put_text(cell, text[2:] if heading else text)
        cell.alignment = styles.WRAP
        if heading:
            cell.font = styles.HEADER_FONT
        row += 1
        if n == AHP_EXAMPLE_AFTER:
            put_text(ws.cell(row=row, column=1), message("writer.template.ahp_example", LANG))
            ws.cell(row=row, column=1).alignment = styles.WRAP
            row = _ahp_example(ws, row + 1)
    ws.column_dimensions["A"].width = 110
    for col in "BCD":
        ws.column_dimensions[col].width = 8


def _ahp_example(ws: Worksheet, row: int) -> int:
    """A small pairwise block, drawn in the instructions (this sheet is not read as input)."""
    for r, values in enumerate(AHP_EXAMPLE):
        for c, value in enumerate(values):
            cell = ws.cell(row=row + r, column=c + 1)
            if isinstance(value, int):
                cell.value = value
            elif value:
                put_text(cell, value)
            if (r == 0 or c == 0) and value:
                cell.font, cell.fill = styles.HEADER_FONT, styles.HEADER_FILL
            cell.alignment = styles.TOP
    return row + len(AHP_EXAMPLE)


def _note(text: str) -> Comment:
    comment = Comment(text, "clusterprio")
    comment.width, comment.height = 320, 110
    return comment


def _comment_headers(ws: Worksheet, sheet: str, columns: tuple[str, ...]) -> None:
    for col, name in enumerate(columns, start=1):
        ws.cell(row=1, column=col).comment = _note(message(f"writer.template.comment.{sheet}.{name}", LANG))


def _criterion_comments(ws: Worksheet, problem: Problem) -> None:
    for j, c in enumerate(problem.criteria):
        direction = message(f"writer.template.direction.{DIRECTION_WORDS[c.direction]}", LANG)
        text = message("writer.template.comment.criterion", LANG, id=c.id, name=c.name, unit=c.unit,
                       direction=direction)
        ws.cell(row=1, column=len(CLUSTER_COLUMNS) + 1 + j).comment = _note(text)


def _column_range(columns: tuple[str, ...], name: str) -> str:
    letter = get_column_letter(columns.index(name) + 1)
    return f"{letter}2:{letter}{VALIDATION_ROWS}"


def _list_validation(options: tuple[str, ...], prompt_code: str, strict: bool) -> DataValidation:
    dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True,
                        showErrorMessage=strict, showInputMessage=True)
    dv.prompt = message(prompt_code, LANG)
    dv.error = dv.prompt
    dv.errorTitle = message("writer.template.validation.title", LANG)
    return dv


def _number_validation() -> DataValidation:
    dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                        showErrorMessage=True)
    dv.error = message("writer.template.validation.number", LANG)
    dv.errorTitle = message("writer.template.validation.title", LANG)
    return dv


def _criteria_validations(ws: Worksheet) -> None:
    directions = tuple(DIRECTION_WORDS.values())
    preferences = tuple(f.value for f in PreferenceFunction)
    rules = [
        (_list_validation(directions, "writer.template.validation.sentido", True), "sentido"),
        # grupo is free text in the contract: offer the four groups, accept any other name
        (_list_validation(GROUPS, "writer.template.validation.grupo", False), "grupo"),
        (_list_validation(preferences, "writer.template.validation.preferencia", True), "preferencia"),
    ]
    for dv, column in rules:
        dv.add(_column_range(CRITERIA_COLUMNS, column))
        ws.add_data_validation(dv)
    numbers = _number_validation()
    for column in ("peso", "q", "p", "s"):
        numbers.add(_column_range(CRITERIA_COLUMNS, column))
    ws.add_data_validation(numbers)


def _committee_validations(ws: Worksheet) -> None:
    numbers = _number_validation()
    numbers.add(_column_range(COMMITTEE_COLUMNS, "peso"))
    ws.add_data_validation(numbers)
