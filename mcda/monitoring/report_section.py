"""The "Seguimiento" section of the PDF report (:mod:`mcda.report`).

It appears when there is something to follow up:

* a comparison of a baseline with a later round (a
  :class:`~mcda.monitoring.compare.Comparison`, or a :class:`FollowUp` with the
  targets' progress already evaluated, passed to
  :func:`mcda.report.build_report` as ``followup``): what was
  compared, the changes summarised, the places with the data effect and the
  weight effect, the indicators that changed and the targets' progress;
* otherwise, a session marked as the baseline or holding targets: a statement
  that this prioritization is the baseline (with its date) and the targets the
  committee sets, so the minutes record them.

A report of a session with neither has no such section.  Texts are the
catalogue's ``monitoring.report.*`` (``resources/messages/monitoring.json``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from mcda.justification.numbers import compact, percent
from mcda.monitoring.baseline import is_baseline, snapshot_date
from mcda.monitoring.targets import Progress, Target, evaluate, targets_from_settings
from mcda.report.style import table
from mcda.text import message, render

WIDTH = 17.4 * cm  # the report's A4 portrait text width
MAX_CHANGE_ROWS = 40


@dataclass(frozen=True)
class FollowUp:
    """A comparison and the progress of the targets (evaluated by the caller, e.g. on a given day)."""

    comparison: Any
    progress: tuple[Progress, ...] | None = None


def _t(ctx: Any, key: str, **params: Any) -> str:
    return message(f"monitoring.report.{key}", ctx.lang, **params)


def _date(ctx: Any, day: Any) -> str:
    if day is None:
        return _t(ctx, "no_date")
    from mcda.report.context import date_words

    return str(date_words(day, ctx.lang))


def _rank(value: Any) -> str:
    return "—" if value is None else str(value)


def _effect(value: Any) -> str:
    if value is None:
        return "—"
    return f"▲ {value}" if value > 0 else f"▼ {-value}" if value < 0 else "="


def followup_section(ctx: Any, followup: Any = None) -> list[Flowable]:
    """Flowables of the section (an empty list when there is nothing to follow up).

    ``followup`` is ``None``, a :class:`~mcda.monitoring.compare.Comparison` (the
    targets' progress is then evaluated today) or a :class:`FollowUp`.
    """
    progress: Sequence[Progress] | None = None
    if isinstance(followup, FollowUp):
        followup, progress = followup.comparison, followup.progress
    problem = ctx.problem
    targets = targets_from_settings(problem)
    if followup is None and not is_baseline(problem) and not targets:
        return []
    s = ctx.styles
    out: list[Flowable] = [CondPageBreak(10 * cm), s.p(_t(ctx, "title"), s.h1)]
    if followup is None:
        out.append(s.p(_t(ctx, "baseline", date=_date(ctx, snapshot_date(problem))) if is_baseline(problem)
                       else _t(ctx, "targets_only")))
        if targets:
            out += _targets_set(ctx, targets)
        return out
    c = followup
    if progress is None:
        own = targets or targets_from_settings(c.base.problem)
        progress = evaluate(own, c.base, c.new)
    out += _comparison(ctx, c)
    if progress:
        out += _progress(ctx, c, progress)
    return out


def _comparison(ctx: Any, c: Any) -> list[Flowable]:
    from mcda.justification.render import method_label

    s = ctx.styles
    changed = c.changed
    better = int((changed["better"] == True).sum())  # noqa: E712
    worse = int((changed["better"] == False).sum())  # noqa: E712
    out: list[Flowable] = [
        s.p(_t(ctx, "compared", base=c.base.name, base_date=_date(ctx, c.base.date),
               base_method=method_label(c.base.method), new=c.new.name, new_date=_date(ctx, c.new.date),
               new_method=method_label(c.new.method))),
        s.p(_t(ctx, "summary", pairs=len(c.changes), changed=len(changed), better=better, worse=worse)),
    ]
    for key, ids in (("clusters_added", c.added_clusters), ("clusters_removed", c.removed_clusters),
                     ("criteria_added", c.added_criteria), ("criteria_removed", c.removed_criteria)):
        if ids:
            out.append(s.p(_t(ctx, key, ids=", ".join(ids))))
    rows: list[list[Any]] = [[_t(ctx, f"col.{k}") for k in ("cluster", "base_rank", "rank_with_base_weights",
                                                             "rank", "data_effect", "weight_effect")]]
    for _cid, r in c.ranking.iterrows():
        rows.append([str(r["name"]), _rank(r["base_rank"]), _rank(r["rank_with_base_weights"]), _rank(r["rank"]),
                     _effect(r["data_effect"]), _effect(r["weight_effect"])])
    out += [s.p(_t(ctx, "places"), s.h2), s.p(_t(ctx, "effects")),
            table(rows, [6.4 * cm, 2.0 * cm, 2.5 * cm, 2.0 * cm, 2.25 * cm, 2.25 * cm], styles=s,
                  align_right=[1, 2, 3, 4, 5]), Spacer(1, 0.25 * cm)]
    if not changed.empty:
        names = c.ranking["name"].to_dict()
        rows = [[_t(ctx, f"col.{k}") for k in ("cluster", "criterion", "base", "new", "change", "verdict")]]
        for r in list(changed.itertuples(index=False))[:MAX_CHANGE_ROWS]:
            crit = c.base.problem.criterion(str(r.criterion))
            verdict = "better" if r.better is True else "worse" if r.better is False else "no_data"
            rows.append([str(names.get(r.cluster, r.cluster)), f"{r.criterion} · {crit.name}", compact(r.base),
                         compact(r.new), compact(r.change), _t(ctx, verdict)])
        out += [s.p(_t(ctx, "changes"), s.h2),
                table(rows, [4.6 * cm, 5.0 * cm, 2.0 * cm, 2.0 * cm, 1.9 * cm, 1.9 * cm], styles=s,
                      align_right=[2, 3, 4])]
        if len(changed) > MAX_CHANGE_ROWS:
            out.append(s.p(_t(ctx, "more", count=len(changed) - MAX_CHANGE_ROWS), s.small))
    notes = [render(i, ctx.lang) for i in c.issues]
    out += [s.p(n, s.small) for n in notes]
    return out


def _targets_set(ctx: Any, targets: Sequence[Target]) -> list[Flowable]:
    s = ctx.styles
    p = ctx.problem
    rows: list[list[Any]] = [[_t(ctx, f"col.{k}") for k in ("cluster", "criterion", "base", "target", "date")]]
    for t in targets:
        name = p.cluster(t.cluster).name if t.cluster in p.cluster_ids else t.cluster
        crit = p.criterion(t.criterion).name if t.criterion in p.criterion_ids else ""
        base = compact(p.value(t.cluster, t.criterion)) if t.cluster in p.cluster_ids and \
            t.criterion in p.criterion_ids else "—"
        rows.append([name, f"{t.criterion} · {crit}".rstrip(" ·"), base, compact(t.value),
                     _date(ctx, t.date) if t.date else "—"])
    return [s.p(_t(ctx, "targets"), s.h2),
            table(rows, [5.0 * cm, 5.0 * cm, 2.3 * cm, 2.3 * cm, 2.8 * cm], styles=s, align_right=[2, 3])]


def _progress(ctx: Any, c: Any, progress: Sequence[Progress]) -> list[Flowable]:
    s = ctx.styles
    names = c.ranking["name"].to_dict()
    rows: list[list[Any]] = [[_t(ctx, f"col.{k}") for k in ("cluster", "criterion", "base", "current", "target",
                                                             "date", "progress", "status")]]
    for p in progress:
        t = p.target
        share = "—" if p.progress is None else percent(p.progress, ctx.lang, 0)
        rows.append([str(names.get(t.cluster, t.cluster)), t.criterion, compact(p.base), compact(p.current),
                     compact(t.value), t.date.isoformat() if t.date else "—", share,
                     message(f"monitoring.sheet.status.{p.status}", ctx.lang)])
    return [s.p(_t(ctx, "targets"), s.h2),
            table(rows, [4.2 * cm, 1.6 * cm, 1.9 * cm, 1.9 * cm, 1.9 * cm, 2.1 * cm, 1.6 * cm, 2.2 * cm], styles=s,
                  align_right=[2, 3, 4, 6])]
