"""The sheets an output workbook adds to the input: ``Prioridades``, ``Pesos``, ``Metodologia``.

Column headers and descriptions come from the message catalogue
(``resources/messages/writer.json``) in the requested language; the sheet
names are the contract's and never change.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from mcda import __version__
from mcda.errors import Issue
from mcda.problem import Problem
from mcda.results import TIE_TOLERANCE, RankResult, WeightsResult
from mcda.text import catalogue, message, render
from mcda.workbook import styles
from mcda.workbook.input_sheets import new_sheet, write_row

PRIORITIES_SHEET = "Prioridades"
WEIGHTS_SHEET = "Pesos"
METHODOLOGY_SHEET = "Metodologia"

#: Display names of the method ids (proper names, the same in every language).
METHOD_LABELS = {"ahp": "AHP", "topsis": "TOPSIS", "vikor": "VIKOR", "promethee2": "PROMETHEE II",
                 "wsm": "WSM", "copras": "COPRAS"}
CR_LIMIT = 0.10  # Saaty's acceptance threshold (domain.md §5)


def method_label(method: str) -> str:
    """Display name of a method id.

    >>> method_label("promethee2"), method_label("spotis")
    ('PROMETHEE II', 'SPOTIS')
    """
    return METHOD_LABELS.get(method, method.upper())


def plain(value: Any) -> Any:
    """A cell value for any parameter: numbers stay numbers, the rest becomes text.

    >>> plain({"a": 1}), plain(["x", "y"]), plain(np.float64(0.5)), plain(None)
    ('{"a": 1}', 'x, y', 0.5, '')
    """
    if value is None:
        return ""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | str):
        return value
    if isinstance(value, pd.Series):
        value = {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, Mapping):
        return json.dumps({str(k): plain(v) for k, v in value.items()}, ensure_ascii=False, default=str)
    if isinstance(value, Sequence | np.ndarray | set | frozenset):
        return ", ".join(str(plain(v)) for v in value)
    if isinstance(value, Issue):
        return value.code
    return str(value)


def justification(cluster_id: str, results: Sequence[RankResult], lang: str) -> str:
    """One factual line: the cluster's place under the main method and under each other one."""
    main = results[0]
    rank = int(main.ranks[cluster_id])
    tied = int((main.ranks == rank).sum()) > 1
    parts = [message("writer.just.main", lang, rank=rank, count=len(main.ranks), method=method_label(main.method))
             + (message("writer.just.tied", lang) if tied else "")]
    for r in results[1:]:
        if cluster_id in r.ranks.index and not pd.isna(r.ranks[cluster_id]):
            parts.append(message("writer.just.other", lang, rank=int(r.ranks[cluster_id]),
                                 method=method_label(r.method)))
        else:
            parts.append(message("writer.just.missing", lang, method=method_label(r.method)))
    return "; ".join(parts) + "."


def write_priorities(wb: Workbook, problem: Problem, results: Sequence[RankResult], lang: str) -> Worksheet:
    """``Prioridades``: clusters best first under the main method, with every other method beside."""
    ws = new_sheet(wb, PRIORITIES_SHEET)
    main, others = results[0], results[1:]
    header: list[str] = [message(f"writer.col.{k}", lang) for k in ("rank", "id", "name", "region")]
    header.append(message("writer.col.score", lang, method=method_label(main.method)))
    for r in others:
        header += [message("writer.col.score", lang, method=method_label(r.method)),
                   message("writer.col.method_rank", lang, method=method_label(r.method))]
    header.append(message("writer.col.justification", lang))
    write_row(ws, 1, header)
    by_id = {c.id: c for c in problem.clusters}
    for row, cid in enumerate(main.order, start=2):
        c = by_id.get(cid)
        values: list[Any] = [int(main.ranks[cid]), cid, c.name if c else "", c.region if c else "",
                             float(main.scores[cid])]
        for r in others:
            values += [float(r.scores.get(cid, math.nan)), _rank_or_none(r, cid)]
        values.append(justification(cid, results, lang))
        write_row(ws, row, values)
    last = ws.max_row
    score_cols = [5] + [6 + 2 * k for k in range(len(others))]
    for col in score_cols:
        styles.set_number_format(ws, col, styles.FMT_SCORE)
    for col in [1] + [7 + 2 * k for k in range(len(others))]:
        styles.set_number_format(ws, col, "0")
    styles.add_color_scale(ws, 5, 2, last, main.better == "higher")
    styles.finish_table(ws, len(header), freeze="C2", wrap_columns=[len(header)], autofilter=True)
    return ws


def _rank_or_none(r: RankResult, cid: str) -> int | None:
    value = r.ranks.get(cid)
    return None if value is None or pd.isna(value) else int(value)


def final_weights(problem: Problem, weights: WeightsResult | None) -> WeightsResult:
    """The weights to report: the given result, or the workbook's own (direct or equal)."""
    if weights is not None:
        return weights
    return WeightsResult(problem.weight_series, "direct" if problem.weights_given else "equal")


def group_weights(problem: Problem, w: WeightsResult) -> dict[str, float]:
    if len(w.group_weights):
        return {str(k): float(v) for k, v in w.group_weights.items()}
    sums: dict[str, float] = {}
    for c in problem.criteria:
        sums[c.group] = sums.get(c.group, 0.0) + float(w.weights.get(c.id, math.nan))
    return sums


def write_weights(wb: Workbook, problem: Problem, weights: WeightsResult | None, lang: str) -> Worksheet:
    """``Pesos``: final weight per criterion and group, how obtained, CR of each matrix."""
    ws = new_sheet(wb, WEIGHTS_SHEET)
    w = final_weights(problem, weights)
    how = message(f"writer.weights.{w.method}", lang)
    if how == f"writer.weights.{w.method}":  # a method this catalogue does not describe
        how = w.method
    groups = group_weights(problem, w)
    keys = ("id", "name", "group", "weight", "group_weight", "how")
    write_row(ws, 1, [message(f"writer.col.{k}", lang) for k in keys])
    for row, c in enumerate(problem.criteria, start=2):
        write_row(ws, row, [c.id, c.name, c.group, float(w.weights.get(c.id, math.nan)),
                            groups.get(c.group, math.nan), how])
    last = ws.max_row
    for col in (4, 5):
        styles.set_number_format(ws, col, styles.FMT_WEIGHT)
    styles.add_data_bar(ws, 4, 2, last)
    row = last + 2
    write_row(ws, row, [message(f"writer.col.{k}", lang) for k in ("item", "value", "note")])
    styles.style_header(ws, 3, row)
    details: list[list[Any]] = [[message("writer.pesos.method", lang), w.method, how],
                                [message("writer.pesos.sum", lang), float(w.weights.sum()), ""]]
    for key, value in w.details.items():
        details.append([str(key), plain(value), ""])
    for matrix, cr in w.consistency.items():
        note = "writer.pesos.cr_ok" if float(cr) < CR_LIMIT else "writer.pesos.cr_high"
        details.append([message("writer.pesos.cr", lang, matrix=matrix), float(cr), message(note, lang)])
    for issue in w.warnings:
        details.append([message("writer.pesos.warning", lang), render(issue, lang), ""])
    for offset, values in enumerate(details, start=1):
        write_row(ws, row + offset, values)
        if isinstance(values[1], float):
            ws.cell(row=row + offset, column=2).number_format = styles.FMT_WEIGHT
    styles.finish_table(ws, len(keys), wrap_columns=[6])
    return ws


def methodology_rows(
    problem: Problem,
    results: Sequence[RankResult],
    weights: WeightsResult,
    methodology: Mapping[str, Any],
    input_sha256: str | None,
    now: str,
) -> dict[str, Any]:
    """Every parameter of the run, keyed by a stable id (the analysis' own keys win)."""
    rows: dict[str, Any] = {
        "program": f"clusterprio {__version__}",
        "version": __version__,
        "date": now,
        "input_sha256": input_sha256 or "",
        "clusters": len(problem.clusters),
        "criteria": len(problem.criteria),
        "members": len(problem.members),
        "missing_values": len(problem.missing_cells()),
        "main_method": results[0].method if results else "",
        "methods": ", ".join(r.method for r in results),
        "weights_method": weights.method,
        "tie_rule": f"competition (1, 2, 2, 4); tolerance {TIE_TOLERANCE:g} x max(1, score range)",
    }
    for key, value in methodology.items():
        if key == "input_sha256" and not value and input_sha256:
            continue  # never let an empty value hide the hash we were given
        rows[str(key)] = value
    for r in results:
        rows.setdefault(f"{r.method}.better", r.better)
        for key, value in r.parameters.items():
            rows.setdefault(f"{r.method}.{key}", value)
        if r.convention:
            rows.setdefault(f"{r.method}.convention", r.convention)
        for n, issue in enumerate(r.warnings, start=1):
            rows.setdefault(f"{r.method}.warning{n}", issue)
    for key, value in weights.details.items():
        rows.setdefault(f"weights.{key}", value)
    return rows


def describe(key: str, lang: str) -> str:
    """Catalogue description of a methodology key ("" when none is known)."""
    method, _, sub = key.partition(".")
    if sub:
        label = method_label(method) if method != "weights" else ""
        if sub == "better" or sub == "convention":
            return message(f"writer.param.{sub}", lang, method=label)
        if sub.startswith("warning") and sub[7:].isdigit():
            return message("writer.param.warning", lang, method=label)
        if method == "weights":
            return message("writer.param.weights_detail", lang)
        return message("writer.param.parameter", lang, method=label)
    text = message(f"writer.param.{key}", lang)
    return "" if text == f"writer.param.{key}" else text


def write_methodology(wb: Workbook, rows: Mapping[str, Any], lang: str) -> Worksheet:
    """``Metodologia``: one row per parameter (id, value, description)."""
    ws = new_sheet(wb, METHODOLOGY_SHEET)
    write_row(ws, 1, [message(f"writer.col.{k}", lang) for k in ("parameter", "value", "description")])
    for row, (key, value) in enumerate(rows.items(), start=2):
        if isinstance(value, Issue):
            shown: Any = render(value, lang)
        elif key.endswith(".convention") and isinstance(value, str) and value in catalogue():
            shown = message(value, lang)
        elif key.endswith(".better") and value in ("higher", "lower"):
            shown = message(f"writer.better.{value}", lang)
        else:
            shown = plain(value)
        write_row(ws, row, [key, shown, describe(key, lang)])
    styles.finish_table(ws, 3, freeze="B2", wrap_columns=[2, 3])
    return ws
