"""Every table model passes Qt's model tester (qtmodeltester), before and after edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.desktop.conftest import wait_results


def test_clusters_model_and_filter(qtmodeltester: Any, sample_window: Any) -> None:
    view = sample_window.workspace.views["data"]
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    view.proxy.set_text("lima")
    qtmodeltester.check(view.proxy)
    assert 0 < view.proxy.rowCount() < view.model.rowCount()


def test_criteria_model(qtmodeltester: Any, sample_window: Any) -> None:
    qtmodeltester.check(sample_window.workspace.views["criteria"].model)


def test_pairwise_models(qtmodeltester: Any, sample_window: Any) -> None:
    editor = sample_window.workspace.views["weights"].pairwise
    qtmodeltester.check(editor.pairs_model)
    qtmodeltester.check(editor.matrix_model)
    assert editor.pairs_model.setData(editor.pairs_model.index(0, 3), "3", Qt.ItemDataRole.EditRole)
    qtmodeltester.check(editor.pairs_model)
    qtmodeltester.check(editor.matrix_model)


def test_ranking_model(qtmodeltester: Any, qtbot: Any, sample_window: Any) -> None:
    results = sample_window.workspace.views["results"]
    qtmodeltester.check(results.model)
    qtmodeltester.check(results.proxy)
    view = sample_window.workspace.views["weights"]
    wait_results(qtbot, sample_window, lambda: view.sliders.spins[0].setValue(50.0))
    qtmodeltester.check(results.model)
    qtmodeltester.check(view.preview_model)
