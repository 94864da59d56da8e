"""Ranking methods against published worked examples.

Every expected number below comes from the publication named next to it;
where a number was only recomputed by hand the comment says so.
"""

from __future__ import annotations

import numpy as np
import pytest

from mcda.methods import run
from mcda.problem import Cluster, Criterion, Direction, PreferenceFunction, Problem

B, C = Direction.BENEFIT, Direction.COST


def make(values, directions, weights, ids=None, crit_ids=None, **crit_extra):
    values = np.asarray(values, dtype=float)
    m, n = values.shape
    ids = ids or [f"A{i + 1}" for i in range(m)]
    crit_ids = crit_ids or [f"C{j + 1}" for j in range(n)]
    criteria = tuple(
        Criterion(crit_ids[j], crit_ids[j], direction=directions[j], weight=weights[j],
                  **{k: v[j] for k, v in crit_extra.items()})
        for j in range(n)
    )
    return Problem(tuple(Cluster(i, i) for i in ids), criteria, values)


# --------------------------------------------------------------------------- TOPSIS
# Hwang & Yoon (1981), Multiple Attribute Decision Making, pp. 133-134: fighter
# aircraft, 4 aircraft x 6 attributes (max speed, ferry range, max payload,
# acquisition cost [cost], reliability, maneuverability), w = (.2, .1, .1, .1, .2, .3).
AIRCRAFT = [
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
]
AIRCRAFT_DIRS = [B, B, B, C, B, B]
AIRCRAFT_W = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]


def test_topsis_hwang_yoon_1981_fighter_aircraft():
    r = run(make(AIRCRAFT, AIRCRAFT_DIRS, AIRCRAFT_W), "topsis")
    assert dict(r.parameters) == {"normalization": "vector"}
    # Published: C* = 0.643, 0.268, 0.613, 0.312; ranking A1 > A3 > A4 > A2.  The book
    # computes them from separation measures rounded to 4 decimals (0.0920 / 0.1500 =
    # 0.6133, unrounded 0.6135), hence a tolerance slightly above half a unit.
    np.testing.assert_allclose(r.scores.to_numpy(), [0.643, 0.268, 0.613, 0.312], atol=6e-4)
    assert r.ranks.tolist() == [1, 4, 2, 3]
    # Published separation measures S* = (0.0545, 0.1197, 0.0580, 0.1009) and
    # S- = (0.0983, 0.0439, 0.0920, 0.0458): the book rounds the weighted matrix
    # to 4 decimals first, hence a tolerance of one unit in the 4th decimal.
    d = r.tables["distances"]
    np.testing.assert_allclose(d["d_plus"], [0.0545, 0.1197, 0.0580, 0.1009], atol=1.5e-4)
    np.testing.assert_allclose(d["d_minus"], [0.0983, 0.0439, 0.0920, 0.0458], atol=1.5e-4)
    # Published normalized matrix, first row: .4671 .3662 .5056 .5063 .4811 .6708.  The
    # cost column is left out: the book divides by sqrt(118) instead of sqrt(117.75)
    # (5.5 / 10.8628 = .5063; exactly 5.5 / 10.8512 = .5069), a slip that moves its
    # distances by less than 1e-4.
    row = r.tables["normalized"].loc["A1"].to_numpy()
    np.testing.assert_allclose(row[[0, 1, 2, 4, 5]], [0.4671, 0.3662, 0.5056, 0.4811, 0.6708], atol=1e-4)
    assert row[3] == pytest.approx(5.5 / np.sqrt(117.75))
    # Ideal for the cost attribute is the minimum weighted value (A3's; published 0.0414),
    # anti-ideal the maximum (A2's; published 0.0598), both carrying the sqrt(118) slip.
    ideal = r.tables["ideal"].loc["C4"]
    assert ideal["ideal"] == r.tables["weighted"].loc["A3", "C4"]
    assert ideal["anti_ideal"] == r.tables["weighted"].loc["A2", "C4"]
    np.testing.assert_allclose(ideal, [0.0414, 0.0598], atol=2e-4)


@pytest.mark.parametrize(
    "values, d_plus, d_minus, closeness, ranks",
    [
        # Opricovic & Tzeng (2004), EJOR 156:445-455, Table 3, units f (risk 1-5, altitude m).
        ([[1, 3000], [2, 3750], [5, 4500]], [0.114, 0.108, 0.365], [0.365, 0.280, 0.114],
         [0.762, 0.722, 0.238], [1, 2, 3]),
        # Same paper and table, units phi (risk 6-10, altitude km above foothill): TOPSIS
        # reverses its ranking under an affine change of units.
        ([[6, 2.0], [7, 2.75], [10, 3.5]], [0.154, 0.085, 0.147], [0.147, 0.134, 0.154],
         [0.489, 0.612, 0.511], [3, 1, 2]),
    ],
)
def test_topsis_opricovic_tzeng_2004_table3(values, d_plus, d_minus, closeness, ranks):
    r = run(make(values, [C, B], [0.5, 0.5]), "topsis")
    d = r.tables["distances"]
    np.testing.assert_allclose(d["d_plus"], d_plus, atol=5e-4)
    np.testing.assert_allclose(d["d_minus"], d_minus, atol=5e-4)
    np.testing.assert_allclose(r.scores, closeness, atol=5e-4)
    assert r.ranks.tolist() == ranks


# --------------------------------------------------------------------------- VIKOR
def test_vikor_opricovic_tzeng_2004_example():
    # Opricovic & Tzeng (2004), §4: A1 (1, 3000), A2 (2, 3750), A3 (5, 4500), risk
    # minimized, altitude maximized, equal weights, v = 0.5.  The paper's conclusion:
    # VIKOR proposes A2 as the single compromise solution (TOPSIS prefers A1).
    # S, R, Q recomputed by hand from its formulas: S = (.5, .375, .5),
    # R = (.5, .25, .5), Q = (1, 0, 1).
    r = run(make([[1, 3000], [2, 3750], [5, 4500]], [C, B], [0.5, 0.5]), "vikor")
    assert r.better == "lower"
    srq = r.tables["s_r_q"]
    np.testing.assert_allclose(srq["S"], [0.5, 0.375, 0.5])
    np.testing.assert_allclose(srq["R"], [0.5, 0.25, 0.5])
    np.testing.assert_allclose(srq["Q"], [1.0, 0.0, 1.0])
    assert r.ranks.tolist() == [2, 1, 2]  # A1 and A3 tie on Q: both second
    assert list(r.tables["compromise"].index) == ["A2"]
    cond = r.tables["conditions"].iloc[0]
    assert cond["C1"] and cond["C2"] and cond["DQ"] == pytest.approx(0.5)


# --------------------------------------------------------------------------- PROMETHEE II
PF = PreferenceFunction
PLANTS = [  # Brans, Vincke & Mareschal (1986), EJOR 24:228-238: six plant sites, six criteria
    [80, 90, 60, 5.4, 8, 5],
    [65, 58, 20, 9.7, 1, 1],
    [83, 60, 40, 7.2, 4, 7],
    [40, 80, 100, 7.5, 7, 10],
    [52, 72, 60, 2.0, 3, 8],
    [94, 96, 70, 3.6, 5, 6],
]
# Types II (q=10), III (p=30), V (q=5, p=50), IV (q=1, p=6), I, VI (s=5).  The paper
# writes types IV and V with the width of the middle zone (IV: q=1, p=5; V: s=5,
# r=45); in absolute thresholds that is p = 6 and p = 50.
PLANT_FUNCTIONS = dict(
    preference=[PF.USHAPE, PF.VSHAPE, PF.LINEAR, PF.LEVEL, PF.USUAL, PF.GAUSSIAN],
    q=[10, None, 5, 1, None, None],
    p=[None, 30, 50, 6, None, None],
    s=[None, None, None, None, None, 5],
)
# Published preference indices pi(a_i, a_j) (3 decimals).
PLANT_PI = [
    [0.000, 0.296, 0.250, 0.269, 0.100, 0.185],
    [0.463, 0.000, 0.389, 0.333, 0.296, 0.500],
    [0.235, 0.180, 0.000, 0.333, 0.056, 0.429],
    [0.399, 0.506, 0.305, 0.000, 0.224, 0.212],
    [0.444, 0.515, 0.487, 0.380, 0.000, 0.448],
    [0.287, 0.399, 0.250, 0.431, 0.133, 0.000],
]
# Published outgoing / incoming flows (sums, not divided by m - 1).
PLANT_PLUS = [1.099, 1.980, 1.234, 1.644, 2.274, 1.500]
PLANT_MINUS = [1.827, 1.895, 1.681, 1.746, 0.808, 1.774]


def test_promethee2_brans_vincke_mareschal_1986_six_functions():
    # Data, functions and preference-index table as published (transcribed in a
    # public JUnit test of a PROMETHEE implementation, checked here cell by cell).
    problem = make(PLANTS, [C, B, C, C, C, B], [1] * 6, ids=[f"a{i}" for i in range(1, 7)],
                   crit_ids=[f"f{j}" for j in range(1, 7)], **PLANT_FUNCTIONS)
    r = run(problem, "promethee2")
    np.testing.assert_allclose(r.tables["preference_index"].to_numpy(), PLANT_PI, atol=5e-4)
    flows = r.tables["flows"]
    # Our flows are divided by m - 1 = 5 (Brans & Mareschal); the published sums differ
    # from the sums of the published 3-decimal indices by up to 0.0023 (a4: 1.644 against
    # 0.399 + 0.506 + 0.305 + 0.224 + 0.212 = 1.646), hence 0.0025 / 5.
    np.testing.assert_allclose(flows["phi_plus"], np.array(PLANT_PLUS) / 5, atol=0.0025 / 5)
    np.testing.assert_allclose(flows["phi_minus"], np.array(PLANT_MINUS) / 5, atol=0.0025 / 5)
    # Complete PROMETHEE II ranking implied by the published flows: a5 > a2 > a4 > a6 > a3 > a1.
    assert r.order == ["a5", "a2", "a4", "a6", "a3", "a1"]
    assert r.parameters["functions"].startswith("f1=ushape(q=10); f2=vshape(p=30); f3=linear(q=5, p=50)")
    np.testing.assert_allclose(r.tables["weighted"].sum(axis=1), flows["phi"])


# --------------------------------------------------------------------------- COPRAS
def test_copras_uysal_inan_2022_research_assistants():
    # Uysal & İnan (2022), Performance evaluation of research assistants by COPRAS,
    # Int. J. of Social Science and Economic Research: 5 assistants x 7 criteria, equal
    # weights, "lesson completion duration" a cost; published utility degrees N (%).
    # One benefit value is 0 (no congress): allowed, sums stay positive.
    values = [
        [3.57, 4.00, 4.00, 83.75, 3, 9, 1],
        [3.07, 3.95, 4.00, 83.00, 3, 1, 3],
        [3.23, 3.54, 3.46, 66.00, 4, 0, 2],
        [3.42, 3.96, 4.00, 70.00, 5, 5, 7],
        [2.56, 3.37, 3.79, 82.00, 4, 4, 5],
    ]
    r = run(make(values, [B, B, B, B, C, B, B], [1] * 7), "copras")
    np.testing.assert_allclose(r.scores, [100.0, 78.8501, 63.3837, 98.6506, 86.8878], atol=1e-3)
    assert r.ranks.tolist() == [1, 4, 5, 2, 3]
    t = r.tables["copras"]
    np.testing.assert_allclose(t["N"], 100 * t["Q"] / t["Q"].max())


def test_copras_wieckowski_szyjewski_2022_ranking():
    # Więckowski & Szyjewski (2022), Practical study of selected multi-criteria methods
    # comparison, Procedia Computer Science 207:4565-4573: 7 alternatives x 10 criteria,
    # the last two costs; published COPRAS ranking 2, 7, 1, 6, 3, 4, 5.
    values = [
        [3.5, 6.0, 1256.0, 4.0, 16.0, 3.0, 17.3, 8.0, 2.82, 4100.0],
        [3.1, 4.0, 1000.0, 2.0, 8.0, 1.0, 15.6, 5.0, 3.08, 3800.0],
        [3.6, 6.0, 2000.0, 4.0, 16.0, 3.0, 17.3, 5.0, 2.90, 4000.0],
        [3.0, 4.0, 1000.0, 2.0, 8.0, 2.0, 17.3, 5.0, 2.60, 3500.0],
        [3.3, 6.0, 1008.0, 4.0, 12.0, 3.0, 15.6, 8.0, 2.30, 3800.0],
        [3.6, 6.0, 1000.0, 2.0, 16.0, 3.0, 15.6, 5.0, 2.80, 4000.0],
        [3.5, 6.0, 1256.0, 2.0, 16.0, 1.0, 15.6, 6.0, 2.90, 4000.0],
    ]
    w = [0.297, 0.025, 0.035, 0.076, 0.154, 0.053, 0.104, 0.017, 0.025, 0.214]
    r = run(make(values, [B] * 8 + [C, C], w), "copras")
    assert r.ranks.tolist() == [2, 7, 1, 6, 3, 4, 5]


# --------------------------------------------------------------------------- WSM
def test_wsm_triantaphyllou_2000_example_with_a_tie():
    # Triantaphyllou (2000), Multi-Criteria Decision Making Methods: A Comparative
    # Study, §2.2.1: same-unit data, w = (.20, .15, .40, .25); WSM scores 21.50,
    # 22.00, 22.00.  A2 and A3 tie exactly: float noise must not split them.
    values = [[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]]
    r = run(make(values, [B] * 4, [0.20, 0.15, 0.40, 0.25]), "wsm", {"normalization": "none"})
    np.testing.assert_allclose(r.scores, [21.50, 22.00, 22.00])
    assert r.ranks.tolist() == [3, 1, 1]


# --------------------------------------------------------------------------- AHP synthesis
# Belton & Gear (1983), Omega 11:228-230, as tabulated by Wang & Elhag (2006), EJOR
# 174:1396-1405, Tables 1-2: consistent matrices whose eigenvectors are the ratios of
# these values; three equally important criteria; D is a copy of B.
BELTON_GEAR = [[1, 9, 8], [9, 1, 9], [1, 1, 1]]


def test_ahp_distributive_mode_shows_belton_gear_rank_reversal():
    abc = run(make(BELTON_GEAR, [B] * 3, [1] * 3, ids=list("ABC")), "ahp", {"normalization": "distributive"})
    np.testing.assert_allclose(abc.scores, [0.4512, 0.4697, 0.0791], atol=5e-5)  # Table 2, EM
    abcd = run(make(BELTON_GEAR + [BELTON_GEAR[1]], [B] * 3, [1] * 3, ids=list("ABCD")), "ahp",
               {"normalization": "distributive"})
    np.testing.assert_allclose(abcd.scores, [0.3654, 0.2889, 0.0568, 0.2889], atol=5e-5)  # Table 2, EM
    assert abc.ranks["B"] < abc.ranks["A"] and abcd.ranks["A"] < abcd.ranks["B"]


def test_ahp_ideal_mode_keeps_the_order_in_belton_gears_example():
    abc = run(make(BELTON_GEAR, [B] * 3, [1] * 3, ids=list("ABC")), "ahp")
    abcd = run(make(BELTON_GEAR + [BELTON_GEAR[1]], [B] * 3, [1] * 3, ids=list("ABCD")), "ahp")
    assert abc.parameters["normalization"] == "ideal"
    np.testing.assert_allclose(abc.scores, [0.6667, 0.7037, 0.1111], atol=5e-5)  # Table 2, BG
    np.testing.assert_allclose(abcd.scores, [0.6667, 0.7037, 0.1111, 0.7037], atol=5e-5)  # Table 2, BG


def test_ahp_ideal_mode_saaty_vargas_counterexample():
    # Saaty & Vargas (1984) counterexample, Wang & Elhag (2006) Tables 3-4: ideal mode
    # can reverse too when the new alternative is best on a criterion.
    ab = run(make([[1, 7, 3], [2, 6, 1]], [B] * 3, [1] * 3, ids=list("AB")), "ahp")
    abc = run(make([[1, 7, 3], [2, 6, 1], [2, 7, 6]], [B] * 3, [1] * 3, ids=list("ABC")), "ahp")
    np.testing.assert_allclose(ab.scores, [0.8333, 0.7302], atol=5e-5)
    np.testing.assert_allclose(abc.scores, [0.6667, 0.6746, 1.0000], atol=5e-5)
    dist = run(make([[1, 7, 3], [2, 6, 1], [2, 7, 6]], [B] * 3, [1] * 3, ids=list("ABC")), "ahp",
               {"normalization": "distributive"})
    np.testing.assert_allclose(dist.scores, [0.2833, 0.2667, 0.4500], atol=5e-5)  # Table 4, EM
