"""``clusterprio-cli verify FILE``: was an export edited after it was written?

Exit 0 when the data, weights, judgments and audit rows are as exported;
1 with one line per change (``Sheet!Cell: message``) otherwise, or when the
file has no ``Integridad`` sheet or does not read.
"""

from __future__ import annotations

import argparse
from typing import Any

from mcda.cli import common


def register(sub: Any, lang: str) -> None:
    p = common.add_subcommand(sub, "verify", lang, run)
    p.add_argument("file", metavar="FILE", help=common.t("cli.verify.file", lang))
    p.add_argument("--json", action="store_true", help=common.t("cli.arg.json", lang))


def run(args: argparse.Namespace) -> int:
    from mcda.committee.integrity import verify
    from mcda.text import render

    issues = verify(args.file)
    if args.json:
        common.print_json({"file": args.file, "intact": not issues,
                           "changes": [{"code": i.code, "where": i.location, "message": render(i, args.lang)}
                                       for i in issues]})
    elif issues:
        common.report_issues(issues, args.lang)
    else:
        print(common.t("cli.verify.intact", args.lang, file=args.file))
    return 1 if issues else 0
