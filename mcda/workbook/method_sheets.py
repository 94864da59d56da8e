"""Sheets that show one method's own results in the output workbook.

``VIKOR`` (when VIKOR was computed, as main or comparison method): first a
table of every cluster, best ``Q`` first — rank by ``Q``, id, name, ``S``
(group utility), ``R`` (individual regret), ``Q``, ranks by ``S`` and by
``R``, and whether the cluster is in the compromise set — then, below it,
Opricovic & Tzeng's (2004) two conditions: ``v``, ``DQ = 1/(m - 1)``, the
advantage ``Q(a2) - Q(a1)``, C1 (acceptable advantage), C2 (acceptable
stability), the compromise set and why it is that set.  Everything comes from
:func:`mcda.methods.vikor.compromise_solution`; nothing is recomputed.

The reader ignores the sheet (its name is no input sheet's), so the output
stays a valid input.  Headers and notes come from the message catalogue
(``resources/messages/methods.json``, codes ``vikor.*``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mcda.methods.vikor import Compromise, compromise_solution
from mcda.problem import Problem
from mcda.results import RankResult, competition_ranks
from mcda.text import message
from mcda.workbook import styles
from mcda.workbook.input_sheets import new_sheet, write_row
from mcda.workbook.sanitize import put_value

__all__ = ["VIKOR_SHEET", "write_method_sheets", "write_vikor"]

VIKOR_SHEET = "VIKOR"

#: Fill of the cells that mark a cluster of the compromise set.
IN_SET_FILL = PatternFill("solid", start_color=styles.RANK_BEST, end_color=styles.RANK_BEST)
#: Widest a number column gets: its long header wraps instead.
HEADER_WIDTH = 16.0
#: Share of a column's width that estimates of wrapped lines count on (bold headers
#: and proportional fonts fill a line sooner than :func:`styles.text_lines` assumes).
SAFE_WIDTH = 0.8


def write_method_sheets(wb: Workbook, problem: Problem, results: Sequence[RankResult], lang: str) -> list[Worksheet]:
    """Every method sheet the results call for (today: ``VIKOR``), in order."""
    sheets: list[Worksheet] = []
    for result in results:
        compromise = compromise_solution(result)
        if compromise is not None and VIKOR_SHEET not in wb.sheetnames:
            sheets.append(write_vikor(wb, problem, compromise, lang))
    return sheets


def _number(value: float) -> str:
    """A figure inside a note, as the sheet shows it (four decimals, decimal point).

    >>> _number(1 / 3), _number(0.25)
    ('0.3333', '0.2500')
    """
    return f"{value:.4f}"


#: A cluster's name inside a note is cut to this many characters (a note holds several names and
#: must fit a cell: a name may be as long as a cell allows).
NAME_IN_NOTE = 80


def _label(problem: Problem, cid: str) -> str:
    """``id (name)`` for a note, the name shortened with "…" past :data:`NAME_IN_NOTE` characters.

    >>> from mcda.problem import Cluster, Criterion
    >>> p = Problem((Cluster("A", "Cobre " + "x" * 200), Cluster("B", "B")), (Criterion("k", "k", weight=1),),
    ...             [[1.0], [2.0]])
    >>> len(_label(p, "A")), _label(p, "A")[-2:], _label(p, "B")
    (84, '…)', 'B')
    """
    names = {c.id: c.name for c in problem.clusters}
    name = names.get(cid, "")
    if len(name) > NAME_IN_NOTE:
        name = name[:NAME_IN_NOTE - 1].rstrip() + "…"
    return f"{cid} ({name})" if name and name != cid else cid


def condition_rows(problem: Problem, c: Compromise, lang: str) -> list[list[Any]]:
    """The rows (item, value, note) of the conditions block."""
    def m(code: str, **params: Any) -> str:
        return message(f"vikor.{code}", lang, **params)

    a1, a2 = _label(problem, c.a1), _label(problem, c.a2)
    figures = {"advantage": _number(c.advantage), "dq": _number(c.dq)}
    if c.best_s and c.best_r:
        stability = "c2_both"
    elif c.best_s:
        stability = "c2_s"
    elif c.best_r:
        stability = "c2_r"
    else:
        stability = "c2_no"
    yes_no = {True: m("yes"), False: m("no")}
    return [
        [m("item.v"), c.v, m("note.v")],
        [m("item.dq"), c.dq, m("note.dq", m=len(c.q))],
        [m("item.advantage"), c.advantage, m("note.advantage", a1=a1, a2=a2)],
        [m("item.c1"), yes_no[c.c1], m("note.c1_yes" if c.c1 else "note.c1_no", **figures)],
        [m("item.c2"), yes_no[c.c2], m(f"note.{stability}", a1=a1)],
        [m("item.set"), ", ".join(c.solutions), m(f"note.set_{c.case}", a1=a1, count=len(c.solutions))],
        [m("item.reference"), "", m("reference")],
    ]


def write_vikor(wb: Workbook, problem: Problem, c: Compromise, lang: str) -> Worksheet:
    """``VIKOR``: S, R, Q of every cluster, the two conditions and the compromise set."""
    ws = new_sheet(wb, VIKOR_SHEET)
    names = {cl.id: cl.name for cl in problem.clusters}
    ids = [str(i) for i in c.q.index]
    q, s, r = (c.q.to_numpy(float), c.s.to_numpy(float), c.r.to_numpy(float))
    rank_q, rank_s, rank_r = (dict(zip(ids, competition_ranks(x, False).tolist())) for x in (q, s, r))
    position = {cid: k for k, cid in enumerate(ids)}
    order = sorted(ids, key=lambda i: (rank_q[i], float(c.q[i]), position[i]))
    header = [message(f"vikor.col.{k}", lang) if k not in ("id", "name") else message(f"writer.col.{k}", lang)
              for k in ("rank_q", "id", "name", "s", "r", "q", "rank_s", "rank_r", "in_set")]
    write_row(ws, 1, header)
    chosen = set(c.solutions)
    yes, no = message("vikor.yes", lang), message("vikor.no", lang)
    for row, cid in enumerate(order, start=2):
        write_row(ws, row, [rank_q[cid], cid, names.get(cid, ""), float(c.s[cid]), float(c.r[cid]),
                            float(c.q[cid]), rank_s[cid], rank_r[cid], yes if cid in chosen else no])
        if cid in chosen:
            for col in (2, 9):
                ws.cell(row=row, column=col).fill = IN_SET_FILL
            ws.cell(row=row, column=9).font = Font(bold=True)
    last = len(order) + 1
    for col in (4, 5, 6):
        styles.set_number_format(ws, col, styles.FMT_SCORE)
    styles.add_rank_colors(ws, 1, 2, last)
    styles.add_color_scale(ws, 6, 2, last, higher_is_better=False)
    styles.finish_table(ws, len(header))
    for col in (4, 5, 6, 9):  # long headers wrap instead of widening the number columns
        dim = ws.column_dimensions[get_column_letter(col)]
        dim.width = min(dim.width or HEADER_WIDTH, HEADER_WIDTH)
    ws.row_dimensions[1].height = styles.LINE_HEIGHT * max(
        styles.text_lines(str(v), SAFE_WIDTH * (ws.column_dimensions[get_column_letter(j)].width or HEADER_WIDTH))
        for j, v in enumerate(header, start=1)) + 3
    _write_conditions(ws, condition_rows(problem, c, lang), last + 2, len(header), lang)
    styles.setup_print(ws, title_rows=None, landscape=True, header_text=VIKOR_SHEET)
    return ws


def _write_conditions(ws: Worksheet, rows: list[list[Any]], title_row: int, ncols: int, lang: str) -> None:
    """The conditions block under the table: item over columns A:B, value in C,
    note over D to the last column (merged, so the table's widths serve it), wrapped."""
    write_row(ws, title_row, [message("vikor.title.conditions", lang)])
    ws.cell(row=title_row, column=1).font = styles.TITLE_FONT
    last_col = get_column_letter(ncols)
    spans = ("A{r}:B{r}", "D{r}:" + last_col + "{r}")
    heading = [message(f"writer.col.{k}", lang) for k in ("item", "value", "note")]
    for offset, values in enumerate([heading, *rows], start=1):
        r = title_row + offset
        for col, value in zip((1, 3, 4), values):
            put_value(ws.cell(row=r, column=col), value)
            ws.cell(row=r, column=col).alignment = styles.WRAP
        if isinstance(values[1], float):
            ws.cell(row=r, column=3).number_format = styles.FMT_SCORE
            ws.cell(row=r, column=3).alignment = Alignment(horizontal="left", vertical="top")
        for span in spans:
            ws.merge_cells(span.format(r=r))
    head = title_row + 1
    for col in range(1, ncols + 1):
        cell = ws.cell(row=head, column=col)
        cell.font, cell.fill, cell.border = styles.HEADER_FONT, styles.HEADER_FILL, styles.HEADER_BORDER
    width = {c: ws.column_dimensions[get_column_letter(c)].width or 10.0 for c in range(1, ncols + 1)}
    widths = {1: width[1] + width[2], 3: width[3], 4: sum(width[c] for c in range(4, ncols + 1))}
    widths = {c: SAFE_WIDTH * w for c, w in widths.items()}
    styles.fit_row_heights(ws, widths, first_row=head + 1)
