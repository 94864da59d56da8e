"""Sections of the PDF report: cover, method, weights, ranking, justified list, sensitivity, committee.

Each function takes the :class:`~mcda.report.context.ReportContext` and
returns flowables.  Section titles are the catalogue's ``report.section.*``.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from mcda.justification.grammar import join
from mcda.justification.numbers import number, percent, signed, smart
from mcda.justification.render import percent_signed
from mcda.report import charts
from mcda.report.context import ReportContext
from mcda.report.style import esc, image, table
from mcda.text import catalogue, message

WIDTH = 17.4 * cm  # A4 portrait text width (21 cm - 2 x 1.8 cm margins)
#: Clusters drawn in the ranking chart (the table below it lists them all).
CHART_CLUSTERS = 40


def heading(ctx: ReportContext, key: str) -> Flowable:
    return ctx.styles.p(ctx.t(f"section.{key}"), ctx.styles.h1)


def cover(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    p = ctx.problem
    out: list[Flowable] = [Spacer(1, 3.5 * cm), s.p(ctx.title, s.title), s.p(ctx.t("cover.subtitle"), s.subtitle),
                           Spacer(1, 0.6 * cm), s.p(ctx.region, s.subtitle), s.p(ctx.t("cover.date", date=_date(ctx)),
                                                                                  s.center),
                           Spacer(1, 1.2 * cm)]
    if p.members:
        rows: list[list[Any]] = [[ctx.t("cover.member"), ctx.t("cover.role"), ctx.t("cover.vote"),
                                  ctx.t("cover.signature")]]
        rows += [[m.name, m.role, smart(m.weight), ""] for m in p.members]
        out += [s.p(ctx.t("cover.committee"), s.h2), table(rows, [6.2 * cm, 4.2 * cm, 2.0 * cm, 5.0 * cm], styles=s,
                                                             row_height=1.0 * cm)]
    else:
        out.append(s.p(ctx.t("cover.no_committee"), s.center))
    out += [Spacer(1, 1.2 * cm),
            s.p(ctx.t("cover.summary", clusters=len(p.clusters), criteria=len(p.criteria),
                      method=ctx.method_label(ctx.main.method)), s.center)]
    sha = ctx.input_sha256 or str(ctx.methodology.get("input_sha256") or "")
    out.append(s.p(ctx.t("cover.program", program=ctx.methodology.get("program", "clusterprio")), s.small))
    if sha:
        out.append(s.p(ctx.t("cover.sha", sha=sha), s.small))
    if any("ilustrativ" in c.source.lower() or "illustrativ" in c.source.lower() for c in p.criteria):
        out.append(s.p(ctx.t("cover.illustrative"), s.small))
    out.append(PageBreak())
    return out


def _date(ctx: ReportContext) -> str:
    from mcda.report.context import date_words

    return date_words(ctx.date, ctx.lang)


def _known(code: str) -> bool:
    return code in catalogue()


def method(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    p, a = ctx.problem, ctx.analysis
    w = a.weights
    out: list[Flowable] = [heading(ctx, "method")]
    out.append(s.p(ctx.t("method.what", clusters=len(p.clusters), criteria=len(p.criteria),
                         groups=len([g for g in p.groups if g]))))
    how = message(f"writer.weights.{w.method}", ctx.lang)
    out.append(s.p(ctx.t("method.weights", how=how if _known(f"writer.weights.{w.method}") else w.method)))
    main = ctx.main
    code = f"method.main.{main.method}"
    out.append(s.p(ctx.t("method.main_intro", method=ctx.method_label(main.method)) + " "
                   + (ctx.t(code) if _known(f"report.{code}") else "")))
    if ctx.justification.contributions.exact:
        out.append(s.p(ctx.t("method.contributions_exact")))
    else:
        out.append(s.p(ctx.t("method.contributions_approx")))
    others = [ctx.method_label(r.method) for r in a.results[1:]]
    if others:
        out.append(s.p(ctx.t("method.others", methods=join(others, ctx.lang))))
    if ctx.sensitivity is not None:
        samp = ctx.sensitivity.sampling
        out.append(s.p(ctx.t("method.sensitivity", samples=number(samp["samples"]), seed=samp["seed"],
                             concentration=smart(float(samp.get("concentration", 0) or 0)), k=ctx.sensitivity.top_k)))
        out.append(s.p(firmness_words(ctx.lang)))
    out.append(s.p(ctx.t("method.swap")))
    policy = a.methodology.get("missing_policy", "error")
    if a.excluded:  # say what the policy did, not only which one was chosen
        out.append(s.p(ctx.t("method.missing.exclude", count=len(a.excluded), clusters=join(list(a.excluded),
                                                                                              ctx.lang))))
    elif a.imputations and _known(f"report.method.missing.{policy}"):
        out.append(s.p(ctx.t(f"method.missing.{policy}", count=len(a.imputations))))
    else:
        out.append(s.p(ctx.t("method.missing.error")))
    out.append(s.p(ctx.t("method.numbers")))
    out.append(s.p(ctx.t("method.policy")))
    return out


def firmness_words(lang: str) -> str:
    """The rule behind "muy firme" … "frágil" (:attr:`mcda.justification.facts.Firmness.level`), from its constants."""
    from mcda.justification.facts import FIRM_SHARES, FIRM_WIDTHS

    return message("report.method.firmness_words", lang, very=percent(FIRM_SHARES[0], lang),
                   firm=percent(FIRM_SHARES[1], lang), moderate=percent(FIRM_SHARES[2], lang),
                   firm_places=FIRM_WIDTHS[1] + 1, moderate_places=FIRM_WIDTHS[2] + 1)


def weights(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    p = ctx.problem
    w = ctx.analysis.weights.weights.reindex(p.criterion_ids)
    labels = [f"{c.id} {c.name}" if len(c.name) <= 34 else f"{c.id} {c.name[:32]}…" for c in p.criteria]
    png = charts.weights_chart(labels, w.tolist(), [c.group for c in p.criteria], ctx.t("chart.weight"))
    out: list[Flowable] = [KeepTogether([heading(ctx, "weights"), image(png, WIDTH)])]
    groups: dict[str, float] = {}
    for c in p.criteria:
        groups[c.group] = groups.get(c.group, 0.0) + float(w[c.id])
    rows: list[list[Any]] = [[ctx.t("col.group"), ctx.t("col.weight")]]
    rows += [[g or "—", number(v, 3)] for g, v in groups.items()]
    out += [Spacer(1, 0.2 * cm), table(rows, [8 * cm, 3 * cm], styles=s, align_right=[1]), Spacer(1, 0.2 * cm)]
    for issue in ctx.analysis.weights.warnings:
        from mcda.text import render

        out.append(s.p(render(issue, ctx.lang), s.small))
    return out


def ranking(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    main = ctx.main
    order = main.order
    robust = set(ctx.sensitivity.robust_top_k) if ctx.sensitivity is not None else set()
    shown = order[:CHART_CLUSTERS]
    labels = [f"{int(main.ranks[c])}. {ctx.name(c)}" for c in shown]
    png = charts.ranking_chart(labels, [float(main.scores[c]) for c in shown], [c in robust for c in shown],
                               ctx.t("chart.score", method=ctx.method_label(main.method)),
                               ctx.t("chart.robust", k=ctx.sensitivity.top_k) if ctx.sensitivity is not None else "")
    out: list[Flowable] = [PageBreak(), heading(ctx, "ranking"), image(png, WIDTH * 0.92)]
    if len(order) > len(shown):
        out.append(s.p(ctx.t("ranking.first", shown=len(shown), count=len(order)), s.small))
    header = [ctx.t("col.rank"), ctx.t("col.cluster"), ctx.t("col.region"), ctx.t("col.score")]
    sens = ctx.sensitivity
    if sens is not None:
        header += [ctx.t("col.top_k", k=sens.top_k), ctx.t("col.interval"), ctx.t("col.robust")]
        interval = sens.acceptability.rank_interval()
    rows: list[list[Any]] = [header]
    for c in order:
        cl = ctx.problem.cluster(c)
        row: list[Any] = [str(int(main.ranks[c])), cl.name, cl.region, number(float(main.scores[c]), 4)]
        if sens is not None:
            lo, hi = int(interval.loc[c, "lo"]), int(interval.loc[c, "hi"])
            row += [percent(float(sens.acceptability.top_k_probability[c]), ctx.lang),
                    f"{lo}" if lo == hi else f"{lo}–{hi}", ctx.t("yes") if c in robust else ""]
        rows.append(row)
    widths = [1.4 * cm, 5.4 * cm, 3.6 * cm, 1.9 * cm] + ([1.9 * cm, 1.7 * cm, 1.5 * cm] if sens is not None else [])
    out += [Spacer(1, 0.2 * cm), table(rows, widths, styles=s, align_right=[0, 3, 4])]
    return out


def justified_list(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [PageBreak(), heading(ctx, "list"), s.p(ctx.t("list.intro"), s.small)]
    for facts in ctx.justification.clusters:
        parts = ctx.renderer.parts(facts)
        cl = ctx.problem.cluster(facts.id)
        title = f"{facts.rank}. {cl.name} ({cl.id})" + (f" — {cl.region}" if cl.region else "")
        block: list[Flowable] = [s.p(title, s.h2), s.p(ctx.renderer.text(facts))]
        if parts["risks"]:
            block.append(s.p(parts["risks"], s.risk))
        if parts["data"]:
            block.append(s.p(parts["data"], s.small))
        block.append(s.p(parts["policy"], s.policy))
        if facts.note.strip():
            block.append(s.markup(f"<b>{esc(ctx.t('list.note'))}</b> {esc(facts.note.strip())}", s.note))
        out.append(KeepTogether(block))  # one cluster's text never split over two pages (when it fits on one)
    return out


def sensitivity(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    sens = ctx.sensitivity
    out: list[Flowable] = [PageBreak(), heading(ctx, "sensitivity")]
    if sens is None:
        return out + [s.p(ctx.t("sensitivity.none"))]
    from mcda.justification.grammar import join

    k = sens.top_k
    robust = [ctx.name(c) for c in sens.robust_top_k]
    out.append(s.p(ctx.t("sensitivity.intro", samples=number(sens.sampling["samples"]), k=k)))
    out.append(s.p(ctx.t("sensitivity.robust", k=k, clusters=join(robust, ctx.lang)) if robust
                   else ctx.t("sensitivity.robust_none", k=k)))
    rows: list[list[Any]] = [[ctx.t("col.position"), ctx.t("col.pair"), ctx.t("col.criterion"),
                              ctx.t("col.weight_now"), ctx.t("col.weight_swap"), ctx.t("col.change")]]
    for c in sens.thresholds.most_critical()[: max(k, 1)]:
        if c.tied:
            continue
        line = ctx.problem.criterion(c.line).name if c.kind == "criterion" else c.line
        rel = "" if c.relative is None else f" ({percent_signed(c.relative, ctx.lang)})"
        rows.append([str(c.position), f"{ctx.name(c.upper)} / {ctx.name(c.lower)}", line, number(c.weight, 3),
                     number(c.threshold, 3) + ("" if c.exact else " ≈"), f"{signed(c.change, 3)}{rel}"])
    if len(rows) > 1:
        out += [s.p(ctx.t("sensitivity.critical", k=k), s.h2),
                table(rows, [1.3 * cm, 5.6 * cm, 3.9 * cm, 1.9 * cm, 2.1 * cm, 2.6 * cm], styles=s,
                      align_right=[0, 3, 4, 5]), Spacer(1, 0.25 * cm)]
    if sens.agreement is not None:
        a = sens.agreement
        corr = a.correlations["spearman"]
        items = [f"{ctx.method_label(m)} {number(float(corr.loc[sens.method, m]), 2)}" for m in a.methods
                 if m != sens.method]
        if items:
            out.append(s.p(ctx.t("sensitivity.agreement", method=ctx.method_label(sens.method),
                                 items=join(items, ctx.lang)), s.body))
    if sens.reversal is not None:
        code = "sensitivity.reversal_yes" if sens.reversal.any_reversal else "sensitivity.reversal_no"
        out.append(s.p(ctx.t(code, count=len(sens.reversal.changes))))
    return out


def committee(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    p = ctx.problem
    out: list[Flowable] = [CondPageBreak(9 * cm), heading(ctx, "committee")]
    if not p.judgments:
        return out + [s.p(ctx.t("committee.none", how=message(f"writer.weights.{ctx.analysis.weights.method}",
                                                                  ctx.lang)))]
    from mcda.committee.export import committee_json
    from mcda.errors import McdaError

    try:
        doc = committee_json(p)
    except McdaError:
        return out + [s.p(ctx.t("committee.failed"))]
    assert doc is not None
    out.append(s.p(ctx.t("committee.intro", aggregation=doc["aggregation"].upper(), ri=doc["ri_table"])))
    blocks = list(doc["group_cr"])
    members = doc["members"]
    rows: list[list[Any]] = [[ctx.t("col.block")] + [m["name"] for m in members] + [ctx.t("col.committee")]]
    for b in blocks:
        rows.append([b] + [_cr(m["cr"].get(b)) for m in members] + [_cr(doc["group_cr"].get(b))])
    rows.append([ctx.t("col.consistent")] + [ctx.t("yes") if m["consistent"] else ctx.t("no") for m in members]
                + [""])
    first = 4.0 * cm
    width = (WIDTH - first) / (len(members) + 1)
    out += [s.p(ctx.t("committee.cr"), s.h2),
            table(rows, [first] + [width] * (len(members) + 1), styles=s,
                  align_right=list(range(1, len(members) + 2))), Spacer(1, 0.25 * cm)]
    cons = doc.get("consensus")
    if cons:
        word = message(f"committee.consensus.{cons['word']}", ctx.lang)
        out.append(s.p(ctx.t("committee.consensus", value=percent(cons["overall"], ctx.lang), word=word)))
        items = [f"{b} {percent(v, ctx.lang)}" for b, v in cons["blocks"].items() if v is not None]
        from mcda.justification.grammar import join

        out.append(s.p(ctx.t("committee.consensus_blocks", items=join(items, ctx.lang)), s.small))
    return out


def _cr(value: float | None) -> str:
    return "—" if value is None else number(value, 3) + (" !" if value >= 0.10 else "")
