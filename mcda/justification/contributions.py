"""Each criterion's contribution to each cluster's score, compared with the average cluster.

The contribution of criterion ``j`` to cluster ``i`` is ``c_ij = w_j r_ij``,
the weight times the normalized value.  For the additive methods (``ahp``,
``wsm``) these are the method's own ``weighted`` table and the score is their
sum, so the decomposition is exact.  TOPSIS, VIKOR, PROMETHEE II and COPRAS
do not add up per criterion; for them the contributions use the min–max
normalization oriented by direction (best cluster 1, worst 0), an
explanatory decomposition that agrees in sign with every method (a cluster
above the average on a criterion always helps it) — :attr:`Contributions.exact`
says which one was used.

The *average cluster* has the mean contribution of every criterion,
``m_j = mean_i c_ij``; a criterion **lifts** cluster ``i`` when
``c_ij - m_j > 0`` and **holds it back** when it is negative.

A group's *attainment* is ``sum_{j in g} c_ij / sum_{j in g} w_j``: the
weighted mean normalized value in that group (1 = best on every criterion of
the group), the profile the report draws against the average.

Examples
--------
>>> from mcda.problem import Cluster, Criterion, Problem
>>> from mcda.methods import run
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")),
...             (Criterion("x", "x", group="g1"), Criterion("y", "y", group="g2")), [[4.0, 1.0], [2.0, 2.0]])
>>> c = contributions(p, run(p, "wsm", {"normalization": "max"}, [0.5, 0.5]), [0.5, 0.5])
>>> c.table.round(3).to_dict("index")
{'A': {'x': 0.5, 'y': 0.25}, 'B': {'x': 0.25, 'y': 0.5}}
>>> c.delta.loc["A"].round(3).tolist(), c.exact
([0.125, -0.125], True)
>>> c.attainment.loc["A"].round(3).tolist()
[1.0, 0.5]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import cast

import numpy as np
import pandas as pd

from mcda.problem import Problem
from mcda.results import RankResult

#: Methods whose ``weighted`` table adds up to the score.
ADDITIVE = ("ahp", "wsm")


@dataclass(frozen=True)
class Contributions:
    """Contributions ``w_j r_ij`` (clusters x criteria) and the average cluster."""

    table: pd.DataFrame
    weights: pd.Series
    groups: dict[str, tuple[str, ...]]
    exact: bool

    @cached_property
    def mean(self) -> pd.Series:
        """Contribution of each criterion to the average cluster."""
        return self.table.mean(axis=0)

    @cached_property
    def delta(self) -> pd.DataFrame:
        """``c_ij - m_j``: positive lifts the cluster above the average, negative holds it back."""
        return self.table - self.mean

    @cached_property
    def attainment(self) -> pd.DataFrame:
        """Clusters x groups: weighted mean normalized value in each group (NaN for a weightless group)."""
        cols = {}
        for g, ids in self.groups.items():
            w = float(self.weights[list(ids)].sum())
            cols[g] = self.table[list(ids)].sum(axis=1) / w if w > 0 else np.nan
        return pd.DataFrame(cols, index=self.table.index)

    @cached_property
    def mean_attainment(self) -> pd.Series:
        return self.attainment.mean(axis=0)

    def row(self, cluster_id: str) -> pd.Series:
        """``c_ij - m_j`` of one cluster."""
        return cast(pd.Series, self.delta.loc[cluster_id])

    def lifting(self, cluster_id: str, count: int = 3) -> list[tuple[str, float]]:
        """The ``count`` criteria with the largest positive ``c_ij - m_j``, largest first."""
        d = self.row(cluster_id)
        d = d[d > _tolerance(self.table)]
        return [(str(k), float(v)) for k, v in d.sort_values(ascending=False, kind="stable").head(count).items()]

    def holding_back(self, cluster_id: str, count: int = 2) -> list[tuple[str, float]]:
        """The ``count`` criteria with the most negative ``c_ij - m_j``, most negative first."""
        d = self.row(cluster_id)
        d = d[d < -_tolerance(self.table)]
        return [(str(k), float(v)) for k, v in d.sort_values(ascending=True, kind="stable").head(count).items()]

    def above_count(self, cluster_id: str) -> int:
        """Number of criteria on which the cluster beats the average cluster."""
        return int((self.row(cluster_id) > _tolerance(self.table)).sum())

    def weakest_group(self, cluster_id: str) -> str | None:
        """The group in which the cluster falls furthest below the average (``None``: below in none)."""
        if not self.groups:
            return None
        gap = (cast(pd.Series, self.attainment.loc[cluster_id]) - self.mean_attainment).dropna()
        gap = gap[gap < 0]
        return str(gap.idxmin()) if len(gap) else None


def _tolerance(table: pd.DataFrame) -> float:
    """Differences smaller than this are float noise, not a lift."""
    scale = float(np.nanmax(np.abs(table.to_numpy()))) if table.size else 0.0
    return 1e-12 * max(scale, 1.0)


def oriented_minmax(problem: Problem) -> pd.DataFrame:
    """Min–max normalized values, best 1, worst 0 (constant criterion: 0)."""
    from mcda.methods.normalization import minmax

    r = minmax(np.asarray(problem.values, dtype=float), problem.types)
    return pd.DataFrame(r, index=problem.cluster_ids, columns=problem.criterion_ids)


def contributions(problem: Problem, result: RankResult, weights: Sequence[float] | pd.Series) -> Contributions:
    """Contributions for ``result`` (its ``weighted`` table when it is additive)."""
    ids = problem.criterion_ids
    if isinstance(weights, pd.Series):
        w = weights.reindex(ids).astype(float)
    else:
        w = pd.Series(np.asarray(weights, dtype=float), index=ids)
    w = w / float(w.sum()) if float(w.sum()) > 0 else w
    exact = result.method in ADDITIVE and "weighted" in result.tables
    if exact:
        table = result.tables["weighted"].reindex(index=problem.cluster_ids, columns=ids).astype(float)
    else:
        table = oriented_minmax(problem) * w
    groups: dict[str, list[str]] = {}
    for c in problem.criteria:
        groups.setdefault(c.group or "", []).append(c.id)
    frozen = {g: tuple(v) for g, v in groups.items() if g}
    return Contributions(table=table, weights=w, groups=frozen, exact=exact)
