"""``clusterprio-cli compare BASE.xlsx NEW.xlsx|--sample [--json] [-o OUT.xlsx] [--pdf OUT.pdf] [--today YYYY-MM-DD]``.

Compares a baseline (an export or any input workbook) with a later round:
clusters and criteria added or removed (matched by id), the values that changed
(better or worse given each criterion's direction), and the ranking split into
the effect of the new data (ranked with the baseline's weights and method) and
the effect of re-weighting.  Targets of the baseline (its ``Metas`` sheet, or
those saved in its session) are evaluated against the later round.  ``--pdf``
writes the later round's PDF report (:mod:`mcda.report`) with its
"Seguimiento" section.  ``--sample`` compares the bundled sample with its
illustrative follow-up round (``clusters_peru_seguimiento.xlsx``).

``--json`` prints::

    {"base": {...}, "new": {...}, "added": [ids], "removed": [ids],
     "criteria_added": [ids], "criteria_removed": [ids],
     "changes": [{"id", "criterion", "base", "new", "change", "better"}],
     "ranking": [{"id", "name", "base_rank", "rank_with_base_weights", "rank",
                  "data_effect", "weight_effect"}],
     "targets": [...], "warnings": [...]}

``changes`` lists the values that changed (``better`` is ``null`` when one
side is missing).  Exit status 0, 1 (a workbook is invalid or the later data
cannot be ranked as the baseline was; every problem as ``Sheet!Cell:
message``), 2 (usage).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
from pathlib import Path
from typing import Any

from mcda.cli import common


def register(sub: Any, lang: str) -> None:
    p = common.add_subcommand(sub, "compare", lang, run)
    p.add_argument("base", nargs="?", metavar="BASE.xlsx", help=common.t("cli.compare.base", lang))
    p.add_argument("new", nargs="?", metavar="NEW.xlsx", help=common.t("cli.compare.new", lang))
    p.add_argument("--sample", action="store_true", help=common.t("cli.compare.sample", lang))
    p.add_argument("-o", "--output", metavar="OUT.xlsx", help=common.t("cli.compare.output", lang))
    p.add_argument("--pdf", metavar="OUT.pdf", help=common.t("cli.compare.pdf", lang))
    p.add_argument("--json", action="store_true", help=common.t("cli.arg.json", lang))
    p.add_argument("--today", type=parse_date(lang), default=None, metavar="YYYY-MM-DD",
                   help=common.t("cli.compare.today", lang))


def parse_date(lang: str) -> Any:
    def parse(text: str) -> dt.date:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(common.t("cli.compare.bad_date", lang, value=text)) from None
    return parse


def _number(value: float) -> float | None:
    return None if not math.isfinite(value) else round(float(value), 10)


def _round(snap: Any) -> dict[str, Any]:
    return {"file": snap.source, "name": snap.name, "date": snap.date.isoformat() if snap.date else None,
            "method": snap.method, "parameters": {k: v for k, v in snap.params.items()},
            "baseline": snap.baseline, "recorded_ranking": snap.recorded,
            "weights": {str(k): round(float(v), 10) for k, v in snap.weights.items()}}


def to_json(comparison: Any, progress: list[Any], lang: str) -> dict[str, Any]:
    """The ``compare --json`` document."""
    from mcda.text import render

    c = comparison
    changes = [{"id": r.cluster, "criterion": r.criterion, "base": _number(r.base), "new": _number(r.new),
                "change": _number(r.change), "better": r.better} for r in c.changed.itertuples(index=False)]
    ranking = [{"id": str(cid), "name": r["name"], **{k: r[k] for k in (
        "base_rank", "rank_with_base_weights", "rank", "data_effect", "weight_effect")}}
        for cid, r in c.ranking.iterrows()]
    targets = [{"id": p.target.cluster, "criterion": p.target.criterion, "target": p.target.value,
                "date": p.target.date.isoformat() if p.target.date else None, "base": _number(p.base),
                "current": _number(p.current), "progress": None if p.progress is None else _number(p.progress),
                "elapsed": p.elapsed, "reached": p.reached, "late": p.late, "off_track": p.off_track,
                "status": p.status} for p in progress]
    return {"base": _round(c.base), "new": _round(c.new), "added": list(c.added_clusters),
            "removed": list(c.removed_clusters), "criteria_added": list(c.added_criteria),
            "criteria_removed": list(c.removed_criteria), "changes": changes, "ranking": ranking,
            "targets": targets, "warnings": [render(i, lang) for i in c.issues]}


def _print_text(comparison: Any, progress: list[Any], lang: str) -> None:
    c = comparison
    t = common.t
    print(t("cli.compare.header", lang, base=f"{c.base.name} ({c.base.date or '-'})",
            new=f"{c.new.name} ({c.new.date or '-'})"))
    for key, ids in (("added", c.added_clusters), ("removed", c.removed_clusters),
                     ("criteria_added", c.added_criteria), ("criteria_removed", c.removed_criteria)):
        if ids:
            print(t(f"cli.compare.{key}", lang, ids=", ".join(ids)))
    changed = c.changed
    better = int((changed["better"] == True).sum())  # noqa: E712 - a column of True / False / None
    worse = int((changed["better"] == False).sum())  # noqa: E712
    print(t("cli.compare.changes", lang, count=len(changed), better=better, worse=worse))
    print()
    width = max(len(str(i)) for i in c.ranking.index)
    print(t("cli.compare.ranking_header", lang, id="id".ljust(width)))

    def cell(v: Any, signed: bool = False) -> str:
        return "-" if v is None else (f"{v:+d}" if signed and v else str(v))

    for cid, r in c.ranking.iterrows():
        print(f"{cid:<{width}}  {cell(r['base_rank']):>4}  {cell(r['rank_with_base_weights']):>10}  "
              f"{cell(r['rank']):>5}  {cell(r['data_effect'], True):>5}  {cell(r['weight_effect'], True):>5}  "
              f"{r['name']}")
    if progress:
        counts = {s: sum(1 for p in progress if p.status == s) for s in ("reached", "on_track", "off_track",
                                                                         "late", "no_data")}
        print()
        print(t("cli.compare.targets", lang, **counts))


def _read(path: str, lang: str) -> Any:
    from mcda.monitoring.baseline import read_snapshot

    read = read_snapshot(Path(path))
    common.report_issues(read.issues, lang, source=Path(path).name)
    return read.snapshot


def _files(args: argparse.Namespace) -> None:
    """BASE and NEW, or ``--sample``: the bundled sample and its follow-up round."""
    import resources

    if args.sample:
        if args.base or args.new:
            raise common.UsageError(common.t("cli.error.file_and_sample", args.lang))
        args.base = str(resources.sample_workbook())
        args.new = str(resources.path("sample", "clusters_peru_seguimiento.xlsx"))
        return
    missing = [name for name, value in (("BASE.xlsx", args.base), ("NEW.xlsx", args.new)) if not value]
    if missing:
        raise common.UsageError(common.t("cli.argparse.required", args.lang, a=", ".join(missing)))


def load_rounds(base_path: str, new_path: str, lang: str,
                today: dt.date | None) -> tuple[Any, list[Any]] | None:
    """Compare two rounds and evaluate the baseline's targets: ``(comparison, progress)``, or
    ``None`` after printing every problem (located, prefixed with the file's name)."""
    from mcda.errors import McdaError
    from mcda.monitoring.compare import compare
    from mcda.monitoring.targets import evaluate, load_targets

    base = _read(base_path, lang)
    new = _read(new_path, lang)
    if base is None or new is None:
        return None
    targets, target_issues = load_targets(Path(base_path), base.problem)
    common.report_issues(target_issues, lang, source=Path(base_path).name)
    if any(i.is_error for i in target_issues):
        return None
    try:
        comparison = compare(base, new)
    except McdaError as exc:
        common.fail(exc, lang)
        return None
    return comparison, evaluate(targets, base, new, today=today)


def followup_of(base_path: str, new_path: str, lang: str, today: dt.date | None) -> Any:
    """The report's Seguimiento section for ``new_path`` against ``base_path``, or ``None`` (problems printed)."""
    from mcda.monitoring.report_section import FollowUp

    rounds = load_rounds(base_path, new_path, lang, today)
    return None if rounds is None else FollowUp(rounds[0], tuple(rounds[1]))


def run(args: argparse.Namespace) -> int:
    from mcda.errors import McdaError
    from mcda.monitoring.export import write_followup

    if args.pdf and Path(args.pdf).suffix.lower() != ".pdf":
        raise common.UsageError(common.t("cli.compare.not_pdf", args.lang, path=args.pdf))
    _files(args)
    rounds = load_rounds(args.base, args.new, args.lang, args.today)
    if rounds is None:
        return 1
    comparison, progress = rounds
    if args.output:
        try:
            write_followup(Path(args.output), comparison, progress, args.lang, source=Path(args.new))
        except McdaError as exc:
            return common.fail(exc, args.lang)
    if args.pdf:
        try:
            _report(args, comparison, progress)
        except McdaError as exc:
            return common.fail(exc, args.lang)
    if args.json:
        common.print_json(to_json(comparison, progress, args.lang))
    else:
        common.report_issues(comparison.issues, args.lang)
        _print_text(comparison, progress, args.lang)
        for path in (args.output, args.pdf):
            if path:
                print(common.t("cli.compare.written", args.lang, path=path))
    return 0


def _report(args: argparse.Namespace, comparison: Any, progress: list[Any]) -> None:
    """The later round's PDF report (:mod:`mcda.report`) with the Seguimiento section."""
    from mcda import session
    from mcda.monitoring.report_section import FollowUp
    from mcda.report import build_report
    from mcda.workbook.reader import read_workbook

    read = read_workbook(Path(args.new), missing_policy=None)
    problem = read.raise_for_errors()
    analysis = session.run(problem, policy=read.missing_policy, input_sha256=read.sha256, resolved=read)
    build_report(analysis, Path(args.pdf), lang=args.lang, input_sha256=read.sha256,
                 followup=FollowUp(comparison, tuple(progress)))
