"""Datos and Criterios steps: editing through undoable operations, filter, problems panel."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop import session
from desktop.models.clusters_model import KEY_ROLE


def test_edit_value_is_undoable(sample_window: Any) -> None:
    doc = sample_window.document
    view = sample_window.workspace.views["data"]
    col = view.model.criterion_column("I1")
    index = view.model.index(0, col)
    cluster = doc.problem.cluster_ids[0]
    old = doc.problem.value(cluster, "I1")
    assert view.model.setData(index, "1234.5", Qt.ItemDataRole.EditRole)
    assert doc.problem.value(cluster, "I1") == 1234.5
    assert sample_window.undo_action.text().startswith("Deshacer Editar")
    assert not view.model.setData(index, "abc", Qt.ItemDataRole.EditRole)  # not a number: refused
    sample_window.undo_action.trigger()
    assert doc.problem.value(cluster, "I1") == old
    sample_window.redo_action.trigger()
    assert doc.problem.value(cluster, "I1") == 1234.5


def test_cleared_value_is_missing_highlighted_and_listed(sample_window: Any) -> None:
    doc = sample_window.document
    view = sample_window.workspace.views["data"]
    col = view.model.criterion_column("G1")
    assert view.model.setData(view.model.index(3, col), "", Qt.ItemDataRole.EditRole)
    cluster = doc.problem.cluster_ids[3]
    assert math.isnan(doc.problem.value(cluster, "G1"))
    index = view.model.index(3, col)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Falta el valor" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert view.issues_list.count() == 1
    # a click on the problem selects the cell
    view.issues_list.setCurrentRow(0)
    assert view.current_key() == (cluster, "G1")


def test_filter_is_accent_insensitive(sample_window: Any) -> None:
    view = sample_window.workspace.views["data"]
    view.filter_edit.setText("ancash")  # the sample writes Áncash
    assert view.proxy.rowCount() >= 1
    for row in range(view.proxy.rowCount()):
        assert "ncash" in str(view.proxy.index(row, 2).data())
    view.filter_edit.clear()
    assert view.proxy.rowCount() == view.model.rowCount()


def test_sorting_uses_numbers(sample_window: Any) -> None:
    view = sample_window.workspace.views["data"]
    col = view.model.criterion_column("I1")
    view.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    values = [sample_window.document.problem.value(*view.proxy.index(r, col).data(KEY_ROLE))
              for r in range(view.proxy.rowCount())]
    assert values == sorted(values, reverse=True)


def test_missing_policy_is_an_undoable_session_setting(qtbot: Any, sample_window: Any) -> None:
    view = sample_window.workspace.views["data"]
    doc = sample_window.document
    row = view.policy_combo.findData("median")
    view.policy_combo.setCurrentIndex(row)
    view.policy_combo.activated.emit(row)
    assert session.missing_policy(doc.problem) == "median"
    sample_window.undo_action.trigger()
    assert session.missing_policy(doc.problem) == "error"
    assert view.policy_combo.currentData() == "error"


def test_import_problems_are_listed_with_their_cell(qtbot: Any, window: Any, tmp_path: Path) -> None:
    """A text value in a number cell is an import problem; a click selects that cell."""
    from openpyxl import load_workbook

    import resources

    wb = load_workbook(resources.sample_workbook())
    ws = wb["Clusters"]
    headers = [c.value for c in ws[1]]
    col = headers.index("I2") + 1
    ws.cell(row=4, column=col).value = "mucho"
    path = tmp_path / "con_error.xlsx"
    wb.save(path)
    with qtbot.waitSignal(window.workspaceReady, timeout=30_000):
        window.files.open_path(path)
    view = window.workspace.views["data"]
    texts = [view.issues_list.item(i).text() for i in range(view.issues_list.count())]
    assert any("mucho" in t and "Clusters!" in t for t in texts)
    row = next(i for i, t in enumerate(texts) if "mucho" in t)
    view.issues_list.setCurrentRow(row)
    cluster = window.document.problem.cluster_ids[2]
    assert view.current_key() == (cluster, "I2")
    index = view.model.index(2, view.model.criterion_column("I2"))
    assert "mucho" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_criteria_edit_add_remove_reorder(sample_window: Any) -> None:
    doc = sample_window.document
    view = sample_window.workspace.views["criteria"]
    model = view.model
    n = len(doc.problem.criteria)
    name_col = 1
    assert model.setData(model.index(0, name_col), "Empleo formal", Qt.ItemDataRole.EditRole)
    assert doc.problem.criteria[0].name == "Empleo formal"
    assert model.setData(model.index(0, 3), "COST", Qt.ItemDataRole.EditRole)
    assert doc.problem.criteria[0].direction.name == "COST"
    assert model.setData(model.index(0, 2), "Riesgo", Qt.ItemDataRole.EditRole)
    assert doc.problem.criteria[0].group == "Riesgo"
    view.table.selectRow(0)
    view.add_criterion()
    assert len(doc.problem.criteria) == n + 1
    new_id = doc.problem.criteria[1].id
    assert all(math.isnan(doc.problem.value(c, new_id)) for c in doc.problem.cluster_ids)
    view.table.selectRow(1)
    view.move(+1)
    assert doc.problem.criteria[2].id == new_id
    view.remove_criterion()
    assert new_id not in doc.problem.criterion_ids
    for _ in range(6):
        sample_window.undo_action.trigger()
    assert doc.problem.criteria[0].name != "Empleo formal"
    assert len(doc.problem.criteria) == n


def test_group_colours_are_shared() -> None:
    from desktop.colors import group_colors

    a = group_colors(["Importancia", "Riesgo", "Otro"])
    b = group_colors(["Riesgo", "Importancia"])
    assert a["Importancia"] == b["Importancia"] and a["Riesgo"] == b["Riesgo"]
    assert len(set(a.values())) == 3
