"""One whole committee session driving the real window (issue 3, "Tests and pictures").

open the sample → change a weight and see the order change → undo → edit an
AHP judgment and see the CR change → export → reopen the export and find the
same state.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.desktop.conftest import wait_results


def test_whole_session(qtbot: Any, sample_window: Any, dialogs: Any, tmp_path: Path) -> None:
    w = sample_window
    ws = w.workspace
    doc = w.document
    first = ws.ranker.latest
    assert first.ok
    order_before = first.analysis.main.order
    weights_before = doc.problem.weights.copy()
    assert w.windowTitle().startswith("Muestra")
    assert not w.isWindowModified()

    # -- change a weight on the Pesos step: the order changes live ------------------
    ws.go_to("weights")
    view = ws.views["weights"]
    k = doc.problem.criterion_index("I1")  # Empleo directo
    outcome = wait_results(qtbot, w, lambda: view.sliders.spins[k].setValue(60.0))
    assert abs(doc.problem.weights[k] - 0.60) < 1e-3
    assert abs(doc.problem.weights.sum() - 1.0) < 1e-9
    order_after = outcome.analysis.main.order
    assert order_after != order_before
    # the cluster with most direct employment climbs when employment weighs 60 %
    top_employer = max(doc.problem.cluster_ids, key=lambda c: doc.problem.value(c, "I1"))
    assert order_after.index(top_employer) < order_before.index(top_employer)
    # the movement column shows it
    row = ws.views["results"].model.order.index(top_employer)
    move = ws.views["results"].model.index(row, 1).data()
    assert move.startswith("▲")
    assert w.isWindowModified()
    assert "peso" in w.undo_action.text().lower()

    # -- undo: the weights and the order come back ----------------------------------
    outcome = wait_results(qtbot, w, w.undo_action.trigger)
    assert np.allclose(doc.problem.weights, weights_before)
    assert outcome.analysis.main.order == order_before
    assert not w.isWindowModified()

    # -- AHP: compare I1 with every other criterion (a spanning tree: consistent, CR 0),
    #    then add a judgment that contradicts two of them: CR rises above 0.10 ---------
    view.tabs.setCurrentWidget(view.pairwise)
    pairs = view.pairwise.pairs_model
    state = view.pairwise.state
    labels = state.labels

    def set_pair(a: str, b: str, text: str) -> None:
        row = state.pairs().index((labels.index(a), labels.index(b)))
        assert pairs.setData(pairs.index(row, 3), text, Qt.ItemDataRole.EditRole)

    for other in labels[1:]:
        set_pair("I1", other, {"I2": "5", "I3": "1/5"}.get(other, "1"))
    assert state.result is not None
    assert state.result.cr < 1e-9  # a tree of judgments is always consistent
    assert view.pairwise.cr_label.property("level") == "good"
    assert "aceptable" in view.pairwise.cr_label.text()
    set_pair("I2", "I3", "9")  # implied I2/I3 = 1/25; 9 contradicts it
    assert state.result.cr > 0.10
    assert view.pairwise.cr_label.property("level") in ("warn", "bad")
    assert view.pairwise.cr_label.text() != ""
    judgments = doc.problem.judgments_for(None, "criteria")
    assert judgments is not None
    assert "9" in w.undo_action.text()
    wait_results(qtbot, w)

    # -- export -------------------------------------------------------------------------
    ws.go_to("export")
    export = ws.views["export"]
    target = tmp_path / "prioridades.xlsx"
    export.path_edit.setText(str(target))
    with qtbot.waitSignal(export.exported, timeout=30_000):
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    state_exported = doc.problem

    # -- reopen the export: same data, criteria, weights, judgments and session settings ---
    dialogs.answers.append(QMessageBox.StandardButton.Discard)  # unsaved session: discard
    wait_results(qtbot, w, lambda: w.files.open_path(target))
    reopened = doc.problem
    assert reopened.cluster_ids == state_exported.cluster_ids
    assert reopened.criteria == state_exported.criteria
    assert np.array_equal(reopened.values, state_exported.values, equal_nan=True)
    assert np.allclose(reopened.weights, state_exported.weights)
    j2 = reopened.judgments_for(None, "criteria")
    assert j2 is not None and j2.labels == judgments.labels
    assert np.allclose(j2.matrix, judgments.matrix, equal_nan=True)
    for key, value in state_exported.settings.items():
        assert reopened.settings.get(key) == value
    assert ws.views["weights"].pairwise.state.result.cr == state.result.cr
    assert w.windowTitle().startswith("prioridades.xlsx")
