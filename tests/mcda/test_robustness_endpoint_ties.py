"""Two clusters equal on a criterion tie only when that criterion takes all the weight.

Along the line of criterion j, ``w(t) = t e_j + (1 - t) b``, two clusters with the
same (normalized) value on j have the same score at ``t = 1`` under every method
here (the score then depends on criterion j alone).  That is a tie at the end of
the line, not a swap: the docstring of :mod:`mcda.robustness.thresholds` excludes
it ("two clusters that only tie when one weight takes everything, or nothing,
never swap").  For the methods linear in the weights (WSM, AHP, PROMETHEE II) the
score difference is ``(1 - t) d0`` along that line (Triantaphyllou & Sánchez 1997,
Decision Sciences 28(1): 151-194, theorem 1 with a_ik = a_jk: no finite critical
change), so no crossing may be reported at all.  Float noise used to put the root
at 1 - 1e-16, reported as a "critical change" of almost the whole weight (the
sample workbook's SOFT-LIM / ARAND-LIB on G2, both 2.5).
"""

import numpy as np
import pytest

from mcda.methods import run
from mcda.robustness.batch import make_scorer
from mcda.robustness.sweep import sweeps
from mcda.robustness.thresholds import ENDPOINT_TOLERANCE, critical_changes
from resources import sample_workbook
from tests.mcda.robustness_problems import matrix_problem

# A and B share C2 = 5; C trails.  Weights make A first, B second.
X = [[9.0, 5.0, 1.0], [2.0, 5.0, 8.0], [1.0, 1.0, 0.5]]
W = [0.5, 0.2, 0.3]
METHODS = [("wsm", {}), ("ahp", {}), ("topsis", {}), ("promethee2", {}), ("vikor", {})]
LINEAR = ("wsm", "ahp", "promethee2")


def line_weights(w0, j, t):
    w0 = np.asarray(w0, dtype=float) / np.sum(w0)
    rest = np.delete(w0, j)
    out = np.insert(rest / rest.sum() * (1 - t), j, t)
    return out


def utility_gap(problem, method, params, w, a, b):
    r = run(problem, method, params, weights=w)
    d = float(r.scores[a] - r.scores[b])
    return d if r.better == "higher" else -d


def shared_value_problems(count=300):
    """Random 4 x 3 problems in which A1 and A2 share their C2 value (fixed stream)."""
    rng = np.random.default_rng(0)
    for _ in range(count):
        w = rng.uniform(0.1, 1, 3)
        w = w / w.sum()
        x = rng.uniform(0, 10, (4, 3))
        x[1, 1] = x[0, 1]
        yield matrix_problem(x, w), w


@pytest.mark.parametrize(("method", "params"), METHODS)
def test_equal_values_on_a_criterion_give_no_swap_at_full_weight(method, params):
    p = matrix_problem(X, W)
    assert run(p, method, params, weights=np.array(W)).order[:2] == ["A1", "A2"]
    th = critical_changes(make_scorer(p, method, params), np.array(W), top_k=2)
    assert not [c for c in th.crossings if c.line == "C2" and (c.upper, c.lower) == ("A1", "A2")]
    # A stays ahead of B all the way up to (not including) C2 = 1, where they tie
    for t in (0.5, 0.9, 0.999, 1 - 1e-6):
        assert utility_gap(p, method, params, line_weights(W, 1, t), "A1", "A2") > 0
    assert utility_gap(p, method, params, line_weights(W, 1, 1.0), "A1", "A2") == pytest.approx(0.0, abs=1e-12)
    # the stability interval of C2 is not cut short by the tie at its end
    assert th.interval("C2").hi == 1.0


@pytest.mark.parametrize(("method", "params"), METHODS)
def test_no_crossing_at_an_end_of_a_line_on_random_problems(method, params):
    """Float noise puts the tie at 1 - 1e-16 (closed form) or 1 - 4e-11 (bisection) for some
    of these problems under every method; none may be reported."""
    for p, w in shared_value_problems():
        th = critical_changes(make_scorer(p, method, params), w, top_k=3)
        for c in th.crossings:
            if c.tied:
                continue
            assert ENDPOINT_TOLERANCE < c.threshold < 1 - ENDPOINT_TOLERANCE, c
            if method in LINEAR:  # the difference is (1 - t) d0 along C2: never zero before t = 1
                assert not (c.line == "C2" and {c.upper, c.lower} == {"A1", "A2"}), c
        for iv in th.intervals:
            assert iv.lo == 0.0 or iv.lo > ENDPOINT_TOLERANCE
            assert iv.hi == 1.0 or iv.hi < 1 - ENDPOINT_TOLERANCE


@pytest.mark.parametrize(("method", "params"), METHODS)
def test_the_bisection_path_also_ignores_the_tie_at_the_end(method, params):
    p = matrix_problem(X, W)
    th = critical_changes(make_scorer(p, method, params), np.array(W), top_k=2, exact=False)
    assert not [c for c in th.crossings if c.line == "C2" and (c.upper, c.lower) == ("A1", "A2")]
    assert th.interval("C2").hi == 1.0


@pytest.mark.parametrize(("method", "params"), METHODS)
def test_sweep_marks_no_change_point_at_the_end(method, params):
    p = matrix_problem(X, W)
    sw = sweeps(make_scorer(p, method, params), np.array(W))
    c2 = next(s for s in sw if s.line == "C2")
    assert not [c for c in c2.change_points if {c.rises, c.falls} == {"A1", "A2"}]
    for p, w in shared_value_problems(100):
        for s in sweeps(make_scorer(p, method, params), w, points=21):
            for c in s.change_points:
                assert ENDPOINT_TOLERANCE < c.t < 1 - ENDPOINT_TOLERANCE, (s.line, c)
                if method in LINEAR:
                    assert not (s.line == "C2" and {c.rises, c.falls} == {"A1", "A2"}), c


def test_a_tie_at_zero_weight_is_no_swap_either():
    # A and B differ only on C1: at C1 = 0 they tie, nowhere else (WSM: difference = t d, root 0)
    p = matrix_problem([[4.0, 3.0, 2.0], [1.0, 3.0, 2.0], [0.0, 0.0, 0.0]], [0.3, 0.3, 0.4])
    for method, params in METHODS:
        th = critical_changes(make_scorer(p, method, params), np.array([0.3, 0.3, 0.4]), top_k=1)
        assert not [c for c in th.crossings if c.line == "C1"], method
        assert th.interval("C1").lo == 0.0, method


def test_a_genuine_topsis_crossing_with_equal_values_is_kept():
    """Equal values on criterion j do not rule out a TOPSIS swap inside (0, 1): the
    distances mix j with the other criteria non-linearly.  Here B overtakes A on the
    way to C3 = 1 (and they tie again at 1); the crossing must stay, and swap."""
    x = [[8.0, 5.0, 0.0], [3.0, 9.0, 0.0], [6.0, 3.0, 10.0]]
    w = [0.45, 0.45, 0.1]
    p = matrix_problem(x, w)
    params = {}
    th = critical_changes(make_scorer(p, "topsis", params), np.array(w), top_k=1)
    found = [c for c in th.crossings if c.line == "C3" and (c.upper, c.lower) == ("A1", "A2")]
    assert len(found) == 1
    t = found[0].threshold
    assert 0.2 < t < 0.25  # about 0.228 on a grid of the line
    assert utility_gap(p, "topsis", params, line_weights(w, 2, t - 1e-6), "A1", "A2") > 0
    assert utility_gap(p, "topsis", params, line_weights(w, 2, t + 1e-6), "A1", "A2") < 0


@pytest.mark.parametrize("method", ["wsm", "topsis", "ahp", "promethee2", "vikor"])
def test_sample_workbook_has_no_critical_change_at_full_weight(method):
    """The audit's case: ``sensitivity --sample --method wsm`` (and topsis) reported
    SOFT-LIM / ARAND-LIB on G2 at 1.0 (both 2.5 on G2), through the same path as the CLI."""
    from mcda.analysis import derive_weights
    from mcda.robustness import analyze_sensitivity
    from mcda.workbook import read_workbook

    problem = read_workbook(sample_workbook()).problem
    wres = derive_weights(problem)
    s = analyze_sensitivity(problem, method, None, weights=wres.weights, samples=20, seed=1,
                            with_agreement=False, with_reversal=False)
    th = s.thresholds
    assert th.crossings
    pair_g2 = [c for c in th.crossings if {c.upper, c.lower} == {"SOFT-LIM", "ARAND-LIB"} and c.line == "G2"]
    if method in LINEAR:
        assert pair_g2 == []
    j = problem.criterion_ids.index("G2")
    for c in pair_g2:  # TOPSIS: a real swap when G2 drops to about 0.048 -- it must be one
        step = np.sign(c.change)
        before = line_weights(s.weights.to_numpy(), j, c.threshold - step * 1e-6)
        after = line_weights(s.weights.to_numpy(), j, c.threshold + step * 1e-6)
        assert utility_gap(problem, method, {}, before, c.upper, c.lower) > 0
        assert utility_gap(problem, method, {}, after, c.upper, c.lower) < 0
    for c in th.crossings:
        if not c.tied:
            assert ENDPOINT_TOLERANCE < c.threshold < 1 - ENDPOINT_TOLERANCE, c
    for sw in s.sweeps:
        for c in sw.change_points:
            assert ENDPOINT_TOLERANCE < c.t < 1 - ENDPOINT_TOLERANCE, (sw.line, c)
