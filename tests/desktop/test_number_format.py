"""Numbers on screen written the way the rest of clusterprio writes them (mcda.justification.numbers:
comma between thousands, point before decimals — the es_PE convention, shared by en_US): the Exportar
step's status said "10000 muestras" and the risk threshold spin box "2500" beside a justification
reading "2,500" (docs/img/09b-lista-justificada.png)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDoubleSpinBox

from tests.desktop.test_justification_gui import panel_of


def test_gui_numbers_follow_the_engines_convention_whatever_the_default_locale() -> None:
    from desktop import fmt
    from mcda.justification import numbers

    before = QLocale()
    try:
        for name in ("C", "de_DE", "es_ES", "es_PE", "en_US"):
            QLocale.setDefault(QLocale(name))
            assert fmt.number(10_000, 0) == numbers.number(10_000) == "10,000"
            assert fmt.number(1234.5, 1) == numbers.number(1234.5, 1) == "1,234.5"
            assert fmt.smart(2500.0) == "2,500"
            assert fmt.parse("2,500.5") == 2500.5
    finally:
        QLocale.setDefault(before)


def test_export_status_groups_the_samples(qtbot: Any, sample_window: Any, tmp_path: Path) -> None:
    ws = sample_window.workspace
    export = ws.views["export"]
    ws.go_to("export")
    export.path_edit.setText(str(tmp_path / "prioridades.xlsx"))
    assert export.export()  # without a Sensibilidad run: the export's own analysis (mcda.session.EXPORT_SAMPLES)
    assert "(2,000 muestras, semilla fija 20240611)" in export.status.text()
    view = ws.views["sensitivity"]
    ws.go_to("sensitivity")
    assert "Con 10,000 muestras tarda unos segundos." in view.status.text()
    view.controls.samples.setValue(1500)
    view.controls.seed.setValue(4321)
    with qtbot.waitSignal(view.finished, timeout=120_000):
        view.controls.run_button.click()
    ws.go_to("export")
    assert export.export()
    assert "(1,500 muestras, semilla 4321)" in export.status.text()


def test_spin_boxes_show_thousands_and_accept_them_typed(qtbot: Any, sample_window: Any) -> None:
    panel = panel_of(qtbot, sample_window)
    spin: QDoubleSpinBox = panel.spins["R1"]
    assert spin.text() == "2,500"
    assert panel.spins["R3"].text() == "0.30"
    for typed, value in (("5,000", 5000.0), ("3200", 3200.0)):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, typed)
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        assert spin.value() == value
        assert sample_window.document.problem.settings["risk.R1"] == f"{value:g}"
    assert spin.text() == "3,200"
    controls = sample_window.workspace.views["sensitivity"].controls
    controls.samples.setValue(25_000)
    assert controls.samples.text() == "25,000"
    controls.concentration.setValue(1500.0)
    assert controls.concentration.text() == "1,500"
