"""Hashes recorded in an export and :func:`verify`, which checks them later.

An export that holds judgments gets two sheets (:func:`export_sheets`):

* ``Auditoria``: the hash-chained trail (:mod:`mcda.committee.audit`);
* ``Integridad``: ``elemento`` / ``sha256`` / ``celdas`` rows: ``version``
  (of the record, :data:`RECORD_VERSION`), ``datos`` (every cluster row and
  pairwise matrix), ``cluster:<id>`` per cluster row, ``juicios:<sheet>`` per
  pairwise matrix, ``pesos`` (the final weights of the ``Pesos`` sheet) and
  ``peso:<id>`` per criterion, the cell-by-cell record of ``Criterios``,
  ``Comite``, ``_clusterprio``, ``Prioridades`` and ``Metodologia``
  (``hoja:<sheet>``, ``fila:<sheet>:<n>``: :mod:`mcda.committee.integrity_cells`,
  added by :func:`complete_record` once the workbook is built), and
  ``auditoria`` (the trail's head hash) with ``auditoria_filas`` (its length).

A record without a ``version`` row is version 1 (exports written before
version 2): it is checked by its own rules, under which ``criterio:<id>``
covered the id, name, group, direction, unit and raw weight of each
criterion, and there was no cell-by-cell record.

Numbers are hashed as text with 12 significant digits, so a spreadsheet
program that re-saves the file without changing a value does not break it.

:func:`verify` reads the file again and names what changed: a cluster row
(``Clusters!A7``), a cell of a recorded sheet (``Criterios!G3``,
``Comite!D3``, ``Prioridades!B2``), a weight (``Pesos!D4``), an audit row
(``Auditoria!A12``), a judgment not covered by the trail (``AHP M1!C2``), or
missing/extra rows and sheets.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from mcda.committee.audit import AUDIT_SHEET, COLUMNS, AuditTrail, format_value, initial_trail, trail_issues
from mcda.committee.integrity_cells import (
    RECORD_SHEET,
    ROW_PREFIX,
    SHEET_PREFIX,
    cell_text,
    check_cells,
    digest,
    num,
    workbook_items,
)
from mcda.errors import Issue, cell_ref
from mcda.problem import Judgments, Problem

INTEGRITY_SHEET = RECORD_SHEET
WEIGHTS_SHEET = "Pesos"
CLUSTERS_SHEET = "Clusters"
CRITERIA_SHEET = "Criterios"
#: Version of the record an export gets (a record without a ``version`` row is version 1).
RECORD_VERSION = 2
VERSION_KEY = "version"
COLUMNS_V2 = ("elemento", "sha256", "celdas")

_num = num
_digest = digest


def _judgment_parts(j: Judgments) -> list[Any]:
    return [j.member or "", j.level, list(j.labels), [[format_value(float(v)) for v in row] for row in j.matrix]]


def sheet_of(j: Judgments) -> str:
    from mcda.committee.audit import sheet_name

    return sheet_name(j)


def data_hashes(problem: Problem, version: int = RECORD_VERSION) -> dict[str, str]:
    """``datos``, ``cluster:<id>`` and ``juicios:<sheet>`` hashes (version 1 also ``criterio:<id>``;
    version 2 records ``Criterios`` cell by cell instead)."""
    out: dict[str, str] = {}
    ids = problem.criterion_ids
    for k, c in enumerate(problem.clusters):
        out[f"cluster:{c.id}"] = _digest([c.id, c.name, c.region, c.description, ids,
                                          [_num(float(v)) for v in problem.values[k]]])
    if version == 1:
        for crit in problem.criteria:
            out[f"criterio:{crit.id}"] = _digest([crit.id, crit.name, crit.group, crit.direction.value, crit.unit,
                                                  _num(crit.weight)])
    for j in problem.judgments:
        out[f"juicios:{sheet_of(j)}"] = _digest(_judgment_parts(j))
    out = {"datos": _digest(sorted(out.items())), **out}
    return out


def weights_hashes(weights: pd.Series) -> dict[str, str]:
    """``pesos`` and ``peso:<id>`` hashes of the final weights."""
    out = {f"peso:{k}": _digest([str(k), _num(float(v))]) for k, v in weights.items()}
    return {"pesos": _digest(sorted(out.items())), **out}


def integrity_frame(problem: Problem, weights: pd.Series, trail: AuditTrail, workbook: Any = None) -> pd.DataFrame:
    """The ``Integridad`` sheet; with the built ``workbook`` (openpyxl) it holds
    the cell-by-cell record too (otherwise add it with :func:`complete_record`)."""
    rows = {VERSION_KEY: str(RECORD_VERSION), **data_hashes(problem), **weights_hashes(weights),
            "auditoria": trail.head, "auditoria_filas": str(len(trail))}
    frame = pd.DataFrame({"elemento": list(rows), "sha256": list(rows.values()), "celdas": ""})
    return complete_record(frame, workbook) if workbook is not None else frame


def complete_record(frame: pd.DataFrame, workbook: Any) -> pd.DataFrame:
    """``frame`` (an ``Integridad`` record) with the cell-by-cell record of the
    :data:`~mcda.committee.integrity_cells.RECORDED_SHEETS` of ``workbook`` as
    built (openpyxl), before the audit rows; its earlier cell rows are replaced."""
    keep = ~frame["elemento"].astype(str).str.startswith((SHEET_PREFIX, ROW_PREFIX))
    base = frame[keep].reset_index(drop=True)
    items = workbook_items(workbook)
    cells = pd.DataFrame({"elemento": list(items), "sha256": [v[0] for v in items.values()],
                          "celdas": [v[1] for v in items.values()]})
    at = next((i for i, e in enumerate(base["elemento"]) if str(e).startswith("auditoria")), len(base))
    return pd.concat([base.iloc[:at], cells, base.iloc[at:]], ignore_index=True)[list(COLUMNS_V2)]


def export_sheets(problem: Problem, weights: pd.Series, trail: AuditTrail | None = None,
                  source: str = "") -> dict[str, pd.DataFrame]:
    """``Auditoria`` (when there are judgments or a trail; it starts as imported
    when none is given) and ``Integridad`` (always; the caller adds the
    cell-by-cell record with :func:`complete_record` once the workbook is built)."""
    trail = trail if trail is not None else initial_trail(problem, source)
    out = {AUDIT_SHEET: trail.to_frame()} if len(trail) or problem.judgments else {}
    return {**out, INTEGRITY_SHEET: integrity_frame(problem, weights, trail)}


def read_trail(path: str | os.PathLike[str]) -> AuditTrail | None:
    """The ``Auditoria`` trail of a workbook (``None`` when it has none or its chain is broken)."""
    from mcda.workbook.book import Book
    from mcda.workbook.safety import inspect_file

    check = inspect_file(path)
    if not check.ok:
        return None
    book = Book(check, Path(path).name)
    if not book.ok:
        return None
    grid = _grid(book, AUDIT_SHEET, [])
    if grid is None:
        return None
    trail = AuditTrail.from_rows(r[:len(COLUMNS)] for r in grid[1:] if any(x not in (None, "") for x in r))
    return trail if not trail.verify_chain() else None


def trail_for(problem: Problem, path: str | os.PathLike[str] | None, *, time: str | None = None) -> AuditTrail:
    """The trail to continue for a problem read from ``path``.

    A workbook exported by clusterprio carries its trail: it is continued, and
    every judgment that differs from the trail's last value (edited outside the
    program) gets an ``external`` row.  Any other workbook starts a new trail
    with the judgments as imported.
    """
    name = Path(path).name if path else ""
    old = read_trail(path) if path else None
    if old is None:
        return initial_trail(problem, name, time=time)
    final = old.final_values()
    trail = old
    for j in problem.judgments:
        sheet = sheet_of(j)
        for i, k, v in _given(j):
            a, b = j.labels[i], j.labels[k]
            before = final.get((j.member or "", j.level, a, b))
            if before is None and (j.member or "", j.level, b, a) in final:
                t = final[(j.member or "", j.level, b, a)]
                before = format_value(1.0 / _parse(t)) if t else ""
            if (before or "") != format_value(v):
                trail = trail.record(member=j.member, sheet=sheet, level=j.level, a=a, b=b, old=before or "",
                                     new=v, event="external", source=f"{name}!{sheet}", time=time)
    return trail


def _given(j: Judgments) -> list[tuple[int, int, float]]:
    from mcda.committee.audit import given_pairs

    return given_pairs(j)


def _grid(book: Any, name: str, issues: list[Issue]) -> list[list[Any]] | None:
    if name not in book.sheet_names:
        return None
    grid = book.grid(name, issues)
    return [list(r) for r in grid] if grid is not None else None


def _recorded(grid: list[list[Any]], column: int = 1) -> dict[str, str]:
    """``elemento`` → the text of its ``column`` (1: sha256, 2: celdas)."""
    out = {}
    for r in grid[1:]:
        if r and r[0] not in (None, ""):
            out[str(r[0])] = "" if len(r) <= column else cell_text(r[column])
    return out


def verify(path: str | os.PathLike[str]) -> list[Issue]:
    """Every change made to an export after it was written (empty list = intact).

    Codes: ``verify.no_integrity``, ``verify.unknown_version``,
    ``verify.data_changed`` (cluster row), ``verify.criterion_changed``
    (version 1), ``verify.rows_added`` / ``verify.rows_removed``,
    ``verify.judgments_changed``, ``verify.judgment_not_audited``,
    ``verify.weight_changed``, ``verify.weights_missing``,
    ``verify.audit_row_changed``, ``verify.audit_truncated``,
    ``verify.record_changed``; version 2 also ``verify.cell_changed`` /
    ``verify.cell_emptied`` (with the cell), ``verify.more_changes``,
    ``verify.sheet_rows_added`` / ``verify.sheet_rows_removed``,
    ``verify.sheet_added`` / ``verify.sheet_missing``; plus the reader's
    errors when the file no longer reads.  Empty value cells are no error
    here: the clusters a missing-value policy excluded are written back with them.
    """
    from mcda.workbook.book import Book
    from mcda.workbook.reader import read_workbook
    from mcda.workbook.safety import inspect_file

    read = read_workbook(path)
    errors = [e for e in read.errors if e.code != "cell.missing"]
    if read.problem is None or errors:
        return errors or [Issue("file.not_workbook", params={"file": Path(path).name})]
    problem = read.problem
    book = Book(inspect_file(path), Path(path).name)
    issues: list[Issue] = []
    grid = _grid(book, INTEGRITY_SHEET, issues)
    if grid is None:
        return issues + [Issue("verify.no_integrity", params={"sheet": INTEGRITY_SHEET})]
    recorded = _recorded(grid)
    version = recorded.get(VERSION_KEY, "1")
    if version not in ("1", "2"):
        row = next(r for r, line in enumerate(grid) if line and line[0] == VERSION_KEY)
        return issues + [Issue("verify.unknown_version", sheet=INTEGRITY_SHEET, cell=cell_ref(row, 1),
                               params={"version": version, "supported": RECORD_VERSION})]
    issues += _check_data(problem, recorded, read.cell_of, int(version))
    issues += _check_weights(problem, book, recorded, issues)
    if version != "1":
        issues += check_cells(book, recorded, _recorded(grid, 2), issues)
    issues += _check_audit(problem, book, recorded, issues)
    return issues


def _row_cell(cell_of: Mapping[tuple[str, str], str], problem: Problem, cluster: str) -> str | None:
    for crit in problem.criterion_ids:
        ref = cell_of.get((cluster, crit))
        if ref:
            digits = "".join(ch for ch in ref if ch.isdigit())
            return f"A{digits}"
    return None


def _check_data(problem: Problem, recorded: Mapping[str, str], cell_of: Mapping[tuple[str, str], str],
                version: int) -> list[Issue]:
    now = data_hashes(problem, version)
    if recorded.get("datos") == now["datos"]:
        return []
    out: list[Issue] = []
    kinds = (("cluster", CLUSTERS_SHEET), ("criterio", CRITERIA_SHEET), ("juicios", None))
    for kind, sheet in kinds if version == 1 else (kinds[0], kinds[2]):
        before = {k.split(":", 1)[1]: v for k, v in recorded.items() if k.startswith(kind + ":")}
        after = {k.split(":", 1)[1]: v for k, v in now.items() if k.startswith(kind + ":")}
        for key in after:
            if key in before and before[key] != after[key]:
                if kind == "cluster":
                    out.append(Issue("verify.data_changed", sheet=sheet, cell=_row_cell(cell_of, problem, key),
                                     params={"cluster": key}))
                elif kind == "criterio":
                    row = problem.criterion_ids.index(key) + 2
                    out.append(Issue("verify.criterion_changed", sheet=sheet, cell=f"A{row}",
                                     params={"criterion": key}))
                else:
                    out.append(Issue("verify.judgments_changed", sheet=key, params={"sheet": key}))
        added = [k for k in after if k not in before]
        removed = [k for k in before if k not in after]
        if added:
            out.append(Issue("verify.rows_added", sheet=sheet or None, params={"kind": kind, "ids": ", ".join(added)}))
        if removed:
            out.append(Issue("verify.rows_removed", sheet=sheet or None,
                             params={"kind": kind, "ids": ", ".join(removed)}))
    if not out:  # the per-item hashes agree but the overall one does not: the record itself was edited
        out.append(Issue("verify.record_changed", sheet=INTEGRITY_SHEET, params={"item": "datos"}))
    return out


def _weights_read(book: Any, problem: Problem, issues: list[Issue]) -> tuple[pd.Series, dict[str, int]] | None:
    grid = _grid(book, WEIGHTS_SHEET, issues)
    if grid is None:
        return None
    ids = set(problem.criterion_ids)
    values: dict[str, float] = {}
    rows: dict[str, int] = {}
    for r, line in enumerate(grid[1:], start=2):
        key = "" if not line or line[0] is None else str(line[0])
        if key not in ids or key in values:
            if values:
                break
            continue
        raw = line[3] if len(line) > 3 else None
        values[key] = float(raw) if isinstance(raw, int | float) else math.nan
        rows[key] = r
    return pd.Series(values, dtype=float), rows


def _check_weights(problem: Problem, book: Any, recorded: Mapping[str, str], issues: list[Issue]) -> list[Issue]:
    got = _weights_read(book, problem, issues)
    if got is None:
        return [Issue("verify.weights_missing", params={"sheet": WEIGHTS_SHEET})]
    weights, rows = got
    now = weights_hashes(weights)
    if recorded.get("pesos") == now["pesos"]:
        return []
    out = []
    for key, value in now.items():
        if key.startswith("peso:") and recorded.get(key) not in (None, value):
            cid = key.split(":", 1)[1]
            out.append(Issue("verify.weight_changed", sheet=WEIGHTS_SHEET, cell=cell_ref(rows[cid] - 1, 3),
                             params={"criterion": cid}))
    missing = [k.split(":", 1)[1] for k in recorded if k.startswith("peso:") and k not in now]
    if missing:
        out.append(Issue("verify.rows_removed", sheet=WEIGHTS_SHEET, params={"kind": "peso", "ids": ", ".join(missing)}))
    return out or [Issue("verify.record_changed", sheet=INTEGRITY_SHEET, params={"item": "pesos"})]


def _check_audit(problem: Problem, book: Any, recorded: Mapping[str, str], issues: list[Issue]) -> list[Issue]:
    grid = _grid(book, AUDIT_SHEET, issues)
    if grid is None and recorded.get("auditoria_filas") == "0":
        return []
    if grid is None:
        return [Issue("verify.audit_truncated", sheet=AUDIT_SHEET, params={"expected": recorded.get(
            "auditoria_filas", "?"), "found": 0})]
    trail = AuditTrail.from_rows(r[:len(COLUMNS)] for r in grid[1:] if any(x not in (None, "") for x in r))
    out = trail_issues(trail)
    if not out and (trail.head != recorded.get("auditoria") or str(len(trail)) != recorded.get("auditoria_filas")):
        out.append(Issue("verify.audit_truncated", sheet=AUDIT_SHEET, cell=f"A{len(trail) + 2}",
                         params={"expected": recorded.get("auditoria_filas", "?"), "found": len(trail)}))
    if not out:
        out += _check_replay(problem, trail)
    return out


def _check_replay(problem: Problem, trail: AuditTrail) -> list[Issue]:
    """Each judgment in the AHP sheets must be the last value the trail recorded for it."""
    final = trail.final_values()
    out = []
    for j in problem.judgments:
        sheet = sheet_of(j)
        labels = list(j.labels)
        full = j.matrix
        for i in range(len(labels)):
            for k in range(i + 1, len(labels)):
                a, b = labels[i], labels[k]
                expected = final.get((j.member or "", j.level, a, b))
                if expected is None and (j.member or "", j.level, b, a) in final:
                    t = final[(j.member or "", j.level, b, a)]
                    expected = format_value(1.0 / _parse(t)) if t else ""
                now = format_value(float(full[i, k])) if not math.isnan(full[i, k]) else (
                    format_value(1.0 / float(full[k, i])) if not math.isnan(full[k, i]) else "")
                if (expected or "") != now:
                    out.append(Issue("verify.judgment_not_audited", sheet=sheet, cell=cell_ref(1 + i, 1 + k),
                                     params={"a": a, "b": b, "expected": expected or "", "found": now}))
    return out


def _parse(text: str) -> float:
    from mcda.committee.audit import parse_value

    return parse_value(text)
