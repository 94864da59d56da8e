"""``clusterprio-cli sensitivity FILE|--sample [--method M] [--samples N] [--seed S]
[--concentration K] [--top-k K] [--scheme dirichlet|uniform|members] [--spread X]
[--param KEY=VALUE]... [--json]``.

Exit status 0, 1 (invalid input or a method that cannot rank the data, every
problem listed as ``Sheet!Cell: message``), 2 (usage).
"""

from __future__ import annotations

import argparse
import math
from typing import Any

from mcda.cli import common
from mcda.cli.validate import add_missing, load
from mcda.errors import McdaError


def _count(lang: str, minimum: int) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = minimum - 1
        if value < minimum:
            raise argparse.ArgumentTypeError(common.t("cli.sensitivity.bad_count", lang, value=text,
                                                      minimum=minimum))
        return value
    return parse


def _positive(lang: str) -> Any:
    def parse(text: str) -> float:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = math.nan
        if not value > 0:
            raise argparse.ArgumentTypeError(common.t("cli.sensitivity.bad_positive", lang, value=text))
        return value
    return parse


def _fraction(lang: str) -> Any:
    def parse(text: str) -> float:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = math.nan
        if not 0 <= value <= 1:
            raise argparse.ArgumentTypeError(common.t("cli.sensitivity.bad_fraction", lang, value=text))
        return value
    return parse


def register(sub: Any, lang: str) -> None:
    from mcda.analysis import DEFAULT_MAIN_METHOD
    from mcda.methods import METHOD_IDS
    from mcda.robustness.sampling import DEFAULT_CONCENTRATION, DEFAULT_SAMPLES, DEFAULT_SPREAD, SCHEMES
    from mcda.robustness.thresholds import DEFAULT_TOP_K

    p = common.add_subcommand(sub, "sensitivity", lang, run)
    common.add_file_or_sample(p, lang)
    p.add_argument("--method", choices=METHOD_IDS, default=DEFAULT_MAIN_METHOD, metavar="M",
                   help=common.t("cli.sensitivity.arg.method", lang, methods=", ".join(METHOD_IDS),
                                 default=DEFAULT_MAIN_METHOD))
    p.add_argument("--samples", type=_count(lang, 1), default=DEFAULT_SAMPLES, metavar="N",
                   help=common.t("cli.sensitivity.arg.samples", lang, default=DEFAULT_SAMPLES))
    p.add_argument("--seed", type=_count(lang, 0), default=None, metavar="S",
                   help=common.t("cli.sensitivity.arg.seed", lang))
    p.add_argument("--concentration", type=_positive(lang), default=DEFAULT_CONCENTRATION, metavar="K",
                   help=common.t("cli.sensitivity.arg.concentration", lang, default=f"{DEFAULT_CONCENTRATION:g}"))
    p.add_argument("--top-k", dest="top_k", type=_count(lang, 1), default=DEFAULT_TOP_K, metavar="K",
                   help=common.t("cli.sensitivity.arg.top_k", lang, default=DEFAULT_TOP_K))
    p.add_argument("--scheme", choices=SCHEMES, default="dirichlet", help=common.t("cli.sensitivity.arg.scheme", lang))
    p.add_argument("--spread", type=_fraction(lang), default=DEFAULT_SPREAD, metavar="X",
                   help=common.t("cli.sensitivity.arg.spread", lang, default=f"{DEFAULT_SPREAD:g}"))
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help=common.t("cli.rank.param", lang))
    p.add_argument("--json", action="store_true", help=common.t("cli.arg.json", lang))
    add_missing(p, lang)


def _scheme_text(sampling: Any, lang: str) -> str:
    scheme = sampling["scheme"]
    if scheme == "dirichlet":
        return common.t("robustness.scheme.dirichlet", lang, concentration=f"{sampling['concentration']:g}")
    if scheme == "uniform":
        return common.t("robustness.scheme.uniform", lang, percent=f"{100 * sampling['spread']:g}")
    return common.t("robustness.scheme.members", lang, mode=sampling.get("mode", ""))


def _print_text(result: Any, lang: str) -> None:
    t = common.t
    acc = result.acceptability
    k = result.top_k
    print(t("cli.sensitivity.title", lang, method=result.method, samples=acc.samples,
            scheme=_scheme_text(result.sampling, lang), seed=result.seed))
    print()
    print(t("cli.sensitivity.table_header", lang, k=k))
    shares = acc.shares
    prob = acc.top_k_probability
    interval = acc.rank_interval()
    for cid in result.order:
        rank = int(result.base.ranks[cid])
        lo, hi = int(interval.loc[cid, "lo"]), int(interval.loc[cid, "hi"])
        span = f"{lo}" if lo == hi else f"{lo}-{hi}"
        print(f"{rank:>6}  {cid:<12} {prob[cid]:>9.3f}  {span:>10}  {shares.loc[cid, rank]:>19.3f}  "
              f"{result.names.get(cid, '')}")
    print()
    print(t("cli.sensitivity.critical_header", lang))
    th = result.thresholds
    best = {(c.upper, c.lower): c for c in th.most_critical()}
    for pos, (upper, lower) in enumerate(th.pairs, start=1):
        c = best.get((upper, lower))
        if c is None:
            print(t("cli.sensitivity.critical_none", lang, position=pos, upper=upper, lower=lower))
        elif c.tied:
            print(t("cli.sensitivity.critical_tied", lang, position=pos, upper=upper, lower=lower))
        else:
            rel = "" if c.relative is None else t("cli.sensitivity.critical_relative", lang,
                                                  percent=100 * c.relative)
            print(t("cli.sensitivity.critical_line", lang, position=pos, upper=upper, lower=lower,
                    kind=t(f"robustness.kind.{c.kind}", lang), line=c.line, weight=c.weight,
                    threshold=c.threshold, change=c.change, relative=rel))
    if result.agreement is not None:
        a = result.agreement
        print()
        robust = ", ".join(a.robust_top_k) or t("cli.sensitivity.robust_none", lang)
        print(t("cli.sensitivity.robust", lang, k=k, percent=100 * a.level, clusters=robust))
        corr = a.correlations["spearman"]
        values = ", ".join(f"{m} {corr.loc[result.method, m]:.3f}" for m in a.methods if m != result.method)
        if values:
            print(t("cli.sensitivity.agreement", lang, method=result.method, values=values))
    r = result.reversal
    if r is not None:
        print()
        if not r.changes:
            print(t("cli.sensitivity.reversal_none", lang, method=r.method))
        else:
            first = next((c for c in r.changes if c.strict), r.changes[0])
            print(t("cli.sensitivity.reversal_some", lang, method=r.method, count=len(r.changes),
                    removed=first.removed, first=first.first, second=first.second,
                    before=_order_text(first.before, first.first, first.second, lang),
                    after=_order_text(first.after, first.first, first.second, lang)))


_ORDER_CODES = {">": "robustness.order.ahead", "<": "robustness.order.behind", "=": "robustness.order.tied"}


def _order_text(symbol: str, first: str, second: str, lang: str) -> str:
    return common.t(_ORDER_CODES[symbol], lang, first=first, second=second)


def run(args: argparse.Namespace) -> int:
    from mcda.analysis import derive_weights
    from mcda.methods import parse_params
    from mcda.robustness import analyze_sensitivity

    try:
        params = parse_params(args.param)
    except McdaError as exc:
        common.report_issues(exc.issues, args.lang)
        return 2
    read = load(args)
    if not read.ok or read.problem is None:
        return 1
    problem = read.problem
    try:
        wres = derive_weights(problem)
        result = analyze_sensitivity(
            problem, args.method, params.get(args.method), weights=wres.weights, weights_method=wres.method,
            scheme=args.scheme, samples=args.samples, seed=args.seed, concentration=args.concentration,
            spread=args.spread, top_k=args.top_k, method_params=params,
        )
    except McdaError as exc:
        return common.fail(exc, args.lang)
    if args.json:
        doc = result.to_json(args.lang)
        from mcda.text import render

        doc["warnings"] = [*(render(w, args.lang) for w in wres.warnings), *doc["warnings"]]
        common.print_json(doc)
    else:
        common.report_issues([*wres.warnings, *result.warnings], args.lang)
        _print_text(result, args.lang)
    return 0
