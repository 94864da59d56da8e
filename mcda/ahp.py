"""Analytic Hierarchy Process: priorities, consistency, validation of judgments.

Priorities come from *any* positive reciprocal matrix (group judgments
aggregated by geometric mean are not on the Saaty scale), by the principal
eigenvector (Saaty 1980, default) or the row geometric mean (Crawford &
Williams 1985).  ``CI = (lambda_max - n) / (n - 1)``, ``CR = CI / RI(n)`` with
the random index table chosen by name (always reported); ``n <= 2`` has CR 0
by definition.  Incomplete matrices are handled by :mod:`mcda.ahp_incomplete`
(Harker's method for the eigenvector, LLSM for the geometric mean); the
consistency help (:func:`most_inconsistent`, :func:`intransitive_triads`) and
group aggregation (:mod:`mcda.ahp_group`) build on :func:`priorities`.

Examples
--------
>>> r = priorities([[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]], ["A", "B", "C"])
>>> r.weights.round(3).to_dict()
{'A': 0.637, 'B': 0.258, 'C': 0.105}
>>> round(r.lambda_max, 4), round(r.cr, 4), r.ri_table, r.consistent
(3.0385, 0.0332, 'saaty', True)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.ahp_incomplete import (
    complete_reciprocal,
    components,
    fill_with_ratios,
    harker_weights,
    llsm_weights,
    missing_pairs,
    perron,
)
from mcda.errors import ConsistencyError, InputError, Issue, Severity, cell_ref
from mcda.problem import Judgments

FloatArray = npt.NDArray[np.float64]

__all__ = [
    "RI_TABLES", "RI_TABLE_NAMES", "SAATY_SCALE", "CR_THRESHOLD", "AhpResult", "InconsistentJudgment",
    "alonso_lamata_ri", "random_index", "parse_judgment", "check_matrix", "complete_reciprocal",
    "judgments_from_block", "priorities", "most_inconsistent", "intransitive_triads",
    "nearest_scale_value", "consistency_warnings",
]

#: Saaty's acceptance threshold: a matrix is consistent when CR < 0.10.
CR_THRESHOLD = 0.10

#: Random consistency indices by matrix order n (mean CI of random reciprocal
#: matrices with Saaty-scale entries).
#:
#: ``saaty``: Saaty, T. L. (1980). *The Analytic Hierarchy Process*, McGraw-Hill,
#: table of RI for n = 1..15.
#: ``donegan_dodd``: Donegan, H. A. & Dodd, F. J. (1991). A note on Saaty's
#: random indexes. *Mathematical and Computer Modelling* 15(10), 135-137
#: (n = 1..20; values as tabulated in the AHPy package, which cites that paper).
RI_TABLES: Mapping[str, Mapping[int, float]] = {
    "saaty": dict(enumerate(
        [0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59], start=1)),
    "donegan_dodd": dict(enumerate(
        [0.0, 0.0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497,
         1.4643, 1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371], start=1)),
}


def alonso_lamata_ri(n: int) -> float:
    """Random index from Alonso & Lamata's (2006) linear fit, valid for any n.

    Alonso, J. A. & Lamata, M. T. (2006). Consistency in the analytic hierarchy
    process: a new approach. *Int. J. Uncertainty, Fuzziness and
    Knowledge-Based Systems* 14(4), 445-459: the mean ``lambda_max`` of random
    matrices is fitted by ``2.7699 n - 4.3513``, hence
    ``RI(n) = (1.7699 n - 4.3513) / (n - 1)``; 0 for n <= 2.

    >>> round(alonso_lamata_ri(3), 4), round(alonso_lamata_ri(10), 4)
    (0.4792, 1.4831)
    """
    if n <= 2:
        return 0.0
    return (2.7699 * n - 4.3513 - n) / (n - 1)


_RI_FORMULAS: Mapping[str, Callable[[int], float]] = {"alonso_lamata": alonso_lamata_ri}
RI_TABLE_NAMES: tuple[str, ...] = (*RI_TABLES, *_RI_FORMULAS)

#: The 17 values of Saaty's 1-9 scale and their reciprocals, ascending.
SAATY_SCALE: tuple[float, ...] = tuple([1.0 / k for k in range(9, 1, -1)] + [float(k) for k in range(1, 10)])


def random_index(n: int, table: str = "saaty") -> float:
    """Random consistency index RI(n) of the named table (0 for n <= 2).

    >>> random_index(4), random_index(2), random_index(5, "donegan_dodd")
    (0.9, 0.0, 1.0591)
    """
    if table in _RI_FORMULAS:
        return _RI_FORMULAS[table](n)
    if table not in RI_TABLES:
        raise ConsistencyError(Issue("ahp.unknown_ri_table",
                                     params={"table": table, "known": ", ".join(RI_TABLE_NAMES)}))
    if n <= 2:
        return 0.0
    values = RI_TABLES[table]
    if n not in values:
        raise ConsistencyError(Issue("ahp.ri_out_of_range", params={"n": n, "table": table, "max": max(values)}))
    return float(values[n])


def parse_judgment(value: object) -> float:
    """A judgment as a float: ``3``, ``"1/5"``, ``"0,2"`` (decimal comma), ``"0.2"``.

    Empty cells (``None``, ``""``, ``NaN``) are missing judgments and give
    ``NaN``.  Text, zero, negative and infinite values raise
    :class:`~mcda.errors.InputError` with codes ``ahp.judgment_text``,
    ``ahp.judgment_zero``, ``ahp.judgment_negative``, ``ahp.judgment_not_finite``.

    >>> parse_judgment(3), parse_judgment("1/5"), parse_judgment("0,2"), parse_judgment(" 1 / 4 ")
    (3.0, 0.2, 0.2, 0.25)
    >>> parse_judgment("tres")
    Traceback (most recent call last):
    ...
    mcda.errors.InputError: -: ahp.judgment_text
    """
    if value is None or isinstance(value, bool):
        if value is None:
            return math.nan
        raise InputError(Issue("ahp.judgment_text", params={"value": value}))
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        if math.isnan(number):
            return math.nan
    else:
        text = str(value).strip()
        if not text:
            return math.nan
        number = _parse_text(text)
    if math.isinf(number):
        raise InputError(Issue("ahp.judgment_not_finite", params={"value": value}))
    if number == 0:
        raise InputError(Issue("ahp.judgment_zero", params={"value": value}))
    if number < 0:
        raise InputError(Issue("ahp.judgment_negative", params={"value": value}))
    return number


def _parse_text(text: str) -> float:
    def number(part: str) -> float:
        part = part.strip().replace(",", ".")
        if not part or part.count(".") > 1 or any(ch not in "0123456789.+-" for ch in part):
            raise InputError(Issue("ahp.judgment_text", params={"value": text}))
        try:
            return float(part)
        except ValueError:
            raise InputError(Issue("ahp.judgment_text", params={"value": text})) from None

    if text.count("/") > 1:
        raise InputError(Issue("ahp.judgment_text", params={"value": text}))
    if "/" in text:
        num, den = (number(p) for p in text.split("/"))
        if den == 0:
            raise InputError(Issue("ahp.judgment_zero", params={"value": text}))
        return num / den
    return number(text)


def _cell(origin: tuple[int, int], i: int, j: int) -> str:
    """Sheet reference of data cell (i, j) of a block whose label corner is ``origin``."""
    return cell_ref(origin[0] + 1 + i, origin[1] + 1 + j)


def _parse_cells(cells: npt.ArrayLike, sheet: str, origin: tuple[int, int]) -> tuple[FloatArray, list[Issue]]:
    raw = np.asarray(cells, dtype=object)
    if raw.ndim != 2:
        raw = raw.reshape(raw.shape[0] if raw.ndim else 0, -1)
    values = np.full(raw.shape, math.nan)
    issues: list[Issue] = []
    for (i, j), v in np.ndenumerate(raw):
        try:
            values[i, j] = parse_judgment(v)
        except InputError as err:
            issues += [replace(x, sheet=sheet or None, cell=_cell(origin, i, j)) for x in err.issues]
    return values, issues


def check_matrix(
    labels: Sequence[str], matrix: npt.ArrayLike, *, sheet: str = "", origin: tuple[int, int] = (0, 0)
) -> list[Issue]:
    """Every problem of a pairwise comparison block, each naming its cell.

    ``origin`` is the zero-based (row, column) of the block's top-left
    (ignored) cell in the sheet: row labels are in column ``origin[1]``,
    column labels in row ``origin[0]`` and data cell (i, j) is at
    ``(origin[0] + 1 + i, origin[1] + 1 + j)``.  Cells may be numbers or raw
    text (parsed by :func:`parse_judgment`).  Checks: non-empty, square and
    matching the labels, labels non-empty and unique, positive numbers,
    diagonal 1 (or empty), lower triangle empty or reciprocal within 1 %.

    >>> [i.location for i in check_matrix(["A", "B"], [[1, 3], [0.5, 1]], sheet="AHP")]
    ['AHP!B3']
    """
    issues: list[Issue] = []
    where = sheet or None
    raw = np.asarray(matrix, dtype=object)
    n = len(labels)
    if raw.size == 0 or n == 0:
        return [Issue("ahp.empty", sheet=where)]
    if raw.ndim != 2 or raw.shape[0] != raw.shape[1]:
        shape = raw.shape if raw.ndim == 2 else (raw.shape[0], 1)
        return [Issue("ahp.not_square", sheet=where, params={"rows": shape[0], "cols": shape[1]})]
    if raw.shape[0] != n:
        return [Issue("ahp.label_count", sheet=where, params={"labels": n, "size": raw.shape[0]})]
    seen: set[str] = set()
    for k, label in enumerate(labels):
        text = "" if label is None else str(label).strip()
        for cell in (cell_ref(origin[0] + 1 + k, origin[1]), cell_ref(origin[0], origin[1] + 1 + k)):
            if not text:
                issues.append(Issue("ahp.empty_label", sheet=where, cell=cell))
            elif text in seen:
                issues.append(Issue("ahp.duplicate_label", sheet=where, cell=cell, params={"label": text}))
        seen.add(text)
    values, parse_issues = _parse_cells(raw, sheet, origin)
    issues += parse_issues
    for i in range(n):
        d = values[i, i]
        if not math.isnan(d) and abs(d - 1.0) > 1e-9:
            issues.append(Issue("ahp.diagonal", sheet=where, cell=_cell(origin, i, i), params={"value": d}))
        for j in range(i + 1, n):
            up, low = values[i, j], values[j, i]
            if not (math.isnan(up) or math.isnan(low)) and abs(up * low - 1.0) > 0.01:
                issues.append(Issue("ahp.not_reciprocal", sheet=where, cell=_cell(origin, j, i), params={
                    "value": _fmt(low), "expected": _fmt(1.0 / up), "mirror": _cell(origin, i, j),
                    "row": labels[j], "col": labels[i]}))
    return issues


def _fmt(x: float) -> str:
    """Short display of a judgment: ``3``, ``1/5`` or ``0.37``."""
    for k in range(1, 10):
        if abs(x - k) < 1e-9:
            return str(k)
        if abs(x - 1.0 / k) < 1e-9:
            return f"1/{k}"
    return f"{x:.3g}"


def judgments_from_block(
    labels: Sequence[str], cells: npt.ArrayLike, *, sheet: str = "", origin: tuple[int, int] = (0, 0),
    member: str | None = None, level: str = "criteria",
) -> Judgments:
    """Validated :class:`~mcda.problem.Judgments` from a raw block, reciprocals filled.

    Raises :class:`~mcda.errors.ConsistencyError` listing every problem.
    """
    issues = check_matrix(labels, cells, sheet=sheet, origin=origin)
    if any(i.is_error for i in issues):
        raise ConsistencyError([i for i in issues if i.is_error])
    values, _ = _parse_cells(cells, sheet, origin)
    return Judgments(tuple(str(x).strip() for x in labels), complete_reciprocal(values), member, level, sheet)


@dataclass(frozen=True)
class AhpResult:
    """Priorities of one pairwise comparison matrix and its consistency.

    ``lambda_max`` is the principal eigenvalue for the eigenvector method and
    ``mean_i (A w)_i / w_i`` for the geometric mean (the two coincide when
    ``w`` is the principal eigenvector).  For an incomplete matrix, ``matrix``
    is the completed one (missing ``a_ij = w_i / w_j``), ``given`` marks the
    judgments actually entered and lambda, CI and CR are those of the
    completed matrix.  ``consistent`` is ``cr < CR_THRESHOLD``.
    """

    labels: tuple[str, ...]
    weights: pd.Series
    lambda_max: float
    ci: float
    ri: float
    cr: float
    ri_table: str
    prioritization: str
    consistent: bool
    missing: int
    matrix: FloatArray
    given: npt.NDArray[np.bool_] = field(default_factory=lambda: np.zeros((0, 0), dtype=bool))
    completion: str = ""
    sheet: str = ""

    @property
    def n(self) -> int:
        return len(self.labels)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary (contract §3 ``ahp --json``)."""
        return {
            "criteria": list(self.labels), "weights": {k: float(v) for k, v in self.weights.items()},
            "lambda_max": self.lambda_max, "ci": self.ci, "ri": self.ri, "ri_table": self.ri_table,
            "cr": self.cr, "consistent": self.consistent, "prioritization": self.prioritization,
            "missing": self.missing, "completion": self.completion or None,
        }


def _as_labelled(matrix: npt.ArrayLike | pd.DataFrame | Judgments,
                 labels: Sequence[str] | None) -> tuple[list[str], Any, str]:
    if isinstance(matrix, Judgments):
        return list(labels or matrix.labels), matrix.matrix, matrix.sheet
    if isinstance(matrix, pd.DataFrame):
        return list(labels or [str(x) for x in matrix.index]), matrix.to_numpy(dtype=object), ""
    raw = np.asarray(matrix, dtype=object)
    return list(labels or [str(k + 1) for k in range(raw.shape[0] if raw.ndim else 0)]), raw, ""


def priorities(
    matrix: npt.ArrayLike | pd.DataFrame | Judgments, labels: Sequence[str] | None = None, *,
    prioritization: str = "eigenvector", ri_table: str = "saaty", sheet: str = "",
    origin: tuple[int, int] = (0, 0),
) -> AhpResult:
    """Priorities, lambda_max, CI, RI and CR of a positive reciprocal matrix.

    Parameters
    ----------
    matrix : array-like, DataFrame or Judgments
        Square block; ``NaN``/empty lower cells are taken as reciprocals, empty
        upper cells (with an empty mirror) are missing judgments.
    labels : sequence of str, optional
        Names of rows/columns (default: the DataFrame index, the Judgments
        labels or ``"1".."n"``).
    prioritization : {"eigenvector", "geometric"}
        Principal right eigenvector (Saaty) or row geometric mean (LLSM).
    ri_table : str
        One of :data:`RI_TABLE_NAMES`.

    Raises
    ------
    ConsistencyError
        Invalid matrix (every problem, with its cell), unknown table or
        prioritization, order outside the RI table, or a disconnected
        comparison graph (params ``unlinked``: the criteria left unlinked).
    """
    names, raw, jsheet = _as_labelled(matrix, labels)
    sheet = sheet or jsheet
    if prioritization not in ("eigenvector", "geometric"):
        raise ConsistencyError(Issue("ahp.unknown_prioritization", sheet=sheet or None,
                                     params={"value": prioritization}))
    issues = [i for i in check_matrix(names, raw, sheet=sheet, origin=origin) if i.is_error]
    if issues:
        raise ConsistencyError(issues)
    n = len(names)
    ri = random_index(n, ri_table)
    values, _ = _parse_cells(raw, sheet, origin)
    a = complete_reciprocal(values)
    given = ~np.isnan(a)
    missing = len(missing_pairs(a))
    completion = ""
    if missing:
        comps = components(a)
        if len(comps) > 1:
            unlinked = [names[k] for k in range(n) if k not in comps[0]]
            groups = " | ".join(", ".join(names[k] for k in c) for c in comps)
            raise ConsistencyError(Issue("ahp.disconnected", sheet=sheet or None,
                                         params={"unlinked": ", ".join(unlinked), "groups": groups}))
        completion = "harker" if prioritization == "eigenvector" else "llsm"
        w0 = harker_weights(a) if completion == "harker" else llsm_weights(a)
        a = fill_with_ratios(a, w0)
    if prioritization == "eigenvector":
        lam, w = perron(a)
    else:
        logs = np.log(a).mean(axis=1)
        w = np.exp(logs - logs.max())
        w = w / w.sum()
        lam = float(np.mean((a @ w) / w))
    lam = max(lam, float(n)) if abs(lam - n) < 1e-9 * n else lam
    ci = (lam - n) / (n - 1) if n > 2 else 0.0
    cr = ci / ri if n > 2 and ri > 0 else 0.0
    a.setflags(write=False)
    given.setflags(write=False)
    return AhpResult(
        labels=tuple(names), weights=pd.Series(w, index=names, name="weight"), lambda_max=lam, ci=ci, ri=ri,
        cr=cr, ri_table=ri_table, prioritization=prioritization, consistent=cr < CR_THRESHOLD, missing=missing,
        matrix=a, given=given, completion=completion, sheet=sheet,
    )


class InconsistentJudgment(NamedTuple):
    """A judgment that breaks consistency and the scale value that would fit."""

    row: str
    col: str
    current: float
    suggested: float
    #: ``w_i / w_j`` before rounding to the scale.
    consistent_value: float
    #: ``e_ij = a_ij w_j / w_i`` (1 when the judgment agrees with the weights).
    error: float
    #: CR of the matrix with only this judgment replaced by ``suggested``.
    cr_if_applied: float


def nearest_scale_value(x: float) -> float:
    """Nearest value of Saaty's scale 1/9..9, nearest in ratio (log) terms.

    Rounding in log space keeps reciprocals symmetric: the suggestion for
    ``a_ji`` is the reciprocal of that for ``a_ij``.

    >>> nearest_scale_value(2.4), nearest_scale_value(1 / 2.4), nearest_scale_value(40.0)
    (2.0, 0.5, 9.0)
    """
    logs = np.log(np.asarray(SAATY_SCALE))
    return SAATY_SCALE[int(np.argmin(np.abs(logs - math.log(x))))]


def most_inconsistent(result: AhpResult, k: int = 3) -> list[InconsistentJudgment]:
    """The ``k`` given judgments that most break consistency, worst first.

    Ranked by ``|ln e_ij|`` with ``e_ij = a_ij w_j / w_i``; only judgments
    actually entered (upper triangle, orientation as entered) are considered.
    The suggestion is ``w_i / w_j`` rounded to the scale
    (:func:`nearest_scale_value`).
    """
    w = result.weights.to_numpy()
    a = result.matrix
    n = result.n
    given = result.given if result.given.shape == a.shape else np.ones_like(a, dtype=bool)
    rows = []
    for i in range(n):
        for j in range(i + 1, n):
            if not given[i, j]:
                continue
            err = a[i, j] * w[j] / w[i]
            rows.append((abs(math.log(err)), i, j, err))
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))
    out = []
    for _, i, j, err in rows[:k]:
        ideal = float(w[i] / w[j])
        suggested = nearest_scale_value(ideal)
        trial = np.array(a, dtype=float)
        trial[~given] = math.nan
        trial[i, j], trial[j, i] = suggested, 1.0 / suggested
        after = priorities(trial, list(result.labels), prioritization=result.prioritization,
                           ri_table=result.ri_table)
        out.append(InconsistentJudgment(result.labels[i], result.labels[j], float(a[i, j]), suggested, ideal,
                                        float(err), after.cr))
    return out


def intransitive_triads(matrix: npt.ArrayLike, labels: Sequence[str]) -> list[tuple[str, str, str]]:
    """Ordinal cycles ``(A, B, C)``: A preferred to B, B to C and C to A.

    Each cycle is reported once, starting from its earliest label; pairs
    with a missing judgment or a tie (``a_ij = 1``) break no cycle.

    >>> intransitive_triads([[1, 2, 1/2], [1/2, 1, 3], [2, 1/3, 1]], ["A", "B", "C"])
    [('A', 'B', 'C')]
    """
    a = complete_reciprocal(np.asarray(matrix, dtype=float))
    n = a.shape[0]
    better = np.nan_to_num(a, nan=1.0) > 1.0 + 1e-9
    out = []
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(i + 1, n):
                if k != j and better[i, j] and better[j, k] and better[k, i]:
                    out.append((str(labels[i]), str(labels[j]), str(labels[k])))
    return out


def consistency_warnings(result: AhpResult, *, sheet: str = "") -> list[Issue]:
    """Warnings a user should see about one matrix: CR too high, ordinal
    cycles, missing judgments."""
    where = sheet or result.sheet or None
    out = []
    if not result.consistent:
        out.append(Issue("ahp.inconsistent", sheet=where, severity=Severity.WARNING,
                         params={"cr": round(result.cr, 4), "threshold": CR_THRESHOLD, "table": result.ri_table}))
    given = np.where(result.given, result.matrix, math.nan) if result.given.shape == result.matrix.shape \
        else result.matrix
    for t in intransitive_triads(given, result.labels):
        out.append(Issue("ahp.intransitive", sheet=where, severity=Severity.WARNING,
                         params={"a": t[0], "b": t[1], "c": t[2]}))
    if result.missing:
        out.append(Issue("ahp.missing_judgments", sheet=where, severity=Severity.WARNING, params={
            "count": result.missing, "total": result.n * (result.n - 1) // 2, "method": result.completion}))
    return out


from mcda.ahp_group import aggregate_aij, aggregate_aip  # noqa: E402  (re-export; no cycle at runtime)

__all__ += ["aggregate_aij", "aggregate_aip"]
