"""VIKOR's compromise solution (``mcda.methods.vikor.compromise_solution``).

Rule (Opricovic & Tzeng 2004, EJOR 156:445-455, §3): with a1, a2 first and
second by Q and DQ = 1/(m - 1), C1 "acceptable advantage" Q(a2) - Q(a1) >= DQ;
C2 "acceptable stability" a1 is also best by S or/and R.  Both hold: {a1};
only C2 fails: {a1, a2}; C1 fails: a1 ... aM, M the largest with
Q(aM) - Q(a1) < DQ.

The first case is the paper's own example; the others are constructed so that
each branch of the rule is taken, with S, R and Q derived by hand in the
comments (exact fractions) from the paper's formulas.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcda.methods import run
from mcda.methods.vikor import Compromise, compromise_solution
from mcda.problem import Cluster, Criterion, Direction, Problem
from mcda.results import RankResult

B, C = Direction.BENEFIT, Direction.COST


def make(values, directions, weights=None, ids=None):
    values = np.asarray(values, dtype=float)
    m, n = values.shape
    ids = ids or [f"A{i + 1}" for i in range(m)]
    weights = weights or [1.0] * n
    criteria = tuple(Criterion(f"C{j + 1}", f"C{j + 1}", direction=directions[j], weight=weights[j])
                     for j in range(n))
    return Problem(tuple(Cluster(i, i) for i in ids), criteria, values)


def solve(problem: Problem, v: float = 0.5) -> Compromise:
    c = compromise_solution(run(problem, "vikor", {"v": v}))
    assert c is not None
    return c


def test_published_example_single_compromise_solution():
    # Opricovic & Tzeng (2004), §4 (Table 3's data): A1 (1, 3000), A2 (2, 3750),
    # A3 (5, 4500), risk minimized, altitude maximized, equal weights, v = 0.5.
    # The paper proposes A2 as the single compromise solution (C1 and C2 hold).
    # By hand: g = A1 (0, 1), A2 (.25, .5), A3 (1, 0); S = (.5, .375, .5),
    # R = (.5, .25, .5), Q = (1, 0, 1); DQ = 1/(3-1) = .5, Q(a2) - Q(a1) = 1.
    c = solve(make([[1, 3000], [2, 3750], [5, 4500]], [C, B]))
    assert c.solutions == ("A2",) and c.case == "both"
    assert c.a1 == "A2" and c.a2 in ("A1", "A3")
    assert c.c1 and c.c2 and c.best_s and c.best_r
    assert c.dq == pytest.approx(0.5) and c.advantage == pytest.approx(1.0) and c.v == 0.5
    np.testing.assert_allclose(c.s, [0.5, 0.375, 0.5])
    np.testing.assert_allclose(c.r, [0.5, 0.25, 0.5])
    np.testing.assert_allclose(c.q, [1.0, 0.0, 1.0])
    assert list(c.q.index) == ["A1", "A2", "A3"]


def test_c1_fails_the_set_is_every_cluster_within_dq():
    # Constructed: two benefit criteria, weights .5/.5, v = .5, m = 4 (DQ = 1/3).
    # g1 = (3 - x)/3 = (2/3, 0, 1, 1/3); g2 = (4 - x)/4 = (0, 3/4, 1, 1/2).
    # S = (1/3, 3/8, 1, 5/12), R = (1/3, 3/8, 1/2, 1/4)
    # Q = (1/6, 9/32, 1, 1/16): a1 = A4, a2 = A1, Q(a2) - Q(a1) = 5/48 < 1/3 (C1 fails);
    # A4 is best by R (C2 holds, not by S).  Q(A2) - Q(A4) = 7/32 < 1/3, Q(A3) - Q(A4) = 15/16:
    # the set is A4, A1, A2.
    c = solve(make([[1, 4], [3, 1], [0, 0], [2, 2]], [B, B]))
    np.testing.assert_allclose(c.s, [1 / 3, 3 / 8, 1, 5 / 12])
    np.testing.assert_allclose(c.r, [1 / 3, 3 / 8, 1 / 2, 1 / 4])
    np.testing.assert_allclose(c.q, [1 / 6, 9 / 32, 1, 1 / 16])
    assert (c.a1, c.a2) == ("A4", "A1")
    assert c.advantage == pytest.approx(5 / 48) and c.dq == pytest.approx(1 / 3)
    assert not c.c1 and c.c2 and c.best_r and not c.best_s
    assert c.solutions == ("A4", "A1", "A2") and c.case == "no_advantage"


def test_c2_fails_the_set_is_the_first_two():
    # Constructed: three benefit criteria, equal weights, v = .5, m = 4 (DQ = 1/3).
    # g = (100 - x)/100: A1 (0, .86, .15), A2 (1, 0, 0), A3 (.85, .85, .85), A4 (1, 1, 1).
    # S = sum/3 = (1.01/3, 1/3, .85, 1); R = max/3 = (.86/3, 1/3, .85/3, 1/3).
    # Q(A1) = .5(.01/3)/(2/3) + .5(.01/3)/(.15/3) = .0025 + .1/3 = .0358333
    # Q(A2) = 0 + .5 = .5;  Q(A3) = .5(.85 - 1/3)/(2/3) = .3875;  Q(A4) = 1.
    # a1 = A1, a2 = A3: advantage .3516667 >= 1/3 (C1 holds), but A2 is best by S and
    # A3 by R (C2 fails): the set is {A1, A3}.
    c = solve(make([[100, 14, 85], [0, 100, 100], [15, 15, 15], [0, 0, 0]], [B, B, B]))
    np.testing.assert_allclose(c.q, [0.0025 + 0.1 / 3, 0.5, 0.3875, 1.0])
    assert (c.a1, c.a2) == ("A1", "A3")
    assert c.advantage == pytest.approx(0.3875 - 0.0025 - 0.1 / 3)
    assert c.c1 and not c.c2 and not c.best_s and not c.best_r
    assert c.solutions == ("A1", "A3") and c.case == "no_stability"


def test_advantage_exactly_dq_is_acceptable():
    # Constructed: m = 5 (DQ = 1/4), three benefit criteria, equal weights, v = .5.
    # S = (5/12, 11/18, 13/36, 2/3, 1/3), R = (1/3, 2/9, 1/4, 1/3, 1/3);
    # Q(A3) = .5(1/36)/(1/3) + .5(1/36)/(1/9) = 1/6, Q(A2) = .5(5/18)/(1/3) = 5/12:
    # Q(a2) - Q(a1) = 1/4 = DQ, so C1 holds (">="), though floats may land a hair below.
    # A5 is best by S and A2 by R: C2 fails, the set is {A3, A2}.
    c = solve(make([[3, 1, 3], [1, 2, 2], [3, 3, 1], [0, 4, 0], [0, 4, 4]], [B, B, B]))
    np.testing.assert_allclose(c.s, [5 / 12, 11 / 18, 13 / 36, 2 / 3, 1 / 3])
    np.testing.assert_allclose(c.r, [1 / 3, 2 / 9, 1 / 4, 1 / 3, 1 / 3])
    assert c.q["A3"] == pytest.approx(1 / 6) and c.q["A2"] == pytest.approx(5 / 12)
    assert c.advantage == pytest.approx(c.dq) == pytest.approx(0.25)
    assert c.c1 and not c.c2
    assert c.solutions == ("A3", "A2")


def test_v_moves_q_but_not_s_and_r():
    # Q = v (S - S*)/(S- - S*) + (1 - v)(R - R*)/(R- - R*) (Opricovic & Tzeng 2004, eq. 4):
    # with v = 1 Q is the scaled S of the C1-fails case above: (0, 1/16, 1, 1/8).
    c = solve(make([[1, 4], [3, 1], [0, 0], [2, 2]], [B, B]), v=1.0)
    np.testing.assert_allclose(c.q, [0, 1 / 16, 1, 1 / 8], atol=1e-12)
    np.testing.assert_allclose(c.s, [1 / 3, 3 / 8, 1, 5 / 12])
    assert c.v == 1.0 and c.a1 == "A1" and c.best_s


def test_none_for_other_methods_and_bare_results():
    p = make([[1, 3000], [2, 3750], [5, 4500]], [C, B])
    assert compromise_solution(run(p, "topsis")) is None
    bare = RankResult.from_scores("vikor", {"v": 0.5}, ["A", "B"], [0.0, 1.0], "lower")
    assert compromise_solution(bare) is None


def test_series_are_labelled_by_cluster_id():
    c = solve(make([[1, 3000], [2, 3750], [5, 4500]], [C, B], ids=["X", "Y", "Z"]))
    assert isinstance(c.q, pd.Series) and list(c.s.index) == ["X", "Y", "Z"]
    assert c.solutions == ("Y",)
