"""``clusterprio-cli template -o FILE.xlsx`` and ``sample -o FILE.xlsx``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mcda.cli import common


def add_output(p: argparse.ArgumentParser, lang: str) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help=common.t("cli.arg.output", lang))
    p.add_argument("--force", action="store_true", help=common.t("cli.arg.force", lang))


def register(sub: Any, lang: str) -> None:
    add_output(common.add_subcommand(sub, "template", lang, run), lang)


def copy_resource(source: Path, args: argparse.Namespace) -> int:
    """Copy a bundled workbook to ``-o`` atomically, refusing to overwrite without --force."""
    from mcda.text import render
    from mcda.workbook.save import WriteError, atomic_write_bytes

    target = Path(args.output)
    if target.exists() and not args.force:
        raise common.UsageError(common.t("cli.exists", args.lang, path=target))
    try:
        atomic_write_bytes(target, source.read_bytes())
    except WriteError as exc:
        for issue in exc.issues:
            print(render(issue, args.lang), file=sys.stderr)
        return 1
    print(common.t("cli.written", args.lang, path=target))
    return 0


def run(args: argparse.Namespace) -> int:
    import resources

    return copy_resource(resources.template_workbook(), args)
