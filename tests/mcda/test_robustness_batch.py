"""Vectorized batch scoring agrees with the registry and with pymcdm, sample by sample.

The registry (:func:`mcda.methods.run`) is the reference of every convention;
pymcdm (called once per weight vector, the "obvious alternative") is an
independent implementation of TOPSIS (Hwang & Yoon 1981), the WSM, VIKOR
(Opricovic & Tzeng 2004) and PROMETHEE II with the usual function
(Brans & Vincke 1985).  Tolerance 1e-9.
"""

import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcda.methods import kernel_for, run
from mcda.results import competition_ranks
from mcda.robustness.batch import make_scorer
from mcda.robustness.ranks import batch_ranks, count_ranks, sorted_positions
from mcda.robustness.sampling import dirichlet
from tests.mcda.robustness_problems import random_problem

CASES = [
    ("ahp", {"normalization": "ideal"}), ("ahp", {"normalization": "distributive"}),
    ("ahp", {"normalization": "minmax"}),
    ("wsm", {"normalization": "minmax"}), ("wsm", {"normalization": "max"}), ("wsm", {"normalization": "sum"}),
    ("wsm", {"normalization": "none"}),
    ("topsis", {"normalization": "vector"}), ("topsis", {"normalization": "minmax"}),
    ("vikor", {"v": 0.5}), ("vikor", {"v": 0.2}),
    ("promethee2", {}), ("copras", {}),
]


@pytest.fixture(scope="module")
def problem():
    return random_problem(40, 7, seed=11, functions=True)


@pytest.fixture(scope="module")
def weights(problem):
    # includes the extremes a sweep visits: one criterion with all the weight, and a zero weight
    w = dirichlet(problem.weights, 300, 20, seed=4).weights.copy()
    w[0] = np.eye(7)[2]
    w[1, 3] = 0.0
    w[1] /= w[1].sum()
    return w


@pytest.mark.parametrize(("method", "params"), CASES)
def test_batch_scores_equal_the_registry_run_per_sample(problem, weights, method, params):
    scorer = make_scorer(problem, method, params)
    batch = scorer.scores(weights)
    for i in range(0, 300, 15):
        reference = run(problem, method, params, weights=weights[i])
        assert np.abs(batch[i] - reference.scores.to_numpy()).max() <= 1e-9, i
        assert (competition_ranks(batch[i], scorer.higher_is_better) == reference.ranks.to_numpy()).all()
    kernel = kernel_for(problem, method, params)(np.asarray(problem.values), weights)
    assert np.abs(batch - kernel).max() <= 1e-9
    assert scorer.better == reference.better


@pytest.mark.parametrize(("method", "params"), [c for c in CASES if c[0] in ("ahp", "wsm", "promethee2")])
def test_linear_methods_expose_their_contributions(problem, weights, method, params):
    scorer = make_scorer(problem, method, params)
    assert scorer.linear
    assert np.allclose(weights @ scorer.contributions.T, scorer.scores(weights), atol=1e-12)


def test_chunked_scores_equal_one_block(problem):
    scorer = make_scorer(problem, "topsis")
    w = dirichlet(problem.weights, 2500, 30, seed=1).weights
    whole = np.vstack([scorer.scores(w[i : i + 500]) for i in range(0, 2500, 500)])
    assert np.array_equal(scorer.scores(w), whole)


PYMCDM = [
    ("topsis", {"normalization": "vector"}, "TOPSIS", "vector_normalization"),
    ("topsis", {"normalization": "minmax"}, "TOPSIS", "minmax_normalization"),
    ("wsm", {"normalization": "minmax"}, "WSM", "minmax_normalization"),
    ("wsm", {"normalization": "sum"}, "WSM", "sum_normalization"),
]


@pytest.mark.parametrize(("method", "params", "cls", "norm"), PYMCDM)
def test_batch_scores_equal_one_pymcdm_call_per_sample(problem, weights, method, params, cls, norm):
    from pymcdm import methods as pm
    from pymcdm import normalizations as pn

    body = getattr(pm, cls)(normalization_function=getattr(pn, norm))
    batch = make_scorer(problem, method, params).scores(weights[:60])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = np.vstack([body(np.asarray(problem.values), w, problem.types) for w in weights[:60]])
    assert np.abs(batch - expected).max() <= 1e-9


def test_vikor_and_promethee_usual_equal_pymcdm():
    from mcda.methods.pymcdm_bridge import pymcdm_scores

    p = random_problem(25, 5, seed=3)  # usual functions only: pymcdm has one function for all criteria
    w = dirichlet(p.weights, 40, 10, seed=2).weights
    for method, kw in (("vikor", {"v": 0.5}), ("promethee2", {"preference_function": "usual"})):
        batch = make_scorer(p, method).scores(w)
        for i in range(40):
            expected = pymcdm_scores(method, p.values, w[i], p.types, **kw)[0]
            assert np.abs(batch[i] - expected).max() <= 1e-9, (method, i)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.integers(0, 4), min_size=6, max_size=6), min_size=1, max_size=8),
       st.booleans(), st.sampled_from([0.0, 1e-12, 1e-6]))
def test_batch_ranks_equal_competition_ranks_row_by_row(rows, higher, jitter):
    # small integers force exact ties; a jitter below the tie tolerance must still tie
    scores = np.asarray(rows, dtype=float) + jitter * np.arange(6)
    ranks = batch_ranks(scores, higher)
    for row, r in zip(scores, ranks):
        assert r.tolist() == competition_ranks(row, higher).tolist()
    order, rank_at = sorted_positions(scores, higher)
    counts = count_ranks(order, rank_at, 6)
    assert counts.sum(axis=1).tolist() == [len(rows)] * 6


@pytest.mark.parametrize(("method", "params"), CASES)
def test_cluster_utilities_pick_the_same_values(problem, weights, method, params):
    scorer = make_scorer(problem, method, params)
    idx = np.arange(weights.shape[0]) % 40
    full = scorer.utilities(weights)[np.arange(weights.shape[0]), idx]
    assert np.abs(scorer.cluster_utilities(weights, idx) - full).max() <= 1e-12
    assert (scorer.rowwise is not None) == (method in ("ahp", "wsm", "promethee2", "topsis"))


@pytest.mark.parametrize(("method", "params"), [c for c in CASES if c[1].get("normalization") not in
                                                 ("max", "sum", "distributive") and c[0] != "copras"])
def test_batch_scores_with_negative_values(method, params):
    # growth rates can be negative: AHP's ideal ratings then use the interval scale for that criterion
    p = random_problem(20, 6, seed=13, positive=False, functions=True)
    w = dirichlet(p.weights, 50, 20, seed=1).weights
    batch = make_scorer(p, method, params).scores(w)
    for i in range(0, 50, 7):
        assert np.abs(batch[i] - run(p, method, params, weights=w[i]).scores.to_numpy()).max() <= 1e-9
