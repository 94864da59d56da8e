"""Annexes of the PDF report: the criteria and their sources, the data (landscape), the methodology."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from mcda.justification.numbers import compact, smart
from mcda.report.context import ReportContext
from mcda.report.sections import WIDTH, heading
from mcda.report.style import table

#: Text width of a landscape A4 page (29.7 cm - 2 x 1.8 cm).
WIDE = 26.1 * cm
#: Most criteria per table of the data annex (more are split in even blocks).
MAX_COLUMNS = 15


def criteria_annex(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    p = ctx.problem
    out: list[Flowable] = [PageBreak(), heading(ctx, "annex_data"), s.p(ctx.t("annex.criteria"), s.h2)]
    rows: list[list[Any]] = [[ctx.t("col.id"), ctx.t("col.criterion"), ctx.t("col.group"), ctx.t("col.direction"),
                              ctx.t("col.unit"), ctx.t("col.source"), ctx.t("col.year")]]
    for c in p.criteria:
        rows.append([c.id, c.name, c.group, ctx.t(f"direction.{'benefit' if c.direction.sign > 0 else 'cost'}"),
                     c.unit, c.source, c.year])
    out.append(table(rows, [1.0 * cm, 3.4 * cm, 2.9 * cm, 1.6 * cm, 2.2 * cm, 5.1 * cm, 1.2 * cm], styles=s,
                     font_size=7.0))
    if ctx.analysis.imputations:
        items = "; ".join(f"{i.cluster} / {i.criterion} = {smart(i.value, 4)} ({i.policy})"
                          for i in ctx.analysis.imputations)
        out.append(s.p(ctx.t("annex.imputed", items=items), s.small))
    return out


def data_annex(ctx: ReportContext) -> list[Flowable]:
    """The decision matrix on landscape pages (columns split in blocks when there are many criteria)."""
    s = ctx.styles
    p = ctx.problem
    ids = p.criterion_ids
    blocks = -(-len(ids) // MAX_COLUMNS) if ids else 1
    per_block = max(-(-len(ids) // blocks), 1)
    out: list[Flowable] = [NextPageTemplate("landscape"), PageBreak(), s.p(ctx.t("annex.matrix"), s.h2),
                           s.p(ctx.t("annex.matrix_note"), s.small)]
    matrix = p.values
    for start in range(0, len(ids), per_block):
        block = ids[start:start + per_block]
        rows: list[list[Any]] = [[ctx.t("col.cluster")] + block]
        cols = [ids.index(j) for j in block]
        for i, c in enumerate(p.clusters):
            rows.append([c.name] + [compact(float(matrix[i, j]), 4) for j in cols])
        first = 6.0 * cm
        width = (WIDE - first) / max(len(block), 1)
        out.append(table(rows, [first] + [width] * len(block), styles=s, font_size=6.6,
                         align_right=list(range(1, len(block) + 1))))
    out.append(NextPageTemplate("portrait"))
    return out


def parameter_text(key: str, value: Any) -> str:
    """A methodology value as text, numbers written as the rest of the report (``2,500``, ``0.3``).

    A seed is an identifier and keeps its digits together.

    >>> parameter_text("justification.risk.R1", 2500.0), parameter_text("vikor.v", 0.5)
    ('2,500', '0.5')
    >>> parameter_text("sensitivity.seed", 20240611), parameter_text("sensitivity.samples", 2000)
    ('20240611', '2,000')
    >>> parameter_text("tolerance", 1e-9), parameter_text("mode", "mix")
    ('1e-09', 'mix')
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if key.endswith("seed") and float(value).is_integer():
        return str(int(value))
    if value != 0 and abs(value) < 1e-4:
        return f"{value:g}"
    return compact(float(value), 6)


def methodology_annex(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    from mcda.text import render
    from mcda.workbook.result_sheets import describe, shown_value

    out: list[Flowable] = [PageBreak(), heading(ctx, "annex_method")]
    rows: list[list[Any]] = [[ctx.t("col.parameter"), ctx.t("col.value"), ctx.t("col.description")]]
    for key, value in ctx.methodology.items():
        rows.append([key, parameter_text(key, shown_value(key, value, ctx.lang)), describe(key, ctx.lang)])
    out.append(table(rows, [4.4 * cm, 7.0 * cm, WIDTH - 11.4 * cm], styles=s, font_size=6.8))
    warnings = ctx.analysis.warnings
    if warnings:
        out.append(s.p(ctx.t("annex.warnings"), s.h2))
        out += [s.p(render(w, ctx.lang), s.small) for w in warnings]
    return out
