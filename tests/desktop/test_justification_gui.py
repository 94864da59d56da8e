"""Lista justificada in the Exportar step: the engine's text for each cluster, the committee's
annotation and policy text kept apart (undoable, saved in the session, exported), editable risk
thresholds, and the PDF report written off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest


def panel_of(qtbot: Any, window: Any) -> Any:
    ws = window.workspace
    export = ws.views["export"]
    panel = export.justification
    if panel.justification is None or panel._shown_for is not ws.ranker.latest:
        with qtbot.waitSignal(panel.ready, timeout=60_000):
            ws.go_to("export")
            export.show_justification()
    return panel


def wait_ready(qtbot: Any, window: Any, panel: Any) -> None:
    """Wait until the panel shows the justification of the current ranking."""
    ranker = window.workspace.ranker
    qtbot.waitUntil(lambda: ranker.up_to_date() and panel._shown_for is ranker.latest, timeout=60_000)


def test_panel_shows_the_engines_justification(qtbot: Any, sample_window: Any) -> None:
    from mcda import session
    from mcda.justification import justify_analysis
    from mcda.justification.render import Renderer

    panel = panel_of(qtbot, sample_window)
    latest = sample_window.workspace.ranker.latest
    order = latest.analysis.main.order
    assert panel.clusters.count() == len(order)
    assert [panel.clusters.item(i).data(256) for i in range(panel.clusters.count())] == order
    expected = justify_analysis(latest.analysis, session.export_sensitivity(latest.analysis))
    first = expected[order[0]]
    text = panel.text_view.toPlainText()
    assert Renderer(expected.problem, "es").text(first).replace("\u00a0", " ") in text  # Qt shows NBSP as space
    assert "Sugerencia de política (editable)" in text
    assert panel.policy_edit.placeholderText().startswith("Sugerencia de política (editable)")


def test_annotation_is_one_undo_step_saved_and_exported(qtbot: Any, sample_window: Any, tmp_path: Path) -> None:
    doc = sample_window.document
    panel = panel_of(qtbot, sample_window)
    cid = panel.current_id()
    qtbot.keyClicks(panel.note_edit, "Revisar empleo")
    panel.flush()
    assert doc.problem.settings[f"note.{cid}"] == "Revisar empleo"
    assert doc.undo_stack.undoText().startswith("Anotación de")
    qtbot.keyClicks(panel.note_edit, " con la DRTPE")
    qtbot.waitUntil(lambda: doc.problem.settings.get(f"note.{cid}") == "Revisar empleo con la DRTPE",
                    timeout=30_000)
    doc.undo_stack.undo()  # both bursts of typing merge into one step
    assert f"note.{cid}" not in doc.problem.settings
    assert panel.note_edit.toPlainText() == ""
    doc.undo_stack.redo()
    assert panel.note_edit.toPlainText() == "Revisar empleo con la DRTPE"
    # exported beside (not inside) the generated text
    wait_ready(qtbot, sample_window, panel)
    export = sample_window.workspace.views["export"]
    target = tmp_path / "prioridades.xlsx"
    export.path_edit.setText(str(target))
    with qtbot.waitSignal(export.exported, timeout=60_000):
        export.export()
    ws = openpyxl.load_workbook(target)["Prioridades"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] == cid)
    assert row[header.index("anotaciones del comite")] == "Revisar empleo con la DRTPE"
    assert "DRTPE" not in row[header.index("justificacion")]


def test_a_ranking_arriving_while_typing_keeps_the_typed_text(qtbot: Any, sample_window: Any) -> None:
    """Regression: the first burst of an annotation re-ranks; when that ranking came back while the
    committee was typing the second burst, the panel reloaded the stored text over the edit and the
    words typed meanwhile were lost (seen on a loaded CI machine)."""
    doc = sample_window.document
    panel = panel_of(qtbot, sample_window)
    cid = panel.current_id()
    qtbot.keyClicks(panel.note_edit, "Primera parte")
    panel.flush()
    qtbot.keyClicks(panel.note_edit, " y segunda")
    assert panel._timers["note"].isActive()
    qtbot.keyClicks(panel.policy_edit, "Politica en curso")
    panel._show_cluster()  # what a finished ranking does (ready -> _show -> _show_cluster)
    panel._on_problem(doc.problem)
    assert panel.note_edit.toPlainText() == "Primera parte y segunda"
    assert panel.policy_edit.toPlainText() == "Politica en curso"
    wait_ready(qtbot, sample_window, panel)  # and through the real re-ranking
    assert panel.note_edit.toPlainText() == "Primera parte y segunda"
    panel.flush()
    assert doc.problem.settings[f"note.{cid}"] == "Primera parte y segunda"
    assert doc.problem.settings[f"policy.{cid}"] == "Politica en curso"


def test_text_typed_for_a_cluster_that_leaves_the_list_is_kept(qtbot: Any, sample_window: Any) -> None:
    """A value emptied under the policy "exclude" takes the cluster out of the ranking; the note being
    typed for it when the new ranking arrives is applied to that cluster, not lost or moved."""
    import math

    from desktop.operations import set_setting, set_value
    from mcda import session

    doc = sample_window.document
    panel = panel_of(qtbot, sample_window)
    panel.clusters.setCurrentRow(2)
    cid = panel.current_id()
    doc.apply(set_setting("exclude", session.MISSING_POLICY, "exclude"))
    wait_ready(qtbot, sample_window, panel)
    panel._timers["note"].setInterval(600_000)  # only the arriving ranking can apply it
    qtbot.keyClicks(panel.note_edit, "Revisar datos")
    doc.apply(set_value("vaciar", cid, doc.problem.criterion_ids[0], math.nan))
    wait_ready(qtbot, sample_window, panel)
    assert cid not in panel.justification.order
    assert doc.problem.settings.get(f"note.{cid}") == "Revisar datos"
    assert not any(k.startswith("note.") and k != f"note.{cid}" for k in doc.problem.settings)


def test_policy_text_replaces_the_suggestion(qtbot: Any, sample_window: Any) -> None:
    doc = sample_window.document
    panel = panel_of(qtbot, sample_window)
    panel.clusters.setCurrentRow(1)
    cid = panel.current_id()
    qtbot.keyClicks(panel.policy_edit, "Programa de proveedores con el CITE.")
    panel.flush()
    assert doc.problem.settings[f"policy.{cid}"] == "Programa de proveedores con el CITE."
    wait_ready(qtbot, sample_window, panel)
    assert "Política acordada por el comité: Programa de proveedores con el CITE." in panel.text_view.toPlainText()
    panel.policy_reset.click()
    panel.flush()
    assert f"policy.{cid}" not in doc.problem.settings


def test_risk_threshold_is_an_undoable_setting(qtbot: Any, sample_window: Any) -> None:
    doc = sample_window.document
    panel = panel_of(qtbot, sample_window)
    assert set(panel.spins) == {"R1", "R2", "R3"}
    assert panel.spins["R1"].value() == 2500
    panel.spins["R1"].setValue(5000)
    assert doc.problem.settings["risk.R1"] == "5000"
    wait_ready(qtbot, sample_window, panel)
    flagged = [f.cluster for f in panel.justification.clusters for f in f.risks if f.criterion == "R1"]
    assert flagged == []  # the sample's largest HHI is 4 800
    panel.spins["R1"].setValue(panel.spins["R1"].minimum())  # "sin alerta"
    assert doc.problem.settings["risk.R1"] == "off"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert "risk.R1" not in doc.problem.settings
    assert panel.spins["R1"].value() == 2500


def test_pdf_is_written_off_the_gui_thread(qtbot: Any, sample_window: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.views import export_view

    threads: list[threading.Thread] = []
    original = export_view.write_pdf

    def spy(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return original(*args)

    monkeypatch.setattr(export_view, "write_pdf", spy)
    export = sample_window.workspace.views["export"]
    sample_window.workspace.go_to("export")
    export.path_edit.setText(str(tmp_path / "prioridades.xlsx"))
    with qtbot.waitSignal(export.pdfExported, timeout=120_000) as blocker:
        export.pdf_button.click()
    path = Path(blocker.args[0])
    assert path == tmp_path / "prioridades.pdf"
    assert path.read_bytes().startswith(b"%PDF-")
    assert threads and threads[0] is not threading.main_thread()
    assert "prioridades.pdf" in export.status.text()


def test_every_risk_rule_has_a_threshold_spin() -> None:
    from desktop.views.justification_panel import THRESHOLD_SPINS
    from mcda.justification.risk import DEFAULT_THRESHOLDS

    assert set(THRESHOLD_SPINS) == set(DEFAULT_THRESHOLDS)
    for cid, (maximum, _step, _decimals) in THRESHOLD_SPINS.items():
        assert 0 < DEFAULT_THRESHOLDS[cid] < maximum


def test_panel_quotes_the_sensitivity_run_the_export_writes(qtbot: Any, sample_window: Any, tmp_path: Path) -> None:
    """Regression (docs/img/09b-lista-justificada.png): the panel kept the text written with the
    export's own 2,000-sample analysis after a Sensibilidad run, while the export quoted that run:
    the committee annotated one text and signed another.  After a run of N samples the panel must
    quote N and hold, cluster by cluster, the export's justification column."""
    from mcda import session

    ws = sample_window.workspace
    panel = panel_of(qtbot, sample_window)  # written with the export's own analysis
    assert f"{session.EXPORT_SAMPLES:,} simulaciones" in panel.text_view.toPlainText()
    samples = 1500
    view = ws.views["sensitivity"]
    ws.go_to("sensitivity")
    view.controls.samples.setValue(samples)
    view.controls.seed.setValue(77)
    with qtbot.waitSignal(view.finished, timeout=120_000):
        view.controls.run_button.click()
    # the finished run reaches the panel although the Exportar step is not shown
    qtbot.waitUntil(lambda: "1,500 simulaciones" in panel.text_view.toPlainText(), timeout=60_000)
    ws.go_to("export")
    export = ws.views["export"]
    target = tmp_path / "prioridades.xlsx"
    export.path_edit.setText(str(target))
    assert export.export()
    sheet = openpyxl.load_workbook(target, read_only=True)["Prioridades"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    column = {r[1]: r[header.index("justificacion")] for r in rows[1:]}
    policy = {r[1]: r[header.index("sugerencia de politica")] for r in rows[1:]}
    assert len(column) == panel.clusters.count()
    for row in range(panel.clusters.count()):
        panel.clusters.setCurrentRow(row)
        blocks = panel.text_view.toPlainText().replace("\u00a0", " ").split("\n")
        cid = panel.current_id()
        assert " ".join(blocks[:-1]) == column[cid].replace("\u00a0", " ")
        assert blocks[-1] == policy[cid].replace("\u00a0", " ")


def test_the_committees_words_keep_the_sensitivity_run_current(qtbot: Any, sample_window: Any,
                                                                tmp_path: Path) -> None:
    """Regression (the flow of docs/img/09b): an annotation, a policy text or a risk threshold changes
    only what is written about the ranking, not the ranking or its sensitivity; it marked the
    Sensibilidad run out of date, so the export replaced it by its own 2,000-sample analysis."""
    ws = sample_window.workspace
    doc = sample_window.document
    view = ws.views["sensitivity"]
    ws.go_to("sensitivity")
    view.controls.samples.setValue(1500)
    with qtbot.waitSignal(view.finished, timeout=120_000) as blocker:
        view.controls.run_button.click()
    run = blocker.args[0]
    panel = panel_of(qtbot, sample_window)
    cid = panel.current_id()
    qtbot.keyClicks(panel.note_edit, "Revisar empleo")
    qtbot.keyClicks(panel.policy_edit, "Programa de proveedores.")
    panel.flush()
    panel.spins["R1"].setValue(5000)
    assert doc.problem.settings[f"note.{cid}"] == "Revisar empleo" and doc.problem.settings["risk.R1"] == "5000"
    wait_ready(qtbot, sample_window, panel)
    assert not view.stale and view.current_sensitivity() is run.result
    export = ws.views["export"]
    assert export.sensitivity_for(ws.ranker.latest) is run.result
    assert "1,500 simulaciones" in panel.text_view.toPlainText()
    # a change of what is ranked still makes it out of date
    ws.views["weights"].sliders.spins[0].setValue(15.0)
    assert view.stale and view.current_sensitivity() is None
