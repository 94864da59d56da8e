"""Hierarchical committee AHP: blocks, local and global weights, AIJ/AIP, voting weights."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mcda import weights
from mcda.ahp_group import group_priorities
from mcda.committee import hierarchy as h
from mcda.errors import ConsistencyError, InputError
from mcda.problem import Judgments, Member
from mcda.sample_data import CRITERIA
from tests.mcda.committee_fixtures import committee_problem, consistent, hierarchical, small_problem


def test_the_default_criteria_need_26_judgments_instead_of_91() -> None:
    # Issue 4 item 2: 4 groups of 5, 2, 4 and 3 criteria -> 6 + 10 + 1 + 6 + 3 pairs; flat: 14 * 13 / 2.
    p = committee_problem()
    assert [b.size for b in h.blocks(p)] == [4, 5, 2, 4, 3]
    assert len(h.pairs(p, h.HIERARCHICAL)) == 26
    assert len(h.pairs(p, h.FLAT)) == 91
    assert h.mode_of(p) == h.HIERARCHICAL
    assert h.mode_of(p.replace(judgments=())) == h.HIERARCHICAL  # 4 groups, no judgments yet


def test_global_weight_is_group_weight_times_local_weight() -> None:
    # Saaty (1980), hierarchic composition: with consistent judgments the priorities are the
    # generating vectors, and a criterion's global weight is the product down the hierarchy.
    p = small_problem(hierarchical("M1", [0.4, 0.6], [0.75, 0.25], [0.5, 0.3, 0.2]), (Member("M1", "Uno"),))
    r = h.committee_weights(p)
    expected = [0.4 * 0.75, 0.4 * 0.25, 0.6 * 0.5, 0.6 * 0.3, 0.6 * 0.2]
    np.testing.assert_allclose(r.weights.to_numpy(), expected, atol=1e-12)
    t = r.hierarchy_table(p)
    assert t.loc["c", "local_weight"] == pytest.approx(0.5)
    assert t.loc["c", "group_weight"] == pytest.approx(0.6)
    assert r.group.group_weights.to_dict() == pytest.approx({"G1": 0.4, "G2": 0.6})
    assert r.members[0].max_cr == pytest.approx(0.0, abs=1e-12)


@pytest.mark.parametrize("aggregation", ["aij", "aip"])
def test_same_group_weights_as_the_run_uses(aggregation: str) -> None:
    p = committee_problem()
    r = h.committee_weights(p, aggregation=aggregation)
    w = weights.from_judgments(p, aggregation=aggregation)
    np.testing.assert_allclose(r.weights.reindex(w.weights.index).to_numpy(), w.weights.to_numpy(), atol=1e-12)
    assert abs(r.weights.sum() - 1) < 1e-12
    for m in r.members:
        assert abs(m.weights.sum() - 1) < 1e-12


def test_aij_equals_aip_with_geometric_prioritization() -> None:
    # Barzilai, J. & Golany, B. (1994). AHP rank reversal, normalization and aggregation rules.
    # INFOR 32(2), 57-64: with row geometric mean prioritization, the priorities of the weighted
    # geometric mean of the judgments (AIJ) equal the normalized weighted geometric mean of the
    # individual priorities (AIP), for any number of decision makers and voting weights.
    p = committee_problem().replace(members=(Member("M1", "a", weight=3), Member("M2", "b", weight=1),
                                             Member("M3", "c", weight=2)))
    aij = h.committee_weights(p, aggregation="aij", prioritization="geometric")
    aip = h.committee_weights(p, aggregation="aip", prioritization="geometric")
    np.testing.assert_allclose(aij.weights.to_numpy(), aip.weights.to_numpy(), rtol=1e-10)
    # and not for the eigenvector with these inconsistent judgments (the equivalence is specific to the RGM)
    eig = h.committee_weights(p, aggregation="aij"), h.committee_weights(p, aggregation="aip")
    assert not np.allclose(eig[0].weights.to_numpy(), eig[1].weights.to_numpy(), rtol=1e-6)


def test_flat_committee_matches_group_priorities() -> None:
    labels = ("a", "b", "c", "d", "e")
    mats = [consistent([5, 4, 3, 2, 1]), consistent([1, 2, 3, 4, 5]), consistent([1, 1, 1, 1, 1])]
    mats[2][0, 1], mats[2][1, 0] = 3.0, 1 / 3  # one member slightly inconsistent
    js = tuple(Judgments(labels, m, f"M{k}") for k, m in enumerate(mats, 1))
    members = tuple(Member(f"M{k}", f"m{k}", weight=v) for k, v in ((1, 2.0), (2, 1.0), (3, 1.0)))
    p = small_problem(js, members)
    r = h.committee_weights(p)
    assert r.mode == h.FLAT and [b.name for b in r.blocks] == [h.FLAT_BLOCK]
    g = group_priorities(mats, labels, weights=[2, 1, 1])
    np.testing.assert_allclose(r.weights.to_numpy(), g.weights.to_numpy(), atol=1e-12)
    assert r.consistency_table().loc[h.FLAT_BLOCK, "m3"] == pytest.approx(g.members[2].cr)
    assert list(r.weights_table().columns) == ["m1", "m2", "m3", h.COMMITTEE]


def test_a_member_with_zero_vote_does_not_move_the_group() -> None:
    p = committee_problem()
    votes = lambda w3: tuple(Member(m, m, weight=w) for m, w in (("M1", 1.0), ("M2", 1.0), ("M3", w3)))  # noqa: E731
    without = p.replace(members=votes(0.0), judgments=tuple(j for j in p.judgments if j.member != "M3"))
    r0 = h.committee_weights(p.replace(members=votes(0.0)))
    r1 = h.committee_weights(without)
    np.testing.assert_allclose(r0.weights.to_numpy(), r1.weights.to_numpy(), atol=1e-12)
    heavy = h.committee_weights(p.replace(members=votes(10.0)))
    m3 = heavy.member("M3").weights
    # more vote for M3 brings the group closer to M3's own weights
    assert (heavy.weights - m3).abs().sum() < (r0.weights - m3).abs().sum()


def test_with_judgment_keeps_reciprocity_and_clears() -> None:
    p = committee_problem()
    q = h.with_judgment(p, "M1", "criteria", "I2", "I1", 4.0)
    assert h.judgment(q, "M1", "criteria", "I1", "I2") == pytest.approx(0.25)
    assert h.judgment(q, "M1", "criteria", "I2", "I1") == pytest.approx(4.0)
    cleared = h.with_judgment(q, "M1", "criteria", "I1", "I2", math.nan)
    assert math.isnan(h.judgment(cleared, "M1", "criteria", "I2", "I1"))
    assert q.judgments_for("M1", "criteria").sheet == p.judgments_for("M1", "criteria").sheet
    new = h.with_judgment(p, "M4", "groups", "Riesgo", "Crecimiento", 1 / 3)
    j = new.judgments_for("M4", "groups")
    assert j.labels == tuple(p.groups) and int(np.isfinite(j.matrix).sum()) == 4 + 2
    with pytest.raises(InputError):
        h.with_judgment(p, "M1", "criteria", "I1", "XX", 3.0)
    with pytest.raises(InputError):
        h.with_judgment(p, "M1", "criteria", "I1", "I2", -3.0)


def test_a_skipped_block_is_reported_live_and_refused_for_a_run() -> None:
    p = committee_problem()
    for a, b in (("R1", "R2"), ("R1", "R3")):  # R1 left unlinked in M3's Riesgo block
        p = h.with_judgment(p, "M3", "criteria", a, b, math.nan)
    with pytest.raises(ConsistencyError) as err:
        h.committee_weights(p)
    assert err.value.issues[0].code == "ahp.disconnected" and "R1" in err.value.issues[0].params["unlinked"]
    live = h.committee_weights(p, strict=False)
    m3 = live.member("M3")
    assert not m3.ok and math.isnan(m3.weights["R1"])
    assert any(i.code == "ahp.disconnected" for i in m3.issues)
    assert live.group.ok and abs(live.weights.sum() - 1) < 1e-12  # the others answered every pair


def test_missing_pairs_are_counted_per_block() -> None:
    p = h.with_judgment(committee_problem(), "M1", "criteria", "I1", "I5", math.nan)
    r = h.committee_weights(p)
    assert r.member("M1").nodes["Importancia"].missing == 1
    assert r.member("M1").nodes["Importancia"].result.completion == "harker"


def test_hierarchy_needs_both_levels_for_every_member() -> None:
    p = committee_problem()
    p = p.replace(judgments=tuple(j for j in p.judgments if not (j.member == "M2" and j.level == "groups")))
    with pytest.raises(InputError) as err:
        h.committee_weights(p)
    assert err.value.issues[0].code == "weights.hierarchy_incomplete"


def test_sample_committee_is_plausible() -> None:
    # Issue 4 item 11: three members, disagreeing on a few pairs, one above CR 0.10.
    r = h.committee_weights(committee_problem())
    crs = {m.member: m.max_cr for m in r.members}
    assert [m for m, cr in crs.items() if cr >= 0.10] == ["M2"]
    assert len(CRITERIA) == 14 and r.group.ok


def test_an_unnamed_matrix_beside_the_members_is_left_out_with_a_warning() -> None:
    p = committee_problem()
    extra = Judgments(tuple(p.criterion_ids), np.ones((14, 14)), None, "criteria", "AHP")
    q = p.with_judgments(extra)
    w = weights.from_judgments(q)
    np.testing.assert_allclose(w.weights.to_numpy(), weights.from_judgments(p).weights.to_numpy())
    assert w.warnings[0].code == "committee.unnamed_ignored" and w.warnings[0].sheet == "AHP"
    assert [m.member for m in h.committee_weights(q).members] == ["M1", "M2", "M3"]
