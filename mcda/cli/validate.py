"""``clusterprio-cli validate FILE|--sample``."""

from __future__ import annotations

import argparse
from typing import Any

from mcda.cli import common


def register(sub: Any, lang: str) -> None:
    p = common.add_subcommand(sub, "validate", lang, run)
    common.add_file_or_sample(p, lang)
    add_missing(p, lang)


def add_missing(p: argparse.ArgumentParser, lang: str) -> None:
    from mcda.missing import POLICIES

    p.add_argument("--missing", choices=POLICIES, default=None, help=common.t("cli.arg.missing", lang))


def load(args: argparse.Namespace) -> Any:
    """Read FILE/--sample; print every issue; return the ReadResult."""
    from mcda.workbook.reader import read_workbook

    path = common.input_path(args)
    result = read_workbook(path, missing_policy=args.missing)
    common.report_issues(result.issues, args.lang, source=path.name)
    return result


def run(args: argparse.Namespace) -> int:
    result = load(args)
    if not result.ok or result.problem is None:
        return 1
    p = result.problem
    print(common.t("cli.validate.ok", args.lang, clusters=len(p.clusters), criteria=len(p.criteria)))
    return 0
