"""Write a :class:`~mcda.problem.Problem` as the input sheets of contract §1.

``Clusters``, ``Criterios``, ``Comite`` (when there are members), one sheet per
pairwise matrix (``AHP``, ``AHP <member>``, ``AHP grupos``, ``AHP <member>
grupos``) and the hidden ``_clusterprio`` sheet with ``Problem.settings``.
Reading these sheets back with the workbook reader gives an equal problem.

Examples
--------
>>> from openpyxl import Workbook
>>> from mcda.problem import Cluster, Criterion, Direction, Problem
>>> p = Problem((Cluster("A", "Alfa"), Cluster("B", "=Beta")),
...             (Criterion("c1", "Empleo", weight=1), Criterion("c2", "Riesgo", direction=Direction.COST)),
...             [[10, 2], [20, float("nan")]])
>>> wb = Workbook(); wb.remove(wb.active)
>>> write_input_sheets(wb, p)
['Clusters', 'Criterios']
>>> [c.value for c in wb["Clusters"][3]]
['B', '=Beta', None, None, 20.0, None]
>>> wb["Clusters"]["B3"].data_type
's'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from mcda.errors import Issue
from mcda.missing import Imputation
from mcda.problem import Direction, Judgments, Problem
from mcda.text import message
from mcda.workbook import styles
from mcda.workbook.sanitize import put_text, put_value
from mcda.workbook.save import WriteError

CLUSTERS_SHEET = "Clusters"
CRITERIA_SHEET = "Criterios"
COMMITTEE_SHEET = "Comite"
SETTINGS_SHEET = "_clusterprio"

CLUSTER_COLUMNS = ("id", "nombre", "region", "descripcion")
CRITERIA_COLUMNS = ("id", "nombre", "grupo", "sentido", "unidad", "peso", "preferencia", "q", "p", "s",
                    "descripcion", "fuente", "año")
COMMITTEE_COLUMNS = ("id", "nombre", "rol", "peso")
SETTINGS_COLUMNS = ("clave", "valor")

DIRECTION_WORDS = {Direction.BENEFIT: "beneficio", Direction.COST: "costo"}
AHP_PREFIX = "AHP"
GROUPS_SUFFIX = "grupos"

FMT_RAW_WEIGHT = "0.0###"
IMPUTED_FILL = PatternFill("solid", start_color="FCE4D6", end_color="FCE4D6")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31


def judgments_sheet_name(j: Judgments) -> str:
    """The sheet a pairwise matrix is written to: ``j.sheet`` if set, else by contract §1.

    >>> import numpy as np
    >>> judgments_sheet_name(Judgments(("A", "B"), np.eye(2), member="M1", level="groups"))
    'AHP M1 grupos'
    """
    if j.sheet:
        return j.sheet
    parts = [AHP_PREFIX] + ([j.member] if j.member else []) + ([GROUPS_SUFFIX] if j.level == "groups" else [])
    return " ".join(parts)


def check_sheet_name(name: str, taken: Sequence[str] = ()) -> None:
    """Raise :class:`WriteError` if ``name`` is not a legal, new sheet name.

    >>> check_sheet_name("AHP M1")
    >>> check_sheet_name("AHP a/b")
    Traceback (most recent call last):
    ...
    mcda.workbook.save.WriteError: AHP a/b: write.sheet_name
    """
    if (not name.strip() or len(name) > MAX_SHEET_NAME or _BAD_SHEET_CHARS.search(name)
            or name.startswith("'") or name.endswith("'")):
        raise WriteError(Issue("write.sheet_name", sheet=name, params={"name": name, "max": MAX_SHEET_NAME}))
    if name.casefold() in {t.casefold() for t in taken}:
        raise WriteError(Issue("write.duplicate_sheet", sheet=name, params={"name": name}))


def new_sheet(wb: Workbook, name: str) -> Worksheet:
    """A new sheet at the end, after checking its name (openpyxl would rename a duplicate silently)."""
    check_sheet_name(name, wb.sheetnames)
    return wb.create_sheet(name)


def write_row(ws: Worksheet, row: int, values: Sequence[Any]) -> None:
    """One row (1-based), numbers as numbers and text through :func:`put_text`."""
    for col, value in enumerate(values, start=1):
        put_value(ws.cell(row=row, column=col), value)


def write_input_sheets(
    wb: Workbook, problem: Problem, *, imputations: Iterable[Imputation] = (), lang: str = "es",
    excluded: Iterable[str] = (),
) -> list[str]:
    """Append the input sheets of ``problem`` to ``wb``; returns their names in order.

    ``imputations`` (from the reader's missing-value policy) mark the cells
    whose value was filled in: a coloured background and a comment saying so,
    so nobody mistakes an imputed value for data.  The empty cells of the
    ``excluded`` clusters (left out of the ranking by the policy ``exclude``,
    written back so the data can be ranked again with another policy) are
    marked the same way.
    """
    clusters = _clusters(wb, problem)
    _mark_imputed(clusters, problem, imputations, lang)
    _mark_excluded(clusters, problem, excluded, lang)
    names = [clusters.title, _criteria(wb, problem).title]
    if problem.members:
        names.append(_committee(wb, problem).title)
    for j in problem.judgments:
        names.append(_judgments(wb, j).title)
    if problem.settings:
        names.append(_settings(wb, problem).title)
    return names


def _clusters(wb: Workbook, problem: Problem) -> Worksheet:
    ws = new_sheet(wb, CLUSTERS_SHEET)
    write_row(ws, 1, [*CLUSTER_COLUMNS, *problem.criterion_ids])
    for i, c in enumerate(problem.clusters):
        write_row(ws, i + 2, [c.id, c.name, c.region, c.description, *problem.values[i].tolist()])
    first = len(CLUSTER_COLUMNS) + 1
    for j in range(len(problem.criteria)):
        styles.set_number_format(ws, first + j, styles.number_format_for(problem.values[:, j].tolist()))
    styles.finish_table(ws, first - 1 + len(problem.criteria), freeze="C2",
                        wrap_columns=[CLUSTER_COLUMNS.index("descripcion") + 1])
    return ws


def _mark_imputed(ws: Worksheet, problem: Problem, imputations: Iterable[Imputation], lang: str) -> None:
    for imp in imputations:
        if imp.cluster not in problem.cluster_ids or imp.criterion not in problem.criterion_ids:
            continue
        cell = ws.cell(row=problem.cluster_index(imp.cluster) + 2,
                       column=len(CLUSTER_COLUMNS) + 1 + problem.criterion_index(imp.criterion))
        cell.fill = IMPUTED_FILL
        policy = message(f"writer.missing_policy.{imp.policy}", lang)
        note = Comment(message("writer.imputed.comment", lang, policy=policy), "clusterprio")
        note.width, note.height = 260, 80
        cell.comment = note


def _mark_excluded(ws: Worksheet, problem: Problem, excluded: Iterable[str], lang: str) -> None:
    for cluster in excluded:
        if cluster not in problem.cluster_ids:
            continue
        i = problem.cluster_index(cluster)
        for j, value in enumerate(problem.values[i].tolist()):
            if value == value:  # not NaN: only the empty cells that made the policy exclude the cluster
                continue
            cell = ws.cell(row=i + 2, column=len(CLUSTER_COLUMNS) + 1 + j)
            cell.fill = IMPUTED_FILL
            note = Comment(message("writer.excluded.comment", lang,
                                   policy=message("writer.missing_policy.exclude", lang)), "clusterprio")
            note.width, note.height = 260, 80
            cell.comment = note


def _criteria(wb: Workbook, problem: Problem) -> Worksheet:
    ws = new_sheet(wb, CRITERIA_SHEET)
    write_row(ws, 1, CRITERIA_COLUMNS)
    for i, c in enumerate(problem.criteria):
        write_row(ws, i + 2, [c.id, c.name, c.group, DIRECTION_WORDS[c.direction], c.unit, c.weight,
                              c.preference.value, c.q, c.p, c.s, c.description, c.source, _year(c.year)])
    styles.set_number_format(ws, CRITERIA_COLUMNS.index("peso") + 1, FMT_RAW_WEIGHT)
    wrap = [CRITERIA_COLUMNS.index(k) + 1 for k in ("descripcion", "fuente")]
    styles.finish_table(ws, len(CRITERIA_COLUMNS), freeze="C2", wrap_columns=wrap)
    return ws


def _year(year: str) -> int | str:
    """A plain year as a number (as people type it; the reader gives it back as text).

    >>> _year("2023"), _year("2018-2023"), _year("07")
    (2023, '2018-2023', '07')
    """
    return int(year) if year.isascii() and year.isdigit() and not year.startswith("0") and len(year) <= 4 else year


def _committee(wb: Workbook, problem: Problem) -> Worksheet:
    ws = new_sheet(wb, COMMITTEE_SHEET)
    write_row(ws, 1, COMMITTEE_COLUMNS)
    for i, m in enumerate(problem.members):
        write_row(ws, i + 2, [m.id, m.name, m.role, m.weight])
    styles.finish_table(ws, len(COMMITTEE_COLUMNS))
    return ws


def _judgment_format(value: float) -> str:
    """Whole numbers as such, exact reciprocals 1/2..1/9 shown as fractions, others 0.000."""
    if value.is_integer():
        return "0"
    for k in range(2, 10):
        if value == 1.0 / k:
            return "# ?/?"
    return styles.FMT_SMALL


def _judgments(wb: Workbook, j: Judgments) -> Worksheet:
    ws = new_sheet(wb, judgments_sheet_name(j))
    write_row(ws, 1, [None, *j.labels])
    for r, label in enumerate(j.labels):
        write_row(ws, r + 2, [label, *j.matrix[r].tolist()])
        for c, value in enumerate(j.matrix[r].tolist()):
            if value == value:  # not NaN
                ws.cell(row=r + 2, column=c + 2).number_format = _judgment_format(value)
    styles.style_header(ws, len(j.labels) + 1)
    for r in range(2, len(j.labels) + 2):
        cell = ws.cell(row=r, column=1)
        cell.font, cell.fill = styles.HEADER_FONT, styles.HEADER_FILL
    ws.freeze_panes = "B2"
    styles.fit_widths(ws)
    return ws


def _settings(wb: Workbook, problem: Problem) -> Worksheet:
    ws = new_sheet(wb, SETTINGS_SHEET)
    write_row(ws, 1, SETTINGS_COLUMNS)
    for i, (key, value) in enumerate(problem.settings.items()):
        put_text(ws.cell(row=i + 2, column=1), key)
        put_text(ws.cell(row=i + 2, column=2), value)  # settings are text, even "0.5"
    styles.finish_table(ws, len(SETTINGS_COLUMNS))
    ws.sheet_state = "hidden"
    return ws
