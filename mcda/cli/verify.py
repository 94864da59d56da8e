"""``clusterprio-cli verify FILE|--sample``: was an export edited after it was written?

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
    common.add_file_or_sample(p, lang)
    p.add_argument("--json", action="store_true", help=common.t("cli.arg.json", lang))


def run(args: argparse.Namespace) -> int:
    from mcda.committee.integrity import verify
    from mcda.text import render

    path = str(common.input_path(args))
    issues = verify(path)
    if args.json:
        common.print_json({"file": path, "intact": not issues,
                           "changes": [{"code": i.code, "where": i.location, "message": render(i, args.lang)}
                                       for i in issues]})
    elif issues:
        common.report_issues(issues, args.lang)
    else:
        print(common.t("cli.verify.intact", args.lang, file=path))
    return 1 if issues else 0
