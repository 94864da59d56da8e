"""The Comité step driven through the real window: a session with the sample's three members
(issue 4 items 1, 3, 5, 6, 7, 8, 9), meeting mode by keyboard, rounds, questionnaires."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from mcda.committee import hierarchy as h


@pytest.fixture
def committee(qtbot: Any, sample_window: Any) -> Any:
    view = getattr(sample_window, "committee", None)
    if view is None:  # before the step is hooked into the main window
        from desktop.views.committee_view import install

        view = install(sample_window)
    sample_window.workspace.go_to("committee")
    return view


def _select(panel: Any, member: str, block: str) -> None:
    panel.member_combo.setCurrentIndex(panel.member_combo.findData(member))
    panel.block_combo.setCurrentIndex(panel.block_combo.findData(block))


def test_models_pass_the_model_tester(qtmodeltester: Any, committee: Any) -> None:
    qtmodeltester.check(committee.members.model)
    committee.judgments.member_combo.setCurrentIndex(0)
    qtmodeltester.check(committee.judgments.pairs_model)
    for model in (committee.judgments.matrix_model, committee.aggregation.weights_model,
                  committee.aggregation.hierarchy_model, committee.consensus.disagreement_model):
        qtmodeltester.check(model)


def test_a_session_with_the_three_members(qtbot: Any, sample_window: Any, committee: Any) -> None:
    doc = sample_window.document
    session = committee.session
    assert sample_window.workspace.current() == "committee"
    assert "3 miembros" in committee.summary.text() and "26 juicios por miembro" in committee.summary.text()
    members = committee.members.model
    assert [members.index(r, 0).data() for r in range(3)] == ["M1", "M2", "M3"]
    assert members.index(1, 4).data() == "26 / 26"
    imported = len(session.trail)
    assert imported == 78 and {e.event for e in session.trail.entries} == {"import"}

    # consistency repair: M2's Importancia block is above 0.10, with an ordinal cycle named
    panel = committee.judgments
    committee.tabs.setCurrentWidget(panel)
    _select(panel, "M2", "Importancia")
    assert panel.cr_label.property("level") in ("warn", "bad")
    assert "I1 > I3 > I4 > I1" in panel.cycles_label.text()
    assert len(panel.suggestions) == 3
    first = panel.suggestions[0]
    before = session.cr_of("M2", "Importancia")
    label, button = panel.repair_rows[0]
    assert "Empleo directo" in label.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert h.judgment(doc.problem, "M2", "criteria", first.row, first.col) == pytest.approx(first.suggested)
    assert session.cr_of("M2", "Importancia") == pytest.approx(first.cr_if_applied)
    assert session.cr_of("M2", "Importancia") < before
    row = session.trail.entries[-1]
    assert (row.member, row.a, row.b, row.event, row.round) == ("M2", first.row, first.col, "repair", 1)
    assert "Corregir" in sample_window.undo_action.text()
    sample_window.undo_action.trigger()  # one click applied it, one Ctrl+Z takes it back
    assert session.cr_of("M2", "Importancia") == pytest.approx(before)
    assert session.trail.entries[-1].event == "undo" and len(session.trail) == imported + 2
    assert session.trail.verify_chain() == []

    # aggregation: each member's weights beside the committee's, voting weights applied
    agg = committee.aggregation
    headers = agg.weights_model.headers
    assert headers[-1] == "Comité" and "M2 (voto 1)" in headers
    assert agg.weights_model.headerData(headers.index("M2 (voto 1)"), Qt.Orientation.Horizontal,
                                        Qt.ItemDataRole.ToolTipRole) == "Cámara de Comercio"
    committee_before = session.result.weights.copy()
    assert members.setData(members.index(2, 3), "3")  # the university's vote triples
    assert "M3 (voto 3)" in agg.weights_model.headers
    assert not math.isclose(session.result.weights["G4"], committee_before["G4"])
    m3 = session.result.member("M3").weights
    assert abs(session.result.weights["G4"] - m3["G4"]) < abs(committee_before["G4"] - m3["G4"])
    agg.aggregation.setCurrentIndex(agg.aggregation.findData("aip"))
    agg.aggregation.activated.emit(agg.aggregation.currentIndex())
    assert doc.problem.settings["ahp.aggregation"] == "aip" and session.result.aggregation == "aip"
    cr_rows = [r for r in agg.weights_model.rows if str(r[0]).startswith("RC ")]
    assert len(cr_rows) == 5 and cr_rows[1][3] > 0.10  # Cámara de Comercio, Importancia


def test_meeting_mode_by_keyboard(qtbot: Any, sample_window: Any, committee: Any) -> None:
    doc = sample_window.document
    meeting = committee.open_meeting("M1", 0)
    qtbot.waitExposed(meeting)
    first = meeting.items[0]
    assert meeting.progress_label.text() == "Par 1 de 26"
    assert meeting.a_label.text() == first.a and meeting.b_label.text() == first.b
    assert h.judgment(doc.problem, "M1", first.level, first.a, first.b) == 2.0
    qtbot.keyClick(meeting, Qt.Key.Key_Right)  # 2 -> equal
    qtbot.keyClick(meeting, Qt.Key.Key_Right)  # equal -> B slightly more important
    assert h.judgment(doc.problem, "M1", first.level, first.a, first.b) == pytest.approx(0.5)
    qtbot.keyClick(meeting, Qt.Key.Key_7)  # intensity on B's side
    assert h.judgment(doc.problem, "M1", first.level, first.a, first.b) == pytest.approx(1 / 7)
    assert "muchísimo más importante" in meeting.sentence.text()
    qtbot.keyClick(meeting, Qt.Key.Key_Return)
    assert meeting.progress_label.text() == "Par 2 de 26"
    qtbot.keyClick(meeting, Qt.Key.Key_Delete)  # no answer: the block is completed from the others
    second = meeting.items[1]
    assert math.isnan(h.judgment(doc.problem, "M1", second.level, second.a, second.b))
    assert meeting.progress.value() == 25
    qtbot.keyClick(meeting, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the deletion
    assert h.judgment(doc.problem, "M1", second.level, second.a, second.b) == 1.0
    qtbot.keyClick(meeting, Qt.Key.Key_Up)
    assert meeting.index == 0
    events = [e.event for e in committee.session.trail.entries[78:]]
    assert events[:2] == ["meeting", "meeting"] and "undo" in events
    with qtbot.waitSignal(meeting.closed):
        qtbot.keyClick(meeting, Qt.Key.Key_Escape)


def test_a_member_added_in_the_gui_answers_in_meeting_mode(qtbot: Any, sample_window: Any, committee: Any) -> None:
    doc = sample_window.document
    new = committee.members.add_member()
    assert new == "M4" and committee.members.model.rowCount() == 4
    model = committee.members.model
    assert model.setData(model.index(3, 1), "Sociedad civil")
    assert doc.problem.members[-1].name == "Sociedad civil"
    meeting = committee.open_meeting("M4", 0)
    for _ in range(len(meeting.items)):
        qtbot.keyClick(meeting, Qt.Key.Key_3)  # every first item moderately more important
        qtbot.keyClick(meeting, Qt.Key.Key_Return)
    meeting.close()
    result = committee.session.result
    m4 = result.member("M4")
    assert m4 is not None and m4.ok
    assert "M4 (voto 1)" in committee.aggregation.weights_model.headers
    assert "Sociedad civil" in committee.aggregation.weights_model.header_tips
    assert model.index(3, 4).data() == "26 / 26"
    assert len(result.members) == 4 and committee.session.consensus.nodes["grupos"].k == 4


def test_rounds_compare_side_by_side(qtbot: Any, committee: Any) -> None:
    panel = committee.consensus
    committee.tabs.setCurrentWidget(panel)
    assert "Consenso del comité" in panel.overall.text()
    assert panel.disagreement_model.rowCount() == 26
    top = panel.disagreement_model.rows[0]
    assert top[-1] == "sí"  # the pair discussed first has members on both sides
    panel.round_label.setText("Primera votación")
    qtbot.mouseClick(panel.save_round_button, Qt.MouseButton.LeftButton)
    assert committee.session.rounds[0].label == "Primera votación" and committee.session.round_number == 2
    before = committee.session.consensus.overall
    pairs = committee.judgments.pairs_model
    _select(committee.judgments, "M2", "Importancia")
    assert len(pairs.items) == 10  # the table shows the chosen block's pairs
    row = next(k for k, x in enumerate(pairs.items) if (x.a, x.b) == ("I1", "I5"))
    assert pairs.setData(pairs.index(row, 4), "2")  # M2 comes round to the others' view
    assert committee.session.consensus.overall > before
    assert panel.round_a.currentData() == 1 and panel.round_b.currentData() == -1
    assert "Juicios cambiados: 1" in panel.compare_label.text()
    i1 = next(r for r in panel.compare_model.rows if r[0] == "I1")
    assert i1[3] > 0 and committee.session.trail.entries[-1].round == 2


def test_questionnaires_out_and_back_in(qtbot: Any, committee: Any, tmp_path: Path) -> None:
    from mcda.committee.questionnaire import option

    written = committee.members.export_questionnaires(tmp_path)
    assert sorted(p.name for p in written) == ["cuestionario_M1.xlsx", "cuestionario_M2.xlsx",
                                               "cuestionario_M3.xlsx"]
    wb = openpyxl.load_workbook(written[1])
    ws = wb["Cuestionario"]
    r = next(k for k in range(2, ws.max_row + 1) if (ws.cell(k, 8).value, ws.cell(k, 9).value) == ("I1", "I4"))
    ws.cell(r, 5).value = option(3.0)
    ws.cell(r, 6).value = "Revisado tras la reunión"
    wb.save(written[1])
    bad = tmp_path / "malo.xlsx"
    wb2 = openpyxl.load_workbook(written[0])
    wb2["Cuestionario"]["E5"] = "bastante"
    wb2.save(bad)
    doc = committee.session.document
    assert not committee.members.import_questionnaires([written[1], bad])
    assert "Cuestionario!E5" in committee.members.messages.text()
    assert h.judgment(doc.problem, "M2", "criteria", "I1", "I4") == pytest.approx(1 / 3)  # nothing merged
    assert committee.members.import_questionnaires(written)
    assert h.judgment(doc.problem, "M2", "criteria", "I1", "I4") == pytest.approx(3.0)
    last = committee.session.trail.entries[-1]
    assert (last.event, last.reason, last.member) == ("questionnaire", "Revisado tras la reunión", "M2")
    assert last.source.startswith("cuestionario_M2.xlsx!Cuestionario!E")


def test_the_export_carries_the_session_audit_trail_and_verifies(qtbot: Any, sample_window: Any, committee: Any,
                                                                  tmp_path: Path) -> None:
    from mcda.committee.integrity import verify

    panel = committee.judgments
    _select(panel, "M2", "Importancia")
    panel.apply_suggestion(0)
    from tests.desktop.conftest import wait_results

    wait_results(qtbot, sample_window)
    ws = sample_window.workspace
    ws.go_to("export")
    export = ws.views["export"]
    target = tmp_path / "acta.xlsx"
    export.path_edit.setText(str(target))
    with qtbot.waitSignal(export.exported, timeout=30_000):
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert verify(target) == []
    rows = list(openpyxl.load_workbook(target)["Auditoria"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 79 and rows[-1][10] == "repair" and rows[-1][2] == "M2"


def test_judgments_in_words_in_numbers_and_in_the_matrix(qtbot: Any, sample_window: Any, committee: Any) -> None:
    doc = sample_window.document
    panel = committee.judgments
    _select(panel, "M3", "Riesgo")
    pairs = panel.pairs_model
    row = next(k for k, x in enumerate(pairs.items) if (x.a, x.b) == ("R1", "R2"))
    assert pairs.setData(pairs.index(row, 2), 5.0)  # the verbal choice's value: "mucho más importante"
    assert "mucho más importante" in pairs.index(row, 2).data()
    assert h.judgment(doc.problem, "M3", "criteria", "R1", "R2") == 5.0
    assert pairs.setData(pairs.index(row, 4), "1/4")  # typed as a number
    assert h.judgment(doc.problem, "M3", "criteria", "R2", "R1") == pytest.approx(4.0)
    assert not pairs.setData(pairs.index(row, 4), "mucho")
    matrix = panel.matrix_model
    assert matrix.headers[:3] == ["R1", "R2", "R3"]
    assert not matrix.flags(matrix.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert matrix.setData(matrix.index(2, 0), "2")  # R3 twice as important as R1, typed in the matrix
    assert h.judgment(doc.problem, "M3", "criteria", "R1", "R3") == pytest.approx(0.5)
    assert matrix.index(0, 2).data() == "1/2"
    assert matrix.setData(matrix.index(2, 0), "")  # cleared: the block is completed from the rest
    assert math.isnan(h.judgment(doc.problem, "M3", "criteria", "R1", "R3"))
    assert "Falta 1 de 3 comparaciones; se estima" in panel.cr_label.text()
    assert [e.event for e in committee.session.trail.entries[-4:]] == ["edit"] * 4


def test_the_saved_session_keeps_the_trail_and_the_rounds(qtbot: Any, sample_window: Any, committee: Any,
                                                           tmp_path: Path) -> None:
    from desktop import fileio
    from tests.desktop.conftest import wait_results

    doc = sample_window.document
    committee.consensus.round_label.setText("Inicial")
    committee.consensus.save_round()
    panel = committee.judgments
    _select(panel, "M2", "Importancia")
    panel.apply_suggestion(0)
    rows_before = len(committee.session.trail)
    target = tmp_path / "sesion.xlsx"
    fileio.save_session(doc.problem, target)
    doc.undo_stack.setClean()
    wait_results(qtbot, sample_window, lambda: sample_window.files.open_path(target))
    session = sample_window.committee.session
    assert len(session.trail) == rows_before and session.trail.verify_chain() == []
    assert session.trail.entries[-1].event == "repair"
    assert [r.label for r in session.rounds] == ["Inicial"] and session.round_number == 2


def test_ranking_with_or_without_the_committees_weights(qtbot: Any, sample_window: Any, committee: Any) -> None:
    from desktop import session as prefs
    from tests.desktop.conftest import wait_results

    doc = sample_window.document
    agg = committee.aggregation
    assert prefs.weight_mode(doc.problem) == "ahp"  # a workbook with the committee's judgments ranks with them
    outcome = wait_results(qtbot, sample_window)
    assert outcome.analysis.weights.method == "ahp_hierarchical"
    assert "pesos del comité" in agg.status.text() and not agg.use_button.isEnabled()
    sample_window.workspace.views["weights"].set_equal()
    assert prefs.weight_mode(doc.problem) == "equal"
    assert agg.use_button.isEnabled() and "otros pesos" in agg.status.text()
    qtbot.mouseClick(agg.use_button, Qt.MouseButton.LeftButton)
    outcome = wait_results(qtbot, sample_window)
    assert prefs.weight_mode(doc.problem) == "ahp" and outcome.analysis.weights.method == "ahp_hierarchical"
