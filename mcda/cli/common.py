"""Shared pieces of the subcommands: language, usage errors, reporting issues."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from mcda.errors import Issue, McdaError
from mcda.text import DEFAULT_LANGUAGE, LANGUAGES, message, render


class UsageError(Exception):
    """Wrong words on the command line (exit 2)."""


class Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() picks the exit code."""

    def error(self, text: str) -> NoReturn:
        raise UsageError(text)


def t(code: str, lang: str, **params: Any) -> str:
    return message(code, lang, **params)


def detect_lang(argv: Sequence[str]) -> str:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if a.startswith("--lang=") and a.split("=", 1)[1] in LANGUAGES:
            return a.split("=", 1)[1]
    return DEFAULT_LANGUAGE


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                        help="es (default) | en")


def add_subcommand(sub: Any, name: str, lang: str, func: Any) -> argparse.ArgumentParser:
    """A subparser whose help and example come from the catalogue
    (codes ``cli.<name>.help`` and ``cli.<name>.example``)."""
    p: argparse.ArgumentParser = sub.add_parser(
        name,
        help=t(f"cli.{name}.help", lang),
        description=t(f"cli.{name}.help", lang),
        epilog=t("cli.example", lang) + "\n  " + t(f"cli.{name}.example", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_lang(p)
    p.set_defaults(func=func)
    return p


def add_file_or_sample(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE", help=t("cli.arg.file", lang))
    parser.add_argument("--sample", action="store_true", help=t("cli.arg.sample", lang))


def input_path(args: argparse.Namespace) -> Path:
    """FILE or the bundled sample; exactly one of them."""
    import resources

    if args.sample and args.file:
        raise UsageError(t("cli.error.file_and_sample", args.lang))
    if args.sample:
        return resources.sample_workbook()
    if not args.file:
        raise UsageError(t("cli.error.need_file", args.lang))
    return Path(args.file)


def report_issues(issues: Iterable[Issue], lang: str, stream: TextIO | None = None, source: str = "") -> None:
    """Print every issue as ``Sheet!Cell: message`` on stderr (errors first).

    An issue without a location (a file-level problem) is prefixed with
    ``source``, the file's name, so the user always sees where it is.
    """
    stream = stream or sys.stderr
    items = sorted(issues, key=lambda i: not i.is_error)
    for issue in items:
        prefix = "" if issue.is_error else t("cli.warning_prefix", lang) + " "
        where = "" if issue.location or not source else f"{source}: "
        print(prefix + where + render(issue, lang), file=stream)


def fail(error: McdaError, lang: str) -> int:
    report_issues(error.issues, lang)
    return 1


def print_json(data: Any, stream: TextIO | None = None) -> None:
    json.dump(data, stream or sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    (stream or sys.stdout).write("\n")
