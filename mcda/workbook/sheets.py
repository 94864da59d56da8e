"""The rows of the ``Clusters``, ``Criterios``, ``Comite`` and settings sheets.

Each reader takes a grid (see :mod:`mcda.workbook.tables`), appends every
problem it finds to ``issues`` (each with its cell) and returns what could be
read; a bad row is skipped, a bad cell falls back to its default.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

from mcda.errors import Issue, Severity, cell_ref
from mcda.problem import Cluster, Criterion, Direction, Member, PreferenceFunction
from mcda.workbook.names import (
    CLUSTER_COLUMNS,
    COMMITTEE_COLUMNS,
    CRITERIA_COLUMNS,
    SETTINGS_COLUMNS,
    normalize,
    parse_direction,
    parse_preference,
)
from mcda.workbook.numbers import cell_text, is_blank, parse_value
from mcda.workbook.tables import Grid, Header, at, data_rows, read_header, text_at

#: Longest id accepted (ids are shown in tables, charts and file names).
MAX_ID_LENGTH = 100
#: Parameters each PROMETHEE preference function needs (Brans & Vincke 1985).
NEEDED_THRESHOLDS: dict[PreferenceFunction, tuple[str, ...]] = {
    PreferenceFunction.USUAL: (), PreferenceFunction.USHAPE: ("q",), PreferenceFunction.VSHAPE: ("p",),
    PreferenceFunction.LEVEL: ("q", "p"), PreferenceFunction.LINEAR: ("q", "p"),
    PreferenceFunction.GAUSSIAN: ("s",),
}


def _warn(code: str, sheet: str, cell: str | None = None, **params: Any) -> Issue:
    return Issue(code, sheet=sheet, cell=cell, params=params, severity=Severity.WARNING)


@dataclass
class Rows:
    """Ids read from a sheet with their grid rows (valid rows only)."""

    header: Header
    rows: list[int] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


def _ids(grid: Grid, sheet: str, header: Header, issues: list[Issue]) -> Rows:
    """Valid (non-empty, unique, not too long) ids and their rows."""
    out = Rows(header)
    col = header.roles["id"]
    first: dict[str, int] = {}
    for r in data_rows(grid, header):
        ident = cell_text(at(grid, r, col))
        where = cell_ref(r, col)
        if not ident:
            issues.append(Issue("cell.empty_id", sheet=sheet, cell=where))
            continue
        if len(ident) > MAX_ID_LENGTH:
            issues.append(Issue("cell.id_too_long", sheet=sheet, cell=where,
                                params={"length": len(ident), "max": MAX_ID_LENGTH}))
            continue
        key = normalize(ident)
        if key in first:
            issues.append(Issue("cell.duplicate_id", sheet=sheet, cell=where,
                                params={"id": ident, "first": cell_ref(first[key], col)}))
            continue
        first[key] = r
        out.rows.append(r)
        out.ids.append(ident)
    return out


def _name(grid: Grid, sheet: str, header: Header, r: int, ident: str, issues: list[Issue]) -> str:
    name = text_at(grid, r, header, "name")
    if not name and "name" in header.roles:
        issues.append(_warn("cell.empty_name", sheet, cell_ref(r, header.roles["name"]), id=ident))
    return name or ident


@dataclass
class ClusterSheet:
    rows: Rows
    clusters: list[Cluster]


def read_clusters(grid: Grid, sheet: str, issues: list[Issue]) -> ClusterSheet | None:
    """Clusters and the header (criterion columns are ``header.extras``);
    ``None`` when the sheet is empty or has no id column."""
    header = read_header(grid, sheet, CLUSTER_COLUMNS, ("id", "name"), issues)
    if header is None or "id" not in header.roles:
        return None
    rows = _ids(grid, sheet, header, issues)
    clusters = [
        Cluster(ident, _name(grid, sheet, header, r, ident, issues), text_at(grid, r, header, "region"),
                text_at(grid, r, header, "description"))
        for r, ident in zip(rows.rows, rows.ids)
    ]
    return ClusterSheet(rows, clusters)


def _number(grid: Grid, sheet: str, r: int, col: int | None, issues: list[Issue]) -> float | None:
    """An optional number cell: ``None`` when absent or empty (or wrong, with an error)."""
    if col is None:
        return None
    raw = at(grid, r, col)
    if is_blank(raw):
        return None
    value = parse_value(raw)
    if isinstance(value, Issue):
        issues.append(replace(value, sheet=sheet, cell=cell_ref(r, col)))
        return None
    return value


@dataclass
class CriteriaSheet:
    rows: Rows
    criteria: list[Criterion]


def read_criteria(grid: Grid, sheet: str, issues: list[Issue]) -> CriteriaSheet | None:
    """Criteria with direction, weight, preference function and thresholds."""
    header = read_header(grid, sheet, CRITERIA_COLUMNS, ("id", "name"), issues, unknown="header.unknown")
    if header is None or "id" not in header.roles:
        return None
    rows = _ids(grid, sheet, header, issues)
    roles = header.roles
    criteria: list[Criterion] = []
    for r, ident in zip(rows.rows, rows.ids):
        direction = Direction.BENEFIT
        text = text_at(grid, r, header, "direction")
        if text:
            found = parse_direction(text)
            if found is None:
                issues.append(Issue("criteria.bad_direction", sheet=sheet, cell=cell_ref(r, roles["direction"]),
                                    params={"value": text}))
            else:
                direction = found
        preference = PreferenceFunction.USUAL
        text = text_at(grid, r, header, "preference")
        if text:
            pref = parse_preference(text)
            if pref is None:
                issues.append(Issue("criteria.bad_preference", sheet=sheet, cell=cell_ref(r, roles["preference"]),
                                    params={"value": text}))
            else:
                preference = pref
        numbers: dict[str, float | None] = {}
        for key in ("weight", "q", "p", "s"):
            value = _number(grid, sheet, r, roles.get(key), issues)
            if value is not None and value < 0:
                code = "criteria.negative_weight" if key == "weight" else "criteria.negative_threshold"
                issues.append(Issue(code, sheet=sheet, cell=cell_ref(r, roles[key]),
                                    params={"criterion": ident, "value": value, "parameter": key}))
                value = None
            numbers[key] = value
        q, p = numbers["q"], numbers["p"]
        if q is not None and p is not None and p < q:
            issues.append(Issue("criteria.p_below_q", sheet=sheet, cell=cell_ref(r, roles["p"]),
                                params={"criterion": ident, "p": p, "q": q}))
        for key in NEEDED_THRESHOLDS[preference]:
            if numbers[key] is None:
                col = roles.get(key, roles.get("preference", roles["id"]))
                issues.append(_warn("criteria.threshold_missing", sheet, cell_ref(r, col), criterion=ident,
                                    function=preference.value, parameter=key))
        criteria.append(Criterion(
            id=ident, name=_name(grid, sheet, header, r, ident, issues),
            group=text_at(grid, r, header, "group"), direction=direction, unit=text_at(grid, r, header, "unit"),
            weight=numbers["weight"], preference=preference, q=q, p=p, s=numbers["s"],
            description=text_at(grid, r, header, "description"), source=text_at(grid, r, header, "source"),
            year=text_at(grid, r, header, "year")))
    _check_weights(grid, sheet, rows, criteria, issues)
    return CriteriaSheet(rows, criteria)


def _check_weights(grid: Grid, sheet: str, rows: Rows, criteria: list[Criterion], issues: list[Issue]) -> None:
    col = rows.header.roles.get("weight")
    given = [c.weight for c in criteria if c.weight is not None]
    if col is None or not given:
        return
    where = rows.header.cell(col)
    total = math.fsum(given)
    if total <= 0:
        if not any(i.code == "criteria.negative_weight" and i.sheet == sheet for i in issues):
            issues.append(Issue("criteria.weights_all_zero", sheet=sheet, cell=where))
        return
    for r, c in zip(rows.rows, criteria):
        if c.weight is None and is_blank(at(grid, r, col)):
            issues.append(_warn("criteria.weight_missing", sheet, cell_ref(r, col), criterion=c.id))
    if abs(total - 1.0) > 1e-6:
        issues.append(_warn("criteria.weights_normalized", sheet, where, total=round(total, 6)))


@dataclass
class CommitteeSheet:
    rows: Rows
    members: list[Member]


def read_committee(grid: Grid, sheet: str, issues: list[Issue]) -> CommitteeSheet | None:
    """Committee members and their voting weights (default 1)."""
    header = read_header(grid, sheet, COMMITTEE_COLUMNS, ("id",), issues, unknown="header.unknown")
    if header is None or "id" not in header.roles:
        return None
    rows = _ids(grid, sheet, header, issues)
    members: list[Member] = []
    for r, ident in zip(rows.rows, rows.ids):
        weight = _number(grid, sheet, r, header.roles.get("weight"), issues)
        if weight is not None and weight < 0:
            issues.append(Issue("committee.negative_weight", sheet=sheet, cell=cell_ref(r, header.roles["weight"]),
                                params={"member": ident, "value": weight}))
            weight = None
        members.append(Member(ident, text_at(grid, r, header, "name") or ident, text_at(grid, r, header, "role"),
                              1.0 if weight is None else weight))
    if members and all(m.weight == 0 for m in members) and "weight" in header.roles:
        issues.append(Issue("committee.weights_all_zero", sheet=sheet, cell=header.cell(header.roles["weight"])))
    return CommitteeSheet(rows, members)


def read_settings(grid: Grid, sheet: str, issues: list[Issue]) -> dict[str, str]:
    """The hidden session-state sheet: ``clave`` -> ``valor`` as text."""
    found: list[Issue] = []
    header = read_header(grid, sheet, SETTINGS_COLUMNS, ("key", "value"), found)
    if header is None or not {"key", "value"} <= set(header.roles):
        issues.extend(i.as_warning() for i in found)
        return {}
    settings: dict[str, str] = {}
    for r in data_rows(grid, header):
        key = text_at(grid, r, header, "key")
        if key:
            settings[key] = text_at(grid, r, header, "value")
    return settings
