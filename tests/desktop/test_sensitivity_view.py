"""Sensibilidad step: a seeded run on the sample off the GUI thread, its charts and tables, cancel, stale marking.

The numbers themselves are the engine's (tested in tests/mcda/test_robustness_*.py against published
examples and pymcdm); here the step must show exactly what the engine computes for the session's
weights and parameters, and stay responsive while it does.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
import pytest

from desktop.widgets import sensitivity_data
from desktop.widgets.sensitivity_summary import join_names
from desktop.widgets.sensitivity_tornado import ordinal

SAMPLES = 1500
SEED = 20240611


def view_of(window: Any) -> Any:
    window.workspace.go_to("sensitivity")
    return window.workspace.views["sensitivity"]


def run_and_wait(qtbot: Any, view: Any, samples: int = SAMPLES, seed: int = SEED) -> Any:
    view.controls.samples.setValue(samples)
    view.controls.seed.setValue(seed)
    with qtbot.waitSignal(view.finished, timeout=120_000) as blocker:
        view.controls.run_button.click()
    return blocker.args[0]


def engine_result(problem: Any, method: str, samples: int, seed: int, **kw: Any) -> Any:
    """The same analysis called directly: the session's weights after its missing-value policy."""
    from mcda import session
    from mcda.missing import apply_missing_policy
    from mcda.robustness import analyze_sensitivity

    prepared = apply_missing_policy(problem, session.missing_policy(problem)).problem
    w = session.weights_for(prepared)
    return analyze_sensitivity(prepared, method, session.params(problem).get(method), weights=w.weights,
                               samples=samples, seed=seed, chunk=sensitivity_data.CHUNK, **kw)


def test_step_sits_between_results_and_export(sample_window: Any) -> None:
    keys = sample_window.workspace.keys
    assert keys.index("sensitivity") == keys.index("results") + 1
    assert keys.index("export") == keys.index("sensitivity") + 1


def test_run_off_the_gui_thread_shows_the_engines_result(qtbot: Any, sample_window: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.views import sensitivity_view

    threads: list[threading.Thread] = []
    original = sensitivity_view.compute

    def recording(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return original(*args)

    monkeypatch.setattr(sensitivity_view, "compute", recording)
    view = view_of(sample_window)
    problem = sample_window.document.problem
    assert view.controls.method_combo.currentData() == "ahp"  # the session's main method
    run = run_and_wait(qtbot, view)
    assert threads and threads[0] is not threading.main_thread()
    result = run.result
    assert view.latest_sensitivity is result and view.current_sensitivity() is result
    assert result.method == "ahp" and result.seed == SEED and result.acceptability.samples == SAMPLES
    expected = engine_result(problem, "ahp", SAMPLES, SEED)
    assert np.array_equal(result.acceptability.counts, expected.acceptability.counts)
    assert result.order == expected.order
    # the heatmap draws the acceptability matrix: clusters best first x ranks, each row sums to 1
    data = view.heatmap.data
    assert data is not None and data.shape == (len(problem.clusters), len(problem.clusters))
    assert list(data.index) == result.order
    assert np.allclose(data.sum(axis=1).to_numpy(), 1.0)
    assert np.allclose(data.to_numpy(), result.acceptability.shares.reindex(result.order).to_numpy())
    assert str(SEED) in view.status.text()
    # the same seed gives the same result
    again = run_and_wait(qtbot, view)
    assert np.array_equal(again.result.acceptability.counts, result.acceptability.counts)


def test_summary_names_the_robust_top_k_and_the_most_fragile_pair(qtbot: Any, sample_window: Any) -> None:
    view = view_of(sample_window)
    run = run_and_wait(qtbot, view)
    result = run.result
    text = view.summary_text()
    assert result.robust_top_k, "the sample has a robust top-k (otherwise this test proves nothing)"
    robust_line = next(line for line in text.splitlines() if line.startswith("Firmes en los 5 primeros"))
    for cid in result.robust_top_k:
        assert run.cluster(cid) in robust_line
    for cid in set(result.order[:5]) - set(result.robust_top_k):
        assert run.cluster(cid) not in robust_line
    fragile = min((c for c in result.thresholds.most_critical() if c.position <= result.top_k),
                  key=lambda c: abs(c.change))
    from desktop import fmt

    sentence = next(line for line in text.splitlines() if "se intercambian" in line)
    assert f"El {fragile.position}.º y el {fragile.position + 1}.º lugar" in sentence
    assert run.criterion(fragile.line) in sentence
    assert fmt.number(100 * abs(fragile.change), 1) + " puntos" in sentence
    assert ("baja" if fragile.change < 0 else "sube") in sentence
    assert "Res" in view.tabs.tabText(0) and run.cluster(result.robust_top_k[0]) in view.summary.text()


def test_cancel_stops_the_job(qtbot: Any, sample_window: Any) -> None:
    view = view_of(sample_window)
    total = 300_000
    view.controls.samples.setValue(total)
    view.controls.run_button.click()
    assert view.job is not None and view.controls.progress.isVisible()
    assert not view.controls.run_button.isEnabled() and view.controls.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: view.last_progress[0] > 0, timeout=60_000)
    with qtbot.waitSignal(view.stopped, timeout=60_000):
        view.controls.cancel_button.click()
    assert view.workers.wait(30_000)
    done, reported_total = view.last_progress
    assert reported_total == total and done < total  # the engine stopped before the end
    assert view.latest_sensitivity is None and view.job is None
    assert "cancelado" in view.status.text()
    assert view.controls.run_button.isEnabled() and not view.controls.progress.isVisible()


def test_results_are_marked_stale_after_an_edit(qtbot: Any, sample_window: Any) -> None:
    view = view_of(sample_window)
    run = run_and_wait(qtbot, view)
    assert not view.stale and not view.stale_label.isVisibleTo(view)
    with qtbot.waitSignal(view.staleChanged):
        sample_window.workspace.views["weights"].sliders.spins[0].setValue(15.0)
    assert view.stale and view.stale_label.isVisibleTo(view)
    assert "desactualizado" in view.stale_label.text()
    assert view.latest_sensitivity is run.result and view.current_sensitivity() is None
    sample_window.undo_action.trigger()  # back to the problem it was computed for
    assert not view.stale and view.current_sensitivity() is run.result


def test_tables_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, sample_window: Any) -> None:
    view = view_of(sample_window)
    models = [view.agreement.ranks_model, view.agreement.corr_model, view.critical.model, view.reversal.model]
    for model in models:
        qtmodeltester.check(model)  # empty
    run = run_and_wait(qtbot, view)
    for model in models:
        qtmodeltester.check(model)
    ranks = view.agreement.ranks_model
    assert ranks.rowCount() == len(run.result.order)
    robust_rows = {ranks.rows[r][1] for r in ranks.highlight}
    assert robust_rows == set(run.result.robust_top_k)
    methods = list(run.result.agreement.methods)
    assert ranks.columnCount() == 5 + len(methods)
    for r, cid in enumerate(run.result.order):
        assert ranks.rows[r][5:] == [int(run.result.agreement.ranks.loc[cid, m]) for m in methods]
    # critical changes are computed for every cluster and the next (the export quotes them); shown for the top-k
    assert len(run.result.thresholds.pairs) == len(run.result.order) - 1
    assert view.critical.model.rowCount() == run.result.top_k
    assert view.reversal.model.rowCount() == len(run.result.reversal.changes)


def test_sweep_marks_the_change_points_and_tornado_orders_the_weights(qtbot: Any, sample_window: Any) -> None:
    view = view_of(sample_window)
    run = run_and_wait(qtbot, view)
    result = run.result
    tornado = result.thresholds.tornado()
    assert list(view.tornado.bars["line"]) == list(tornado["line"])
    widths = (view.tornado.bars["up"] - view.tornado.bars["down"]).to_numpy()
    assert np.all(np.diff(widths) >= 0)  # narrowest (most sensitive) first
    combo = view.sweeps.line_combo
    assert combo.count() == len(result.sweeps) and combo.currentData() == tornado["line"].iloc[0]
    group = next(s for s in result.sweeps if s.kind == "group")
    combo.setCurrentIndex(combo.findData(group.line))
    combo.activated.emit(combo.currentIndex())
    top = set(result.order[: result.top_k])
    expected = sorted(c.t for c in group.change_points if c.rises in top or c.falls in top)
    assert expected and sorted(t for t, _y in view.sweeps.marked) == expected
    view.sweeps.mode_combo.setCurrentIndex(1)  # scores: the marks sit where the two lines cross
    view.sweeps.mode_combo.activated.emit(1)
    for (t, y), c in zip(sorted(view.sweeps.marked), sorted(
            (c for c in group.change_points if c.rises in top or c.falls in top), key=lambda c: c.t)):
        assert y == pytest.approx(float(np.interp(t, group.scores.index, group.scores[c.falls])), abs=2e-3)


def test_members_scheme_draws_from_the_members_weights(qtbot: Any, sample_window: Any) -> None:
    view = view_of(sample_window)
    combo = view.controls.scheme_combo
    index = combo.findData("members")
    assert combo.model().item(index).isEnabled()  # the sample's three members have their own judgments
    combo.setCurrentIndex(index)
    run = run_and_wait(qtbot, view, samples=600)
    assert run.result.sampling["scheme"] == "members"
    assert list(run.result.sampling["members"]) == ["M1", "M2", "M3"]
    assert "miembros" in view.status.text()


def test_a_method_that_cannot_rank_the_data_says_why(qtbot: Any, sample_window: Any) -> None:
    view = view_of(sample_window)
    combo = view.controls.method_combo
    combo.setCurrentIndex(combo.findData("copras"))  # the sample has negative growth values
    combo.activated.emit(combo.currentIndex())
    view.controls.samples.setValue(200)
    with qtbot.waitSignal(view.stopped, timeout=60_000):
        view.controls.run_button.click()
    assert view.latest_sensitivity is None
    assert "No se puede hacer el análisis" in view.status.text() and "copras" in view.status.text().lower()
    # the user's method choice is kept (not reset to the session's main method)
    assert combo.currentData() == "copras"


def test_words() -> None:
    assert join_names(["Minería Sur", "Ica"], "es") == "Minería Sur e Ica"
    assert join_names(["A", "Hierro"], "es") == "A y Hierro"  # "hie" sounds /ye/
    assert join_names(["A", "B", "C"], "es") == "A, B y C"
    assert join_names(["A", "B", "C"], "en") == "A, B and C"
    assert ordinal(4) == "4.º"


def test_export_quotes_the_steps_analysis_only_while_it_is_current(qtbot: Any, sample_window: Any,
                                                                    tmp_path: Any) -> None:
    import openpyxl

    from mcda import session

    view = view_of(sample_window)
    run = run_and_wait(qtbot, view)
    export = sample_window.workspace.views["export"]
    outcome = sample_window.workspace.ranker.latest
    assert export.sensitivity_for(outcome) is run.result
    path = tmp_path / "prioridades.xlsx"
    export.path_edit.setText(str(path))
    assert export.export()
    assert f"semilla {SEED}" in export.status.text()
    wb = openpyxl.load_workbook(path, read_only=True)
    meta = {r[0]: r[1] for r in wb["Metodologia"].iter_rows(min_row=2, values_only=True)}
    wb.close()
    assert meta["sensitivity.seed"] == SEED and meta["sensitivity.samples"] == SAMPLES
    # another method than the main one, or an edited problem: the export makes its own analysis
    combo = view.controls.method_combo
    combo.setCurrentIndex(combo.findData("topsis"))
    combo.activated.emit(combo.currentIndex())
    other = run_and_wait(qtbot, view, samples=300)
    assert other.result.method == "topsis" and export.sensitivity_for(outcome) is None
    combo.setCurrentIndex(combo.findData("ahp"))
    run_and_wait(qtbot, view)
    sample_window.workspace.views["weights"].sliders.spins[0].setValue(15.0)
    from tests.desktop.conftest import wait_results

    outcome = wait_results(qtbot, sample_window)
    assert view.stale and export.sensitivity_for(outcome) is None
    assert export.export()
    assert str(session.EXPORT_SEED) in export.status.text()
