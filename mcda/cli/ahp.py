"""``clusterprio-cli ahp MATRIX... [--aggregate aij|aip] [--prioritization ...] [--ri TABLE] [--json]``."""

from __future__ import annotations

import argparse
import math
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mcda.cli import common
from mcda.errors import Issue, McdaError

if TYPE_CHECKING:
    from mcda.ahp import AhpResult
    from mcda.problem import Judgments
    from mcda.workbook.matrix_io import MatrixReadResult


def register(sub: Any, lang: str) -> None:
    from mcda.ahp import RI_TABLE_NAMES

    p = common.add_subcommand(sub, "ahp", lang, run)
    p.add_argument("matrices", nargs="+", metavar="MATRIX", help=common.t("cli.ahp.matrix", lang))
    p.add_argument("--aggregate", choices=("aij", "aip"), default="aij", help=common.t("cli.ahp.aggregate", lang))
    p.add_argument("--prioritization", choices=("eigenvector", "geometric"), default="eigenvector",
                   help=common.t("cli.ahp.prioritization", lang))
    p.add_argument("--ri", choices=RI_TABLE_NAMES, default="saaty",
                   help=common.t("cli.ahp.ri", lang, tables=", ".join(RI_TABLE_NAMES)))
    p.add_argument("--member-weight", action="append", type=float, default=[], metavar="W",
                   help=common.t("cli.ahp.member_weight", lang))
    p.add_argument("--json", action="store_true", help=common.t("cli.arg.json", lang))


def _read_all(paths: list[str]) -> tuple[list[MatrixReadResult], list[Issue]]:
    """Every file read, and its issues (one without a location or a file name gets the file's name)."""
    from mcda.workbook.matrix_io import read_matrix

    results: list[MatrixReadResult] = []
    issues: list[Issue] = []
    for path in paths:
        result = read_matrix(path)
        name = Path(path).name
        issues.extend(i if i.location or "file" in i.params else replace(i, sheet=name) for i in result.issues)
        results.append(result)
    return results, issues


def _label_issues(paths: list[str], results: list[MatrixReadResult], blocks: list[Judgments]) -> list[Issue]:
    """``cli.ahp.labels_differ`` at the first label of each matrix that differs from the first matrix's.

    Labels match like every name in the workbook (case and accents ignored), in the same order.
    """
    from mcda.workbook.names import normalize

    expected = [normalize(x) for x in blocks[0].labels]
    found: list[Issue] = []
    for result, b in zip(results[1:], blocks[1:]):
        got = [normalize(x) for x in b.labels]
        if got == expected:
            continue
        k = next((i for i, (a, e) in enumerate(zip(got, expected)) if a != e), min(len(got), len(expected)))
        found.append(Issue("cli.ahp.labels_differ", sheet=b.sheet, cell=result.label_cell(k),
                           params={"labels": ", ".join(b.labels), "first": Path(paths[0]).name,
                                   "expected": ", ".join(blocks[0].labels)}))
    return found


def _check_member_weights(paths: list[str], weights: list[float], lang: str) -> None:
    """A voting weight per matrix, each finite and non-negative, not all zero (else :class:`UsageError`)."""
    if not weights:
        return
    if len(weights) != len(paths):
        raise common.UsageError(common.t("cli.ahp.member_weight_count", lang, weights=len(weights),
                                         matrices=len(paths)))
    for path, w in zip(paths, weights):
        if not (math.isfinite(w) and w >= 0):
            raise common.UsageError(common.t("cli.ahp.member_weight_bad", lang, file=Path(path).name, value=f"{w:g}"))
    if not any(w > 0 for w in weights):
        raise common.UsageError(common.t("cli.ahp.member_weight_zero", lang))


def _summary(result: Any) -> dict[str, Any]:
    return {k: (round(v, 10) if isinstance(v, float) else v) for k, v in result.as_dict().items()} | {
        "weights": {k: round(float(v), 10) for k, v in result.weights.items()}
    }


def _print_result(label: str, result: Any, lang: str) -> None:
    print(label)
    for name, w in result.weights.items():
        print(f"  {name:<12} {w:8.4f}")
    verdict = common.t("cli.ahp.consistent_yes" if result.consistent else "cli.ahp.consistent_no", lang)
    print(f"  λmax={result.lambda_max:.4f}  CI={result.ci:.4f}  RI={result.ri:.2f} ({result.ri_table})  "
          f"CR={result.cr:.4f}: {verdict}")


def _consensus(group: Any) -> float:
    """Goepel's AHP consensus S* of the members' priorities (:mod:`mcda.committee.consensus`)."""
    from mcda.committee.consensus import consensus

    labels = list(group.weights.index)
    return round(consensus([m.weights.reindex(labels).to_numpy() for m in group.members]).s_star, 10)


def run(args: argparse.Namespace) -> int:
    from mcda.ahp import consistency_warnings, priorities
    from mcda.ahp_group import group_priorities

    _check_member_weights(args.matrices, args.member_weight, args.lang)
    read, issues = _read_all(args.matrices)
    blocks = [r.judgments for r in read if r.ok and r.judgments is not None]
    if len(blocks) == len(read):
        issues += _label_issues(args.matrices, read, blocks)
    common.report_issues(issues, args.lang)
    if len(blocks) != len(read) or any(i.is_error for i in issues):
        return 1
    labels = list(blocks[0].labels)
    result: AhpResult | None
    try:
        if len(blocks) == 1:
            result = priorities(blocks[0], prioritization=args.prioritization, ri_table=args.ri)
            warnings = consistency_warnings(result, sheet=blocks[0].sheet)
            doc = _summary(result)
            members: list[tuple[str, Any]] = []
        else:
            names = [Path(p).name for p in args.matrices]
            group = group_priorities([b.matrix for b in blocks], labels, names=names,
                                     weights=args.member_weight or None, aggregation=args.aggregate,
                                     prioritization=args.prioritization, ri_table=args.ri,
                                     sheets=[b.sheet for b in blocks])
            result = group.group if group.group is not None else None
            warnings = [w for m, b in zip(group.members, blocks) for w in consistency_warnings(m, sheet=b.sheet)]
            members = list(zip(names, group.members))
            doc = _summary(result) if result is not None else {"criteria": labels}
            doc["weights"] = {k: round(float(v), 10) for k, v in group.weights.items()}
            doc["members"] = [
                {"file": n, "weights": {k: round(float(v), 10) for k, v in m.weights.items()},
                 "cr": round(m.cr, 10), "consistent": m.consistent,
                 "voting_weight": float(group.member_weights[n])}
                for n, m in members
            ]
            doc["aggregation"] = args.aggregate
            doc["consensus"] = _consensus(group)
            if result is None:  # AIP: consistency is per member
                doc["consistent"] = all(m.consistent for _, m in members)
    except McdaError as exc:
        return common.fail(exc, args.lang)
    if args.json:
        common.print_json(doc)
        common.report_issues(warnings, args.lang)
        return 0
    common.report_issues(warnings, args.lang)
    for name, m in members:
        _print_result(name, m, args.lang)
    if result is not None:
        _print_result("AHP" if not members else f"{args.aggregate.upper()}", result, args.lang)
    else:
        print(args.aggregate.upper())
        for name, w in doc["weights"].items():
            print(f"  {name:<12} {w:8.4f}")
    return 0
