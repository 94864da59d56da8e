"""Offline questionnaires: export one workbook per member, fill it, import it back, merge (issue 4 item 8)."""

from __future__ import annotations

import math

import openpyxl
import pytest

from mcda.committee import hierarchy as h
from mcda.committee import questionnaire as q
from mcda.committee.audit import initial_trail
from mcda.text import render
from tests.mcda.committee_fixtures import committee_problem


@pytest.fixture()
def problem():
    return committee_problem()


def _export(problem, member, folder):
    path = folder / f"cuestionario_{member}.xlsx"
    q.write_questionnaire(problem, member, path)
    return path


def _row_of(ws, a, b):
    return next(r for r in range(2, ws.max_row + 1)
                if ws.cell(r, q.A_COL).value == a and ws.cell(r, q.B_COL).value == b)


def test_the_questionnaire_is_protected_prefilled_and_carries_the_member(problem, tmp_path) -> None:
    path = _export(problem, "M3", tmp_path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Instrucciones", "Cuestionario", "Escala", "_cuestionario"]
    assert wb["_cuestionario"].sheet_state == "veryHidden" and wb["Escala"].sheet_state == "hidden"
    assert wb.security.lockStructure
    ws = wb["Cuestionario"]
    assert all(s.protection.sheet for s in wb.worksheets)
    assert ws.max_row == 27  # header + the 26 pairs of the hierarchy
    assert not ws["E2"].protection.locked and not ws["F2"].protection.locked and ws["C2"].protection.locked
    [dv] = ws.data_validations.dataValidation
    assert dv.formula1 == "=Escala!$A$1:$A$17" and str(dv.sqref) == "E2:E27"
    meta = {r[0].value: r[1].value for r in wb["_cuestionario"].iter_rows()}
    assert meta["miembro"] == "M3" and meta["nombre"] == "Universidad Nacional" and meta["pares"] == "26"
    row = _row_of(ws, "G3", "G4")
    assert ws.cell(row, q.ANSWER_COL).value == "B es mucho más importante que A (1/5)"  # M3's G3 / G4 = 1/5
    assert "Universidad Nacional (M3)" in wb["Instrucciones"]["A1"].value
    assert "escala verbal de Saaty" in wb["Instrucciones"]["A3"].value


def test_round_trip_of_three_filled_questionnaires(problem, tmp_path) -> None:
    paths = {m: _export(problem, m, tmp_path) for m in ("M1", "M2", "M3")}
    # M2 revises the inconsistent judgment (I1 / I4) and explains why; M3 answers with a typed number.
    wb = openpyxl.load_workbook(paths["M2"])
    ws = wb["Cuestionario"]
    r = _row_of(ws, "I1", "I4")
    ws.cell(r, q.ANSWER_COL).value = q.option(3.0)
    ws.cell(r, q.COMMENT_COL).value = "El empleo pesa más que el cociente de localización"
    wb.save(paths["M2"])
    wb = openpyxl.load_workbook(paths["M3"])
    ws = wb["Cuestionario"]
    ws.cell(_row_of(ws, "L1", "L2"), q.ANSWER_COL).value = "1/2"
    wb.save(paths["M3"])
    results = [q.read_questionnaire(p, problem, expected_member=m) for m, p in paths.items()]
    assert all(r.ok and not r.issues for r in results)
    trail = initial_trail(problem)
    merged = problem
    for r in results:
        merged, trail = q.merge(merged, r, trail, round=2)
    assert h.judgment(merged, "M2", "criteria", "I1", "I4") == pytest.approx(3.0)
    assert h.judgment(merged, "M3", "criteria", "L1", "L2") == pytest.approx(0.5)
    unchanged = [j for j in problem.judgments if j.member == "M1"]
    assert all(merged.judgments_for("M1", j.level) == j for j in unchanged)
    new_rows = trail.entries[78:]
    assert [(e.member, e.a, e.b, e.old, e.new, e.event, e.round) for e in new_rows] == [
        ("M2", "I1", "I4", "1/3", "3", "questionnaire", 2), ("M3", "L1", "L2", "3", "1/2", "questionnaire", 2)]
    assert new_rows[0].reason.startswith("El empleo") and new_rows[0].source.endswith("!Cuestionario!E" + str(
        _row_of(openpyxl.load_workbook(paths["M2"])["Cuestionario"], "I1", "I4")))
    assert trail.verify_chain() == []
    assert h.committee_weights(merged).member("M2").max_cr < h.committee_weights(problem).member("M2").max_cr


def test_wrong_member_invalid_and_missing_answers_name_the_cell(problem, tmp_path) -> None:
    path = _export(problem, "M2", tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Cuestionario"]
    ws["E3"] = "mucho más"
    ws["E4"] = None
    ws["E5"] = 12
    wb.save(path)
    r = q.read_questionnaire(path, problem, expected_member="M1")
    texts = [render(i) for i in r.issues]
    assert "_cuestionario!B2: el cuestionario cuestionario_M2.xlsx es del miembro «M2», no de «M1»." in texts
    assert any(t.startswith("Cuestionario!E3: «mucho más» no es una respuesta válida") for t in texts)
    assert any(t.startswith("Cuestionario!E5: «12» no es una respuesta válida") for t in texts)
    missing = next(i for i in r.issues if i.code == "committee.q.missing_answer")
    assert missing.location == "Cuestionario!E4" and not missing.is_error
    assert not r.ok
    assert q.merge(problem, r)[0] is problem  # nothing merged from a questionnaire with errors


def test_a_blank_answer_alone_is_a_warning_and_clears_the_pair(problem, tmp_path) -> None:
    path = _export(problem, "M1", tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Cuestionario"]["E4"] = None
    wb.save(path)
    r = q.read_questionnaire(path, problem)
    assert r.ok and [i.code for i in r.issues] == ["committee.q.missing_answer"]
    merged, _ = q.merge(problem, r)
    p = r.answers[2].pair
    assert math.isnan(h.judgment(merged, "M1", p.level, p.a, p.b))
    assert h.committee_weights(merged).member("M1").nodes["grupos"].missing == 1


@pytest.mark.parametrize("alter", ["delete_row", "swap_rows", "unknown_ids"])
def test_an_altered_layout_is_refused(problem, tmp_path, alter: str) -> None:
    path = _export(problem, "M1", tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Cuestionario"]
    if alter == "delete_row":
        ws.delete_rows(5)
    elif alter == "swap_rows":
        for col in range(1, q.B_COL + 1):
            ws.cell(3, col).value, ws.cell(4, col).value = ws.cell(4, col).value, ws.cell(3, col).value
    else:
        ws.cell(6, q.A_COL).value = "X9"
    wb.save(path)
    r = q.read_questionnaire(path, problem)
    codes = {i.code for i in r.issues}
    assert "committee.q.altered" in codes and not r.ok
    if alter == "unknown_ids":
        bad = next(i for i in r.issues if i.code == "committee.q.bad_row")
        assert bad.location == "Cuestionario!A6"


def test_a_member_not_on_the_committee_is_refused(problem, tmp_path) -> None:
    path = _export(problem, "M3", tmp_path)
    others = problem.replace(members=problem.members[:2],
                             judgments=tuple(j for j in problem.judgments if j.member != "M3"))
    r = q.read_questionnaire(path, others)
    assert [i.code for i in r.issues] == ["committee.q.unknown_member"] and r.member is None


def test_a_workbook_that_is_no_questionnaire(problem, tmp_path) -> None:
    from tests.mcda.committee_fixtures import write_input

    path = tmp_path / "datos.xlsx"
    write_input(problem, path)
    r = q.read_questionnaire(path, problem)
    assert [i.code for i in r.issues] == ["committee.q.not_questionnaire"]


def test_english_questionnaire_answers_read_too(problem, tmp_path) -> None:
    path = tmp_path / "q_en.xlsx"
    q.write_questionnaire(problem, "M1", path, lang="en")
    wb = openpyxl.load_workbook(path)
    assert wb["Cuestionario"]["E1"].value == "Judgment"
    assert wb["Escala"]["A1"].value == "A is extremely more important than B (9)"
    r = q.read_questionnaire(path, problem)
    assert r.ok and len(r.answers) == 26
    merged, _ = q.merge(problem, r)
    for j in problem.judgments:  # the sample's judgments are all on the scale: nothing changes
        assert merged.judgments_for(j.member, j.level) == j
