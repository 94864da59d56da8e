"""Group AHP and the consensus indicator against published and reference numbers (issue 4, §12).

Sources
-------
* **Prize** (Bioconductor R package by Daryanaz Dargahi, "Prize: an R package for prioritization
  estimation based on analytic hierarchy process", repository ``ddargahi/Prize``): four decision makers
  judge four criteria (``inst/extdata/ind1.tsv`` @ d274d73f, ``ind2.tsv`` @ 16533bd6, ``ind3.tsv`` @ d274d73f,
  ``ind4.tsv`` @ 16533bd6; upper triangles transcribed below).  Expected numbers:

  - AIJ, equal weights: the "Example output" of ``AIJ(res)`` in the package manual
    (rdrr.io/bioc/Prize/man/AIJ.html, "Prize documentation built on April 28, 2020");
  - individual priorities (row geometric mean, ``R/ahp.R``): the "Example output" of ``IP(res)``
    (rdrr.io/bioc/Prize/man/IP.html); the page shows ind1-ind3 in full and ind4 up to "0.6208484 0.241";
  - AIJ with voting weights 0.45/0.30/0.10/0.15 and AIP (weighted arithmetic mean of the members'
    priorities): ``AIJ_res`` and ``AIP_res`` in ``inst/unitTests/test_gaggregate.R`` @ e05105a7.

* **Goepel, K. D. (2018)**, Implementation of an online software tool for the Analytic Hierarchy Process
  (AHP-OS), IJAHP 10(3), 469-487, §4.2 (p. 477): two opposite judgments x and 1/x aggregate (WGM-AIJ) to
  equal weights although "there is no consensus" - the consensus indicator must say so.

* **AHP-OS** (Goepel's own implementation of the consensus indicator S*, Goepel 2013/2018):
  ``bpmsg/ahp-os`` ``classes/AhpGroup.php`` @ 93e445545a95c8ec0980cd69b5ffd319397affaf, methods
  ``getShannonBeta``, ``ahpShannonCor``, ``getConsensus``, ``relHomogeneity`` and ``getGlbConsensus``.
  No published worked example giving S* together with its inputs could be found (Goepel 2013 and 2018
  give the definition and the word scale, not a numeric case), so the S* values below are reference
  values obtained by running those AHP-OS methods, copied unchanged into a stub class fed with the
  priority vectors shown here (PHP 8.2, 2026), not numbers computed with this project's formula.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from mcda import ahp
from mcda.ahp_group import aggregate_aij, aggregate_aip, group_priorities
from mcda.committee.consensus import committee_consensus, consensus
from mcda.committee.hierarchy import GROUPS_BLOCK, committee_weights
from mcda.problem import Member
from tests.mcda.committee_fixtures import hierarchical, small_problem

nan = math.nan
LABELS = ["Tumor_expression", "Normal_expression", "Frequency", "Epitopes"]
# Prize inst/extdata/ind1..ind4.tsv: upper triangles (the files leave the lower triangle NA).
PRIZE_UPPER = {
    "ind1": [[1, 2, 4, 5], [nan, 1, 3, 4], [nan, nan, 1, 2], [nan, nan, nan, 1]],
    "ind2": [[1, 0.8, 2, 4], [nan, 1, 5, 7], [nan, nan, 1, 2], [nan, nan, nan, 1]],
    "ind3": [[1, 2, 3, 5], [nan, 1, 3, 5], [nan, nan, 1, 2], [nan, nan, nan, 1]],
    "ind4": [[1, 5, 6, 7], [nan, 1, 4, 6], [nan, nan, 1, 1], [nan, nan, nan, 1]],
}
PRIZE_WEIGHTS = [0.45, 0.30, 0.10, 0.15]


def prize_matrices() -> list[np.ndarray]:
    return [np.array(m, dtype=float) for m in PRIZE_UPPER.values()]


def test_aij_equal_weights_matches_prize_manual() -> None:
    # Prize manual, AIJ(res) example output (gaggregate, method = 'geometric', no weights).
    expected = np.array([
        [1.0000000, 2.0000000, 3.4641016, 5.143687],
        [0.5000000, 1.0000000, 3.6628415, 5.383563],
        [0.2886751, 0.2730121, 1.0000000, 1.681793],
        [0.1944131, 0.1857506, 0.5946036, 1.000000],
    ])
    np.testing.assert_allclose(aggregate_aij(prize_matrices()), expected, atol=5e-7)


def test_aij_with_voting_weights_matches_prize_unit_test() -> None:
    # Prize inst/unitTests/test_gaggregate.R: AIJ_res for weights 0.45, 0.30, 0.10, 0.15.
    expected = np.array([
        [1.0000000, 1.7431670, 3.3548322, 4.918313],
        [0.5736685, 1.0000000, 3.6510408, 5.141337],
        [0.2980775, 0.2738945, 1.0000000, 1.802501],
        [0.2033217, 0.1945019, 0.5547847, 1.000000],
    ])
    np.testing.assert_allclose(aggregate_aij(prize_matrices(), PRIZE_WEIGHTS), expected, atol=5e-7)
    # Voting weights given as raw numbers are normalized: 45/30/10/15 is the same committee.
    np.testing.assert_allclose(aggregate_aij(prize_matrices(), [45, 30, 10, 15]), expected, atol=5e-7)


def test_member_priorities_match_prize_manual() -> None:
    # Prize manual, IP(res) example output: each decision maker's row-geometric-mean priorities.
    published = {
        "ind1": [0.4915181, 0.3058879, 0.12487821, 0.07771583],
        "ind2": [0.3060687, 0.4949012, 0.12868606, 0.07034399],
        "ind3": [0.4627138, 0.3271881, 0.13574662, 0.07435149],
    }
    mats = dict(zip(PRIZE_UPPER, prize_matrices()))
    for name, w in published.items():
        got = ahp.priorities(mats[name], LABELS, prioritization="geometric").weights.to_numpy()
        np.testing.assert_allclose(got, w, atol=5e-8)
    ind4 = ahp.priorities(mats["ind4"], LABELS, prioritization="geometric").weights.to_numpy()
    assert ind4[0] == pytest.approx(0.6208484, abs=5e-8)
    assert 0.241 <= ind4[1] < 0.242  # the page is cut after "0.241"


def test_aip_weighted_arithmetic_matches_prize_unit_test() -> None:
    # Prize inst/unitTests/test_gaggregate.R: AIP_res (gaggregate, method = 'arithmetic', same weights),
    # the weighted arithmetic mean of the members' row-geometric-mean priorities.
    expected = [0.45240240, 0.35504904, 0.11942840, 0.07312017]
    members = [ahp.priorities(m, LABELS, prioritization="geometric") for m in prize_matrices()]
    got = aggregate_aip(members, PRIZE_WEIGHTS, mean="arithmetic")
    np.testing.assert_allclose(got.to_numpy(), expected, atol=5e-9)
    assert list(got.index) == LABELS
    via_group = group_priorities(prize_matrices(), LABELS, weights=PRIZE_WEIGHTS, aggregation="aip",
                                 prioritization="geometric", mean="arithmetic")
    np.testing.assert_allclose(via_group.weights.to_numpy(), expected, atol=5e-9)
    assert via_group.group is None
    assert via_group.member_weights.to_numpy() == pytest.approx(PRIZE_WEIGHTS)


def test_opposite_judgments_give_equal_weights_and_no_consensus() -> None:
    # Goepel (2018) §4.2, p. 477: judgments x and 1/x aggregate (WGM-AIJ) to equal weights, "in fact,
    # there is no consensus".  With x = 9, the maximum of the scale, S* is exactly 0 %.
    x = 9.0
    a = np.array([[1, x], [1 / x, 1]])
    b = np.array([[1, 1 / x], [x, 1]])
    g = group_priorities([a, b], ["A", "B"], aggregation="aij")
    assert aggregate_aij([a, b])[0, 1] == pytest.approx(1.0)
    assert g.weights.to_numpy() == pytest.approx([0.5, 0.5])
    c = consensus([m.weights.to_numpy() for m in g.members])
    assert c.s_star == pytest.approx(0.0, abs=1e-12)
    assert c.word == "very_low"


@pytest.mark.parametrize(("prioritization", "s_star", "s_rel", "h_beta"), [
    # AHP-OS getConsensus / relHomogeneity(exp(Hbeta), n) / getShannonBeta on the four Prize members.
    ("geometric", 0.9322810325091694, 0.9618381288256587, 0.029038982853234696),
    ("eigenvector", 0.9288812240035481, 0.9599222246260485, 0.030519344891342337),
])
def test_consensus_matches_ahp_os_on_prize_members(prioritization: str, s_star: float, s_rel: float,
                                                   h_beta: float) -> None:
    rows = [ahp.priorities(m, LABELS, prioritization=prioritization).weights.to_numpy()
            for m in prize_matrices()]
    c = consensus(rows)
    assert c.s_star == pytest.approx(s_star, abs=1e-12)
    assert c.s_relative == pytest.approx(s_rel, abs=1e-12)
    assert c.h_beta == pytest.approx(h_beta, abs=1e-12)
    assert (c.n, c.k) == (4, 4)
    assert c.word == "very_high"  # above 85 % on Goepel's (2018) word scale


def test_committee_consensus_matches_ahp_os_global_consensus() -> None:
    # Three members judge two groups and the criteria inside them (consistent matrices, so each member's
    # local priorities are the vectors below).  AHP-OS getConsensus per node and getGlbConsensus (nodes
    # weighted by the group priorities above them, the goal node by 1), and relHomogeneity of the
    # members' global priorities (AHP-OS "pTot"), fed with this committee's member and AIJ group priorities.
    judgments = (hierarchical("m1", [0.6, 0.4], [0.7, 0.3], [0.5, 0.3, 0.2])
                 + hierarchical("m2", [0.3, 0.7], [0.4, 0.6], [0.2, 0.5, 0.3])
                 + hierarchical("m3", [0.5, 0.5], [0.8, 0.2], [0.6, 0.2, 0.2]))
    problem = small_problem(judgments, (Member("m1", "Ana"), Member("m2", "Beto"), Member("m3", "Carla")))
    result = committee_weights(problem)
    # The AIJ group priorities AHP-OS was given as its consolidated result (prio[0]): for consistent
    # matrices, the normalized geometric mean of the members' priorities, e.g. (0.6*0.3*0.5)^(1/3) /
    # ((0.6*0.3*0.5)^(1/3) + (0.4*0.7*0.5)^(1/3)) for G1.
    group = result.group.nodes
    assert group[GROUPS_BLOCK].weights.to_numpy() == pytest.approx([0.4632470131000521, 0.5367529868999479],
                                                                   abs=1e-12)
    cc = committee_consensus(result)
    assert cc is not None
    ahp_os_nodes = {GROUPS_BLOCK: 0.8979899800143128, "G1": 0.8035529809508226, "G2": 0.8397850579338005}
    for node, value in ahp_os_nodes.items():
        assert cc.nodes[node].s_star == pytest.approx(value, abs=1e-12)
    assert cc.overall == pytest.approx(0.8604953182536688, abs=1e-12)
    assert cc.global_homogeneity == pytest.approx(0.8882093454021497, abs=1e-12)
