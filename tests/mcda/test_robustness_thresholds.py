"""Critical weight changes and stability intervals.

Closed form for the additive methods: Triantaphyllou & Sánchez (1997), "A
sensitivity analysis approach for some deterministic multi-criteria decision
making methods", Decision Sciences 28(1): 151-194, Theorem 1 (WSM): the
critical change of criterion k's weight that makes A_i and A_j tie is
delta' = (P_j - P_i) / (a_ik - a_jk) on the raw (not renormalized) weight;
renormalizing gives the new share t = (w_k + delta') / (1 + delta'), which
is what the program reports.  Every threshold is also checked the way a user
would: re-ranking with the registry just before and just after it.
"""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcda.methods import run
from mcda.robustness.batch import make_scorer
from mcda.robustness.thresholds import BISECTION_TOLERANCE, critical_changes
from tests.mcda.robustness_problems import matrix_problem, random_problem

# The WSM example of Triantaphyllou (2000, "Multi-Criteria Decision Making Methods: A
# Comparative Study", ch. 2), also in Wikipedia's "Weighted sum model": scores 21.5, 22, 22.
WSM_X = [[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]]
WSM_W = [0.20, 0.15, 0.40, 0.25]


def line_weights(problem, w0, line, kind, t):
    """The weights with ``line`` (a criterion or a group) at share ``t``, the rest in proportion."""
    w0 = np.asarray(w0, dtype=float) / np.sum(w0)
    mask = np.array([c.id == line for c in problem.criteria]) if kind == "criterion" else \
        np.array([c.group == line for c in problem.criteria])
    g0 = w0[mask].sum()
    return np.where(mask, w0 * t / g0, w0 * (1 - t) / (1 - g0))


def order_of(problem, method, params, w, a, b):
    """+1 if a ranks ahead of b, -1 if behind, 0 if tied (by the registry)."""
    r = run(problem, method, params, weights=w).ranks
    return int(np.sign(r[b] - r[a]))


def score_order(problem, method, params, w, a, b):
    """+1 if a scores ahead of b, -1 if behind, by the raw scores (no tie tolerance:
    a step of 1e-7 around a threshold moves scores by less than the ranks' tie
    tolerance of 1e-9 x score range, so ranks would call it a tie)."""
    r = run(problem, method, params, weights=w)
    diff = float(r.scores[a] - r.scores[b])
    return int(np.sign(diff if r.better == "higher" else -diff))


def top_k_order(problem, method, params, w, k):
    return run(problem, method, params, weights=w).order[:k]


def test_published_wsm_example_matches_theorem_1():
    p = matrix_problem(WSM_X, WSM_W)
    th = critical_changes(make_scorer(p, "wsm", {"normalization": "none"}), np.array(WSM_W), top_k=2)
    assert th.pairs == (("A2", "A3"), ("A3", "A1"))
    assert th.ties == (("A2", "A3"),)  # 22 = 22: tied, critical change 0
    scores = np.array([21.5, 22.0, 22.0])
    x = np.asarray(WSM_X, dtype=float)
    found = {c.line: c for c in th.crossings if (c.upper, c.lower) == ("A3", "A1")}
    assert sorted(found) == ["C1", "C2", "C3", "C4"]
    for k, crit in enumerate(["C1", "C2", "C3", "C4"]):
        delta = (scores[2] - scores[0]) / (x[0, k] - x[2, k])  # Theorem 1, i = A1, j = A3
        expected = (WSM_W[k] + delta) / (1 + delta)
        assert found[crit].threshold == pytest.approx(expected, abs=1e-12)
        assert found[crit].exact and found[crit].weight == pytest.approx(WSM_W[k])
    assert found["C1"].threshold == pytest.approx(0.1 / 0.9)  # w1 0.2 -> 0.1 raw, 1/9 renormalized
    assert th.most_critical()[1].line == "C4"  # smallest absolute change: 0.2683 - 0.25
    tied = [c for c in th.crossings if c.tied]
    assert {c.change for c in tied} == {0.0}


@pytest.mark.parametrize(("method", "params"), [("wsm", {}), ("ahp", {"normalization": "minmax"}),
                                                 ("promethee2", {}), ("topsis", {}), ("vikor", {}),
                                                 ("copras", {})])
@pytest.mark.parametrize("seed", [1, 2])
def test_just_before_a_threshold_the_order_holds_and_just_after_it_swaps(method, params, seed):
    p = random_problem(10, 5, seed=seed, functions=True)
    w0 = p.weights
    th = critical_changes(make_scorer(p, method, params), w0, top_k=4, groups={"G1": [0, 2, 4], "G2": [1, 3]})
    assert th.crossings
    eps = 1e-6
    for c in th.crossings:
        assert c.exact == (method in ("wsm", "ahp", "promethee2"))
        assert c.tolerance <= BISECTION_TOLERANCE
        step = np.sign(c.change)
        before = line_weights(p, w0, c.line, c.kind, c.threshold - step * eps)
        after = line_weights(p, w0, c.line, c.kind, c.threshold + step * eps)
        assert order_of(p, method, params, before, c.upper, c.lower) == 1, c
        assert order_of(p, method, params, after, c.upper, c.lower) == -1, c
        # nothing swaps them earlier on the way from the current weight
        for t in np.linspace(c.weight, c.threshold - step * eps, 7)[1:]:
            assert order_of(p, method, params, line_weights(p, w0, c.line, c.kind, t), c.upper, c.lower) == 1


@pytest.mark.parametrize(("method", "params"), [("wsm", {}), ("promethee2", {}), ("topsis", {}), ("vikor", {})])
def test_stability_interval_bounds_are_where_the_top_k_order_changes(method, params):
    p = random_problem(12, 5, seed=8, functions=True)
    w0, k = p.weights, 3
    th = critical_changes(make_scorer(p, method, params), w0, top_k=k)
    base = top_k_order(p, method, params, w0, k)
    eps = 1e-6
    for iv in th.intervals:
        assert iv.lo <= iv.weight <= iv.hi
        for t in np.linspace(iv.lo + eps, iv.hi - eps, 9):
            assert top_k_order(p, method, params, line_weights(p, w0, iv.line, iv.kind, t), k) == base
        if iv.lo > 0:
            assert top_k_order(p, method, params, line_weights(p, w0, iv.line, iv.kind, iv.lo - eps), k) != base
        if iv.hi < 1:
            assert top_k_order(p, method, params, line_weights(p, w0, iv.line, iv.kind, iv.hi + eps), k) != base


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000), st.sampled_from(["wsm", "ahp", "promethee2"]))
def test_bisection_agrees_with_the_closed_form(seed, method):
    p = random_problem(9, 4, seed=seed, functions=True)
    params = {"normalization": "minmax"} if method == "ahp" else {}
    scorer = make_scorer(p, method, params)
    exact = critical_changes(scorer, p.weights, 3, groups={"G1": [0, 2]})
    approx = critical_changes(scorer, p.weights, 3, groups={"G1": [0, 2]}, exact=False)
    key = lambda c: (c.line, c.upper, c.lower, c.direction)  # noqa: E731
    e = {key(c): c.threshold for c in exact.crossings}
    b = {key(c): c.threshold for c in approx.crossings}
    assert e.keys() == b.keys()
    for k in e:
        assert abs(e[k] - b[k]) <= 2 * BISECTION_TOLERANCE
    for x, y in zip(exact.intervals, approx.intervals):
        assert abs(x.lo - y.lo) <= 2 * BISECTION_TOLERANCE and abs(x.hi - y.hi) <= 2 * BISECTION_TOLERANCE


def test_relative_change_and_a_zero_weight():
    p = matrix_problem([[1.0, 0.0, 5.0], [0.0, 1.0, 5.0]], [0.6, 0.4, 0.0])
    th = critical_changes(make_scorer(p, "wsm", {"normalization": "none"}), np.array([0.6, 0.4, 0.0]), top_k=1)
    c1 = next(c for c in th.crossings if c.line == "C1")
    assert c1.threshold == pytest.approx(0.5) and c1.relative == pytest.approx(-0.1 / 0.6)
    # C3 (weight 0, same value 5 for both) cannot separate them: no crossing
    assert not [c for c in th.crossings if c.line == "C3"]
    assert th.interval("C3").lo == 0.0 and th.interval("C3").hi == 1.0


def test_closed_form_is_refused_for_a_non_linear_method():
    p = random_problem(5, 3, seed=1)
    with pytest.raises(ValueError):
        critical_changes(make_scorer(p, "topsis"), p.weights, exact=True)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 100_000), st.integers(1, 4))
def test_property_exact_thresholds_swap_the_pair(seed, k):
    p = random_problem(7, 4, seed=seed)
    w0 = p.weights
    th = critical_changes(make_scorer(p, "wsm", {"normalization": "none"}), w0, top_k=k)
    for c in th.crossings:
        if c.tied:
            continue
        step = np.sign(c.change)
        eps = 1e-7 * max(1.0, abs(c.change))
        before = line_weights(p, w0, c.line, c.kind, c.threshold - step * eps)
        after = line_weights(p, w0, c.line, c.kind, c.threshold + step * eps)
        assert score_order(p, "wsm", {"normalization": "none"}, before, c.upper, c.lower) == 1
        assert score_order(p, "wsm", {"normalization": "none"}, after, c.upper, c.lower) == -1
