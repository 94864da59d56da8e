"""``clusterprio-cli``: the headless tool (contract §3).

Each subcommand is a module of this package with ``register(subparsers)``
(adds its parser and sets ``func``) and a ``run(args, out) -> int``.  Exit status:
0 success, 1 invalid input (every problem listed as ``Sheet!Cell: message``),
2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from mcda import __version__
from mcda.cli import common

SUBCOMMANDS = ("validate", "rank", "ahp", "template", "sample", "report", "indicators",
               "sensitivity", "verify", "compare", "questionnaire")


def build_parser(lang: str) -> argparse.ArgumentParser:
    import importlib

    parser = common.Parser(
        prog="clusterprio-cli",
        lang=lang,
        description=common.t("cli.description", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"clusterprio {__version__}")
    common.add_lang(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=common.Parser)
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"mcda.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"mcda.cli.{name}":
                raise
            continue
        module.register(sub, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = common.detect_lang(args_list)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(args_list)
    except common.UsageError as exc:
        print(f"clusterprio-cli: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except common.UsageError as exc:
        print(f"clusterprio-cli: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into `head`
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
