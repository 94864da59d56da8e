"""The Seguimiento step with two rounds (issue 9 items 1-5): the sample session as baseline and the
bundled follow-up sample, then a baseline file with the edited session as the later round.

The expected differences are those of the follow-up sample's generator
(``mcda.monitoring.sample_followup``: one cluster added, one removed, criterion R4 added).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

import resources
from desktop.models.monitoring_models import ChangesModel, MovesModel, TargetsModel
from mcda.monitoring.targets import Target, targets_from_settings
from tests.desktop.conftest import wait_results

FOLLOWUP = resources.path("sample", "clusters_peru_seguimiento.xlsx")


@pytest.fixture
def view(qtbot: Any, sample_window: Any) -> Any:
    ws = sample_window.workspace
    ws.go_to("monitoring")
    return ws.views["monitoring"]


def test_session_baseline_and_followup_round(qtbot: Any, sample_window: Any, view: Any) -> None:
    doc = sample_window.document
    assert "Agregue una ronda" in view.summary.text()
    view.mark_date.setDate(QDate(2023, 12, 31))
    view.mark_button.click()  # undoable: the session is marked as the baseline
    assert doc.problem.settings["monitoring.baseline"] == "true"
    assert doc.problem.settings["monitoring.date"] == "2023-12-31"
    wait_results(qtbot, sample_window)
    assert view.add_round(FOLLOWUP)
    c = view.comparison
    assert (c.added_clusters, c.removed_clusters, c.added_criteria) == (("TRUCHA-PUN",), ("TURNAT-MDD",), ("R4",))
    assert "TRUCHA-PUN" in view.summary.text() and "TURNAT-MDD" in view.summary.text()
    changes = view.tabs.changes_model
    assert changes.rowCount() == len(c.changed) > 0
    verdict = ChangesModel.COLUMNS.index("verdict")
    colours = {changes.data(changes.index(r, verdict)): changes.data(changes.index(r, verdict),
                                                                      Qt.ItemDataRole.BackgroundRole).name()
               for r in range(changes.rowCount())}
    assert colours == {"mejor": "#1b7f3b", "peor": "#c0392b"}
    view.tabs.all_values.setChecked(True)
    assert changes.rowCount() == len(c.changes)
    moves = view.tabs.moves_model
    assert moves.rowCount() == 21  # 20 of the baseline + the added cluster
    row = [moves.rows[i][0] for i in range(moves.rowCount())].index("TUR-CUS")
    effect = moves.data(moves.index(row, MovesModel.COLUMNS.index("data_effect")))
    assert effect.startswith("▲")  # Cusco tourism recovered: its data move it up

    view.tabs.setCurrentIndex(1)  # the slope chart is drawn when shown
    assert view.tabs.slope.canvas is not None and len(view.tabs.slope.lines) == 21
    view.tabs.setCurrentIndex(2)
    index = view.tabs.trend_combo.findData("TUR-CUS")
    view.tabs.trend_combo.setCurrentIndex(index)
    view.tabs.trend_combo.activated.emit(index)
    assert view.tabs.trend.panels == 15  # 14 criteria of the baseline + R4 of the follow-up

    sample_window.undo_action.trigger()  # undo the mark (the round stays loaded)
    assert "monitoring.baseline" not in doc.problem.settings


def test_targets_are_undoable_and_saved(qtbot: Any, sample_window: Any, view: Any, tmp_path: Path) -> None:
    from desktop import fileio

    doc = sample_window.document
    view.add_round(FOLLOWUP)
    view.tabs.setCurrentIndex(3)
    editor = view.tabs.targets
    editor.cluster_combo.setCurrentIndex(editor.cluster_combo.findData("TUR-CUS"))
    editor.criterion_combo.setCurrentIndex(editor.criterion_combo.findData("I5"))
    editor.value_edit.setText("1500")
    editor.date_edit.setDate(QDate(2027, 12, 31))
    count = doc.undo_stack.count()
    assert editor.add()
    assert doc.undo_stack.count() == count + 1
    assert targets_from_settings(doc.problem) == [Target("TUR-CUS", "I5", 1500.0, dt.date(2027, 12, 31))]
    wait_results(qtbot, sample_window)
    model: TargetsModel = editor.model
    assert model.rowCount() == 1
    # I5 of Cusco: 980 at the baseline (2023), 1 250 in 2025: (1250 − 980) / (1500 − 980) ≈ 52 %
    assert view.progress[0].progress == pytest.approx(270 / 520)
    date_col = TargetsModel.COLUMNS.index("target")
    assert model.setData(model.index(0, date_col), 1400.0)  # an edit in the table is an operation too
    assert targets_from_settings(doc.problem)[0].value == 1400.0
    sample_window.undo_action.trigger()
    assert targets_from_settings(doc.problem)[0].value == 1500.0
    saved = tmp_path / "sesion.xlsx"
    sample_window.files._save_to(saved)
    assert targets_from_settings(fileio.read(saved).problem) == [Target("TUR-CUS", "I5", 1500.0,
                                                                        dt.date(2027, 12, 31))]
    assert "Metas" in openpyxl.load_workbook(saved).sheetnames
    editor.table.selectRow(0)
    assert editor.remove_selected()
    assert targets_from_settings(doc.problem) == []


def test_baseline_file_and_session_as_latest_round(qtbot: Any, sample_window: Any, view: Any,
                                                   tmp_path: Path) -> None:
    from desktop.operations import set_value
    from mcda import session

    base = tmp_path / "base.xlsx"
    session.export(base, session.run(sample_window.document.problem), input_sha256=None)
    assert view.open_baseline(base)
    assert view.base_combo.currentData() == "file"
    assert view.rounds.later and view.comparison.changed.empty  # the session is the baseline's data
    sample_window.document.apply(set_value("editar", "QUINUA-PUN", "I5", 9800.0))  # as much as the largest exporter
    wait_results(qtbot, sample_window)  # the step refreshes with the new ranking
    rows = view.comparison.changed
    assert rows[["cluster", "criterion", "base", "new"]].values.tolist() == [["QUINUA-PUN", "I5", 45.0, 9800.0]]
    assert view.comparison.ranking.loc["QUINUA-PUN", "data_effect"] > 0
    out = tmp_path / "seguimiento.xlsx"
    assert view.export(out)
    wb = openpyxl.load_workbook(out)
    assert wb.active.title == "Seguimiento" and "Clusters" in wb.sheetnames
    pdf = tmp_path / "informe.pdf"
    job = view.report(pdf)  # the session's PDF report with its Seguimiento section, off the GUI thread
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=180_000):
        pass
    assert "Listo" in view.status.text() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        section = text.split("8. Seguimiento")[1]
        assert "Quinua Puno" in section and "Exportaciones" in section  # the changed value is listed


def test_unreadable_round_is_reported(view: Any, dialogs: Any, tmp_path: Path) -> None:
    assert not view.add_round(tmp_path / "no_existe.xlsx")
    assert "no_existe.xlsx" in dialogs.texts()


def test_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, sample_window: Any, view: Any) -> None:
    view.add_round(FOLLOWUP)
    view.tabs.targets.value_edit.setText("2")
    view.tabs.targets.add()
    wait_results(qtbot, sample_window)
    for model in (view.tabs.changes_model, view.tabs.moves_model, view.tabs.targets.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
