"""Read an input workbook (contract §1) into a :class:`~mcda.problem.Problem`.

Every problem found is collected, not only the first, each as an
:class:`~mcda.errors.Issue` with a code and, whenever there is one, the
sheet and cell (``Clusters!D7``).  Nothing raises for bad input: a file
that cannot be a workbook at all gives ``problem=None`` and the issues;
a workbook with bad cells gives the problem (``NaN`` where a value could not
be read) *and* the errors, so the desktop app can show the data and point at
each cell.

>>> from pathlib import Path
>>> result = read_workbook(Path("no/such/file.xlsx"))
>>> result.problem is None, [i.code for i in result.issues]
(True, ['file.not_found'])
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from mcda.errors import InputError, Issue, Severity, cell_ref
from mcda.missing import POLICIES, Imputation, apply_missing_policy
from mcda.problem import Criterion, Judgments, Member, Problem
from mcda.workbook.book import Book
from mcda.workbook.names import SHEET_TITLES, normalize, parse_ahp_sheet_name, sheet_role
from mcda.workbook.numbers import parse_value
from mcda.workbook.pairwise import read_block
from mcda.workbook.safety import inspect_file
from mcda.workbook.sheets import ClusterSheet, read_clusters, read_committee, read_criteria, read_settings
from mcda.workbook.tables import Grid, at

#: Formulas without a cached value are listed cell by cell up to this many per sheet.
MAX_FORMULA_WARNINGS = 20


class CellMap(Mapping[tuple[str, str], str]):
    """(cluster id, criterion id) -> ``"Clusters!D7"``, computed on demand."""

    def __init__(self, sheet: str, rows: Mapping[str, int], cols: Mapping[str, int]) -> None:
        self.sheet, self.rows, self.cols = sheet, dict(rows), dict(cols)

    def __getitem__(self, key: tuple[str, str]) -> str:
        cluster, criterion = key
        return f"{self.sheet}!{cell_ref(self.rows[cluster], self.cols[criterion])}"

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((c, k) for c in self.rows for k in self.cols)

    def __len__(self) -> int:
        return len(self.rows) * len(self.cols)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and len(key) == 2 and key[0] in self.rows and key[1] in self.cols


@dataclass(frozen=True)
class ReadResult:
    """What reading a workbook gave: the problem (``None`` only when the
    structure is fatally broken), every issue, the SHA-256 of the file's
    bytes, the values filled in by the missing-value policy, the clusters it
    excluded and where each value came from."""

    problem: Problem | None
    issues: tuple[Issue, ...]
    sha256: str
    imputations: tuple[Imputation, ...] = ()
    cell_of: Mapping[tuple[str, str], str] = field(default_factory=dict)
    excluded: tuple[str, ...] = ()
    #: The problem before the missing-value policy, when the policy changed it (``None`` otherwise):
    #: an output keeps the clusters ``exclude`` left out in its input sheets.
    unresolved: Problem | None = None
    missing_policy: str = "error"

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.is_error)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if not i.is_error)

    @property
    def ok(self) -> bool:
        """True when there is a problem and no error issue."""
        return self.problem is not None and not self.errors

    def raise_for_errors(self) -> Problem:
        """The problem, or :class:`~mcda.errors.InputError` carrying every error."""
        if self.errors:
            raise InputError(self.errors)
        if self.problem is None:  # pragma: no cover - a None problem always comes with an error
            raise InputError(Issue("file.not_workbook", params={"file": ""}))
        return self.problem


def _warn(code: str, sheet: str | None = None, cell: str | None = None, **params: Any) -> Issue:
    return Issue(code, sheet=sheet, cell=cell, params=params, severity=Severity.WARNING)


def read_workbook(path: str | os.PathLike[str], *, missing_policy: str | None = "error") -> ReadResult:
    """Read the workbook at ``path`` (.xlsx, .xlsm, .xls, .ods).

    ``missing_policy`` is one of :data:`mcda.missing.POLICIES`; with
    ``"error"`` each empty value cell is an error ``cell.missing`` (and stays
    ``NaN`` in the problem), otherwise the policy is applied and reported as
    warnings plus :attr:`ReadResult.imputations`.  ``None`` uses the policy
    stored in the workbook's session sheet (``"error"`` when there is none).
    """
    if missing_policy is not None and missing_policy not in POLICIES:
        raise ValueError(f"unknown missing-value policy {missing_policy!r}; expected one of {POLICIES}")
    p = Path(path)
    check = inspect_file(p)
    if not check.ok:
        return ReadResult(None, check.issues, check.sha256, missing_policy=missing_policy or "error")
    book = Book(check, p.name)
    if not book.ok:
        return ReadResult(None, tuple(book.issues), check.sha256, missing_policy=missing_policy or "error")
    return _Reader(book, missing_policy).read(check.sha256)


class _Reader:
    def __init__(self, book: Book, policy: str | None) -> None:
        self.book = book
        self.policy = policy
        self.issues: list[Issue] = list(book.issues)
        self.sheets: dict[str, str] = {}
        self.ahp: list[tuple[str, str | None, str]] = []
        self.criteria_first_row = 1  # 0-based row where the first criterion would go
        for name in book.sheet_names:
            role = sheet_role(name)
            parsed = parse_ahp_sheet_name(name)
            if role and role in self.sheets:
                self.issues.append(_warn("sheet.duplicate", name, "A1", used=self.sheets[role]))
            elif role:
                self.sheets[role] = name
            elif parsed:
                self.ahp.append((name, parsed[0], parsed[1]))

    def grid(self, sheet: str) -> Grid | None:
        grid = self.book.grid(sheet, self.issues)
        scan = self.book.scanned(sheet)
        if grid is not None and scan is not None and scan.formula_cells:
            cells = scan.formula_cells
            self.issues.extend(_warn("cell.formula_no_value", sheet, c) for c in cells[:MAX_FORMULA_WARNINGS])
            if len(cells) > MAX_FORMULA_WARNINGS:
                self.issues.append(_warn("cell.formula_no_value_more", sheet, count=len(cells) - MAX_FORMULA_WARNINGS))
        return grid

    def read(self, sha256: str) -> ReadResult:
        def done(problem: Problem | None = None, **extra: Any) -> ReadResult:
            return ReadResult(problem, tuple(self.issues), sha256, missing_policy=self.policy or "error", **extra)

        if "clusters" not in self.sheets:
            self.issues.append(Issue("sheet.missing", params={
                "sheet": SHEET_TITLES["clusters"], "sheets": ", ".join(self.book.sheet_names)}))
            return done()
        cs_name = self.sheets["clusters"]
        grid = self.grid(cs_name)
        table = read_clusters(grid, cs_name, self.issues) if grid is not None else None
        if grid is None or table is None:
            return done()
        criteria, columns = self._criteria(grid, table)
        values, empty = self._values(grid, table, criteria, columns)
        members = self._committee()
        judgments = self._judgments(criteria, members)
        settings = self._settings()
        if self.policy is None:  # the session's stored choice (mcda.session.MISSING_POLICY)
            stored = settings.get("missing_policy", "error")
            self.policy = stored if stored in POLICIES else "error"
        self._counts(table, criteria, cs_name)
        try:
            problem = Problem(tuple(table.clusters), tuple(criteria), values, tuple(members), tuple(judgments),
                              settings)
        except InputError as err:  # pragma: no cover - the sheets readers prevent it
            self.issues.extend(err.issues)
            return done()
        self._constant(problem, table, columns)
        cell_of = CellMap(cs_name, dict(zip(table.rows.ids, table.rows.rows)), columns)
        return self._missing(problem, self.policy, empty, cell_of, done)

    # -- criteria and values ------------------------------------------------
    def _criteria(self, grid: Grid, table: ClusterSheet) -> tuple[list[Criterion], dict[str, int]]:
        """Criteria and the Clusters column of each (criterion id -> column)."""
        cs = table.rows.header.sheet
        columns: dict[str, int] = {}
        if "criteria" not in self.sheets:
            self.issues.append(_warn("criteria.sheet_missing", cs))
            inferred: list[Criterion] = []
            for col, header in table.rows.header.extras:
                raw = [at(grid, r, col) for r in table.rows.rows]
                if any(isinstance(parse_value(v), float) for v in raw):
                    inferred.append(Criterion(header, header))
                    columns[header] = col
                else:
                    self.issues.append(_warn("clusters.text_column_ignored", cs, table.rows.header.cell(col),
                                             header=header))
            return inferred, columns
        name = self.sheets["criteria"]
        cgrid = self.grid(name)
        sheet = read_criteria(cgrid, name, self.issues) if cgrid is not None else None
        if sheet is None:
            return [], {}
        self.criteria_first_row = sheet.rows.header.row + 1
        exact = {c.id: c.id for c in sheet.criteria}
        loose = {normalize(c.id): c.id for c in sheet.criteria}
        for col, header in table.rows.header.extras:
            ident = exact.get(header) or loose.get(normalize(header))
            if ident is None:
                self.issues.append(Issue("clusters.unknown_criterion", sheet=cs, cell=table.rows.header.cell(col),
                                         params={"header": header, "criteria": name}))
            elif ident in columns:
                self.issues.append(Issue("header.duplicate", sheet=cs, cell=table.rows.header.cell(col),
                                         params={"header": header,
                                                 "first": table.rows.header.cell(columns[ident])}))
            else:
                columns[ident] = col
        for r, c in zip(sheet.rows.rows, sheet.criteria):
            if c.id not in columns:
                self.issues.append(Issue("criteria.not_in_clusters", sheet=name,
                                         cell=cell_ref(r, sheet.rows.header.roles["id"]),
                                         params={"criterion": c.id, "clusters": cs}))
        return sheet.criteria, columns

    def _values(self, grid: Grid, table: ClusterSheet, criteria: list[Criterion],
                columns: dict[str, int]) -> tuple[npt.NDArray[np.float64], list[tuple[str, str, str]]]:
        """The value matrix (``NaN`` where empty or wrong) and the empty cells."""
        sheet = table.rows.header.sheet
        scan = self.book.scanned(sheet)
        excel_errors = scan.error_cells if scan is not None else {}
        values = np.full((len(table.clusters), len(criteria)), np.nan)
        cols = [(j, columns[c.id], c.id) for j, c in enumerate(criteria) if c.id in columns]
        empty: list[tuple[str, str, str]] = []
        for i, (r, ident) in enumerate(zip(table.rows.rows, table.rows.ids)):
            line = grid[r]
            width = len(line)
            for j, col, crit in cols:
                v = line[col] if col < width else None
                if type(v) is float:
                    values[i, j] = v
                    continue
                parsed = parse_value(v)
                if isinstance(parsed, float):
                    values[i, j] = parsed
                    continue
                cell = cell_ref(r, col)
                if parsed.code == "cell.empty":
                    if cell in excel_errors:
                        self.issues.append(Issue("cell.excel_error", sheet=sheet, cell=cell,
                                                 params={"value": excel_errors[cell]}))
                    else:
                        empty.append((ident, crit, cell))
                else:
                    self.issues.append(replace(parsed, sheet=sheet, cell=cell))
        return values, empty

    # -- committee, judgments, settings ------------------------------------------
    def _committee(self) -> list[Member]:
        name = self.sheets.get("committee")
        if name is None:
            return []
        grid = self.grid(name)
        sheet = read_committee(grid, name, self.issues) if grid is not None else None
        return sheet.members if sheet is not None else []

    def _judgments(self, criteria: list[Criterion], members: list[Member]) -> list[Judgments]:
        ids = {normalize(c.id): c.id for c in criteria}
        groups = {normalize(c.group): c.group for c in criteria if c.group}
        who = {normalize(m.name): m.id for m in members}
        who.update({normalize(m.id): m.id for m in members})
        found: list[Judgments] = []
        for sheet, member_text, level in self.ahp:
            member = None
            if member_text is not None:
                member = who.get(normalize(member_text))
                if member is None:  # kept: the committee engine gives unlisted members voting weight 1
                    member = member_text
                    self.issues.append(_warn("pairwise.unknown_member", sheet, "A1", member=member_text))
            if any(j.member == member and j.level == level for j in found):
                self.issues.append(_warn("pairwise.duplicate_sheet", sheet, "A1"))
                continue
            grid = self.grid(sheet)
            block = read_block(grid, sheet, self.issues) if grid is not None else None
            if block is None:
                continue
            known = ids if level == "criteria" else groups
            labels: list[str] = []
            for k, label in enumerate(block.labels):
                target = known.get(normalize(label))
                if target is None:
                    code = "pairwise.unknown_criterion" if level == "criteria" else "pairwise.unknown_group"
                    self.issues.append(Issue(code, sheet=sheet, cell=block.label_cell(k), params={"label": label}))
                labels.append(target or label)
            if len(labels) != len(block.labels) or any(normalize(x) not in known for x in labels):
                continue
            if level == "criteria" and len(labels) < len(ids) and criteria:
                left = [c.id for c in criteria if c.id not in labels]
                self.issues.append(_warn("pairwise.criteria_not_compared", sheet, block.label_cell(0),
                                         criteria=", ".join(left)))
            found.append(Judgments(tuple(labels), block.matrix, member, level, sheet))
        return found

    def _settings(self) -> dict[str, str]:
        name = self.sheets.get("settings")
        if name is None:
            return {}
        grid = self.grid(name)
        return read_settings(grid, name, self.issues) if grid is not None else {}

    # -- whole-problem checks --------------------------------------------------
    def _counts(self, table: ClusterSheet, criteria: list[Criterion], cs: str) -> None:
        header = table.rows.header
        if len(table.clusters) < 2:
            next_row = (table.rows.rows[-1] if table.rows.rows else header.row) + 1
            self.issues.append(Issue("clusters.too_few", sheet=cs, cell=cell_ref(next_row, header.roles["id"]),
                                     params={"count": len(table.clusters)}))
        if not criteria:
            if "criteria" in self.sheets:
                name = self.sheets["criteria"]
                self.issues.append(Issue("criteria.none", sheet=name, cell=cell_ref(self.criteria_first_row, 0)))
            else:
                self.issues.append(Issue("criteria.none", sheet=cs, cell=header.cell(header.width)))

    def _constant(self, problem: Problem, table: ClusterSheet, columns: dict[str, int]) -> None:
        if len(problem.clusters) < 2:
            return
        for j, c in enumerate(problem.criteria):
            column = problem.values[:, j]
            present = column[~np.isnan(column)]
            if c.id in columns and present.size >= 2 and present.max() == present.min():
                self.issues.append(_warn("criteria.constant", table.rows.header.sheet,
                                         table.rows.header.cell(columns[c.id]), criterion=c.id,
                                         value=float(present[0])))

    def _missing(self, problem: Problem, policy: str, empty: list[tuple[str, str, str]], cell_of: CellMap,
                 done: Callable[..., ReadResult]) -> ReadResult:
        sheet = cell_of.sheet
        where = {(c, k): cell for c, k, cell in empty}
        if policy == "error" or not empty:
            self.issues.extend(Issue("cell.missing", sheet=sheet, cell=cell, params={"cluster": c, "criterion": k})
                               for c, k, cell in empty)
            return done(problem, cell_of=cell_of)
        try:
            result = apply_missing_policy(problem, policy, [(c, k) for c, k, _ in empty])
        except InputError as err:
            self.issues.extend(err.issues)
            self.issues.extend(Issue("cell.missing", sheet=sheet, cell=cell, params={"cluster": c, "criterion": k})
                               for c, k, cell in empty)
            return done(problem, cell_of=cell_of)
        for imp in result.imputations:
            self.issues.append(_warn(f"missing.imputed_{imp.policy}", sheet, where[(imp.cluster, imp.criterion)],
                                     cluster=imp.cluster, criterion=imp.criterion, value=imp.value))
        id_col = cell_of.rows
        for cluster in result.excluded:
            cells = [cell for c, _, cell in empty if c == cluster]
            self.issues.append(_warn("missing.excluded", sheet, cells[0] if cells else None, cluster=cluster,
                                     count=len(cells)))
        kept = {c: r for c, r in id_col.items() if c not in set(result.excluded)}
        return done(result.problem, imputations=result.imputations, excluded=result.excluded, unresolved=problem,
                    cell_of=CellMap(sheet, kept, cell_of.cols))
