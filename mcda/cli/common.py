"""Shared pieces of the subcommands: language, usage errors, reporting issues."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from mcda.errors import Issue, McdaError
from mcda.text import DEFAULT_LANGUAGE, LANGUAGES, message, render


class UsageError(Exception):
    """Wrong words on the command line (exit 2)."""


#: argparse's own error texts (Python 3.11+) → catalogue codes; the groups become ``a``, ``b``, ``c``.
_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(rx), code) for rx, code in (
    (r"^the following arguments are required: (?P<a>.+)$", "cli.argparse.required"),
    (r"^unrecognized arguments: (?P<a>.+)$", "cli.argparse.unrecognized"),
    (r"^one of the arguments (?P<a>.+) is required$", "cli.argparse.one_required"),
    (r"^ambiguous option: (?P<a>\S+) could match (?P<b>.+)$", "cli.argparse.ambiguous"),
    (r"^argument (?P<a>.+?): invalid choice: (?P<b>.+) \(choose from (?P<c>.+)\)$", "cli.argparse.invalid_choice"),
    (r"^argument (?P<a>.+?): expected one argument$", "cli.argparse.expected_one"),
    (r"^argument (?P<a>.+?): expected at least one argument$", "cli.argparse.expected_some"),
    (r"^argument (?P<a>.+?): expected at most one argument$", "cli.argparse.expected_one"),
    (r"^argument (?P<a>.+?): invalid \S+ value: (?P<b>.+)$", "cli.argparse.invalid_value"),
    (r"^argument (?P<a>.+?): not allowed with argument (?P<b>.+)$", "cli.argparse.not_allowed"),
    (r"^argument (?P<a>.+?): ignored explicit argument (?P<b>.+)$", "cli.argparse.ignored"),
    (r"^argument (?P<a>.+?): (?P<b>.+)$", "cli.argparse.argument"),  # e.g. an ArgumentTypeError's own message
))


def argparse_text(text: str, lang: str) -> str:
    """argparse's English error text in ``lang`` (unknown shapes are kept as they are)."""
    if lang == "en":
        return text
    for pattern, code in _ARGPARSE_ERRORS:
        m = pattern.match(text)
        if m:
            return t(code, lang, **m.groupdict())
    return text


class Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() picks the exit code, and speaks the
    user's language: its own errors, the help's headings and ``usage:`` come from the catalogue."""

    def __init__(self, *args: Any, lang: str = DEFAULT_LANGUAGE, **kwargs: Any) -> None:
        self.lang = lang
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = t("cli.argparse.positionals", lang)
        self._optionals.title = t("cli.argparse.options", lang)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=t("cli.argparse.help", lang))

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        """Help texts are catalogue prose ("±x %"), never %-templates: escape ``%`` for argparse."""
        text = kwargs.get("help")
        if isinstance(text, str) and text != argparse.SUPPRESS:
            kwargs["help"] = text.replace("%", "%%")
        return super().add_argument(*args, **kwargs)

    def _get_formatter(self) -> argparse.HelpFormatter:
        formatter = super()._get_formatter()
        add_usage, prefix = formatter.add_usage, t("cli.argparse.usage", self.lang)

        def localized(usage: Any, actions: Any, groups: Any, prefix_: str | None = None) -> None:
            add_usage(usage, actions, groups, prefix if prefix_ is None else prefix_)  # continuation lines align

        formatter.add_usage = localized  # type: ignore[method-assign,assignment]
        return formatter

    def error(self, text: str) -> NoReturn:
        raise UsageError(argparse_text(text, self.lang))


def t(code: str, lang: str, **params: Any) -> str:
    return message(code, lang, **params)


def detect_lang(argv: Sequence[str]) -> str:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if a.startswith("--lang=") and a.split("=", 1)[1] in LANGUAGES:
            return a.split("=", 1)[1]
    return DEFAULT_LANGUAGE


def add_lang(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``--lang``, accepted before or after the subcommand: only the top-level parser has a
    default, so a subcommand's parser never overwrites a ``--lang`` given before it."""
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE if top else argparse.SUPPRESS,
                        help="es (default) | en")


def add_subcommand(sub: Any, name: str, lang: str, func: Any) -> argparse.ArgumentParser:
    """A subparser whose help and example come from the catalogue
    (codes ``cli.<name>.help`` and ``cli.<name>.example``)."""
    p: argparse.ArgumentParser = sub.add_parser(
        name,
        lang=lang,
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
