"""Consistency help: which judgments to revisit, and ordinal cycles.

* :func:`most_inconsistent`: the judgments with the largest error
  ``e_ij = a_ij w_j / w_i`` (Saaty's suggestion for revising judgments), each
  with ``w_i / w_j`` rounded to the scale and the CR if it were applied.
* :func:`intransitive_triads`: ordinal cycles A > B > C > A, named.
* :func:`consistency_warnings`: the warnings a user sees for one matrix.

Examples
--------
>>> from mcda.ahp import priorities
>>> r = priorities([[1, 2, 1/2], [1/2, 1, 3], [2, 1/3, 1]], ["A", "B", "C"])
>>> worst = most_inconsistent(r, k=1)[0]
>>> (worst.row, worst.col) in {("A", "B"), ("A", "C"), ("B", "C")}, round(r.cr, 2) > 0.1
(True, True)
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from mcda.ahp_incomplete import complete_reciprocal
from mcda.errors import Issue, Severity

if TYPE_CHECKING:
    from mcda.ahp import AhpResult

#: Saaty's acceptance threshold: a matrix is consistent when CR < 0.10.
CR_THRESHOLD = 0.10

#: The 17 values of Saaty's 1-9 scale and their reciprocals, ascending.
SAATY_SCALE: tuple[float, ...] = tuple([1.0 / k for k in range(9, 1, -1)] + [float(k) for k in range(1, 10)])


@dataclass(frozen=True)
class InconsistentJudgment:
    """A judgment that breaks consistency and the scale value that would fit.

    Iterating gives ``(row, col, current, suggested)``, so it unpacks like a
    4-tuple; the other fields are attributes.
    """

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

    def __iter__(self) -> Iterator[str | float]:
        return iter((self.row, self.col, self.current, self.suggested))


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
    from mcda.ahp import priorities

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
