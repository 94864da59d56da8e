"""``clusterprio-cli sample -o FILE.xlsx``: a copy of the bundled sample."""

from __future__ import annotations

import argparse
from typing import Any

from mcda.cli import common
from mcda.cli.template import add_output, copy_resource


def register(sub: Any, lang: str) -> None:
    add_output(common.add_subcommand(sub, "sample", lang, run), lang)


def run(args: argparse.Namespace) -> int:
    import resources

    return copy_resource(resources.sample_workbook(), args)
