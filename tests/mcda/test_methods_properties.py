"""Properties every ranking must have, checked on random problems (hypothesis).

Invariances of the definitions (Hwang & Yoon 1981 for TOPSIS' scale
invariance under vector normalization; monotonicity of additive and distance
aggregation), not numbers from a publication.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcda.methods import METHOD_IDS, kernel_for, run, run_many
from mcda.problem import Cluster, Criterion, Direction, Problem

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def problems(draw, min_m=2, max_m=8, max_n=5, integers=False):
    """Positive values (every method applies), at least one non-constant weighted column."""
    m = draw(st.integers(min_m, max_m))
    n = draw(st.integers(1, max_n))
    if integers:  # few distinct values: many ties
        cell = st.integers(1, 4).map(float)
    else:
        cell = st.floats(0.5, 1000.0, allow_nan=False, allow_infinity=False)
    values = np.array(draw(st.lists(st.lists(cell, min_size=n, max_size=n), min_size=m, max_size=m)))
    if np.ptp(values, axis=0).max() <= 1e-9 * values.max():
        values[0, 0] += 1.0
    weights = draw(st.lists(st.floats(0.05, 1.0), min_size=n, max_size=n))
    dirs = draw(st.lists(st.sampled_from([Direction.BENEFIT, Direction.COST]), min_size=n, max_size=n))
    criteria = tuple(Criterion(f"c{j}", f"c{j}", direction=dirs[j], weight=weights[j]) for j in range(n))
    return Problem(tuple(Cluster(f"k{i}", f"k{i}") for i in range(m)), criteria, values)


def is_competition_ranking(ranks: np.ndarray) -> bool:
    """1,2,2,4: each rank r is shared by k clusters and the next rank is r + k."""
    values, counts = np.unique(ranks, return_counts=True)
    expected = 1
    for v, c in zip(values, counts):
        if v != expected:
            return False
        expected += c
    return True


@SETTINGS
@given(problems(integers=True))
def test_ranks_are_a_competition_ranking_consistent_with_scores(problem):
    for r in run_many(problem, METHOD_IDS):
        ranks = r.ranks.to_numpy()
        assert is_competition_ranking(ranks)
        s = r.scores.to_numpy() * (1 if r.better == "higher" else -1)
        for i in range(len(s)):
            for j in range(len(s)):
                if ranks[i] < ranks[j]:
                    assert s[i] > s[j]
        assert np.isfinite(r.scores).all()


@SETTINGS
@given(problems(), st.data())
def test_scaling_a_benefit_column_keeps_topsis_vector_ranks(problem, data):
    j = data.draw(st.integers(0, len(problem.criteria) - 1))
    factor = data.draw(st.floats(0.001, 1000.0))
    crit = problem.criteria[j]
    scaled = problem.with_criterion(Criterion(crit.id, crit.name, direction=Direction.BENEFIT, weight=crit.weight))
    before = run(scaled, "topsis")
    values = scaled.values.copy()
    values[:, j] *= factor
    after = run(scaled.replace(values=values), "topsis")
    np.testing.assert_allclose(after.scores, before.scores, rtol=1e-9, atol=1e-12)
    assert after.ranks.tolist() == before.ranks.tolist()


@SETTINGS
@given(problems(), st.data())
def test_improving_a_benefit_value_never_worsens_rank_in_wsm_and_topsis(problem, data):
    i = data.draw(st.integers(0, len(problem.clusters) - 1))
    j = data.draw(st.integers(0, len(problem.criteria) - 1))
    crit = problem.criteria[j]
    base = problem.with_criterion(Criterion(crit.id, crit.name, direction=Direction.BENEFIT, weight=crit.weight))
    gain = data.draw(st.floats(0.01, 500.0))
    better = base.with_value(base.clusters[i].id, crit.id, base.values[i, j] + gain)
    cid = base.clusters[i].id
    for method, params in (("wsm", {"normalization": "minmax"}), ("wsm", {"normalization": "max"}),
                           ("wsm", {"normalization": "sum"}), ("topsis", {"normalization": "vector"}),
                           ("topsis", {"normalization": "minmax"})):
        assert run(better, method, params).ranks[cid] <= run(base, method, params).ranks[cid], (method, params)


@SETTINGS
@given(problems(min_m=3), st.randoms(use_true_random=False))
def test_permuting_rows_permutes_results(problem, rnd):
    ids = problem.cluster_ids
    shuffled = ids[:]
    rnd.shuffle(shuffled)
    permuted = problem.subset(shuffled)
    for a, b in zip(run_many(problem, METHOD_IDS), run_many(permuted, METHOD_IDS)):
        np.testing.assert_allclose(b.scores[ids].to_numpy(), a.scores[ids].to_numpy(), rtol=1e-9, atol=1e-12)
        assert b.ranks[ids].tolist() == a.ranks[ids].tolist()


@SETTINGS
@given(problems(), st.integers(1, 4), st.data())
def test_batched_kernels_equal_one_run_per_weight_vector(problem, k, data):
    n = len(problem.criteria)
    w = np.array(data.draw(st.lists(st.lists(st.floats(0.01, 1.0), min_size=n, max_size=n), min_size=k,
                                    max_size=k)))
    w = w / w.sum(axis=1, keepdims=True)
    for method in METHOD_IDS:
        kernel = kernel_for(problem, method)
        batch = kernel(problem.values, w)
        assert batch.shape == (k, len(problem.clusters))
        for row in range(k):
            np.testing.assert_allclose(batch[row], run(problem, method, weights=w[row]).scores, rtol=1e-10,
                                       atol=1e-12)


def _reference_competition_ranks(scores, higher_is_better, tol=1e-9):
    """The element-by-element tie rule of mcda.results, written out plainly."""
    s = np.asarray(scores, dtype=float)
    key = -s if higher_is_better else s
    order = np.argsort(key, kind="stable")
    eps = tol * max(1.0, abs(float(np.ptp(s))))
    ranks = np.empty(s.size, dtype=int)
    start, rank = key[order[0]], 1
    for pos, idx in enumerate(order):
        if key[idx] - start > eps:
            rank, start = pos + 1, key[idx]
        ranks[idx] = rank
    return ranks


@SETTINGS
@given(st.lists(st.one_of(st.floats(-1e6, 1e6), st.sampled_from([0.0, 1.0, 1.0 + 1e-12, 2.0])), min_size=1,
                max_size=40), st.booleans())
def test_competition_ranks_fast_path_agrees_with_the_plain_rule(scores, higher):
    from mcda.results import competition_ranks

    assert competition_ranks(scores, higher).tolist() == _reference_competition_ranks(scores, higher).tolist()
