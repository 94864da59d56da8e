"""Seguimiento: follow the prioritized clusters over time and compare prioritization rounds.

The baseline is the open session or a workbook (an export marked as baseline,
or any workbook); later rounds are workbooks loaded here (when the baseline is
a file, the open session is the latest round).  Everything shown comes from
:mod:`mcda.monitoring`: the table of changes, the places with the data effect
and the weight effect, a slope chart of places across rounds, one cluster's
indicators across rounds, and the targets (kept in the session: undoable, and
saved with it).  The ``Seguimiento`` sheet can be exported.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel, QListWidget, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from desktop import colors, settings
from desktop.document import Document
from desktop.models.monitoring_state import FILE, SESSION, MonitoringState
from desktop.operations import Operation
from desktop.ranking import Ranker
from desktop.widgets.monitoring_tabs import MonitoringTabs
from desktop.workers import Job, Workers, report_failure


class MonitoringView(QWidget):
    """The Seguimiento step."""

    def __init__(self, document: Document, ranker: Ranker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.ranker = document, ranker
        self.state = MonitoringState()
        self.rounds: Any = None
        self.comparison: Any = None
        self.progress: list[Any] = []

        intro = QLabel(self.tr("Compare la priorización de la línea de base con datos posteriores: qué indicadores "
                               "mejoraron o empeoraron, y cuánto del cambio de puestos se debe a los datos nuevos y "
                               "cuánto a los cambios de pesos."))
        intro.setWordWrap(True)
        self.base_combo = QComboBox()
        self.base_combo.setObjectName("baselineSource")
        self.base_combo.activated.connect(self._on_base_choice)
        self.open_base_button = QPushButton(self.tr("Abrir &línea de base…"))
        self.open_base_button.clicked.connect(self.open_baseline_dialog)
        self.mark_date = QDateEdit()
        self.mark_date.setCalendarPopup(True)
        self.mark_date.setDisplayFormat("dd/MM/yyyy")
        self.mark_date.setToolTip(self.tr("Fecha de referencia de los datos de la línea de base"))
        self.mark_button = QPushButton()
        self.mark_button.setObjectName("markBaseline")
        self.mark_button.clicked.connect(self.toggle_mark)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Línea de base:")))
        top.addWidget(self.base_combo, 1)
        top.addWidget(self.open_base_button)
        top.addSpacing(12)
        top.addWidget(self.mark_date)
        top.addWidget(self.mark_button)

        self.round_list = QListWidget()
        self.round_list.setObjectName("roundList")
        self.round_list.setFlow(QListWidget.Flow.LeftToRight)
        self.round_list.setMaximumHeight(34)
        self.add_round_button = QPushButton(self.tr("&Agregar ronda…"))
        self.add_round_button.setObjectName("addRound")
        self.add_round_button.clicked.connect(self.add_round_dialog)
        self.remove_round_button = QPushButton(self.tr("&Quitar ronda"))
        self.remove_round_button.clicked.connect(self.remove_round)
        self.compare_combo = QComboBox()
        self.compare_combo.setObjectName("compareWith")
        self.compare_combo.setMinimumContentsLength(22)
        self.compare_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.compare_combo.activated.connect(lambda _i: self.refresh())
        rounds_row = QHBoxLayout()
        rounds_row.addWidget(QLabel(self.tr("Rondas:")))
        rounds_row.addWidget(self.round_list, 1)
        rounds_row.addWidget(self.add_round_button)
        rounds_row.addWidget(self.remove_round_button)
        rounds_row.addWidget(QLabel(self.tr("Comparar con:")))
        rounds_row.addWidget(self.compare_combo)

        self.summary = QLabel()
        self.summary.setObjectName("monitoringSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = MonitoringTabs(document)
        self.tabs.setObjectName("monitoringTabs")
        self.tabs.targets.copy_button.clicked.connect(self.copy_base_targets)

        self.export_button = QPushButton(self.tr("E&xportar la hoja Seguimiento…"))
        self.export_button.setObjectName("exportFollowup")
        self.export_button.clicked.connect(self.export_dialog)
        self.report_button = QPushButton(self.tr("Informe &PDF con seguimiento…"))
        self.report_button.setObjectName("followupReport")
        self.report_button.setToolTip(self.tr("El informe PDF de la ronda comparada, con la sección de seguimiento"))
        self.report_button.clicked.connect(self.report_dialog)
        self.workers = Workers(self, max_threads=1)
        self.status = QLabel()
        self.status.setObjectName("monitoringStatus")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(rounds_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        ranker.resultsReady.connect(self._on_results)
        self._fill_base_combo()
        self._update_mark()

    # -- life cycle ------------------------------------------------------------------------
    def reload(self) -> None:
        self.status.clear()
        self._update_mark()

    def entered(self) -> None:
        self.refresh()

    def _on_results(self, _outcome: Any) -> None:
        self._update_mark()
        if self.isVisible():
            self.refresh()

    # -- sources ---------------------------------------------------------------------------
    def session_snapshot(self) -> Any:
        """The open session as a snapshot (``None`` until it has a valid ranking)."""
        from mcda.monitoring.baseline import LABEL, snapshot_from_analysis

        latest = self.ranker.latest
        if latest is None or latest.analysis is None or latest.problem is not self.document.problem:
            return None
        label = latest.problem.settings.get(LABEL) or self.tr("Sesión actual")
        return snapshot_from_analysis(latest.analysis, latest.problem, label=label)

    def _fill_base_combo(self) -> None:
        self.base_combo.clear()
        self.base_combo.addItem(self.tr("La sesión actual"), SESSION)
        base = self.state.base_file
        if base is not None:
            self.base_combo.addItem(self.tr("Libro: %1").replace("%1", Path(base.source).name), FILE)
        self.base_combo.setCurrentIndex(self.base_combo.findData(self.state.mode))

    def _on_base_choice(self, index: int) -> None:
        self.state.mode = self.base_combo.itemData(index) or SESSION
        self.refresh()

    def _read(self, path: str | Path) -> Any:
        from mcda.text import render

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            read = self.state.read(path)
        finally:
            QApplication.restoreOverrideCursor()
        if read.snapshot is None:
            lang = settings.language()
            QMessageBox.warning(self, self.tr("Seguimiento"),
                                self.tr("No se puede usar %1:").replace("%1", Path(path).name) + "\n\n"
                                + "\n".join(render(i, lang) for i in read.errors[:12]))
        return read.snapshot

    def open_baseline(self, path: str | Path) -> bool:
        snap = self._read(path)
        if snap is None:
            return False
        self.state.set_base_file(snap)
        self._fill_base_combo()
        self.refresh()
        return True

    def add_round(self, path: str | Path) -> bool:
        snap = self._read(path)
        if snap is None:
            return False
        self.state.add_followup(snap)
        self.compare_combo.setCurrentIndex(-1)  # compare with the latest round
        self.refresh()
        return True

    def remove_round(self) -> None:
        row = self.round_list.currentRow()
        later = self.rounds.later if self.rounds is not None else ()
        if 0 <= row < len(later) and later[row].source:
            self.state.remove_followup(later[row].source)
            self.refresh()

    def _dialog(self, title: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, settings.last_directory(),
                                              self.tr("Libros de cálculo (*.xlsx *.xlsm *.xls *.ods)"))
        return path

    def open_baseline_dialog(self) -> None:
        path = self._dialog(self.tr("Abrir la línea de base"))
        if path:
            self.open_baseline(path)

    def add_round_dialog(self) -> None:
        path = self._dialog(self.tr("Agregar una ronda de seguimiento"))
        if path:
            self.add_round(path)

    # -- baseline mark and targets ------------------------------------------------------------
    def _update_mark(self) -> None:
        from mcda.monitoring.baseline import is_baseline, snapshot_date

        p = self.document.problem
        marked = p is not None and is_baseline(p)
        self.mark_button.setText(self.tr("Quitar la marca de línea de base") if marked
                                 else self.tr("&Marcar la sesión como línea de base"))
        self.mark_button.setEnabled(p is not None)
        when = (snapshot_date(p) if p is not None else None) or dt.date.today()
        self.mark_date.setDate(QDate(when.year, when.month, when.day))

    def toggle_mark(self) -> None:
        from mcda.monitoring.baseline import is_baseline, mark_baseline, unmark_baseline

        p = self.document.problem
        if p is None:
            return
        if is_baseline(p):
            self.document.apply(Operation(self.tr("Quitar la marca de línea de base"), unmark_baseline))
        else:
            q = self.mark_date.date()
            date = dt.date(q.year(), q.month(), q.day())
            self.document.apply(Operation(self.tr("Marcar como línea de base"),
                                          lambda prob: mark_baseline(prob, date)))
            self.state.mode = SESSION
            self._fill_base_combo()
        self._update_mark()

    def copy_base_targets(self) -> None:
        """Make the baseline file's targets the session's (one undoable step)."""
        from mcda.monitoring.targets import with_targets

        targets = list(self.state.base_targets)
        self.document.apply(Operation(self.tr("Copiar las metas de la línea de base"),
                                      lambda p: with_targets(p, targets)))

    # -- computing and showing ---------------------------------------------------------------
    def refresh(self) -> None:
        from mcda.text import render

        latest = self.ranker.latest
        if self.document.problem is not None and (latest is None or latest.problem is not self.document.problem):
            return  # the ranking of the current problem is on its way (resultsReady refreshes)
        result = self.state.compute(self.session_snapshot(), self.document.problem, self.compare_combo.currentIndex())
        self.rounds, self.comparison, self.progress = result.rounds, result.comparison, result.progress
        self._fill_rounds()
        if self.rounds is None:
            self.summary.setText(self.tr("Todavía no hay un orden de prioridad válido para la línea de base "
                                         "(vea Resultados)."))
        elif result.errors:
            lang = settings.language()
            self.summary.setText(f"<span style='color:{colors.CR_BAD}'>"
                                 + "<br>".join(render(i, lang) for i in result.errors[:6]) + "</span>")
        else:
            self.summary.setText(self._summary_text())
        self.tabs.show_result(self.rounds, self.comparison, self.progress)
        self.tabs.targets.copy_button.setVisible(self.state.mode == FILE and bool(self.state.base_targets)
                                                 and not self.progress)
        self.export_button.setEnabled(self.comparison is not None)
        self.report_button.setEnabled(self.comparison is not None)

    def _fill_rounds(self) -> None:
        self.round_list.clear()
        keep = self.compare_combo.currentIndex()
        self.compare_combo.clear()
        if self.rounds is None:
            return
        labels = self.rounds.labels()
        for snap, label in zip(self.rounds.later, labels[1:]):
            when = snap.date.strftime("%d/%m/%Y") if snap.date else self.tr("sin fecha")
            self.round_list.addItem(f"{label} ({when})")
            self.compare_combo.addItem(label)
        count = self.compare_combo.count()
        self.compare_combo.setCurrentIndex(keep if 0 <= keep < count else count - 1)
        self.remove_round_button.setEnabled(bool(self.state.followups))

    def _summary_text(self) -> str:
        from mcda.text import render

        c = self.comparison
        if c is None:
            return self.tr("Agregue una ronda de seguimiento (un libro con datos posteriores) para comparar.")
        changed = c.changed
        better = int((changed["better"] == True).sum())  # noqa: E712
        worse = int((changed["better"] == False).sum())  # noqa: E712
        parts = [self.tr("Valores que cambiaron: %1 (%2 mejor, %3 peor).").replace("%1", str(len(changed)))
                 .replace("%2", str(better)).replace("%3", str(worse))]
        for label, ids in ((self.tr("Clústers agregados"), c.added_clusters),
                           (self.tr("Clústers retirados"), c.removed_clusters),
                           (self.tr("Criterios agregados"), c.added_criteria),
                           (self.tr("Criterios retirados"), c.removed_criteria)):
            if ids:
                parts.append(f"{label}: {', '.join(ids)}.")
        lang = settings.language()
        notes = [render(i, lang) for i in c.issues if not i.code.startswith("monitoring.criteria_")]
        return " ".join(parts) + ("<br><i>" + "<br>".join(notes) + "</i>" if notes else "")

    # -- export ------------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        suggested = Path(settings.last_directory()) / "seguimiento_clusterprio.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exportar la hoja Seguimiento"), str(suggested),
                                              self.tr("Libro de Excel (*.xlsx)"))
        if path:
            self.export(path)

    def export(self, path: str | Path) -> bool:
        from mcda.errors import McdaError
        from mcda.monitoring.export import write_followup
        from mcda.text import render

        if self.comparison is None:
            return False
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        lang = settings.language()
        try:
            write_followup(target, self.comparison, self.progress, lang, source=self.comparison.new.source or None)
        except McdaError as exc:
            self.status.setText(f"<span style='color:{colors.CR_BAD}'>"
                                + "<br>".join(render(i, lang) for i in exc.issues) + "</span>")
            return False
        settings.set_last_directory(target)
        self.status.setText(self.tr("Listo: se escribió %1.").replace("%1", str(target)))
        return True

    def report_dialog(self) -> None:
        suggested = Path(settings.last_directory()) / "informe_seguimiento.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Informe PDF con seguimiento"), str(suggested),
                                              self.tr("Documento PDF (*.pdf)"))
        if path:
            self.report(path)

    def report(self, path: str | Path) -> Job | None:
        """Write the PDF report of the compared round with its Seguimiento section, off the GUI thread."""
        from desktop.models.monitoring_state import followup_report

        if self.comparison is None:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        latest = self.ranker.latest
        session_round = not self.comparison.new.source
        analysis = latest.analysis if session_round and latest is not None else None
        self.report_button.setEnabled(False)
        self.status.setText(self.tr("Preparando el informe PDF…"))
        job = self.workers.submit(followup_report, target, self.comparison, list(self.progress), settings.language(),
                                  analysis)
        job.finished.connect(lambda issues: self._report_done(target, issues))
        job.failed.connect(report_failure)
        job.done.connect(lambda: self.report_button.setEnabled(self.comparison is not None))
        return job

    def _report_done(self, target: Path, issues: tuple[Any, ...]) -> None:
        from mcda.text import render

        lang = settings.language()
        if issues:
            self.status.setText(f"<span style='color:{colors.CR_BAD}'>"
                                + "<br>".join(render(i, lang) for i in issues[:8]) + "</span>")
            return
        settings.set_last_directory(target)
        self.status.setText(self.tr("Listo: se escribió %1.").replace("%1", str(target)))
