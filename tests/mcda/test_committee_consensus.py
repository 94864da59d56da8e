"""Goepel's AHP consensus indicator S* and the disagreement table.

Formula: Goepel, K. D. (2013), Proc. ISAHP 2013, Kuala Lumpur ("Implementing the AHP as a
standard method ... a new AHP Excel template with multiple inputs"), as implemented in AHP-OS
(Goepel 2018, IJAHP 10(3), 469-487; ``AhpGroup::getConsensus``), with the Shannon alpha/beta/gamma
partition of Jost (2007), Ecology 88(10), 2427-2439.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcda.committee import consensus as c
from mcda.committee import hierarchy as h
from tests.mcda.committee_fixtures import committee_problem


def test_full_agreement_is_100_percent() -> None:
    r = c.consensus([[0.6, 0.3, 0.1]] * 4)
    assert r.s_star == pytest.approx(1.0) and r.s_relative == pytest.approx(1.0)
    assert r.h_beta == pytest.approx(0.0, abs=1e-12) and r.d_beta == pytest.approx(1.0)


@pytest.mark.parametrize("n", [2, 3, 5, 9])
def test_goepels_lower_bound_is_0_percent(n: int) -> None:
    # Goepel (2013) defines the 0 % end by H_alpha,min (each member rates one item M = 9 times
    # more important than all others) and H_gamma,max = ln n (the members' favourites complement
    # each other, so the group is uniform): K = n such members give exactly S* = 0.
    m = 9.0
    rows = np.full((n, n), 1.0 / (n + m - 1))
    np.fill_diagonal(rows, m / (n + m - 1))
    r = c.consensus(rows)
    assert r.s_star == pytest.approx(0.0, abs=1e-12)
    assert r.h_gamma == pytest.approx(math.log(n))
    assert r.h_alpha == pytest.approx(c.alpha_min_entropy(n))


def test_hand_computed_two_members() -> None:
    # w1 = (0.5, 0.3, 0.2), w2 = (0.2, 0.3, 0.5): step by step with the definitions.
    w1, w2 = np.array([0.5, 0.3, 0.2]), np.array([0.2, 0.3, 0.5])
    h1 = -(w1 * np.log(w1)).sum()  # both members have the same entropy
    mean = (w1 + w2) / 2
    hg = -(mean * np.log(mean)).sum()
    beta = hg - h1
    top, rest = 9 / 11, 1 / 11
    ha_min = -top * math.log(top) - 2 * rest * math.log(rest)
    cor = math.exp(math.log(3) - ha_min)
    expected = (math.exp(-beta) - 1 / cor) / (1 - 1 / cor)
    r = c.consensus([w1, w2])
    assert r.h_alpha == pytest.approx(h1) and r.h_gamma == pytest.approx(hg)
    assert r.s_star == pytest.approx(expected)
    assert r.s_relative == pytest.approx((math.exp(-beta) - 1 / 3) / (1 - 1 / 3))
    assert 0.8 < r.s_star < 1  # a mild disagreement on a 1-9 scale reads as high consensus


def test_word_scale_follows_goepel() -> None:
    # Goepel (2018), "Implementation of an online software tool for the AHP (AHP-OS)", IJAHP 10(3),
    # Table 2: < 50 % very low, 50-65 low, 65-75 moderate, 75-85 high, > 85 very high.
    assert [c.word(x) for x in (0.49, 0.5, 0.64, 0.65, 0.7, 0.8, 0.84, 0.85, 0.9)] == [
        "very_low", "low", "low", "moderate", "moderate", "high", "high", "very_high", "very_high"]


@settings(max_examples=80, deadline=None)
@given(st.integers(2, 6), st.integers(2, 5), st.floats(0.05, 0.95), st.integers(0, 2**31 - 1))
def test_moving_members_towards_the_mean_raises_consensus(n: int, k: int, t: float, seed: int) -> None:
    # Shannon entropy is concave: pulling every member towards the group mean lowers the beta
    # entropy (Jost 2007), so S* can only grow.
    rng = np.random.default_rng(seed)
    w = rng.dirichlet(np.ones(n), size=k)
    mean = w.mean(axis=0)
    before = c.consensus(w).s_star
    after = c.consensus((1 - t) * w + t * mean).s_star
    assert after >= before - 1e-12
    assert c.consensus(w).s_relative <= 1 + 1e-12


def test_committee_consensus_weights_each_block_by_the_groups_above_it() -> None:
    # AHP-OS getGlbConsensus: weighted mean of the node consensus, weight = product of the
    # (group) priorities of the nodes above; the top node has weight 1.
    r = h.committee_weights(committee_problem())
    cc = c.committee_consensus(r)
    assert cc is not None and set(cc.nodes) == {"grupos", "Importancia", "Encadenamientos", "Crecimiento", "Riesgo"}
    gw = r.group.group_weights
    num = cc.nodes["grupos"].s_star + sum(gw[g] * cc.nodes[g].s_star for g in gw.index)
    assert cc.overall == pytest.approx(num / (1 + gw.sum()))
    assert 0.5 < cc.overall < 0.95  # the sample committee disagrees on a few pairs only
    for node in cc.nodes.values():
        assert node.k == 3


def test_disagreement_table_sorts_the_pairs_to_discuss_first() -> None:
    p = committee_problem()
    t = c.disagreement(p)
    assert len(t) == 26
    assert list(t["log_sd"]) == sorted(t["log_sd"], reverse=True)
    top = t.iloc[0]
    values = [top[name] for name in ("Gerencia Regional de Desarrollo Económico", "Cámara de Comercio",
                                     "Universidad Nacional")]
    logs = np.log(values)
    assert top["log_sd"] == pytest.approx(logs.std(ddof=1))
    assert top["log_range"] == pytest.approx(logs.max() - logs.min())
    assert top["geometric_mean"] == pytest.approx(math.exp(logs.mean()))
    assert bool(top["opposed"])
    same = t[(t["a"] == "R2") & (t["b"] == "R3")].iloc[0]
    assert not same["opposed"] or same["log_sd"] < top["log_sd"]


def test_a_single_member_has_no_consensus_to_measure() -> None:
    p = committee_problem()
    solo = p.replace(judgments=tuple(j for j in p.judgments if j.member == "M1"))
    assert c.committee_consensus(h.committee_weights(solo)) is None
    assert c.consensus([[0.2, 0.8]]).s_star == 1.0
