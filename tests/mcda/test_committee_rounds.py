"""Rounds: save the committee's state, re-vote, compare; the Rondas sheet round trip (issue 4 item 7)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mcda.committee import hierarchy as h
from mcda.committee import rounds as rd
from tests.mcda.committee_fixtures import committee_problem


def test_a_round_keeps_weights_crs_and_consensus() -> None:
    p = committee_problem()
    r = rd.take_round(p, 1, "primera votación", time="2024-05-01T10:00:00-05:00")
    full = h.committee_weights(p)
    np.testing.assert_allclose(r.weights.to_numpy(), full.weights.to_numpy())
    assert list(r.member_weights.columns) == [m.name for m in full.members] + [h.COMMITTEE]
    assert r.consistency.loc["Importancia", "Cámara de Comercio"] > 0.10
    assert 0 < r.consensus < 1 and r.label == "primera votación"


def test_comparing_rounds_lists_the_changes_and_the_weight_shift() -> None:
    p = committee_problem()
    first = rd.take_round(p, 1)
    q = h.with_judgment(p, "M2", "criteria", "I1", "I5", 2.0)  # M2 moves towards the others after discussion
    q = h.with_judgment(q, "M2", "groups", "Crecimiento", "Riesgo", 3.0)
    second = rd.take_round(q, 2)
    c = rd.compare(first, second)
    assert sorted((x.member, x.a, x.b, x.old, x.new) for x in c.changes) == [
        ("M2", "Crecimiento", "Riesgo", 6.0, 3.0), ("M2", "I1", "I5", 0.2, 2.0)]
    assert c.consensus_after > c.consensus_before
    assert c.weights.loc["I1", "change"] == pytest.approx(c.weights.loc["I1", "after"] - c.weights.loc["I1", "before"])
    assert c.weights.loc["I1", "change"] > 0
    assert abs(c.weights["change"].sum()) < 1e-12


def test_rounds_travel_in_the_rondas_sheet() -> None:
    p = committee_problem()
    q = h.with_judgment(p, "M3", "criteria", "L1", "L2", 1.0)
    saved = [rd.take_round(p, 1, "inicial", time="t1"), rd.take_round(q, 2, "revisión", time="t2")]
    frame = rd.rounds_frame(saved)
    assert list(frame.columns) == list(rd.COLUMNS) and len(frame) == 2 * 78
    back = rd.rounds_from_rows(frame.itertuples(index=False), p)
    assert [(r.number, r.label, r.time) for r in back] == [(1, "inicial", "t1"), (2, "revisión", "t2")]
    for a, b in zip(saved, back):
        np.testing.assert_allclose(a.weights.to_numpy(), b.weights.to_numpy(), rtol=1e-12)
        assert a.consensus == pytest.approx(b.consensus)
    restored = back[0].problem(q)
    assert h.judgment(restored, "M3", "criteria", "L1", "L2") == pytest.approx(3.0)
    assert [m.id for m in restored.members] == ["M1", "M2", "M3"]


def test_a_round_without_judgments_has_no_weights() -> None:
    r = rd.take_round(committee_problem().replace(judgments=()), 1)
    assert r.weights.isna().all() and math.isnan(r.consensus)


def test_rounds_are_read_back_from_a_workbook(tmp_path) -> None:
    from openpyxl import Workbook

    from mcda.workbook.writer import write_frame

    p = committee_problem()
    wb = Workbook()
    write_frame(wb, rd.ROUNDS_SHEET, rd.rounds_frame([rd.take_round(p, 1, "inicial", time="t1")]))
    wb.save(tmp_path / "r.xlsx")
    [back] = rd.read_rounds(tmp_path / "r.xlsx", p)
    assert (back.number, back.label) == (1, "inicial")
    np.testing.assert_allclose(back.weights.to_numpy(), h.committee_weights(p).weights.to_numpy())
    assert rd.read_rounds(tmp_path / "missing.xlsx", p) == []


def test_live_weights_tolerate_a_member_with_one_level_only() -> None:
    p = h.with_judgment(committee_problem(), "M4", "groups", "Importancia", "Riesgo", 3.0)
    live = h.committee_weights(p, strict=False)
    m4 = live.member("M4")
    assert m4 is not None and not m4.ok
    assert live.group.ok and abs(live.weights.sum() - 1) < 1e-12
