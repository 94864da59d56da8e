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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

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
from mcda.ahp_consistency import (
    CR_THRESHOLD,
    SAATY_SCALE,
    InconsistentJudgment,
    consistency_warnings,
    intransitive_triads,
    most_inconsistent,
    nearest_scale_value,
)
from mcda.ahp_input import as_block, check_matrix, judgments_from_block, parse_block_values, parse_judgment
from mcda.errors import ConsistencyError, Issue
from mcda.problem import Judgments

FloatArray = npt.NDArray[np.float64]

__all__ = [
    "RI_TABLES", "RI_TABLE_NAMES", "SAATY_SCALE", "CR_THRESHOLD", "AhpResult", "InconsistentJudgment",
    "alonso_lamata_ri", "random_index", "parse_judgment", "check_matrix", "complete_reciprocal",
    "judgments_from_block", "priorities", "most_inconsistent", "intransitive_triads",
    "nearest_scale_value", "consistency_warnings",
]


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
    given = None if labels is None else [str(x) for x in labels]
    if isinstance(matrix, Judgments):
        return given or list(matrix.labels), matrix.matrix, matrix.sheet
    if isinstance(matrix, pd.DataFrame):
        return given or [str(x) for x in matrix.index], matrix.to_numpy(dtype=object), ""
    raw = as_block(matrix)
    return given or [str(k + 1) for k in range(raw.shape[0] if raw.ndim else 0)], raw, ""


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
    values, _ = parse_block_values(raw, sheet, origin)
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


from mcda.ahp_group import aggregate_aij, aggregate_aip  # noqa: E402  (re-export; ahp_group needs no ahp at import)

__all__ += ["aggregate_aij", "aggregate_aip"]
