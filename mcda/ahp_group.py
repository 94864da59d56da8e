"""Group AHP: aggregating several members' judgments (AIJ) or priorities (AIP).

Forman, E. & Peniwati, K. (1998). Aggregating individual judgments and
priorities with the analytic hierarchy process. *European Journal of
Operational Research* 108(1), 165-169: when the group acts as one unit,
aggregate individual judgments (AIJ) by the weighted geometric mean, the only
mean that keeps the reciprocal property; when the members act as separate
individuals, aggregate individual priorities (AIP), by the weighted geometric
mean (Forman & Peniwati's recommendation, default here) or the weighted
arithmetic mean (``mean="arithmetic"``, also in use; it is the
``sum_k v_k w_k`` of the members' normalized priorities).

Voting weights ``v_k`` (non-negative, not all zero) are normalized to sum 1.

Examples
--------
>>> import numpy as np
>>> a = np.array([[1, 4], [1/4, 1]])
>>> b = np.array([[1, 1], [1, 1]])
>>> float(aggregate_aij([a, b])[0, 1])  # sqrt(4 * 1)
2.0
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.ahp_incomplete import complete_reciprocal
from mcda.errors import ConsistencyError, Issue

if TYPE_CHECKING:
    from mcda.ahp import AhpResult

FloatArray = npt.NDArray[np.float64]


def _voting_weights(weights: Sequence[float] | FloatArray | None, count: int) -> FloatArray:
    if count == 0:
        raise ConsistencyError(Issue("ahp.group_empty"))
    if weights is None:
        return np.full(count, 1.0 / count)
    v = np.asarray(list(weights), dtype=float)
    if v.shape != (count,):
        raise ConsistencyError(Issue("ahp.group_weight_count", params={"weights": v.size, "members": count}))
    if not np.isfinite(v).all() or (v < 0).any() or v.sum() <= 0:
        raise ConsistencyError(Issue("ahp.group_bad_weights",
                                     params={"weights": ", ".join(f"{x:g}" for x in v)}))
    return np.asarray(v / v.sum(), dtype=float)


def aggregate_aij(matrices: Sequence[npt.ArrayLike], weights: Sequence[float] | FloatArray | None = None) -> FloatArray:
    """Element-wise weighted geometric mean of the members' judgments.

    Each matrix is first completed by reciprocity (:func:`complete_reciprocal`).
    For a pair some members skipped, the mean is taken over the members who
    answered, with their voting weights renormalized; a pair nobody answered
    stays ``NaN`` (a missing judgment of the group matrix).  The result is
    reciprocal: ``ln a_ji = -ln a_ij`` term by term.
    """
    raw = [np.asarray(m, dtype=float) for m in matrices]
    v = _voting_weights(weights, len(raw))
    shapes = {m.shape for m in raw}
    if len(shapes) != 1 or raw[0].ndim != 2 or raw[0].shape[0] != raw[0].shape[1]:
        raise ConsistencyError(Issue("ahp.group_shape",
                                     params={"shapes": ", ".join("x".join(map(str, s)) for s in shapes)}))
    if any((m[~np.isnan(m)] <= 0).any() or np.isinf(m).any() for m in raw):
        raise ConsistencyError(Issue("ahp.group_not_positive"))
    mats = [complete_reciprocal(m) for m in raw]
    stack = np.log(np.stack(mats))  # NaN stays NaN
    answered = ~np.isnan(stack)
    vw = v[:, None, None] * answered
    total = vw.sum(axis=0)
    logsum = np.nansum(stack * v[:, None, None], axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(total > 0, np.exp(logsum / np.where(total > 0, total, 1.0)), math.nan)
    np.fill_diagonal(out, 1.0)
    return np.asarray(out, dtype=float)


def aggregate_aip(
    results: Sequence[AhpResult], weights: Sequence[float] | FloatArray | None = None, *, mean: str = "geometric"
) -> pd.Series:
    """Weighted mean of the members' priority vectors, normalized to sum 1.

    ``mean="geometric"`` (default, Forman & Peniwati 1998) or
    ``"arithmetic"``.  All results must be over the same labels (any order).
    """
    v = _voting_weights(weights, len(results))
    labels = list(results[0].labels)
    for r in results[1:]:
        if set(r.labels) != set(labels):
            raise ConsistencyError(Issue("ahp.group_labels", params={
                "expected": ", ".join(labels), "found": ", ".join(r.labels)}))
    w = np.stack([r.weights.reindex(labels).to_numpy(dtype=float) for r in results])
    if mean == "geometric":
        agg = np.exp((v[:, None] * np.log(w)).sum(axis=0))
    elif mean == "arithmetic":
        agg = (v[:, None] * w).sum(axis=0)
    else:
        raise ConsistencyError(Issue("ahp.group_unknown_mean", params={"value": mean}))
    return pd.Series(agg / agg.sum(), index=labels, name="weight")


@dataclass(frozen=True)
class GroupAhpResult:
    """Each member's result and the group's weights.

    ``group`` is the :class:`~mcda.ahp.AhpResult` of the aggregated matrix for
    AIJ (so its CR is the group matrix's) and ``None`` for AIP.
    """

    aggregation: str
    weights: pd.Series
    members: tuple[AhpResult, ...]
    member_names: tuple[str, ...]
    member_weights: pd.Series
    group: AhpResult | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def consistency(self) -> dict[str, float]:
        """CR of each member's matrix, plus the group matrix for AIJ."""
        out = {name: r.cr for name, r in zip(self.member_names, self.members)}
        if self.group is not None:
            out["group"] = self.group.cr
        return out


def group_priorities(
    matrices: Sequence[npt.ArrayLike], labels: Sequence[str], *, names: Sequence[str] | None = None,
    weights: Sequence[float] | FloatArray | None = None, aggregation: str = "aij", prioritization: str = "eigenvector",
    ri_table: str = "saaty", mean: str = "geometric", sheets: Sequence[str] | None = None,
) -> GroupAhpResult:
    """Priorities of each member and of the group (AIJ or AIP).

    ``names`` identify the members (default ``"1".."k"``); ``sheets`` are
    where their matrices came from, used to locate issues (default: names).
    """
    from mcda.ahp import priorities

    if aggregation not in ("aij", "aip"):
        raise ConsistencyError(Issue("ahp.group_unknown_aggregation", params={"value": aggregation}))
    who = tuple(str(x) for x in (names or [str(k + 1) for k in range(len(matrices))]))
    v = _voting_weights(weights, len(matrices))
    where = tuple(str(x) for x in sheets) if sheets is not None else who
    members = tuple(priorities(m, labels, prioritization=prioritization, ri_table=ri_table, sheet=sh)
                    for m, sh in zip(matrices, where))
    group = None
    if aggregation == "aij":
        group = priorities(aggregate_aij(matrices, v), labels, prioritization=prioritization, ri_table=ri_table)
        w = group.weights
    else:
        w = aggregate_aip(members, v, mean=mean)
    return GroupAhpResult(
        aggregation=aggregation, weights=w, members=members, member_names=who,
        member_weights=pd.Series(v, index=list(who), name="voting_weight"), group=group,
        details={"prioritization": prioritization, "ri_table": ri_table,
                 "mean": "geometric" if aggregation == "aij" else mean},
    )
