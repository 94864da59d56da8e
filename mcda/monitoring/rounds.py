"""Several rounds of a prioritization: the baseline and the follow-ups, for trends.

:class:`Rounds` keeps the baseline first and the later snapshots in date
order (those without a date after the dated ones, in loading order).  It gives
the comparison of the latest round with the baseline, the rank of every
cluster in every round (for a slope chart) and the values of one cluster's
indicators across the rounds (for its trend).

Examples
--------
>>> from mcda.problem import Cluster, Criterion, Problem
>>> from mcda.monitoring.baseline import snapshot_from_analysis
>>> from mcda.session import run
>>> p0 = Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("x", "x"),), [[1.0], [2.0]])
>>> s0 = snapshot_from_analysis(run(p0), label="2023")
>>> s1 = snapshot_from_analysis(run(p0.with_value("A", "x", 3.0)), label="2025")
>>> r = Rounds(s0, [s1])
>>> r.ranks().values.tolist()
[[2.0, 1.0], [1.0, 2.0]]
>>> r.trend("A").loc["x"].tolist()
[1.0, 3.0]
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from mcda.monitoring.baseline import Snapshot
from mcda.monitoring.compare import Comparison, compare


@dataclass(frozen=True)
class Rounds:
    """The baseline and the later rounds (sorted by date, undated ones last)."""

    baseline: Snapshot
    later: tuple[Snapshot, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        later = list(self.later)
        dated = sorted((s for s in later if s.date is not None), key=lambda s: s.date or _dt.date.min)
        object.__setattr__(self, "later", tuple(dated + [s for s in later if s.date is None]))

    @property
    def all(self) -> list[Snapshot]:
        return [self.baseline, *self.later]

    @property
    def latest(self) -> Snapshot:
        return self.later[-1] if self.later else self.baseline

    def labels(self) -> list[str]:
        """A distinct display label per round (its name, numbered when names repeat)."""
        names = [s.name or str(i + 1) for i, s in enumerate(self.all)]
        return [f"{n} ({i + 1})" if names.count(n) > 1 else n for i, n in enumerate(names)]

    def comparisons(self) -> list[Comparison]:
        """Each later round compared with the baseline."""
        return [compare(self.baseline, s) for s in self.later]

    def latest_comparison(self) -> Comparison | None:
        return compare(self.baseline, self.latest) if self.later else None

    def cluster_ids(self) -> list[str]:
        ids: list[str] = []
        for s in self.all:
            ids += [c for c in s.problem.cluster_ids if c not in set(ids)]
        return ids

    def criterion_ids(self) -> list[str]:
        ids: list[str] = []
        for s in self.all:
            ids += [c for c in s.problem.criterion_ids if c not in set(ids)]
        return ids

    def names(self) -> dict[str, str]:
        """Cluster id -> name (the latest name wins)."""
        out: dict[str, str] = {}
        for s in self.all:
            out.update({c.id: c.name for c in s.problem.clusters})
        return out

    def ranks(self) -> pd.DataFrame:
        """Rank of every cluster (rows) in each round (columns :meth:`labels`); NaN where not ranked."""
        ids = self.cluster_ids()
        data = {label: [float(s.ranks[c]) if c in s.ranks.index else np.nan for c in ids]
                for label, s in zip(self.labels(), self.all)}
        return pd.DataFrame(data, index=pd.Index(ids, name="id"))

    def trend(self, cluster_id: str, criteria: Sequence[str] | None = None) -> pd.DataFrame:
        """Values of one cluster's criteria (rows) in each round (columns); NaN where absent."""
        crit = list(criteria) if criteria is not None else self.criterion_ids()
        data = {}
        for label, s in zip(self.labels(), self.all):
            p = s.problem
            data[label] = [p.value(cluster_id, k) if cluster_id in p.cluster_ids and k in p.criterion_ids
                           else np.nan for k in crit]
        return pd.DataFrame(data, index=pd.Index(crit, name="criterion"))

    def dates(self) -> list[_dt.date | None]:
        return [s.date for s in self.all]
