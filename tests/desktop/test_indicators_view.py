"""Indicadores step: load raw data, choose region and years, formulas, problems with sheet and
cell, the LQ map, push into the decision matrix as one undoable step, new problem from indicators.

The raw data are the illustrative sample (resources/sample/datos_brutos_muestra.xlsx); the
location quotient checked by hand follows domain.md §3, LQ = (e_ir / e_r) / (E_i / E), with the
employment read straight from the workbook's Empleo sheet (the engine's own published checks —
REAT locq, Miller & Blair — are in tests/mcda/test_indicators_*.py).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.models.indicators_state import sample_path
from desktop.models.indicators_table import COLUMN_ROLE


def _wait(qtbot: Any, view: Any, action: Any) -> None:
    """Run ``action`` and wait until the session's background work ended."""
    with qtbot.waitSignal(view.session.busyChanged, timeout=30_000, check_params_cb=lambda busy: not busy):
        action()


def _hand_lq(region: str, sector: str, year: int) -> float:
    """LQ of one sector in one region from the sample's Empleo sheet (domain.md §3)."""
    wb = openpyxl.load_workbook(sample_path(), read_only=True)
    rows = list(wb["Empleo"].iter_rows(min_row=2, values_only=True))
    wb.close()
    rows = [r for r in rows if r[2] == year]
    e_ir = sum(r[3] for r in rows if r[0] == region and r[1] == sector)
    e_r = sum(r[3] for r in rows if r[0] == region)
    e_i = sum(r[3] for r in rows if r[1] == sector)
    e = sum(r[3] for r in rows)
    return (e_ir / e_r) / (e_i / e)


@pytest.fixture
def view(qtbot: Any, sample_window: Any) -> Any:
    """The Indicadores step of the window with the decision sample, the raw sample loaded."""
    ws = sample_window.workspace
    ws.go_to("indicators")
    v = ws.views["indicators"]
    _wait(qtbot, v, v.sample_button.click)
    return v


def _select(table: Any, row: int, column: int) -> None:
    index = table.model().index(row, column)
    table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_push_into_the_sample_problem_and_undo(view: Any, sample_window: Any) -> None:
    doc = sample_window.document
    before = doc.problem
    assert view.clusters_model.rowCount() == 20 and view.sectors_model.rowCount() == 28
    assert "20 clústeres" in view.status.text()
    assert view.criteria.chosen() == ["I1", "I4", "I5", "L1", "L2", "G1", "G2", "R1", "R2", "R3"]
    assert view.push_button.isEnabled()
    view.push_button.click()
    after = doc.problem
    # Café Selva Central is the sector «Café» in Junín: its LQ by hand from the Empleo sheet.
    expected = _hand_lq("Junín", "Café", 2023)
    assert after.value("CAFE-JUN", "I4") == pytest.approx(expected, rel=1e-12)
    # the unrounded LQ replaces the decision sample's, which is the same rounded to 0.01
    assert after.value("CAFE-JUN", "I4") != before.value("CAFE-JUN", "I4")
    assert round(after.value("CAFE-JUN", "I4"), 2) == before.value("CAFE-JUN", "I4")
    lq = after.criterion("I4")
    assert "LQ = (e_c / e_r) / (E_c / E)" in lq.description
    assert "datos_brutos_muestra.xlsx" in lq.source and lq.year == "2023"
    assert after.criterion("G1").year == "2018–2023"
    # the committee's weight, group and name are kept
    assert lq.weight == before.criterion("I4").weight and lq.group == before.criterion("I4").group
    assert after.criterion_ids == before.criterion_ids  # all ten replaced, none added
    assert "10 reemplazados" in view.result.text()
    assert sample_window.undo_action.text() == "Deshacer Indicadores: añadir o reemplazar 10 criterios"
    sample_window.undo_action.trigger()
    assert doc.problem == before
    sample_window.redo_action.trigger()
    assert doc.problem == after


def test_a_new_criterion_is_added_with_unanswered_comparisons(view: Any, sample_window: Any) -> None:
    doc = sample_window.document
    before = doc.problem
    view.criteria.set_chosen(["I4", "RSCA"])
    assert "nuevo" in view.criteria.item(view.criteria.count() - 3).text()
    assert view.push()
    p = doc.problem
    assert p.criterion_ids == before.criterion_ids + ["RSCA"]
    assert -1 <= p.value("MIN-SUR", "RSCA") <= 1
    for j in p.judgments:
        if j.level == "criteria":
            assert j.labels[-1] == "RSCA" and math.isnan(j.matrix[0][-1]) and j.matrix[-1][-1] == 1.0
    assert "1 criterios añadidos y 1 reemplazados" in view.result.text()
    sample_window.undo_action.trigger()
    assert doc.problem == before


def test_region_and_years_recompute(qtbot: Any, view: Any) -> None:
    combo = view.region_combo
    assert combo.itemText(0) == "Cada clúster en su región" and combo.count() == 18
    assert view.year_combo.currentData() == 2023 and view.base_combo.currentData() == 2018
    row = combo.findData("Junín")
    combo.setCurrentIndex(row)
    _wait(qtbot, view, lambda: combo.activated.emit(row))
    assert view.session.report.region == "Junín"
    assert view.clusters_model.rows == ["MIN-CEN", "CAFE-JUN"]
    # with a region the sector table has the region's LQ and shift-share
    col = view.sectors_model.column_of("lq")
    assert col >= 0
    cafe = view.sectors_model.row_of("Café")
    assert view.sectors_model.value(cafe, col) == pytest.approx(_hand_lq("Junín", "Café", 2023))
    assert view.sectors_model.column_of("competitive") >= 0
    assert combo.currentData() == "Junín"


def test_formula_panel_explains_the_selected_indicator(view: Any) -> None:
    table = view.clusters_table
    col = view.clusters_model.column_of("lq")
    assert table.model().headerData(col, Qt.Orientation.Horizontal) == "Cociente de localización (I4)"
    assert table.model().headerData(col, Qt.Orientation.Horizontal, COLUMN_ROLE) == "lq"
    assert table.model().headerData(0, Qt.Orientation.Vertical) == "MIN-SUR"  # the code stays in view
    _select(table, 0, col)
    text = view.formula.toPlainText()
    assert "LQ = (e_c / e_r) / (E_c / E)" in text
    assert "Hojas: Empleo, Mapeo" in text and "Años: 2023" in text
    assert "criterio I4" in text and "beneficio" in text
    view.tabs.setCurrentWidget(view.sectors_table)
    _select(view.sectors_table, 0, view.sectors_model.column_of("bl"))
    text = view.formula.toPlainText()
    assert "L = (I − A)⁻¹" in text and "Hojas: Insumo-Producto" in text
    # a criterion in the checklist explains its column
    view.criteria.setCurrentRow(view.criteria.count() - 1)  # CR1
    assert "mayor empresa" in view.formula.toPlainText()


def test_lq_heatmap(qtbot: Any, view: Any) -> None:
    view.tabs.setCurrentWidget(view.heatmap)
    qtbot.waitUntil(lambda: view.heatmap.canvas is not None)
    assert len(view.heatmap.regions) == 17 and len(view.heatmap.clusters) == 20
    i, j = view.heatmap.regions.index("Junín"), view.heatmap.clusters.index("CAFE-JUN")
    assert view.heatmap.values[i, j] == pytest.approx(_hand_lq("Junín", "Café", 2023))
    assert view.heatmap.cell_text(i, j).startswith("Junín × CAFE-JUN: LQ 3")  # 3.76, as in the decision sample
    assert "año 2023" in view.heatmap.caption.text()


def test_models_pass_the_model_tester(qtmodeltester: Any, qtbot: Any, view: Any) -> None:
    for model in (view.clusters_model, view.sectors_model, view.clusters_proxy, view.sectors_proxy):
        qtmodeltester.check(model)
    row = view.region_combo.findData("Cusco")
    view.region_combo.setCurrentIndex(row)
    _wait(qtbot, view, lambda: view.region_combo.activated.emit(row))
    for model in (view.clusters_model, view.sectors_model):
        qtmodeltester.check(model)


def _bad_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Empleo"
    for row in (["region", "sector", "año", "empleo"], ["Lima", "Pesca", 2023, 10], ["Piura", "Pesca", 2023, -5],
                ["Piura", "Textil", "2023a", 7]):
        ws.append(row)
    wb.save(path)
    return path


def test_bad_raw_workbook_shows_its_problems_with_sheet_and_cell(qtbot: Any, sample_window: Any, dialogs: Any,
                                                                 tmp_path: Path) -> None:
    view = sample_window.workspace.views["indicators"]
    dialogs.open_files.append(str(_bad_workbook(tmp_path / "malo.xlsx")))
    _wait(qtbot, view, view.open_button.click)
    assert view.tabs.currentWidget() is view.issues
    texts = [view.issues.list.item(i).text() for i in range(view.issues.count())]
    assert any(t.startswith("Empleo!D3: El valor -5 es negativo") for t in texts), texts
    assert any(t.startswith("Empleo!C4: «2023a» no es un año válido") for t in texts), texts
    row = next(i for i, t in enumerate(texts) if t.startswith("Empleo!D3"))
    view.issues.list.setCurrentRow(row)
    assert "Hoja «Empleo», celda D3 (fila 3, columna D)" in view.issues.detail.text()
    assert view.clusters_model.rowCount() == 0
    assert not view.push_button.isEnabled() and not view.new_button.isEnabled()
    assert "errores" in view.status.text() and "Problemas (" in view.tabs.tabText(3)


def test_region_missing_a_year_is_located(qtbot: Any, sample_window: Any, dialogs: Any, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Empleo"
    for row in (["region", "sector", "año", "empleo"], ["Lima", "Pesca", 2018, 10], ["Lima", "Pesca", 2023, 12],
                ["Piura", "Pesca", 2023, 5]):
        ws.append(row)
    path = tmp_path / "anios.xlsx"
    wb.save(path)
    view = sample_window.workspace.views["indicators"]
    dialogs.open_files.append(str(path))
    _wait(qtbot, view, view.open_button.click)
    texts = [view.issues.list.item(i).text() for i in range(view.issues.count())]
    assert any(t.startswith("Empleo!D4: La región «Piura» tiene datos de 2023 pero no de 2018") for t in texts), texts


def test_new_problem_from_indicators_asks_before_discarding_unsaved_work(qtbot: Any, view: Any,
                                                                        sample_window: Any, dialogs: Any) -> None:
    doc = sample_window.document
    sample_window.workspace.views["weights"].sliders.spins[0].setValue(20.0)
    edited = doc.problem
    dialogs.answers.append(QMessageBox.StandardButton.Cancel)
    assert not view.create_problem()
    assert "cambios sin guardar" in dialogs.texts() and doc.problem is edited
    dialogs.answers.append(QMessageBox.StandardButton.Discard)
    view.criteria.set_chosen(["I1", "I4", "L1"])
    assert view.create_problem()
    p = doc.problem
    assert len(p.clusters) == 20 and p.criterion_ids == ["I1", "I4", "L1"]
    assert p.value("CAFE-JUN", "I4") == pytest.approx(_hand_lq("Junín", "Café", 2023))
    assert doc.path is None and sample_window.isWindowModified()
    assert sample_window.windowTitle() == "Indicadores de datos_brutos_muestra.xlsx[*] — clusterprio"


def test_indicators_before_any_decision_workbook(qtbot: Any, window: Any) -> None:
    """From the start page: compute, then create the decision problem from the indicators."""
    window.start_page.indicators_button.click()
    page = window.stack.currentWidget()
    assert page.objectName() == "indicatorsPage" and page.back_button.isVisible()
    _wait(qtbot, page, page.sample_button.click)
    assert not page.push_button.isEnabled() and page.new_button.isEnabled()
    page.new_button.click()
    assert window.workspace is not None and window.stack.currentWidget() is window.workspace
    assert window.document.problem.criterion_ids == ["I1", "I4", "I5", "L1", "L2", "G1", "G2", "R1", "R2", "R3"]
    # the step in the workspace shows the same loaded data
    step = window.workspace.views["indicators"]
    assert step.session is page.session and step.clusters_model.rowCount() == 20
    assert "reemplaza" in step.criteria.item(0).text()
