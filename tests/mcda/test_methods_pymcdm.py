"""Our kernels against pymcdm, an independent implementation, where both apply.

pymcdm 1.x: TOPSIS/WSM/VIKOR/PROMETHEE_II take ``(matrix, weights, types)``;
ranks come from each object's own ``rank()``.  The random matrices are drawn
from continuous distributions, so ties (where pymcdm averages ranks and we
share the better one) do not occur.
"""

from __future__ import annotations

import numpy as np
import pytest

from mcda.methods import run
from mcda.methods.pymcdm_bridge import pymcdm_scores
from mcda.problem import Cluster, Criterion, Direction, PreferenceFunction, Problem

RNG_SEEDS = [1, 2, 3, 4, 5]


def random_problem(seed: int, m: int = 7, n: int = 5, **crit_extra):
    rng = np.random.default_rng(seed)
    x = rng.uniform(1.0, 100.0, size=(m, n))
    w = rng.uniform(0.1, 1.0, size=n)
    types = np.where(rng.uniform(size=n) < 0.35, -1, 1)
    types[0] = 1
    types[-1] = -1  # at least one of each
    crit = tuple(
        Criterion(f"c{j}", f"c{j}", weight=float(w[j]),
                  direction=Direction.BENEFIT if types[j] > 0 else Direction.COST, **crit_extra)
        for j in range(n)
    )
    p = Problem(tuple(Cluster(f"k{i}", f"k{i}") for i in range(m)), crit, x)
    return p, x, w / w.sum(), types


@pytest.mark.parametrize("seed", RNG_SEEDS)
@pytest.mark.parametrize(
    "method, params, pymcdm_params",
    [
        ("topsis", {"normalization": "vector"}, {"normalization": "vector"}),
        ("topsis", {"normalization": "minmax"}, {"normalization": "minmax"}),
        ("wsm", {"normalization": "sum"}, {"normalization": "sum"}),
        ("wsm", {"normalization": "minmax"}, {"normalization": "minmax"}),
        # VIKOR's linear (f* - f)/(f* - f-) is pymcdm's VIKOR fed with costs as -x
        # (its default normalization turns costs into min/x, a different VIKOR).
        ("vikor", {"v": 0.5}, {"v": 0.5, "normalization": "negated"}),
        ("vikor", {"v": 0.2}, {"v": 0.2, "normalization": "negated"}),
    ],
)
def test_scores_and_ranks_match_pymcdm(seed, method, params, pymcdm_params):
    p, x, w, types = random_problem(seed)
    ours = run(p, method, params)
    theirs, their_ranks, _ = pymcdm_scores(method, x, w, types, **pymcdm_params)
    np.testing.assert_allclose(ours.scores.to_numpy(), theirs, rtol=1e-10, atol=1e-12)
    assert ours.ranks.tolist() == their_ranks.astype(int).tolist()


@pytest.mark.parametrize("seed", RNG_SEEDS)
@pytest.mark.parametrize(
    "function, q, p, pymcdm_function",
    [
        (PreferenceFunction.USUAL, None, None, "usual"),
        (PreferenceFunction.USHAPE, 12.0, None, "ushape"),
        (PreferenceFunction.VSHAPE, None, 40.0, "vshape"),
        (PreferenceFunction.LEVEL, 10.0, 35.0, "level"),
        (PreferenceFunction.LINEAR, 10.0, 35.0, "vshape_2"),
    ],
)
def test_promethee2_matches_pymcdm_with_one_function_for_all(seed, function, q, p, pymcdm_function):
    problem, x, w, types = random_problem(seed, preference=function, q=q, p=p)
    ours = run(problem, "promethee2")
    n = x.shape[1]
    kwargs = {"preference_function": pymcdm_function}
    if q is not None:
        kwargs["q"] = [q] * n
    if p is not None:
        kwargs["p"] = [p] * n
    theirs, their_ranks, _ = pymcdm_scores("promethee2", x, w, types, **kwargs)
    np.testing.assert_allclose(ours.scores.to_numpy(), theirs, atol=1e-12)
    assert ours.ranks.tolist() == their_ranks.astype(int).tolist()


def test_copras_formula_differs_from_pymcdm_which_is_therefore_not_used():
    # Uysal & İnan (2022) utilities are reproduced by our COPRAS (see
    # test_methods_published); pymcdm's COPRAS gives another ranking here.
    values = np.array([
        [3.57, 4.00, 4.00, 83.75, 3, 9, 1],
        [3.07, 3.95, 4.00, 83.00, 3, 1, 3],
        [3.23, 3.54, 3.46, 66.00, 4, 0, 2],
        [3.42, 3.96, 4.00, 70.00, 5, 5, 7],
        [2.56, 3.37, 3.79, 82.00, 4, 4, 5],
    ])
    types = np.array([1, 1, 1, 1, -1, 1, 1])
    theirs, their_ranks, _ = pymcdm_scores("copras", values, np.full(7, 1 / 7), types)
    assert their_ranks.astype(int).tolist() != [1, 4, 5, 2, 3]


def test_pymcdm_warnings_come_back_as_issues():
    # Alternative 0 is best on every criterion: pymcdm warns that it is dominant.
    x = np.array([[9.0, 1.0], [5.0, 4.0], [3.0, 3.0]])
    _, _, issues = pymcdm_scores("topsis", x, np.array([0.5, 0.5]), np.array([1, -1]), normalization="vector")
    assert issues and all(i.code == "method.pymcdm_warning" and not i.is_error for i in issues)
    assert any("dominant" in i.params["text"] for i in issues)


@pytest.mark.parametrize(
    "function, q, p, pymcdm_function",
    [
        (PreferenceFunction.USUAL, None, None, "usual"),
        (PreferenceFunction.USHAPE, 2.0, None, "ushape"),
        (PreferenceFunction.VSHAPE, None, 3.0, "vshape"),
        (PreferenceFunction.LEVEL, 1.0, 3.0, "level"),
        (PreferenceFunction.LINEAR, 1.0, 4.0, "vshape_2"),
    ],
)
def test_promethee2_sorted_flows_handle_ties_and_exact_thresholds(function, q, p, pymcdm_function):
    # Small integers with integer thresholds: many differences fall exactly on 0, q or p,
    # where the functions switch (P = 0 at d = q for ushape, 1/2 at d = p for level ...).
    rng = np.random.default_rng(11)
    x = rng.integers(1, 7, size=(30, 4)).astype(float)
    types = np.array([1, -1, 1, -1])
    w = np.array([0.4, 0.3, 0.2, 0.1])
    crit = tuple(Criterion(f"c{j}", f"c{j}", weight=float(w[j]), preference=function, q=q, p=p,
                           direction=Direction.BENEFIT if types[j] > 0 else Direction.COST) for j in range(4))
    problem = Problem(tuple(Cluster(f"k{i}", f"k{i}") for i in range(30)), crit, x)
    ours = run(problem, "promethee2")
    kwargs = {"preference_function": pymcdm_function}
    if q is not None:
        kwargs["q"] = [q] * 4
    if p is not None:
        kwargs["p"] = [p] * 4
    theirs, _, _ = pymcdm_scores("promethee2", x, w, types, **kwargs)
    np.testing.assert_allclose(ours.scores.to_numpy(), theirs, atol=1e-12)
    pi = ours.tables["preference_index"].to_numpy()
    np.testing.assert_allclose(ours.tables["flows"]["phi"], (pi.sum(axis=1) - pi.sum(axis=0)) / 29, atol=1e-12)
