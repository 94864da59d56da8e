"""The sheets an output workbook adds to the input: ``Prioridades``, ``Pesos``, ``Metodologia``, ``Sensibilidad``.

``Prioridades`` is written by :mod:`mcda.workbook.priorities` (the justified
list), re-exported here.

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
from mcda.workbook.priorities import PRIORITIES_SHEET, write_priorities

__all__ = ["METHODOLOGY_SHEET", "PRIORITIES_SHEET", "SENSITIVITY_SHEET", "TIE_RULE", "WEIGHTS_SHEET",
           "final_weights", "method_label", "methodology_rows", "shown_value", "write_methodology", "write_priorities",
           "write_sensitivity", "write_weights"]

WEIGHTS_SHEET = "Pesos"
METHODOLOGY_SHEET = "Metodologia"
SENSITIVITY_SHEET = "Sensibilidad"

#: Display names of the method ids (proper names, the same in every language).
METHOD_LABELS = {"ahp": "AHP", "topsis": "TOPSIS", "vikor": "VIKOR", "promethee2": "PROMETHEE II",
                 "wsm": "WSM", "copras": "COPRAS"}
CR_LIMIT = 0.10  # Saaty's acceptance threshold (domain.md §5)
#: Value of the ``tie_rule`` parameter: a catalogue code, written in the sheet's language
#: (:func:`shown_value`) with the tolerance of :data:`mcda.results.TIE_TOLERANCE`.
TIE_RULE = "writer.value.tie_rule"


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
        details.append([str(key), plain(value), describe(f"weights.{key}", lang)])
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
    styles.setup_print(ws, title_rows=None, landscape=False, header_text=WEIGHTS_SHEET)
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
        "tie_rule": TIE_RULE,
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
    """Catalogue description of a methodology key ("" when none is known).

    Sensitivity and weighting details each have their own description
    (``writer.param.sensitivity.<key>``, ``writer.param.weights.<key>``),
    with a general one for a key the catalogue does not know.

    >>> describe("sensitivity.seed", "en")
    'Sensitivity: random seed (the computation repeats exactly with it)'
    >>> describe("weights.members", "en")
    'Voting weight of each committee member (id = weight)'
    >>> describe("sensitivity.other", "en"), describe("vikor.v", "es")
    ("Parameter of the export's sensitivity analysis", 'Parámetro de VIKOR')
    """
    method, _, sub = key.partition(".")
    if method in ("sensitivity", "weights") and sub and f"writer.param.{key}" in catalogue():
        return message(f"writer.param.{key}", lang)
    if method == "sensitivity" and sub:
        return message("writer.param.sensitivity", lang)
    if key.startswith("justification.risk."):
        return message("just.param.risk", lang, criterion=key.rsplit(".", 1)[1])
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


def tolerance_text(value: float) -> str:
    """A small tolerance as a power of ten: ``10⁻⁹``, ``2.5 × 10⁻⁶``.

    >>> tolerance_text(1e-9), tolerance_text(2.5e-6), tolerance_text(0.0)
    ('10⁻⁹', '2.5 × 10⁻⁶', '0')
    """
    if value == 0 or not math.isfinite(value):
        return f"{value:g}"
    exponent = math.floor(math.log10(abs(value)))
    mantissa = round(value / 10.0 ** exponent, 6)
    power = "10" + str(exponent).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return power if mantissa == 1 else f"{mantissa:g} × {power}"


def shown_value(key: str, value: Any, lang: str) -> Any:
    """A methodology value as the sheet and the report show it: coded texts in ``lang``, the rest :func:`plain`.

    >>> shown_value("tie_rule", TIE_RULE, "en")[:62]
    'competition ranking (1, 2, 2, 4): two scores tie when they dif'
    >>> shown_value("tie_rule", TIE_RULE, "es").endswith("menos de 10⁻⁹ × máx(1, rango de los puntajes)")
    True
    >>> shown_value("vikor.better", "lower", "es"), shown_value("vikor.v", 0.5, "es")
    ('menor puntaje es mejor', 0.5)
    """
    if isinstance(value, Issue):
        return render(value, lang)
    if key == "tie_rule" and value == TIE_RULE:
        return message(TIE_RULE, lang, tolerance=tolerance_text(TIE_TOLERANCE))
    if key.endswith(".convention") and isinstance(value, str) and value in catalogue():
        return message(value, lang)
    if key.endswith(".better") and value in ("higher", "lower"):
        return message(f"writer.better.{value}", lang)
    return plain(value)


def write_methodology(wb: Workbook, rows: Mapping[str, Any], lang: str) -> Worksheet:
    """``Metodologia``: one row per parameter (id, value, description)."""
    ws = new_sheet(wb, METHODOLOGY_SHEET)
    write_row(ws, 1, [message(f"writer.col.{k}", lang) for k in ("parameter", "value", "description")])
    for row, (key, value) in enumerate(rows.items(), start=2):
        write_row(ws, row, [key, shown_value(key, value, lang), describe(key, lang)])
    styles.finish_table(ws, 3, freeze="B2", wrap_columns=[2, 3])
    styles.setup_print(ws, title_rows="1:1", landscape=False, header_text=METHODOLOGY_SHEET)
    return ws


def write_sensitivity(wb: Workbook, sensitivity: Any, lang: str) -> Worksheet:
    """``Sensibilidad``: every table of :meth:`Sensitivity.to_frames`, one under the other with its title."""
    from mcda.robustness.report import frame_title

    ws = new_sheet(wb, SENSITIVITY_SHEET)
    row = 1
    ncols = 1
    for name, frame in sensitivity.to_frames(lang).items():
        title = ws.cell(row=row, column=1)
        write_row(ws, row, [frame_title(name, lang)])
        title.font = styles.TITLE_FONT
        row += 1
        write_row(ws, row, [str(c) for c in frame.columns])
        styles.style_header(ws, len(frame.columns), row)
        for values in frame.itertuples(index=False):
            row += 1
            write_row(ws, row, [_cell(v) for v in values])
        for j, column in enumerate(frame.columns, start=1):
            if pd.api.types.is_float_dtype(frame[column]):
                fmt = styles.number_format_for(frame[column].astype(float).tolist())
                for r in range(row - len(frame) + 1, row + 1):
                    ws.cell(row=r, column=j).number_format = fmt
        ncols = max(ncols, len(frame.columns))
        row += 2
    styles.fit_widths(ws, max_width=24.0)
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 14.0)
    styles.setup_print(ws, title_rows=None, header_text=SENSITIVITY_SHEET)
    return ws


def _cell(value: Any) -> Any:
    if isinstance(value, bool | np.bool_):
        return "true" if value else "false"
    if isinstance(value, float | np.floating) and not math.isfinite(float(value)):
        return None
    return value
