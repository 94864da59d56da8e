"""Audit trail: hash chain, rows as imported, judgment changes, export hashes and verify()."""

from __future__ import annotations

import math

import openpyxl
import pytest

from mcda.analysis import analyze
from mcda.committee import audit as a
from mcda.committee import hierarchy as h
from mcda.committee.export import committee_sheets
from mcda.committee.integrity import complete_record, data_hashes, verify, weights_hashes
from mcda.workbook.writer import write_output
from tests.mcda.committee_fixtures import committee_problem


def test_each_row_hash_covers_the_previous_hash_and_the_row() -> None:
    t = a.AuditTrail()
    for k, v in enumerate((3.0, 1 / 5, 2.0), start=1):
        t = t.record(member="M1", sheet="AHP M1", level="criteria", a="I1", b=f"I{k + 1}", old=math.nan, new=v,
                     time="2024-05-01T10:00:00-05:00", reason="primera ronda")
    e = t.entries[1]
    assert e.prev_hash == t.entries[0].hash
    assert e.hash == a.chain_hash(t.entries[0].hash, e.content())
    assert t.verify_chain() == []
    forged = a.AuditTrail((t.entries[0], a.AuditEntry(**{**e.__dict__, "new": "1/3"}), t.entries[2]))
    assert forged.verify_chain() == [2]  # the edited row no longer matches its hash
    dropped = a.AuditTrail((t.entries[0], t.entries[2]))
    assert dropped.verify_chain() == [3]  # the next row no longer points at its predecessor


def test_the_trail_starts_with_the_judgments_as_imported() -> None:
    p = committee_problem()
    t = a.initial_trail(p, "comite.xlsx", time="2024-05-01T10:00:00-05:00")
    assert len(t) == 3 * 26  # every judgment given, once
    first = t.entries[0]
    assert (first.event, first.old, first.source) == ("import", "", "comite.xlsx!AHP M1 grupos")
    assert {e.member for e in t.entries} == {"M1", "M2", "M3"}
    assert t.verify_chain() == []


def test_changes_between_two_problems_are_recorded_with_round_and_reason() -> None:
    p = committee_problem()
    q = h.with_judgment(p, "M2", "criteria", "I1", "I4", 2.0)
    q = h.with_judgment(q, "M3", "groups", "Riesgo", "Crecimiento", math.nan)
    changes = a.diff_judgments(p, q)
    assert [(c.member, c.a, c.b, a.format_value(c.old), a.format_value(c.new)) for c in changes] == [
        ("M2", "I1", "I4", "1/3", "2"), ("M3", "Crecimiento", "Riesgo", "1/2", "")]
    t = a.initial_trail(p).record_changes(changes, round=2, event="repair", reason="sugerencia aplicada")
    assert t.entries[-2].round == 2 and t.entries[-2].reason == "sugerencia aplicada"
    assert a.diff_judgments(q, q) == []


def _export(tmp_path, problem):
    analysis = analyze(problem, ["ahp", "topsis"])
    path = tmp_path / "export.xlsx"
    extra = committee_sheets(problem, analysis.weights.weights, source="comite.xlsx")
    record = extra.pop("Integridad")  # completed with the cells of the workbook as built, as session.export does
    write_output(path, problem, analysis.results, weights=analysis.weights, extra_sheets=extra,
                 finish=lambda wb: {"Integridad": complete_record(record, wb)})
    return path, analysis


def test_an_untouched_export_verifies(tmp_path) -> None:
    path, analysis = _export(tmp_path, committee_problem())
    assert verify(path) == []
    wb = openpyxl.load_workbook(path)
    assert {"Auditoria", "Integridad", "Consistencia"} <= set(wb.sheetnames)
    rows = {r[0].value: r[1].value for r in wb["Integridad"].iter_rows(min_row=2)}
    assert rows["datos"] == data_hashes(committee_problem())["datos"]
    assert rows["pesos"] == weights_hashes(analysis.weights.weights)["pesos"]
    assert rows["auditoria_filas"] == "78"


def test_a_changed_judgment_cell_is_named(tmp_path) -> None:
    path, _ = _export(tmp_path, committee_problem())
    wb = openpyxl.load_workbook(path)
    ws = wb["AHP M1"]
    assert ws["B1"].value == "I1" and ws["A2"].value == "I1" and ws["C1"].value == "I2"
    ws["C2"] = 5  # I1 / I2 was 2
    ws["B3"] = 1 / 5
    wb.save(path)
    found = verify(path)
    assert {"verify.judgments_changed", "verify.judgment_not_audited"} <= {i.code for i in found}
    cell = next(i for i in found if i.code == "verify.judgment_not_audited")
    assert cell.location == "AHP M1!C2" and cell.params["expected"] == "2" and cell.params["found"] == "5"
