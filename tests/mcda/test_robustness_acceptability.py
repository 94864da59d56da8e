"""Monte Carlo rank acceptability (SMAA; Lahdelma, Hokkanen & Salminen 1998).

The rank acceptability index b_i^r is the share of weight samples giving
cluster i rank r; each cluster has one rank per sample, so each row sums to 1.
As the Dirichlet concentration grows the samples collapse on the centre and
every cluster takes its deterministic rank with acceptability 1.
"""

import numpy as np
import pytest

from mcda.methods import run
from mcda.robustness import Cancelled, dirichlet, make_scorer, monte_carlo
from mcda.robustness.acceptability import Acceptability
from tests.mcda.robustness_problems import random_problem

METHODS = [("ahp", {"normalization": "minmax"}), ("wsm", {}), ("topsis", {}), ("vikor", {}), ("promethee2", {}),
           ("copras", {})]


@pytest.fixture(scope="module")
def problem():
    return random_problem(15, 6, seed=21, functions=True)


@pytest.mark.parametrize(("method", "params"), METHODS)
def test_rows_sum_to_one_and_top_k_is_the_sum_of_the_first_k_ranks(problem, method, params):
    acc = monte_carlo(make_scorer(problem, method, params), dirichlet(problem.weights, 3000, 30, seed=7), top_k=4)
    shares = acc.shares
    assert np.allclose(shares.sum(axis=1), 1.0, atol=1e-12)
    assert acc.counts.sum() == 3000 * 15
    assert np.allclose(acc.top_k_probability, shares.iloc[:, :4].sum(axis=1))


@pytest.mark.parametrize(("method", "params"), METHODS)
def test_huge_concentration_reproduces_the_deterministic_ranking(problem, method, params):
    base = run(problem, method, params)
    s = np.sort(base.scores.to_numpy())
    assert np.diff(s).min() > 1e-4 * np.ptp(s)  # no near-tie, so tiny weight noise cannot swap two clusters
    acc = monte_carlo(make_scorer(problem, method, params), dirichlet(problem.weights, 500, 1e9, seed=1), top_k=3)
    for cid in problem.cluster_ids:
        assert acc.shares.loc[cid, int(base.ranks[cid])] == 1.0
        assert acc.rank_interval().loc[cid].tolist() == [int(base.ranks[cid])] * 2


def test_counts_equal_ranking_every_sample_with_the_registry(problem):
    samples = dirichlet(problem.weights, 150, 15, seed=3)
    acc = monte_carlo(make_scorer(problem, "topsis"), samples, top_k=5, chunk=40)
    counts = np.zeros((15, 15), dtype=int)
    first_sum = np.zeros((15, 6))
    first_n = np.zeros(15)
    for w in samples.weights:
        ranks = run(problem, "topsis", weights=w).ranks.reindex(problem.cluster_ids).to_numpy()
        counts[np.arange(15), ranks - 1] += 1
        first_sum[ranks == 1] += w
        first_n[ranks == 1] += 1
    assert np.array_equal(acc.counts, counts)
    seen = first_n > 0
    assert np.allclose(acc.central_weights[seen], first_sum[seen] / first_n[seen, None])
    assert np.isnan(acc.central_weights[~seen]).all()


def test_same_seed_same_acceptability(problem):
    scorer = make_scorer(problem, "vikor")
    a = monte_carlo(scorer, dirichlet(problem.weights, 800, 25, seed=99), top_k=3)
    b = monte_carlo(scorer, dirichlet(problem.weights, 800, 25, seed=99), top_k=3)
    c = monte_carlo(scorer, dirichlet(problem.weights, 800, 25, seed=100), top_k=3)
    assert np.array_equal(a.counts, b.counts)
    assert not np.array_equal(a.counts, c.counts)


def test_rank_interval_is_the_central_90_percent():
    # 100 samples: ranks 1 (3 times), 2 (90), 3 (7) -> 5th percentile 2, 95th percentile 3
    acc = Acceptability(("A", "B", "C"), np.array([[3, 90, 7], [90, 7, 3], [7, 3, 90]]), samples=100, top_k=1)
    assert acc.rank_interval().loc["A"].tolist() == [2, 3]
    assert acc.rank_interval().loc["B"].tolist() == [1, 2]
    assert acc.rank_interval(level=0.5).loc["A"].tolist() == [2, 2]
    assert acc.expected_rank["A"] == pytest.approx(0.03 + 1.8 + 0.21)
    assert acc.modal_rank.tolist() == [2, 1, 3]


def test_progress_is_reported_per_chunk_and_can_cancel(problem):
    scorer = make_scorer(problem, "wsm")
    samples = dirichlet(problem.weights, 1000, 20, seed=1)
    calls = []
    monte_carlo(scorer, samples, 2, chunk=300, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(300, 1000), (600, 1000), (900, 1000), (1000, 1000)]
    with pytest.raises(Cancelled):
        monte_carlo(scorer, samples, 2, chunk=300, progress=lambda d, t: d < 600)
