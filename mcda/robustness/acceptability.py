"""Rank acceptability: how often each cluster takes each place under sampled weights.

Following stochastic multicriteria acceptability analysis (SMAA; Lahdelma,
Hokkanen & Salminen 1998, "SMAA - Stochastic multiobjective acceptability
analysis", European Journal of Operational Research 106: 137-143), the rank
acceptability index ``b_i^r`` is the share of weight samples in which cluster
``i`` gets rank ``r``; the top-k probability is ``sum_{r <= k} b_i^r``; the
central weight vector of a cluster is the mean of the samples that put it
first.  Ties share the better rank (1 2 2 4), so a rank may be held by no
cluster in a sample, but each cluster holds exactly one rank per sample: every
row of the acceptability matrix sums to 1.

The 90 % rank interval is ``[q(0.05), q(0.95)]`` of the rank's empirical
distribution, with ``q(p) = min{r : P(rank <= r) >= p}``.

Examples
--------
>>> counts = np.array([[3, 1, 0], [1, 2, 1], [0, 1, 3]])
>>> a = Acceptability(("A", "B", "C"), counts, samples=4, top_k=1)
>>> a.shares.loc["A"].tolist()
[0.75, 0.25, 0.0]
>>> a.top_k_probability.tolist()
[0.75, 0.25, 0.0]
>>> a.rank_interval().loc["B"].tolist()
[1, 3]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pandas as pd

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]

#: Level of the reported rank interval (90 %: from the 5th to the 95th percentile).
INTERVAL_LEVEL = 0.90


@dataclass(frozen=True)
class Acceptability:
    """Counts of ranks over the weight samples, and the figures derived from them.

    Attributes
    ----------
    clusters : tuple of str
        Cluster ids (row order of ``counts``).
    counts : ndarray of int, shape (clusters, clusters)
        ``counts[i, r - 1]``: samples in which cluster ``i`` has rank ``r``.
    samples : int
        Number of weight samples.
    top_k : int
        The ``k`` of :attr:`top_k_probability`.
    central_weights : ndarray, shape (clusters, criteria)
        Mean weight vector of the samples in which the cluster ranks first
        (``NaN`` when it never does).
    criteria : tuple of str
        Column labels of ``central_weights``.
    """

    clusters: tuple[str, ...]
    counts: IntArray
    samples: int
    top_k: int
    central_weights: FloatArray = field(default_factory=lambda: np.zeros((0, 0)))
    criteria: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        c = np.array(self.counts, dtype=np.int64)
        c.setflags(write=False)
        object.__setattr__(self, "counts", c)
        object.__setattr__(self, "clusters", tuple(self.clusters))
        object.__setattr__(self, "criteria", tuple(self.criteria))
        if c.shape != (len(self.clusters), len(self.clusters)):
            raise ValueError("counts must be clusters x ranks")

    @property
    def ranks(self) -> list[int]:
        return list(range(1, len(self.clusters) + 1))

    @property
    def shares(self) -> pd.DataFrame:
        """Rank acceptability matrix: clusters x ranks (1 ... m), rows sum to 1."""
        return pd.DataFrame(self.counts / max(self.samples, 1), index=list(self.clusters), columns=self.ranks)

    @property
    def top_k_probability(self) -> pd.Series:
        k = min(self.top_k, len(self.clusters))
        return pd.Series(self.counts[:, :k].sum(axis=1) / max(self.samples, 1), index=list(self.clusters),
                         name="top_k_probability")

    def rank_quantile(self, p: float) -> pd.Series:
        """``min{r : P(rank <= r) >= p}`` per cluster."""
        cum = np.cumsum(self.counts, axis=1)
        need = p * self.samples - 1e-9 * max(self.samples, 1)
        first = np.argmax(cum >= need, axis=1) + 1
        return pd.Series(first, index=list(self.clusters), dtype=int)

    def rank_interval(self, level: float = INTERVAL_LEVEL) -> pd.DataFrame:
        """Central ``level`` interval of each cluster's rank (columns ``lo``, ``hi``)."""
        tail = (1.0 - level) / 2.0
        return pd.DataFrame({"lo": self.rank_quantile(tail), "hi": self.rank_quantile(1.0 - tail)})

    @property
    def expected_rank(self) -> pd.Series:
        return pd.Series(self.counts @ np.arange(1, len(self.clusters) + 1) / max(self.samples, 1),
                         index=list(self.clusters), name="expected_rank")

    @property
    def modal_rank(self) -> pd.Series:
        return pd.Series(np.argmax(self.counts, axis=1) + 1, index=list(self.clusters), name="modal_rank")

    @property
    def central_weight_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.central_weights, index=list(self.clusters), columns=list(self.criteria))


class AcceptabilityCounter:
    """Accumulates rank counts chunk by chunk (so a long run can report progress).

    >>> from mcda.robustness.ranks import sorted_positions
    >>> acc = AcceptabilityCounter(("A", "B"), ("c1", "c2"), top_k=1)
    >>> w = np.array([[0.9, 0.1], [0.2, 0.8]])
    >>> acc.add(*sorted_positions(np.array([[2.0, 1.0], [1.0, 2.0]]), True), w)
    >>> acc.result().central_weight_frame.loc["B"].tolist()
    [0.2, 0.8]
    """

    def __init__(self, clusters: Sequence[str], criteria: Sequence[str], top_k: int) -> None:
        self.clusters = tuple(clusters)
        self.criteria = tuple(criteria)
        self.top_k = int(top_k)
        m, n = len(self.clusters), len(self.criteria)
        self.counts = np.zeros((m, m), dtype=np.int64)
        self.first_weight_sum = np.zeros((m, n))
        self.first_count = np.zeros(m, dtype=np.int64)
        self.samples = 0

    def add(self, order: IntArray, rank_at: IntArray, weights: FloatArray) -> None:
        """Add one chunk: the output of :func:`~mcda.robustness.ranks.sorted_positions`
        and the weight vectors that produced it."""
        m = len(self.clusters)
        flat = (order * m + (rank_at - 1)).ravel()
        self.counts += np.bincount(flat, minlength=m * m).reshape(m, m)
        firsts = rank_at == 1
        rows, pos = np.nonzero(firsts)
        winners = order[rows, pos]
        np.add.at(self.first_weight_sum, winners, weights[rows])
        self.first_count += np.bincount(winners, minlength=m)
        self.samples += int(order.shape[0])

    def result(self) -> Acceptability:
        with np.errstate(invalid="ignore", divide="ignore"):
            central = self.first_weight_sum / self.first_count[:, None]
        central[self.first_count == 0] = np.nan
        return Acceptability(self.clusters, self.counts.copy(), self.samples, self.top_k, central, self.criteria)
