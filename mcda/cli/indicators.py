"""``clusterprio-cli indicators RAW.xlsx|--sample [--region R] [--year Y] [--base-year Y0]
[--criteria IDS] [--json] [-o criteria.xlsx] [--force]`` and ``indicators --template FILE.xlsx``.

Computes the indicators of issue 7 from a raw-data workbook; ``-o`` writes them
as the ``Clusters`` and ``Criterios`` sheets of an input workbook, ready for
``rank``.  Without ``--region`` each cluster is evaluated in its own region(s)
(the ``region`` column of ``Mapeo``).
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

from mcda.cli import common
from mcda.errors import McdaError

RAW_SAMPLE = ("sample", "datos_brutos_muestra.xlsx")


def register(sub: Any, lang: str) -> None:
    t = common.t
    p = common.add_subcommand(sub, "indicators", lang, run)
    p.add_argument("file", nargs="?", metavar="RAW.xlsx", help=t("cli.indicators.arg.file", lang))
    p.add_argument("--sample", action="store_true", help=t("cli.indicators.arg.sample", lang))
    p.add_argument("--region", metavar="R", help=t("cli.indicators.arg.region", lang))
    p.add_argument("--year", type=int, metavar="Y", help=t("cli.indicators.arg.year", lang))
    p.add_argument("--base-year", type=int, metavar="Y0", help=t("cli.indicators.arg.base_year", lang))
    p.add_argument("--criteria", metavar="IDS", help=t("cli.indicators.arg.criteria", lang))
    p.add_argument("--json", action="store_true", help=t("cli.arg.json", lang))
    p.add_argument("-o", "--output", metavar="criteria.xlsx", help=t("cli.indicators.arg.output", lang))
    p.add_argument("--force", action="store_true", help=t("cli.arg.force", lang))
    p.add_argument("--template", metavar="FILE.xlsx", help=t("cli.indicators.arg.template", lang))


def _number(value: Any) -> Any:
    """JSON-safe scalar: NaN/inf → null, numpy → Python."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return round(value, 10) if math.isfinite(value) else None
    return value


def to_json(report: Any, lang: str, warnings: Any, criteria: Any = ()) -> dict[str, Any]:
    """The ``indicators --json`` document."""
    from mcda.text import message, render

    sectors = []
    for name, row in report.sectors.iterrows():
        entry: dict[str, Any] = {"sector": str(name)}
        entry.update({str(k): _number(v) for k, v in row.items()})
        entry.setdefault("lq", None)
        entry.setdefault("bl", None)
        entry.setdefault("fl", None)
        entry["key_sector"] = bool(entry.get("key_sector")) if entry.get("key_sector") is not None else None
        sectors.append(entry)
    clusters = []
    for cid, row in report.clusters.iterrows():
        entry = {"id": str(cid)}
        entry.update({str(k): _number(v) for k, v in row.items()})
        entry["sectors"] = [s for s in str(row["sectors"] or "").split("; ") if s]
        for count in ("stars", "firms"):
            if isinstance(entry.get(count), float):
                entry[count] = int(entry[count])
        clusters.append(entry)
    return {
        "region": report.region,
        "year": report.year,
        "base_year": report.base_year,
        "export_year": report.export_year,
        "source": {"file": report.source, "sha256": report.sha256},
        "linkages": "national" if report.linkages is not None else None,
        "sectors": sectors,
        "clusters": clusters,
        "criteria": [
            {"id": c.id, "name": c.name, "group": c.group, "direction": c.direction.name.lower(), "unit": c.unit,
             "year": c.year, "source": c.source, "formula": c.description}
            for c in criteria
        ],
        "lq_map": {str(r): {str(k): _number(v) for k, v in row.items()} for r, row in report.lq_map.iterrows()},
        "notes": [message(n, lang) for n in report.notes],
        "warnings": [render(w, lang) for w in warnings],
    }


def _fmt(value: Any, digits: int) -> str:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return "-"
    return f"{x:,.{digits}f}" if math.isfinite(x) else "-"


def _print_report(report: Any, lang: str) -> None:
    from mcda.text import message

    t = common.t
    where = report.region if report.region is not None else t("cli.indicators.own_region", lang)
    print(t("cli.indicators.heading", lang, region=where, years=report.years_label or "-",
            source=report.source))
    print(t("cli.indicators.clusters_header", lang))
    for cid, r in report.clusters.iterrows():
        print(f"{str(cid):<11} {_fmt(r['employment'], 0):>10} {_fmt(r['lq'], 2):>6} {_fmt(r['bl'], 2):>5} "
              f"{_fmt(r['fl'], 2):>5} {_fmt(r['cagr'], 1):>6} {_fmt(r['competitive_rate'], 1):>6} "
              f"{_fmt(r['exports'], 0):>8} {_fmt(r['hhi'], 0):>6} {_fmt(r['regional_share'], 1):>6} "
              f"{_fmt(r['cv_exports'], 2):>5}  {r['name']}")
    if report.linkages is not None:
        print()
        print(t("cli.indicators.sectors_header", lang))
        for name, r in report.sectors.iterrows():
            key = t("cli.indicators.key_yes", lang) if bool(r.get("key_sector", False)) else ""
            print(f"{_fmt(r.get('lq'), 2):>6} {_fmt(r.get('bl'), 3):>6} {_fmt(r.get('fl'), 3):>6} {key:<5} {name}")
    for note in report.notes:
        print(message(note, lang))


def _write_template(args: argparse.Namespace) -> int:
    from mcda.indicators.template import write_raw_template

    target = Path(args.template)
    if target.exists() and not args.force:
        raise common.UsageError(common.t("cli.exists", args.lang, path=target))
    try:
        write_raw_template(target)
    except McdaError as exc:
        return common.fail(exc, args.lang)
    print(common.t("cli.written", args.lang, path=target))
    return 0


def _input(args: argparse.Namespace) -> Path:
    import resources

    if args.sample and args.file:
        raise common.UsageError(common.t("cli.error.file_and_sample", args.lang))
    if args.sample:
        return resources.path(*RAW_SAMPLE)
    if not args.file:
        raise common.UsageError(common.t("cli.error.need_file", args.lang))
    return Path(args.file)


def _criteria_ids(args: argparse.Namespace) -> list[str] | None:
    from mcda.indicators.criteria import ALL_IDS

    if not args.criteria:
        return None
    ids = [part.strip() for part in args.criteria.split(",") if part.strip()]
    known = {i.casefold(): i for i in ALL_IDS}
    unknown = [i for i in ids if i.casefold() not in known]
    if unknown or not ids:
        raise common.UsageError(common.t("cli.indicators.unknown_criteria", args.lang,
                                         criteria=", ".join(unknown) or "-", known=", ".join(ALL_IDS)))
    return [known[i.casefold()] for i in ids]


def run(args: argparse.Namespace) -> int:
    from mcda.indicators.compute import IndicatorOptions, compute_indicators
    from mcda.indicators.criteria import criteria_problem
    from mcda.indicators.raw_workbook import read_raw_workbook

    if args.template:
        return _write_template(args)
    path = _input(args)
    ids = _criteria_ids(args)
    if args.output and Path(args.output).exists() and not args.force:
        raise common.UsageError(common.t("cli.exists", args.lang, path=args.output))
    read = read_raw_workbook(path)
    if not read.ok or read.data is None:
        common.report_issues(read.issues, args.lang)
        return 1
    warnings = [i for i in read.issues if not i.is_error]
    try:
        report = compute_indicators(read.data, IndicatorOptions(region=args.region, year=args.year,
                                                               base_year=args.base_year))
    except McdaError as exc:
        common.report_issues([*exc.issues, *warnings], args.lang)
        return 1
    warnings += report.issues
    criteria: tuple[Any, ...] = ()
    try:
        if not report.clusters.empty:
            problem, more = criteria_problem(report, args.lang, ids)
            criteria = problem.criteria
            warnings += more
        if args.output:
            from mcda.indicators.output import write_criteria_workbook

            write_criteria_workbook(Path(args.output), report, args.lang, ids)
    except McdaError as exc:
        common.report_issues([*exc.issues, *warnings], args.lang)
        return 1
    if args.json:
        common.print_json(to_json(report, args.lang, warnings, criteria))
    else:
        common.report_issues(warnings, args.lang)
        _print_report(report, args.lang)
    if args.output:
        print(common.t("cli.written", args.lang, path=args.output), file=sys.stderr if args.json else sys.stdout)
    return 0
