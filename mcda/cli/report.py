"""``clusterprio-cli report FILE|--sample -o OUT.pdf [--lang en] [--samples N] [--seed S] [--title T] [--region R]
[--baseline BASE.xlsx [--today YYYY-MM-DD]]``.

The PDF report for the committee's minutes (:mod:`mcda.report`).  With
``--baseline`` the report also carries the Seguimiento section: FILE compared
with the baseline round and the baseline's targets, exactly as ``compare BASE
FILE --pdf`` writes it (:mod:`mcda.cli.compare`).  Exit status
0, 1 (invalid input or a file that cannot be written, every problem listed as
``Sheet!Cell: message``), 2 (usage).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mcda.cli import common
from mcda.cli.compare import followup_of, parse_date
from mcda.cli.validate import add_missing, load
from mcda.errors import McdaError


def _count(lang: str, minimum: int) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = minimum - 1
        if value < minimum:
            raise argparse.ArgumentTypeError(common.t("cli.report.bad_count", lang, value=text, minimum=minimum))
        return value
    return parse


def register(sub: Any, lang: str) -> None:
    from mcda.session import EXPORT_SAMPLES, EXPORT_SEED

    p = common.add_subcommand(sub, "report", lang, run)
    common.add_file_or_sample(p, lang)
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help=common.t("cli.report.output", lang))
    p.add_argument("--samples", type=_count(lang, 0), default=EXPORT_SAMPLES, metavar="N",
                   help=common.t("cli.report.samples", lang, default=EXPORT_SAMPLES))
    p.add_argument("--seed", type=_count(lang, 0), default=EXPORT_SEED, metavar="S",
                   help=common.t("cli.report.seed", lang, default=EXPORT_SEED))
    p.add_argument("--title", metavar="TEXT", help=common.t("cli.report.title", lang))
    p.add_argument("--region", metavar="TEXT", help=common.t("cli.report.region", lang))
    p.add_argument("--baseline", metavar="BASE.xlsx", help=common.t("cli.report.baseline", lang))
    p.add_argument("--today", type=parse_date(lang), default=None, metavar="YYYY-MM-DD",
                   help=common.t("cli.report.today", lang))
    add_missing(p, lang)


def run(args: argparse.Namespace) -> int:
    from mcda import session
    from mcda.report import build_report

    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise common.UsageError(common.t("cli.report.not_pdf", args.lang, path=args.output))
    read = load(args)
    if not read.ok or read.problem is None:
        return 1
    followup = None
    if args.baseline:
        followup = followup_of(args.baseline, str(common.input_path(args)), args.lang, args.today)
        if followup is None:
            return 1
    try:
        analysis = session.run(read.problem, policy=read.missing_policy, input_sha256=read.sha256,
                               resolved=read)
        common.report_issues(analysis.warnings, args.lang)
        build_report(analysis, output, lang=args.lang, title=args.title, region=args.region,
                     input_sha256=read.sha256, samples=args.samples, seed=args.seed, followup=followup)
    except McdaError as exc:
        return common.fail(exc, args.lang)
    print(common.t("cli.report.written", args.lang, path=str(output)))
    return 0
