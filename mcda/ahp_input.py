"""Reading pairwise comparison blocks: judgment parsing and validation.

Cells hold Saaty-scale judgments as numbers or fractions (``3``, ``1/5``,
``0,2``, ``0.2``; contract §1).  :func:`check_matrix` lists every problem of
a block, each naming its sheet cell; :func:`judgments_from_block` turns a
valid raw block into :class:`~mcda.problem.Judgments` with reciprocals filled.

Examples
--------
>>> [i.code for i in check_matrix(["A", "B"], [["", "abc"], ["", ""]], sheet="AHP")]
['ahp.judgment_text']
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from mcda.ahp_incomplete import complete_reciprocal
from mcda.errors import ConsistencyError, InputError, Issue, cell_ref
from mcda.problem import Judgments

FloatArray = npt.NDArray[np.float64]

#: Relative tolerance of reciprocity for a filled lower triangle (contract §1).
RECIPROCAL_TOLERANCE = 0.01

#: Largest judgment accepted (and 1/MAX_JUDGMENT the smallest): far beyond any
#: verbal or ratio scale in use, small enough that eigenvectors and completed
#: incomplete matrices of up to 20 criteria stay within floating-point range
#: (a judgment of 1e301 made the eigenvalue solver fail; found by fuzzing).
MAX_JUDGMENT = 1e6


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
    if not 1.0 / MAX_JUDGMENT <= number <= MAX_JUDGMENT:
        raise InputError(Issue("ahp.judgment_out_of_range", params={"value": value, "max": f"{MAX_JUDGMENT:,.0f}".replace(",", " ")}))
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


def as_block(cells: object) -> npt.NDArray[np.object_]:
    """Cells as a 2-D object array; a ragged list of rows is padded with
    ``None`` so that the shape check can report it instead of numpy failing.

    >>> as_block([[1, 2], [3]]).shape
    (2, 2)
    """
    try:
        arr = np.asarray(cells, dtype=object)
    except ValueError:
        arr = None
    if arr is not None and not (arr.ndim == 1 and any(isinstance(r, (list, tuple, np.ndarray)) for r in arr)):
        return arr
    rows = [list(r) if isinstance(r, (list, tuple, np.ndarray)) else [r] for r in cells]  # type: ignore[attr-defined]
    width = max((len(r) for r in rows), default=0)
    out = np.full((len(rows), width), None, dtype=object)
    for i, r in enumerate(rows):
        out[i, : len(r)] = r
    return out


def parse_block_values(cells: npt.ArrayLike, sheet: str, origin: tuple[int, int]) -> tuple[FloatArray, list[Issue]]:
    raw = as_block(cells)
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
    raw = as_block(matrix)
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
    values, parse_issues = parse_block_values(raw, sheet, origin)
    issues += parse_issues
    for i in range(n):
        d = values[i, i]
        if not math.isnan(d) and abs(d - 1.0) > 1e-9:
            issues.append(Issue("ahp.diagonal", sheet=where, cell=_cell(origin, i, i), params={"value": d}))
        for j in range(i + 1, n):
            up, low = values[i, j], values[j, i]
            if not (math.isnan(up) or math.isnan(low)) and abs(up * low - 1.0) > RECIPROCAL_TOLERANCE:
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
    values, _ = parse_block_values(cells, sheet, origin)
    return Judgments(tuple(str(x).strip() for x in labels), complete_reciprocal(values), member, level, sheet)


