"""One-at-a-time sweeps: each criterion's and group's weight from 0 to 1, others in proportion."""

import dataclasses

import numpy as np
import pytest

from mcda.methods import run
from mcda.robustness.batch import make_scorer
from mcda.robustness.lines import criterion_line, group_line
from mcda.robustness.sweep import sweep, sweeps
from tests.mcda.robustness_problems import matrix_problem, random_problem


def registry_ranks(problem, method, params, w):
    return run(problem, method, params, weights=w).ranks


@pytest.mark.parametrize(("method", "params"), [("wsm", {}), ("topsis", {}), ("vikor", {}), ("promethee2", {})])
def test_every_change_point_swaps_exactly_the_named_pair(method, params):
    p = random_problem(8, 4, seed=5, functions=True)
    scorer = make_scorer(p, method, params)
    groups = {"G1": [0, 2], "G2": [1, 3]}
    result = sweeps(scorer, p.weights, groups, points=41)
    assert [s.line for s in result] == ["c1", "c2", "c3", "c4", "G1", "G2"]
    lines = [criterion_line(p.weights, j) for j in range(4)] + [group_line(p.weights, np.isin(range(4), ix), g)
                                                               for g, ix in groups.items()]
    for s, line in zip(result, lines):
        assert s.scores.shape == s.ranks.shape == (len(s.scores.index), 8)
        assert s.weight == pytest.approx(line.t0)
        for c in s.change_points:
            assert 0 < c.t < 1
            before = registry_ranks(p, method, params, line.at(c.t - 1e-6)[0])
            after = registry_ranks(p, method, params, line.at(c.t + 1e-6)[0])
            assert before[c.falls] < before[c.rises] and after[c.rises] < after[c.falls], (s.line, c)
        # ranks on the grid are the registry's
        for t in s.ranks.index[::10]:
            assert s.ranks.loc[t].tolist() == registry_ranks(p, method, params, line.at(t)[0]).tolist()


def test_change_points_explain_every_rank_change_on_the_grid():
    p = random_problem(10, 4, seed=9)
    s = sweep(make_scorer(p, "topsis"), criterion_line(p.weights, 1, "c2"), points=201)
    ts = s.ranks.index.to_numpy()
    for a, b in zip(ts[:-1], ts[1:]):
        changed = bool((s.ranks.loc[a] != s.ranks.loc[b]).any())
        crossings: dict[frozenset, int] = {}
        for c in s.change_points:
            if a < c.t <= b:
                key = frozenset((c.rises, c.falls))
                crossings[key] = crossings.get(key, 0) + 1
        # a pair crossing an odd number of times has changed order, so some rank changed
        assert changed == any(n % 2 for n in crossings.values())


def test_exact_and_bisected_change_points_agree_for_a_linear_method():
    p = random_problem(12, 5, seed=2)
    scorer = make_scorer(p, "wsm")
    blind = dataclasses.replace(scorer, contributions=None)  # forces the grid + bisection path
    for j in range(5):
        line = criterion_line(p.weights, j)
        a, b = sweep(scorer, line, points=401), sweep(blind, line, points=401)
        assert [(c.rises, c.falls) for c in a.change_points] == [(c.rises, c.falls) for c in b.change_points]
        assert np.allclose([c.t for c in a.change_points], [c.t for c in b.change_points], atol=1e-9)


def test_two_clusters_cross_where_the_weights_balance():
    # A is better on c1, B on c2: with weight t on c1, scores t and 1 - t cross at t = 1/2
    p = matrix_problem([[1.0, 0.0], [0.0, 1.0]], [0.7, 0.3])
    s = sweep(make_scorer(p, "wsm", {"normalization": "none"}), criterion_line(np.array([0.7, 0.3]), 0, "C1"),
              points=11)
    assert [(c.t, c.rises, c.falls) for c in s.change_points] == [(0.5, "A1", "A2")]
    assert s.nearest_change() == (s.change_points[0], None)
    assert s.scores.loc[0.7].tolist() == pytest.approx([0.7, 0.3])
    assert s.change_table()[["t", "rises", "falls"]].values.tolist() == [[0.5, "A1", "A2"]]


def test_only_the_first_crossings_are_refined_when_there_are_very_many(monkeypatch):
    import mcda.robustness.sweep as sweep_module

    p = random_problem(30, 5, seed=12)
    scorer = make_scorer(p, "vikor")
    line = criterion_line(p.weights, 0, "c1")
    full = sweep(scorer, line, points=21)
    monkeypatch.setattr(sweep_module, "MAX_REFINED", 3)
    capped = sweep(scorer, line, points=21)
    assert len(full.change_points) == len(capped.change_points) > 3
    refined = [c for c in capped.change_points if c.tolerance <= 1e-10]
    assert len(refined) == 3
    exact = {(c.rises, c.falls): c.t for c in full.change_points}
    for c in capped.change_points:  # every estimate is within its stated tolerance of the refined root
        assert abs(c.t - exact[(c.rises, c.falls)]) <= c.tolerance + 1e-10
