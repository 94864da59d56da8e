"""Resultados shows VIKOR's compromise set and Opricovic & Tzeng's (2004) two conditions.

The numbers of the constructed case where C2 fails (set {A1, A3}) are derived
by hand in tests/mcda/test_vikor_compromise.py.
"""

from __future__ import annotations

from typing import Any

from mcda.analysis import analyze
from mcda.methods.vikor import compromise_solution
from mcda.problem import Cluster, Criterion, Problem
from tests.desktop.conftest import wait_results


def _choose(qtbot: Any, window: Any, method: str) -> Any:
    view = window.workspace.views["results"]
    row = view.method_combo.findData(method)
    view.method_combo.setCurrentIndex(row)
    return wait_results(qtbot, window, lambda: view.method_combo.activated.emit(row))


def test_label_shows_the_compromise_set_when_vikor_is_chosen(qtbot: Any, sample_window: Any) -> None:
    sample_window.workspace.go_to("results")
    view = sample_window.workspace.views["results"]
    label = view.compromise
    assert label.isHidden()  # the sample opens with AHP
    outcome = _choose(qtbot, sample_window, "vikor")
    expected = compromise_solution(outcome.analysis.main)
    assert expected is not None
    assert label.isVisible() and label.objectName() == "vikorCompromise"
    text = label.text()
    names = {c.id: c.name for c in outcome.analysis.problem.clusters}
    for cid in expected.solutions:
        assert f"<b>{cid} ({names[cid]})</b>" in text
    assert ("Ventaja aceptable (C1): sí" if expected.c1 else "Ventaja aceptable (C1): no") in text
    assert ("Estabilidad aceptable (C2): sí" if expected.c2 else "Estabilidad aceptable (C2): no") in text
    assert f"DQ = {expected.dq:.4f}" in text
    _choose(qtbot, sample_window, "topsis")
    assert label.isHidden() and label.compromise is None


def test_c2_failing_names_both_solutions(qtbot: Any) -> None:
    from desktop.widgets.vikor_compromise import CompromiseLabel

    crit = tuple(Criterion(f"C{j}", f"C{j}", weight=1.0) for j in range(1, 4))
    clusters = (Cluster("A1", "Textil <Lima>"), Cluster("A2", "b"), Cluster("A3", "Café"), Cluster("A4", "d"))
    p = Problem(clusters, crit, [[100, 14, 85], [0, 100, 100], [15, 15, 15], [0, 0, 0]])
    label = CompromiseLabel()
    qtbot.addWidget(label)
    label.show_analysis(analyze(p, ["vikor"]))
    text = label.text()
    assert label.compromise is not None and label.compromise.solutions == ("A1", "A3")
    assert text.startswith("Conjunto de compromiso de VIKOR: <b>A1 (Textil &lt;Lima&gt;)</b>, <b>A3 (Café)</b>.")
    assert "Ventaja aceptable (C1): sí" in text
    assert ("Estabilidad aceptable (C2): no. A1 (Textil &lt;Lima&gt;) no es el mejor ni por S (utilidad de grupo) "
            "ni por R (arrepentimiento individual); por eso el segundo, A3 (Café), también forma parte del "
            "conjunto.") in text
    label.show_analysis(analyze(p, ["topsis"]))
    assert label.isHidden() and label.text() == ""
