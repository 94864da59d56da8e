"""Monte Carlo over sampled weights: rank every sample, count the ranks.

The samples are scored in chunks with the vectorized :class:`BatchScorer`
and ranked with :func:`~mcda.robustness.ranks.sorted_positions` (ties share
the better rank, as in every other ranking of the program).  After each chunk
``progress(done, total)`` is called; if it returns ``False`` the run stops
with :class:`Cancelled` (the GUI's cancel button).

>>> from mcda.problem import Problem, Cluster, Criterion
>>> from mcda.robustness.batch import make_scorer
>>> from mcda.robustness.sampling import dirichlet
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("c1", "x"), Criterion("c2", "y")),
...             [[1.0, 0.0], [0.0, 1.0]])
>>> acc = monte_carlo(make_scorer(p, "wsm"), dirichlet([0.7, 0.3], 2000, 1e9, seed=1), top_k=1)
>>> acc.shares.loc["A"].tolist()
[1.0, 0.0]
>>> seen = []
>>> _ = monte_carlo(make_scorer(p, "wsm"), dirichlet([0.7, 0.3], 250, 50, seed=1), 1, chunk=100,
...                 progress=lambda done, total: seen.append((done, total)))
>>> seen
[(100, 250), (200, 250), (250, 250)]
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from mcda.robustness.acceptability import Acceptability, AcceptabilityCounter
from mcda.robustness.batch import DEFAULT_CHUNK, BatchScorer
from mcda.robustness.ranks import sorted_positions
from mcda.robustness.sampling import WeightSamples

#: ``progress(done, total)``; returning ``False`` cancels the run.
Progress = Callable[[int, int], "bool | None"]


class Cancelled(Exception):
    """The caller's progress callback asked to stop."""


def monte_carlo(
    scorer: BatchScorer, samples: WeightSamples, top_k: int, *, chunk: int = DEFAULT_CHUNK,
    progress: Progress | None = None,
) -> Acceptability:
    """Rank acceptability of every cluster over ``samples``."""
    counter = AcceptabilityCounter(scorer.cluster_ids, scorer.criterion_ids, top_k)
    w = samples.weights
    total = w.shape[0]
    for start in range(0, total, max(1, int(chunk))):
        part = np.ascontiguousarray(w[start : start + chunk])
        order, rank_at = sorted_positions(scorer.scores(part), scorer.higher_is_better)
        counter.add(order, rank_at, part)
        if progress is not None and progress(min(start + chunk, total), total) is False:
            raise Cancelled()
    return counter.result()
