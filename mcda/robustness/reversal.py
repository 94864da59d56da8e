"""Rank reversal check: remove each cluster in turn, re-rank, compare the others.

A method whose normalization or reference points depend on the whole set of
alternatives (TOPSIS's vector norms and ideal points, VIKOR's best and worst
values, PROMETHEE's pairwise flows, sum normalizations) can change the order
of two clusters when a third one is removed (Belton & Gear 1983 for AHP;
García-Cascales & Lamata 2012 for TOPSIS; Wang & Luo 2009 for several
methods).  For every removed cluster this module reports each pair of the
others whose relative order changed: a strict reversal (``a`` ahead of ``b``
becomes ``b`` ahead of ``a``) or a change to or from a tie.

>>> from mcda.problem import Problem, Cluster, Criterion
>>> p = Problem(tuple(Cluster(c, c) for c in "ABC"), (Criterion("c1", "x"), Criterion("c2", "y")),
...             [[3.0, 1.0], [1.0, 3.0], [2.0, 2.5]])
>>> rank_reversal(p, "wsm", {"normalization": "none"}).changes
()
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.errors import Issue, McdaError
from mcda.problem import Problem

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class OrderChange:
    """Without ``removed``, the order of ``first`` and ``second`` changed.

    ``before`` and ``after`` are ``">"`` (first ahead), ``"<"`` (second ahead)
    or ``"="`` (tied); ``first`` is the cluster that was ahead (or either, if
    they were tied), so ``before`` is ``">"`` or ``"="``.
    """

    removed: str
    first: str
    second: str
    before: str
    after: str

    @property
    def strict(self) -> bool:
        """A full reversal (not only a tie appearing or disappearing)."""
        return {self.before, self.after} == {">", "<"}


@dataclass(frozen=True)
class ReversalCheck:
    """Every order change found, and the removals for which the method could not run."""

    method: str
    parameters: Mapping[str, Any]
    changes: tuple[OrderChange, ...]
    failed: tuple[tuple[str, Issue], ...] = ()

    @property
    def any_reversal(self) -> bool:
        return any(c.strict for c in self.changes)

    def table(self) -> pd.DataFrame:
        return pd.DataFrame([{"removed": c.removed, "first": c.first, "second": c.second, "before": c.before,
                              "after": c.after, "strict": c.strict} for c in self.changes],
                            columns=["removed", "first", "second", "before", "after", "strict"])


_SYMBOL = {1: "<", 0: "=", -1: ">"}  # sign(rank_first - rank_second)


def rank_reversal(problem: Problem, method: str, params: Mapping[str, Any] | None = None,
                  weights: FloatArray | None = None, *, check: Callable[[], None] | None = None
                  ) -> ReversalCheck:
    """Re-rank ``problem`` without each cluster in turn and list the order changes.

    ``check()``, when given, is called before each removal; it may raise
    (a cancelled run stops there).

    Raises :class:`~mcda.errors.MethodError` when the method cannot rank the
    full problem; a removal after which it cannot run (for example the only
    cluster that made a criterion non-constant) is listed in ``failed``.
    """
    from mcda.methods import run

    base = run(problem, method, params, weights)
    ids = list(problem.cluster_ids)
    base_ranks = base.ranks.reindex(ids).to_numpy(dtype=float)
    changes: list[OrderChange] = []
    failed: list[tuple[str, Issue]] = []
    if len(ids) < 3:
        return ReversalCheck(method, dict(base.parameters), (), ())
    for k, removed in enumerate(ids):
        if check is not None:
            check()
        keep = [i for i in range(len(ids)) if i != k]
        kept_ids = [ids[i] for i in keep]
        try:
            after = run(problem.subset(kept_ids), method, params, weights)
        except McdaError as exc:
            failed.extend((removed, issue) for issue in exc.issues)
            continue
        r0 = base_ranks[keep]
        r1 = after.ranks.reindex(kept_ids).to_numpy(dtype=float)
        s0 = np.sign(r0[:, None] - r0[None, :])
        s1 = np.sign(r1[:, None] - r1[None, :])
        rows, cols = np.nonzero(np.triu(s0 != s1, k=1))
        for a, b in zip(rows, cols):
            if s0[a, b] > 0:  # list the cluster that was ahead first
                a, b = b, a
            changes.append(OrderChange(removed, kept_ids[a], kept_ids[b], _SYMBOL[int(s0[a, b])],
                                       _SYMBOL[int(s1[a, b])]))
    return ReversalCheck(method, dict(base.parameters), tuple(changes), tuple(failed))
