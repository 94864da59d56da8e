"""Render every step of the desktop app offscreen (1366×768) to PNG files in docs/img/.

Run: ``python docs/screenshots.py [--lang es|en] [--out docs/img]``.  Uses a
temporary settings folder, opens the bundled sample, shows its committee (and
accepts one suggested consistency fix after saving a round), enters a few AHP
judgments and exports to a temporary folder, waiting on the app's own signals.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="es", choices=("es", "en"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    folder = tempfile.mkdtemp(prefix="clusterprio-shots-")
    os.environ["CLUSTERPRIO_DATA_DIR"] = folder

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from desktop import app as application

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    qapp = application.create_application([sys.argv[0]])
    application.install_translators(args.lang)
    from desktop.main_window import MainWindow

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "es" else "-en"

    def wait_until(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if condition() else None)
        timer.start(20)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        timer.stop()
        if not condition():
            raise TimeoutError("the app did not reach the expected state")

    def settle() -> None:
        for _ in range(5):
            qapp.processEvents()

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    settle()

    def shot(name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)

    shot("01-inicio")
    window.files.open_sample()
    wait_until(lambda: window.workspace is not None and window.workspace.ranker.up_to_date())
    ws = window.workspace
    assert ws is not None
    ws.go_to("data")
    shot("02-datos")
    ws.go_to("indicators")
    indicators = ws.views["indicators"]
    indicators.use_sample()
    wait_until(lambda: not indicators.session.busy and indicators.session.report is not None)
    table = indicators.clusters_table
    table.setCurrentIndex(table.model().index(4, indicators.clusters_model.column_of("lq")))
    shot("02b-indicadores")
    indicators.tabs.setCurrentWidget(indicators.heatmap)
    wait_until(lambda: indicators.heatmap.canvas is not None)
    shot("02c-indicadores-mapa")
    ws.go_to("criteria")
    shot("03-criterios")
    shoot_committee(ws, shot, wait_until)
    ws.go_to("weights")
    weights = ws.views["weights"]
    wait_until(lambda: bool(weights.references))
    weights.sliders.spins[0].setValue(20.0)  # more weight to direct employment: the order moves
    wait_until(ws.ranker.up_to_date)
    shot("04-pesos")
    weights.tabs.setCurrentIndex(2)
    shot("05-pesos-orden")
    weights.tabs.setCurrentWidget(weights.pairwise)
    state = weights.pairwise.state
    answers = {("I1", "I2"): 3.0, ("I1", "L1"): 1 / 2, ("I1", "G1"): 2.0, ("I1", "R1"): 3.0, ("L1", "G1"): 3.0,
               ("I1", "I3"): 2.0, ("I1", "I4"): 1.0, ("I1", "I5"): 2.0, ("I1", "L2"): 1.0, ("I1", "G2"): 2.0,
               ("I1", "G3"): 3.0, ("I1", "G4"): 2.0, ("I1", "R2"): 4.0, ("I1", "R3"): 3.0, ("G1", "R1"): 2.0}
    for (a, b), value in answers.items():
        state.set_value(state.labels.index(a), state.labels.index(b), value)
    shot("06-pesos-ahp")
    weights.pairwise.use_button.click()
    wait_until(ws.ranker.up_to_date)
    ws.go_to("results")
    results = ws.views["results"]
    shot("07-resultados")
    row = results.method_combo.findData("vikor")  # VIKOR's compromise set and its two conditions
    results.method_combo.setCurrentIndex(row)
    results.method_combo.activated.emit(row)
    wait_until(ws.ranker.up_to_date)
    shot("07b-resultados-vikor")
    row = results.method_combo.findData("ahp")
    results.method_combo.setCurrentIndex(row)
    results.method_combo.activated.emit(row)
    wait_until(ws.ranker.up_to_date)
    results.tabs.setCurrentWidget(results.chart)
    wait_until(lambda: results.chart.canvas is not None)
    shot("08-grafico")
    ws.go_to("sensitivity")
    sens = ws.views["sensitivity"]
    sens.controls.samples.setValue(10_000)
    sens.controls.seed.setValue(2024)
    sens.run()
    wait_until(lambda: sens.job is None and sens.latest is not None)
    for index, name in enumerate(("08a-sensibilidad-resumen", "08b-sensibilidad-aceptabilidad",
                                  "08c-sensibilidad-barrido", "08d-sensibilidad-tornado")):
        sens.tabs.setCurrentIndex(index)
        shot(name)
    ws.go_to("export")
    export = ws.views["export"]
    export.path_edit.setText(str(Path(folder) / "prioridades_muestra.xlsx"))
    export.tabs.setCurrentIndex(1)  # the workbook preview
    wait_until(lambda: export.preview.count() > 0)
    export.export()
    shot("09-exportar")
    panel = export.justification  # the justified list, with an annotation of the committee
    export.show_justification()
    wait_until(lambda: panel._shown_for is ws.ranker.latest)
    panel.clusters.setCurrentRow(1)
    panel.note_edit.setPlainText("Confirmar con la DRTPE el empleo directo antes de la sesión de diciembre.")
    panel.flush()
    wait_until(lambda: ws.ranker.up_to_date() and panel._shown_for is ws.ranker.latest)
    shot("09b-lista-justificada")
    shoot_monitoring(ws, shot, wait_until)
    ws.ranker.shutdown()
    window.document.undo_stack.setClean()
    window.files.shutdown()
    window.close()
    sys.stdout.flush()
    # Leave without tearing Qt objects down from the garbage collector at interpreter exit
    # (PySide6 can crash there when the app was driven from a script like this one).
    os._exit(0)


def shoot_committee(ws: object, shot: Callable[[str], None], wait_until: Callable[..., None]) -> None:
    """Comité: the sample's three members, M1's judgments (consistent), M2's Importancia block
    (RC above 0.10) with the three suggested fixes, a round saved before accepting the first fix,
    then the aggregation and the consensus with that round compared to the current state; the fix is
    undone afterwards, so the later steps show the sample's own ranking."""
    ws.go_to("committee")  # type: ignore[attr-defined]
    view = ws.views["committee"]  # type: ignore[attr-defined]
    view.tabs.setCurrentWidget(view.members)
    view.members.table.selectRow(0)
    shot("03b-comite-miembros")
    judgments = view.judgments
    view.tabs.setCurrentWidget(judgments)

    def show(member: str, block: str) -> None:
        judgments.member_combo.setCurrentIndex(judgments.member_combo.findData(member))
        judgments.block_combo.setCurrentIndex(judgments.block_combo.findData(block))
        judgments.pairs.selectRow(0)

    show("M1", "Importancia")
    shot("03c-comite-juicios")
    show("M2", "Importancia")
    assert judgments.suggestions, "M2's Importancia block should be above RC 0.10 in the sample"
    shot("03d-comite-consistencia")
    view.consensus.round_label.setText("Primera votación")
    view.consensus.save_round()
    judgments.reason.setText("Sugerencia aceptada en la sesión del comité")
    judgments.apply_suggestion(0)
    judgments.reason.clear()
    view.tabs.setCurrentWidget(view.aggregation)
    shot("03e-comite-agregacion")
    view.tabs.setCurrentWidget(view.consensus)
    shot("03f-comite-consenso")
    ws.document.undo_stack.undo()  # type: ignore[attr-defined]  # back to the sample's judgments for the rest
    wait_until(ws.ranker.up_to_date)  # type: ignore[attr-defined]


def shoot_monitoring(ws: object, shot: Callable[[str], None], wait_until: Callable[..., None]) -> None:
    """Seguimiento: the session as baseline (data of 2023), the bundled follow-up sample, four targets."""
    from PySide6.QtCore import QDate

    import resources

    ws.go_to("monitoring")  # type: ignore[attr-defined]
    view = ws.views["monitoring"]  # type: ignore[attr-defined]
    ranker = ws.ranker  # type: ignore[attr-defined]
    view.mark_date.setDate(QDate(2023, 12, 31))
    view.mark_button.click()
    wait_until(ranker.up_to_date)
    view.add_round(resources.path("sample", "clusters_peru_seguimiento.xlsx"))
    editor = view.tabs.targets
    for cluster, criterion, value in (("TUR-CUS", "I5", "1500"), ("SOFT-LIM", "I1", "38000"),
                                      ("ARAND-LIB", "I5", "1400"), ("LACT-CAJ", "R1", "3500")):
        editor.cluster_combo.setCurrentIndex(editor.cluster_combo.findData(cluster))
        editor.criterion_combo.setCurrentIndex(editor.criterion_combo.findData(criterion))
        editor.value_edit.setText(value)
        editor.date_edit.setDate(QDate(2027, 12, 31))
        editor.add()
        wait_until(ranker.up_to_date)
    view.refresh()
    shot("10-seguimiento-cambios")
    view.tabs.setCurrentIndex(1)
    wait_until(lambda: view.tabs.slope.canvas is not None)
    shot("10b-seguimiento-puestos")
    view.tabs.setCurrentIndex(2)
    index = view.tabs.trend_combo.findData("TUR-CUS")
    view.tabs.trend_combo.setCurrentIndex(index)
    view.tabs.trend_combo.activated.emit(index)
    shot("10c-seguimiento-tendencias")
    view.tabs.setCurrentIndex(3)
    shot("10d-seguimiento-metas")


if __name__ == "__main__":
    main()
