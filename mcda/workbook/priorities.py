"""The ``Prioridades`` sheet: the justified priority list, formatted for reading and printing.

Columns: rank, id, name, region, the main method's score, score and rank under
every other method (grouped in a collapsed outline, one click away, so the
printed page stays readable: the justification quotes those ranks), the
robustness figures when a sensitivity analysis was run (top-k probability,
90 % rank interval, robust top-k), the written justification
(:mod:`mcda.justification`: reasons, weak points, margin, firmness, risk
flags and data notes), the policy suggestion and the committee's
annotations.

Formatting: data bars on higher-is-better scores, a colour scale on the
ranks (1 green), wrapped text with row heights estimated from its length,
landscape A4, the header repeated on every printed page, one page wide,
page numbers in the footer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mcda.problem import Problem
from mcda.results import RankResult
from mcda.text import message
from mcda.workbook import styles
from mcda.workbook.input_sheets import new_sheet, write_row

PRIORITIES_SHEET = "Prioridades"

#: Column widths (characters) of the text columns.
WIDTH_JUSTIFICATION = 56.0
WIDTH_POLICY = 34.0
WIDTH_NOTE = 24.0


def _label(method: str) -> str:
    from mcda.workbook.result_sheets import method_label

    return method_label(method)


def _rank_or_none(r: RankResult, cid: str) -> int | None:
    value = r.ranks.get(cid)
    return None if value is None or pd.isna(value) else int(value)


def write_priorities(
    wb: Workbook,
    problem: Problem,
    results: Sequence[RankResult],
    lang: str,
    *,
    weights: Sequence[float] | pd.Series | None = None,
    justification: Any = None,
    sensitivity: Any = None,
) -> Worksheet:
    """``Prioridades``: clusters best first under the main method, justified.

    ``justification`` (:class:`mcda.justification.Justification`) is computed
    here from ``weights`` when not given; ``sensitivity``
    (:class:`mcda.robustness.Sensitivity`) adds the robustness columns.
    """
    from mcda.justification import justify
    from mcda.justification.render import MAIN_PARTS, Renderer

    main, others = results[0], results[1:]
    if justification is None:
        w = weights if weights is not None else problem.weight_series
        justification = justify(problem, results, w, sensitivity=sensitivity)
    renderer = Renderer(justification.problem, lang)
    k = int(sensitivity.top_k) if sensitivity is not None else 0

    header: list[str] = [message(f"writer.col.{c}", lang) for c in ("rank", "id", "name", "region")]
    header.append(message("writer.col.score", lang, method=_label(main.method)))
    for r in others:
        header += [message("writer.col.score", lang, method=_label(r.method)),
                   message("writer.col.method_rank", lang, method=_label(r.method))]
    if sensitivity is not None:
        header += [message("just.col.top_k", lang, k=k), message("just.col.interval", lang),
                   message("just.col.robust", lang, k=k)]
    header += [message(f"just.col.{c}", lang) for c in ("justification", "policy", "note")]
    write_row(ws := new_sheet(wb, PRIORITIES_SHEET), 1, header)

    by_id = {c.id: c for c in problem.clusters}
    acc = sensitivity.acceptability if sensitivity is not None else None
    interval = acc.rank_interval() if acc is not None else None
    robust = set(sensitivity.robust_top_k) if sensitivity is not None else set()
    for row, cid in enumerate(main.order, start=2):
        c = by_id.get(cid)
        values: list[Any] = [int(main.ranks[cid]), cid, c.name if c else "", c.region if c else "",
                             float(main.scores[cid])]
        for r in others:
            values += [float(r.scores.get(cid, math.nan)), _rank_or_none(r, cid)]
        if acc is not None and interval is not None:
            lo, hi = int(interval.loc[cid, "lo"]), int(interval.loc[cid, "hi"])
            values += [float(acc.top_k_probability[cid]), f"{lo}" if lo == hi else f"{lo}–{hi}",
                       message("just.yes" if cid in robust else "just.no", lang)]
        facts = justification[cid]
        parts = renderer.parts(facts)
        text = " ".join(parts[p] for p in (*MAIN_PARTS, "risks", "data") if parts[p])
        values += [text, parts["policy"], facts.note]
        write_row(ws, row, values)
    _format(ws, main, others, sensitivity is not None, len(header))
    return ws


#: Widths (characters) of the columns that are not text: rank, id, name, region, score, method rank, robustness.
WIDTHS = {"rank": 7.0, "id": 12.0, "name": 20.0, "region": 13.0, "score": 10.0, "method_rank": 9.0,
          "top_k": 9.0, "interval": 9.0, "robust": 8.0}


def _format(ws: Worksheet, main: RankResult, others: Sequence[RankResult], robust_cols: bool, ncols: int) -> None:
    last = ws.max_row
    n_other = len(others)
    score_cols = [5] + [6 + 2 * i for i in range(n_other)]
    rank_cols = [1] + [7 + 2 * i for i in range(n_other)]
    first_robust = 6 + 2 * n_other
    text_cols = [ncols - 2, ncols - 1, ncols]
    for col in score_cols:
        styles.set_number_format(ws, col, styles.FMT_SCORE)
    for col in rank_cols:
        styles.set_number_format(ws, col, "0")
    if robust_cols:
        styles.set_number_format(ws, first_robust, styles.FMT_PERCENT)
    styles.finish_table(ws, ncols, freeze="C2", wrap_columns=[3, 4, *text_cols], autofilter=True)
    # data bars where a longer bar is better; a colour scale where lower is better
    for col, r in zip(score_cols, [main, *others]):
        if r.better == "higher":
            styles.add_data_bar(ws, col, 2, last, color=styles.SCORE_BAR)
        else:
            styles.add_color_scale(ws, col, 2, last, higher_is_better=False)
    for col in rank_cols:
        styles.add_rank_colors(ws, col, 2, last)
    widths = {1: WIDTHS["rank"], 2: WIDTHS["id"], 3: WIDTHS["name"], 4: WIDTHS["region"], 5: WIDTHS["score"]}
    for i in range(n_other):
        widths[6 + 2 * i], widths[7 + 2 * i] = WIDTHS["score"], WIDTHS["method_rank"]
    if robust_cols:
        widths.update({first_robust: WIDTHS["top_k"], first_robust + 1: WIDTHS["interval"],
                       first_robust + 2: WIDTHS["robust"]})
    widths.update({text_cols[0]: WIDTH_JUSTIFICATION, text_cols[1]: WIDTH_POLICY, text_cols[2]: WIDTH_NOTE})
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    if n_other:  # the other methods: one click away (outline), off the printed page
        ws.column_dimensions.group(get_column_letter(6), get_column_letter(5 + 2 * n_other), outline_level=1,
                                   hidden=True)
        ws.sheet_properties.outlinePr.summaryRight = False
    styles.top_align(ws, 2, last, ncols)
    styles.fit_row_heights(ws, widths, first_row=1)
    styles.setup_print(ws, title_rows="1:1", header_text=PRIORITIES_SHEET)
