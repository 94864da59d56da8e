"""Pesos and Resultados: normalized sliders with locks, groups, order weights, AHP editor, methods."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop import session, weight_logic
from tests.desktop.conftest import wait_results


def test_set_one_keeps_sum_and_locks() -> None:
    w = weight_logic.set_one([0.4, 0.3, 0.2, 0.1], 0, 0.6, locked={3})
    assert math.isclose(sum(w), 1.0)
    assert w[0] == pytest.approx(0.6) and w[3] == pytest.approx(0.1)
    assert w[1] / w[2] == pytest.approx(0.3 / 0.2)  # the others keep their proportion
    assert weight_logic.set_one([0.5, 0.5], 0, 0.9, locked={1}) == [0.5, 0.5]  # nothing can absorb


def test_set_group_keeps_proportions_inside_groups() -> None:
    w = weight_logic.set_group([0.1, 0.3, 0.6], ["A", "A", "B"], "A", 0.8)
    assert sum(w) == pytest.approx(1.0)
    assert w[0] + w[1] == pytest.approx(0.8)
    assert w[1] / w[0] == pytest.approx(3.0)


def test_slider_with_lock_and_one_undo_step(qtbot: Any, sample_window: Any) -> None:
    doc = sample_window.document
    view = sample_window.workspace.views["weights"]
    view.sliders.locks[1].setChecked(True)
    locked_before = doc.problem.weights[1]
    stack = doc.undo_stack
    count = stack.count()
    for value in (200, 250, 300):  # dragging: three moves, one undo step
        view.sliders.sliders[0].setValue(value)
    assert stack.count() == count + 1
    w = doc.problem.weights
    assert w[0] == pytest.approx(0.30, abs=1e-3)
    assert w[1] == pytest.approx(locked_before)
    assert w.sum() == pytest.approx(1.0)
    assert session.weight_mode(doc.problem) == "direct"
    wait_results(qtbot, sample_window)
    sample_window.undo_action.trigger()
    assert doc.problem.weights[0] != pytest.approx(0.30, abs=1e-3)


def test_group_weights(sample_window: Any) -> None:
    doc = sample_window.document
    view = sample_window.workspace.views["weights"]
    groups = doc.problem.groups
    view.groups.spins[0].setValue(50.0)
    totals = weight_logic.group_totals(list(doc.problem.weights), [c.group for c in doc.problem.criteria])
    assert totals[groups[0]] == pytest.approx(0.5, abs=1e-3)
    assert session.weight_mode(doc.problem) == "groups"


def test_order_gives_rank_order_centroid(qtbot: Any, sample_window: Any) -> None:
    """ROC weights (Barron & Barrett 1996): w_k = (1/n) sum_{i=k..n} 1/i for the k-th criterion."""
    doc = sample_window.document
    view = sample_window.workspace.views["weights"]
    view.order.setCurrentRow(3)
    view.order.move_current(-3)  # the fourth criterion becomes the most important
    first = view.order.order()[0]
    assert view.apply_order("roc")
    n = len(doc.problem.criteria)
    expected_first = sum(1 / i for i in range(1, n + 1)) / n
    assert doc.problem.weights[doc.problem.criterion_index(first)] == pytest.approx(expected_first)
    assert session.weight_mode(doc.problem) == "roc"
    assert session.criteria_order(doc.problem)[0] == first
    # dragging again while ROC is in use re-applies it
    view.order.setCurrentRow(5)
    view.order.move_current(-5)
    second = view.order.order()[0]
    assert doc.problem.weights[doc.problem.criterion_index(second)] == pytest.approx(expected_first)
    wait_results(qtbot, sample_window)


def test_with_committee_judgments_the_single_matrix_is_a_reference(qtbot: Any, sample_window: Any) -> None:
    """The sample has members' matrices: AHP weights are then the committee's aggregate
    (mcda.committee.blocks.unnamed_ignored), so this tab says so and does not offer its own."""
    editor = sample_window.workspace.views["weights"].pairwise
    assert not editor.committee_notice.isHidden() and "comité" in editor.committee_notice.text()
    assert not editor.use_button.isEnabled()
    doc = sample_window.document
    p = doc.problem
    doc.load(p.replace(judgments=tuple(j for j in p.judgments if j.member is None)), None)
    assert editor.committee_notice.isHidden()
    for j in range(1, len(editor.state.labels)):  # I1 against each: a connected set of judgments
        assert editor.pairs_model.setData(editor.pairs_model.index(j - 1, 3), "1", Qt.ItemDataRole.EditRole)
    assert editor.use_button.isEnabled()
    wait_results(qtbot, sample_window)


def test_verbal_judgment_and_ahp_weights(qtbot: Any, sample_window: Any) -> None:
    doc = sample_window.document
    p = doc.problem  # a single analyst's matrix (no members' matrices, which would take precedence)
    doc.load(p.replace(judgments=tuple(j for j in p.judgments if j.member is None)), None)
    editor = sample_window.workspace.views["weights"].pairwise
    pairs = editor.pairs_model
    labels = editor.state.labels
    for j in range(1, len(labels)):
        assert pairs.setData(pairs.index(j - 1, 3), "1", Qt.ItemDataRole.EditRole)  # I1 versus each: equal
    # answer the first pair in words through the delegate's values: "mucho más importante" = 5
    assert pairs.setData(pairs.index(0, 1), 5.0, Qt.ItemDataRole.EditRole)
    assert "mucho más importante" in pairs.index(0, 1).data()
    assert editor.state.value(0, 1) == 5.0 and editor.state.value(1, 0) == pytest.approx(0.2)
    assert editor.matrix_model.index(1, 0).data() == "1/5"
    assert editor.use_button.isEnabled()
    editor.use_button.click()
    assert session.weight_mode(doc.problem) == "ahp"
    ahp = editor.state.result.weights
    assert np.allclose(doc.problem.weights, ahp.to_numpy())
    # with AHP weights in use, a judgment change updates the weights in the same undo step
    before = doc.problem.weights.copy()
    assert pairs.setData(pairs.index(0, 3), "1/3", Qt.ItemDataRole.EditRole)
    assert not np.allclose(doc.problem.weights, before)
    sample_window.undo_action.trigger()
    assert np.allclose(doc.problem.weights, before)
    assert not pairs.setData(pairs.index(0, 3), "tres", Qt.ItemDataRole.EditRole)
    wait_results(qtbot, sample_window)


def test_method_and_parameter_change_rerank(qtbot: Any, sample_window: Any) -> None:
    doc = sample_window.document
    view = sample_window.workspace.views["results"]
    row = view.method_combo.findData("vikor")
    view.method_combo.setCurrentIndex(row)
    outcome = wait_results(qtbot, sample_window, lambda: view.method_combo.activated.emit(row))
    assert outcome.analysis.main.method == "vikor"
    assert outcome.analysis.main.better == "lower"
    assert "menor es mejor" in view.model.headerData(4, Qt.Orientation.Horizontal)
    spin = view.param_widgets["v"]
    outcome = wait_results(qtbot, sample_window, lambda: spin.setValue(0.25))
    assert outcome.analysis.main.parameters["v"] == pytest.approx(0.25)
    assert session.method_params(doc.problem, "vikor")["v"] == "0.25"
    assert view.model.columnCount() == 5 + len(outcome.analysis.results) - 1


def test_chart_stacks_group_contributions(qtbot: Any, sample_window: Any) -> None:
    view = sample_window.workspace.views["results"]
    sample_window.workspace.go_to("results")
    row = view.method_combo.findData("wsm")
    view.method_combo.setCurrentIndex(row)
    outcome = wait_results(qtbot, sample_window, lambda: view.method_combo.activated.emit(row))
    view.chart.show_outcome(outcome)
    assert view.chart.stacked
    ax = view.chart.figure.axes[0]
    # the stacked bars of the best cluster add up to its WSM score
    best = outcome.analysis.main.order[0]
    top_y = len(outcome.analysis.main.order[:25]) - 1
    total = sum(p.get_width() for p in ax.patches if abs(p.get_y() + p.get_height() / 2 - top_y) < 1e-6)
    assert total == pytest.approx(float(outcome.analysis.main.scores[best]))
