"""Exportar: the justified list, the output workbook (contract §2) and the PDF report for the minutes.

Tabs: "Lista justificada" (:mod:`desktop.views.justification_panel`: the
generated reasons, the committee's policy text and annotations, risk
thresholds) and "Vista previa del libro".  The PDF report is written off the
GUI thread (:func:`write_pdf` in a worker).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from desktop import colors, settings
from desktop.document import Document
from desktop.ranking import Outcome, Ranker
from desktop.views.justification_panel import JustificationPanel
from desktop.workers import Workers, report_failure

PREVIEW_ROWS = 60
PREVIEW_COLUMNS = 30


def write_export(outcome: Outcome, path: Path, sha256: str, lang: str, source: Path | None = None,
                 sensitivity: Any = None) -> None:
    """The output workbook of this outcome (the engine's session export, atomic).

    ``sensitivity``: the Sensibilidad step's analysis of this outcome, quoted in the
    workbook; without it the export computes its own (fixed seed).
    """
    from mcda import session as engine

    from desktop.committee_session import active

    assert outcome.analysis is not None
    committee = active()  # the session's audit trail (judgment changes made in the app)
    trail = committee.trail_for_export(outcome.analysis.problem) if committee is not None else None
    engine.export(path, outcome.analysis, input_sha256=sha256 or None, source_path=source, trail=trail, lang=lang,
                  sensitivity=sensitivity, original=outcome.problem)  # keeps the clusters the policy excluded


def write_pdf(outcome: Outcome, path: Path, sha256: str, lang: str, sensitivity: Any = None,
              cancelled: Any = None) -> str:
    """The PDF report of this outcome (worker thread; atomic).  Returns the path written."""
    from mcda.report import build_report

    assert outcome.analysis is not None
    build_report(outcome.analysis, path, sensitivity=sensitivity, lang=lang, input_sha256=sha256 or None)
    return str(path)


def preview_sheets(outcome: Outcome, sha256: str, lang: str, sensitivity: Any = None,
                   cancelled: Any = None) -> list[tuple[str, list[list[Any]]]]:
    """Write the export to a temporary file and read its visible sheets back (first rows)."""
    from openpyxl import load_workbook

    with tempfile.TemporaryDirectory(prefix="clusterprio-") as folder:
        path = Path(folder) / "preview.xlsx"
        write_export(outcome, path, sha256, lang, sensitivity=sensitivity)
        wb = load_workbook(path, read_only=True, data_only=True)
        sheets = []
        for ws in wb.worksheets:
            if ws.sheet_state != "visible":
                continue
            rows = [list(r)[:PREVIEW_COLUMNS] for r in ws.iter_rows(max_row=PREVIEW_ROWS, values_only=True)]
            sheets.append((ws.title, rows))
        wb.close()
    return sheets


class ExportView(QWidget):
    """The last step: the workbook for the committee's records."""

    exported = Signal(str)
    pdfExported = Signal(str)

    def __init__(self, document: Document, ranker: Ranker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ranker = ranker
        self.workers = Workers(self, max_threads=1)
        self._preview_of: tuple[Outcome, Any] | None = None
        self.last_export: Path | None = None
        # source(outcome) -> Sensitivity | None: the Sensibilidad step's analysis of this outcome,
        # quoted instead of computing one; by default the workspace's Sensibilidad step.
        self.sensitivity_source: Callable[[Outcome], Any] | None = None
        self._export_when_ranked = False

        intro = QLabel(self.tr("El libro de resultados contiene la lista de prioridades (Prioridades), los pesos "
                               "(Pesos), la metodología con todos los parámetros (Metodologia) y sus datos, de modo "
                               "que puede volver a abrirse en clusterprio."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setPlaceholderText(self.tr("Archivo de resultados (.xlsx)"))
        self.browse_button = QPushButton(self.tr("&Elegir…"))
        self.browse_button.clicked.connect(self.browse)
        self.export_button = QPushButton(self.tr("E&xportar el libro de resultados"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.pdf_button = QPushButton(self.tr("Exportar el &informe PDF"))
        self.pdf_button.setObjectName("pdfButton")
        self.pdf_button.setToolTip(self.tr("El informe para el acta: lista justificada, perfiles, sensibilidad, "
                                           "comité y anexos; junto al libro, con el mismo nombre"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.open_folder_button = QPushButton(self.tr("Abrir la &carpeta"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Guardar en:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.open_folder_button)
        actions.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.preview_label = QLabel(self.tr("Vista previa del libro:"))
        self.preview = QTabWidget()
        self.preview.setObjectName("exportPreview")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.justification = JustificationPanel(document, ranker, self.sensitivity_for)
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.preview, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exportTabs")
        self.tabs.addTab(self.justification, self.tr("Lista justificada"))
        self.tabs.addTab(preview_page, self.tr("Vista previa del libro"))
        self.tabs.currentChanged.connect(lambda _i: self.entered())
        layout.addWidget(self.tabs, 1)
        ranker.resultsReady.connect(self._on_results)

    # -- refresh ------------------------------------------------------------------
    def reload(self) -> None:
        self.path_edit.setText(str(self.default_path()))
        self.status.clear()
        self.open_folder_button.setEnabled(False)
        self.preview.clear()
        self._preview_of = None

    def default_path(self) -> Path:
        path = self.document.path
        if path is not None:
            return path.with_name(path.stem + "_prioridades.xlsx")
        return Path(settings.last_directory()) / "prioridades_clusterprio.xlsx"

    def entered(self) -> None:
        self._refresh_preview()
        if self.tabs.currentWidget() is self.justification:
            self.justification.refresh()

    def show_justification(self) -> None:
        """Show the justified list (computing it for the latest ranking when needed)."""
        self.tabs.setCurrentWidget(self.justification)
        self.justification.refresh()

    def sensitivity_changed(self, _run: Any = None) -> None:
        """The Sensibilidad step finished a run: the justified list (and the preview, when shown) follow
        the analysis the export will now quote."""
        self.justification.sensitivity_changed()
        if self.isVisible() and self.tabs.currentWidget() is not self.justification:
            self._refresh_preview()

    def _on_results(self, _outcome: Outcome) -> None:
        if self._export_when_ranked and self._usable() is not None:
            self._export_when_ranked = False
            self.export()
        if self.isVisible():
            # while the committee works on the justified list, the preview waits until its tab is shown
            self._refresh_preview(build=self.tabs.currentWidget() is not self.justification)

    def _usable(self) -> Outcome | None:
        latest = self.ranker.latest
        return latest if latest is not None and latest.analysis is not None \
            and latest.problem is self.document.problem else None

    def _refresh_preview(self, build: bool = True) -> None:
        outcome = self._usable()
        self.export_button.setEnabled(outcome is not None)
        self.pdf_button.setEnabled(outcome is not None)
        if outcome is None:
            self.status.setText(self.tr("Primero hace falta un orden de prioridad válido (vea Resultados)."))
            return
        if not build:
            return
        sensitivity = self.sensitivity_for(outcome)
        if self._preview_of is not None and self._preview_of[0] is outcome and self._preview_of[1] is sensitivity:
            return
        self._preview_of = (outcome, sensitivity)
        job = self.workers.submit(preview_sheets, outcome, self._sha256(), settings.language(), sensitivity)
        job.finished.connect(self._show_preview)
        job.failed.connect(report_failure)

    def sensitivity_for(self, outcome: Outcome) -> Any:
        """The Sensibilidad step's analysis when it describes ``outcome`` (else ``None``)."""
        source = self.sensitivity_source
        if source is None:  # the step beside this one in the workspace
            parent = self.parentWidget()
            while parent is not None and not isinstance(getattr(parent, "views", None), dict):
                parent = parent.parentWidget()
            step = getattr(parent, "views", {}).get("sensitivity") if parent is not None else None
            source = getattr(step, "result_for", None)
        return source(outcome) if source is not None else None

    def _sha256(self) -> str:
        return str(getattr(self.document.read_result, "sha256", "") or "")

    def _show_preview(self, sheets: list[tuple[str, list[list[Any]]]]) -> None:
        from desktop import fmt

        current = self.preview.currentIndex()
        self.preview.clear()
        for title, rows in sheets:
            table = QTableWidget(max(len(rows) - 1, 0), max((len(r) for r in rows), default=0))
            if rows:
                table.setHorizontalHeaderLabels(["" if v is None else str(v) for v in rows[0]])
            for i, r in enumerate(rows[1:]):
                for j, v in enumerate(r):
                    text = fmt.smart(v) if isinstance(v, float) else "" if v is None else str(v)
                    table.setItem(i, j, QTableWidgetItem(text))
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.resizeColumnsToContents()
            for j in range(table.columnCount()):
                table.setColumnWidth(j, min(table.columnWidth(j), 280))
            self.preview.addTab(table, title)
        if 0 <= current < self.preview.count():
            self.preview.setCurrentIndex(current)
        else:  # the priority list first
            titles = [self.preview.tabText(i) for i in range(self.preview.count())]
            if "Prioridades" in titles:
                self.preview.setCurrentIndex(titles.index("Prioridades"))

    # -- actions ------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exportar el libro de resultados"),
                                              self.path_edit.text() or str(self.default_path()),
                                              self.tr("Libro de Excel (*.xlsx)"))
        if path:
            self.path_edit.setText(path)

    def _ranked_now(self) -> bool:
        """Apply typed annotations; ``False`` while the session's latest state is still being ranked."""
        self.justification.flush()
        latest = self.ranker.latest
        return latest is None or latest.problem is self.document.problem

    def export(self) -> bool:
        from mcda.errors import McdaError
        from mcda.text import render

        if not self._ranked_now():  # an annotation was just applied: export once it is ranked
            self._export_when_ranked = True
            self.status.setText(self.tr("Actualizando la lista antes de exportar…"))
            return False
        outcome = self._usable()
        if outcome is None:
            return False
        text = self.path_edit.text().strip()
        if not text:
            self.browse()
            text = self.path_edit.text().strip()
            if not text:
                return False
        path = Path(text)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        if self.document.path is not None and path.resolve() == self.document.path.resolve():
            QMessageBox.warning(self, self.tr("Exportar"), self.tr(
                "Ese es el libro de la sesión. Elija otro nombre para el libro de resultados."))
            return False
        if path.exists():
            answer = QMessageBox.question(self, self.tr("Exportar"), self.tr(
                "Ya existe %1. ¿Quiere reemplazarlo?").replace("%1", path.name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        sensitivity = self.sensitivity_for(outcome)
        try:
            write_export(outcome, path, self._sha256(), settings.language(), self.document.path, sensitivity)
        except McdaError as exc:
            lang = settings.language()
            self.status.setText(f"<span style='color:{colors.CR_BAD}'>"
                                + "<br>".join(render(i, lang) for i in exc.issues) + "</span>")
            return False
        self.last_export = path
        settings.set_last_directory(path)
        self.status.setText(self.tr("Listo: se escribió %1.").replace("%1", str(path)) + " "
                            + self._sensitivity_note(sensitivity))
        self.open_folder_button.setEnabled(True)
        self.exported.emit(str(path))
        return True

    def pdf_path(self) -> Path:
        """The report goes beside the workbook, with the same name: ``..._prioridades.pdf``."""
        text = self.path_edit.text().strip()
        return (Path(text) if text else self.default_path()).with_suffix(".pdf")

    def export_pdf(self) -> bool:
        """Write the PDF report in a worker; :attr:`pdfExported` when it is written."""
        if not self._ranked_now():
            self.status.setText(self.tr("La lista se está actualizando; pruebe de nuevo en un momento."))
            return False
        outcome = self._usable()
        if outcome is None:
            return False
        path = self.pdf_path()
        if path.exists():
            answer = QMessageBox.question(self, self.tr("Exportar"), self.tr(
                "Ya existe %1. ¿Quiere reemplazarlo?").replace("%1", path.name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Escribiendo el informe PDF %1…").replace("%1", path.name))
        job = self.workers.submit(write_pdf, outcome, path, self._sha256(), settings.language(),
                                  self.sensitivity_for(outcome))
        job.finished.connect(self._pdf_written)
        job.failed.connect(self._pdf_failed)
        job.done.connect(lambda: self.pdf_button.setEnabled(True))
        return True

    def _pdf_written(self, path: str) -> None:
        self.last_export = Path(path)
        settings.set_last_directory(Path(path))
        self.status.setText(self.tr("Listo: se escribió el informe %1.").replace("%1", path))
        self.open_folder_button.setEnabled(True)
        self.pdfExported.emit(path)

    def _pdf_failed(self, exc: BaseException, details: str) -> None:
        from mcda.errors import McdaError
        from mcda.text import render

        if isinstance(exc, McdaError):
            lang = settings.language()
            self.status.setText(f"<span style='color:{colors.CR_BAD}'>"
                                + "<br>".join(render(i, lang) for i in exc.issues) + "</span>")
        else:
            self.status.clear()
            report_failure(exc, details)

    def _sensitivity_note(self, sensitivity: Any) -> str:
        from mcda import session as engine

        from desktop import fmt

        # the seed is an identifier to type again, written without separators
        if sensitivity is not None:
            return self.tr("La hoja Sensibilidad lleva el análisis del paso Sensibilidad (%1 muestras, semilla %2).") \
                .replace("%1", fmt.number(sensitivity.acceptability.samples, 0)).replace("%2", str(sensitivity.seed))
        return self.tr("La hoja Sensibilidad lleva un análisis breve hecho al exportar (%1 muestras, semilla fija "
                       "%2), porque el del paso Sensibilidad falta, está desactualizado o usa otro método.") \
            .replace("%1", fmt.number(engine.EXPORT_SAMPLES, 0)).replace("%2", str(engine.EXPORT_SEED))

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))
