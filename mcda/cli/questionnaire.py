"""``clusterprio-cli questionnaire``: offline questionnaires for the committee.

Export: ``questionnaire FILE|--sample [--member M]... -o FOLDER`` writes one
workbook per member (every member of ``Comite`` by default).
Import: ``questionnaire FILE|--sample --import Q.xlsx... -o OUT.xlsx`` checks the
filled questionnaires, merges the answers into the judgments and writes the
workbook (input sheets plus ``Auditoria``) to ``OUT.xlsx``; exit 1, naming
sheet and cell, when a questionnaire has errors (nothing is written then).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mcda.cli import common
from mcda.cli.validate import load


def register(sub: Any, lang: str) -> None:
    p = common.add_subcommand(sub, "questionnaire", lang, run)
    common.add_file_or_sample(p, lang)
    p.add_argument("--member", action="append", default=[], metavar="ID", help=common.t("cli.questionnaire.member", lang))
    p.add_argument("--import", dest="imports", nargs="+", default=[], metavar="Q.xlsx",
                   help=common.t("cli.questionnaire.import", lang))
    p.add_argument("--mode", choices=("hierarchical", "flat"), help=common.t("cli.questionnaire.mode", lang))
    p.add_argument("-o", "--output", required=True, metavar="OUT", help=common.t("cli.questionnaire.output", lang))
    p.set_defaults(missing="error")


def run(args: argparse.Namespace) -> int:
    read = load(args)
    if not read.ok or read.problem is None:
        return 1
    return _import(args, read.problem) if args.imports else _export(args, read.problem)


def _export(args: argparse.Namespace, problem: Any) -> int:
    from mcda.committee.questionnaire import write_questionnaire
    from mcda.errors import McdaError

    members = args.member or [m.id for m in problem.members]
    unknown = [m for m in members if m not in {x.id for x in problem.members}]
    if not members or unknown:
        raise common.UsageError(common.t("cli.questionnaire.unknown_member", args.lang,
                                         members=", ".join(unknown) or "-",
                                         known=", ".join(m.id for m in problem.members) or "-"))
    folder = Path(args.output)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        for m in members:
            target = folder / f"cuestionario_{m}.xlsx"
            write_questionnaire(problem, m, target, mode=args.mode, lang=args.lang)
            print(common.t("cli.questionnaire.written", args.lang, member=m, path=target))
    except McdaError as exc:
        return common.fail(exc, args.lang)
    return 0


def _import(args: argparse.Namespace, problem: Any) -> int:
    from openpyxl import Workbook

    from mcda.committee.audit import AuditTrail
    from mcda.committee.integrity import trail_for
    from mcda.committee.questionnaire import merge, read_questionnaire
    from mcda.errors import McdaError
    from mcda.workbook.input_sheets import write_input_sheets
    from mcda.workbook.save import save_atomic
    from mcda.workbook.writer import write_frame

    results = [read_questionnaire(p, problem) for p in args.imports]
    for r in results:
        common.report_issues([i for i in r.issues], args.lang)
    if not all(r.ok for r in results):
        return 1
    trail: AuditTrail | None = trail_for(problem, common.input_path(args))
    for r in results:
        problem, trail = merge(problem, r, trail)
    assert trail is not None
    wb = Workbook()
    wb.remove(wb.active)
    try:
        write_input_sheets(wb, problem)
        write_frame(wb, "Auditoria", trail.to_frame())
        save_atomic(wb, Path(args.output))
    except McdaError as exc:
        return common.fail(exc, args.lang)
    print(common.t("cli.questionnaire.merged", args.lang, count=len(results), path=args.output))
    return 0
