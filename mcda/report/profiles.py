"""One page per cluster: its criterion-group profile against the average cluster.

The chart shows, for each group, the cluster's *attainment* (the weighted
mean normalized value in the group, 1 = best on every criterion of the
group; :attr:`mcda.justification.Contributions.attainment`) beside the
average cluster's.  The table lists every criterion: the cluster's value,
the mean value of all clusters, and the contribution to the score compared
with the average cluster (the figure the justification quotes).
"""

from __future__ import annotations

from typing import Any, cast

import pandas as pd

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from mcda.justification.numbers import compact, signed, smart
from mcda.report.context import ReportContext
from mcda.report.sections import WIDTH, heading
from mcda.report.style import esc, table
from mcda.report.vector import profile_drawing


def _value(value: float, unit: str) -> str:
    text = compact(value, 4) if value == value else "—"
    return f"{text} {unit}".strip() if unit and len(unit) <= 12 else text


def profile_page(ctx: ReportContext, cluster_id: str) -> list[Flowable]:
    s = ctx.styles
    p = ctx.problem
    facts = ctx.justification[cluster_id]
    contrib = ctx.justification.contributions
    cl = p.cluster(cluster_id)
    out: list[Flowable] = [s.p(f"{facts.rank}. {cl.name} ({cl.id})", s.h2)]
    line = ctx.t("profile.line", rank=facts.rank, count=facts.count, method=ctx.method_label(facts.method),
                 score=smart(facts.score, 4), region=cl.region or "—")
    out.append(s.p(line, s.small))
    if cl.description:
        out.append(s.p(cl.description, s.small))
    groups = [g for g in contrib.groups]
    if groups:
        att = cast(pd.Series, contrib.attainment.loc[cluster_id])
        out.append(profile_drawing(groups, [float(att[g]) for g in groups],
                                   [float(contrib.mean_attainment[g]) for g in groups], cl.name,
                                   ctx.t("profile.average"), WIDTH * 0.85, ctx.t("profile.attainment")))
    values = cast(pd.Series, p.matrix.loc[cluster_id])
    means = p.matrix.mean(axis=0)
    delta = contrib.row(cluster_id)
    rows: list[list[Any]] = [[ctx.t("col.criterion"), ctx.t("col.group"), ctx.t("col.value"), ctx.t("col.mean"),
                              ctx.t("col.contribution")]]
    for c in p.criteria:
        value, mean = float(values[c.id]), float(means[c.id])
        arrow = "" if c.direction.sign > 0 else " ↓"
        rows.append([f"{c.id} {c.name}{arrow}", c.group, _value(value, c.unit), _value(mean, c.unit),
                     signed(float(delta[c.id]), 3)])
    out += [Spacer(1, 0.15 * cm),
            table(rows, [6.4 * cm, 3.0 * cm, 3.0 * cm, 3.0 * cm, 2.0 * cm], styles=s, align_right=[2, 3, 4])]
    out += [Spacer(1, 0.15 * cm), s.p(ctx.t("profile.legend"), s.small)]
    parts = ctx.renderer.parts(facts)
    tail: list[Flowable] = []
    if parts["risks"]:
        tail.append(s.p(parts["risks"], s.risk))
    tail.append(s.p(parts["policy"], s.policy))
    if facts.note.strip():
        tail.append(s.markup(f"<b>{esc(ctx.t('list.note'))}</b> {esc(facts.note.strip())}", s.note))
    out.append(KeepTogether(tail))
    return out


def profiles(ctx: ReportContext) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), heading(ctx, "profiles"),
                           ctx.styles.p(ctx.t("profile.intro"), ctx.styles.small)]
    for i, cid in enumerate(ctx.justification.order):
        if i:
            out.append(PageBreak())
        out += profile_page(ctx, cid)
    return out
