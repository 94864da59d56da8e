"""``clusterprio-cli rank FILE|--sample [-o OUT.xlsx] [--method M]... [--param K=V]... [--json]``."""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any

from mcda.cli import common
from mcda.cli.validate import add_missing, load
from mcda.errors import McdaError


def register(sub: Any, lang: str) -> None:
    from mcda.methods import METHOD_IDS

    p = common.add_subcommand(sub, "rank", lang, run)
    common.add_file_or_sample(p, lang)
    p.add_argument("-o", "--output", metavar="OUT.xlsx", help=common.t("cli.arg.output", lang))
    p.add_argument("--method", action="append", choices=METHOD_IDS, metavar="M",
                   help=common.t("cli.rank.method", lang, methods=", ".join(METHOD_IDS)))
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help=common.t("cli.rank.param", lang))
    p.add_argument("--json", action="store_true", help=common.t("cli.arg.json", lang))
    add_missing(p, lang)


def _score(value: float) -> float | None:
    return None if not math.isfinite(value) else round(float(value), 10)


#: Run-level warnings that repeat what the reader already said, with its cell (``Criterios!F1``).
_REPEATS = {"criteria.weights_normalized": ("weights.normalized", "method.weights_normalized")}


def run_warnings(analysis: Any, read_issues: Any) -> list[Any]:
    """The run's warnings, less those the reader already gave with their cell."""
    repeated = {code for i in read_issues if not i.is_error for code in _REPEATS.get(i.code, ())}
    return [w for w in analysis.warnings if w.code not in repeated]


def _warnings(analysis: Any, read_issues: Any, lang: str) -> list[str]:
    """The reader's warnings (located), then the run's, without repeating one fact twice."""
    from mcda.text import render

    out: list[str] = []
    for issue in (*(i for i in read_issues if not i.is_error), *run_warnings(analysis, read_issues)):
        text = render(issue, lang)
        if text not in out:
            out.append(text)
    return out


def to_json(analysis: Any, lang: str, read_issues: Any = ()) -> dict[str, Any]:
    """The ``rank --json`` document of contract §3 (plus, additively: each method's convention,
    the tie rule, the missing-value policy and what it did, and VIKOR's compromise solution)."""
    from mcda.workbook.result_sheets import shown_value

    problem = analysis.problem
    names = {c.id: c.name for c in problem.clusters}
    return {
        "weights": {k: round(float(v), 10) for k, v in analysis.weights.weights.items()},
        "weights_method": analysis.weights.method,
        "results": [
            {
                "method": r.method,
                "parameters": {k: v for k, v in r.parameters.items()},
                "better": r.better,
                "convention": shown_value(f"{r.method}.convention", r.convention, lang),
                "ranking": [
                    {"rank": row["rank"], "id": row["id"], "name": names[row["id"]], "score": _score(row["score"])}
                    for row in r.ranking()
                ],
            } | _vikor(r)
            for r in analysis.results
        ],
        "tie_rule": shown_value("tie_rule", analysis.methodology.get("tie_rule", ""), lang),
        "missing_policy": analysis.methodology.get("missing_policy", ""),
        "imputed": [{"id": i.cluster, "criterion": i.criterion, "value": _score(i.value), "policy": i.policy}
                    for i in analysis.imputations],
        "excluded": list(analysis.excluded),
        "warnings": _warnings(analysis, read_issues, lang),
    } | _committee(analysis)


def _vikor(result: Any) -> dict[str, Any]:
    """VIKOR's S, R, Q per cluster, Opricovic & Tzeng's two conditions and the compromise set."""
    from mcda.methods.vikor import compromise_solution

    c = compromise_solution(result)
    if c is None:
        return {}
    return {"vikor": {"S": {k: _score(v) for k, v in c.s.items()}, "R": {k: _score(v) for k, v in c.r.items()},
                      "Q": {k: _score(v) for k, v in c.q.items()}, "v": c.v, "dq": _score(c.dq),
                      "advantage": _score(c.advantage), "acceptable_advantage": c.c1,
                      "acceptable_stability": c.c2, "compromise_set": list(c.solutions)}}


def _committee(analysis: Any) -> dict[str, Any]:
    """``"committee"``: members, voting weights, CRs and consensus when the weights came from AHP sheets."""
    from mcda.committee.export import committee_json

    if not analysis.problem.judgments or not str(analysis.weights.method).startswith("ahp"):
        return {}
    return {"committee": committee_json(analysis.problem)}


def _print_table(analysis: Any, lang: str) -> None:
    names = {c.id: c.name for c in analysis.problem.clusters}
    w = analysis.weights
    print(common.t("cli.rank.weights_line", lang, method=w.method,
                   weights=", ".join(f"{k}={v:.3f}" for k, v in w.weights.items())))
    for r in analysis.results:
        print()
        better = common.t(f"cli.rank.better_{r.better}", lang)
        params = ", ".join(f"{k}={v}" for k, v in r.parameters.items()) or "-"
        print(common.t("cli.rank.method_line", lang, method=r.method, better_text=better, parameters=params))
        width = max(len(i) for i in names)
        print(common.t("cli.rank.header", lang, id=common.t("cli.rank.id", lang).ljust(width)))
        for row in r.ranking():
            print(f"{row['rank']:>6}  {row['id']:<{width}}  {row['score']:>10.4f}  {names[row['id']]}")


def _source_name(args: argparse.Namespace) -> str:
    """The input's path: the committee's audit trail of an exported input is continued from it."""
    return str(common.input_path(args))


def with_choices(problem: Any, args: argparse.Namespace) -> Any:
    """The problem with the command line's choices stored as session settings (main method,
    ``--param`` values, missing-value policy), so that the output workbook, read again without
    them, ranks the same (contract §2)."""
    from mcda import session

    settings = dict(problem.settings)
    if args.method:
        settings[session.METHOD] = args.method[0]
    for item in args.param:  # already validated by parse_params
        head, _, value = str(item).partition("=")
        method, _, key = head.strip().partition(".")
        settings[session.param_key(method.strip().lower(), key.strip().lower())] = value.strip()
    if getattr(args, "missing", None):
        settings[session.MISSING_POLICY] = args.missing
    return problem if settings == dict(problem.settings) else problem.replace(settings=settings)


def run(args: argparse.Namespace) -> int:
    from mcda import session
    from mcda.methods import parse_params

    try:
        params = parse_params(args.param)
    except McdaError as exc:
        common.report_issues(exc.issues, args.lang)
        return 2
    read = load(args)
    if not read.ok or read.problem is None:
        return 1
    try:
        analysis = session.run(with_choices(read.problem, args), methods=args.method, params_by_method=params,
                               policy=read.missing_policy, input_sha256=read.sha256, resolved=read)
    except McdaError as exc:
        return common.fail(exc, args.lang)
    if args.output:
        try:
            session.export(Path(args.output), analysis, input_sha256=read.sha256, source_path=common.input_path(args),
                           lang=args.lang, original=read.unresolved)
        except McdaError as exc:
            return common.fail(exc, args.lang)
    if args.json:
        common.print_json(to_json(analysis, args.lang, read.issues))
    else:
        common.report_issues(run_warnings(analysis, read.issues), args.lang)
        _print_table(analysis, args.lang)
        if args.output:
            print(common.t("cli.rank.written", args.lang, path=args.output))
    return 0
