"""Sensibilidad: how firm the priority list is against changes of the weights and of the method.

The committee chooses a method, a weight sampling scheme, the number of
samples, the seed and k, and presses Calcular.  The engine
(:func:`mcda.robustness.analyze_sensitivity`) runs in a worker thread with a
progress bar; Cancelar stops it at the next chunk of samples or stage.  The
result shows in tabs: a plain-language summary, the rank acceptability
heatmap, the one-at-a-time sweep lines, the tornado of the weights'
stability intervals, the critical change of each adjacent pair of the
top-k, the agreement between methods and the rank reversal check.

The last result stays in memory (:attr:`SensitivityView.latest_sensitivity`)
for the export.  It is not recomputed by itself: when the problem changes
(data, weights, method, parameters) it is marked as out of date until the
committee presses Calcular again.  The committee's words about the list
(annotations, policy texts, risk thresholds) change nothing it computed and
leave it current.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop import colors, fmt, methods_text, settings
from desktop.document import Document
from desktop.ranking import Ranker
from desktop.session import same_ranking
from desktop.widgets.sensitivity_controls import SensitivityControls
from desktop.widgets.sensitivity_data import Reporter, SensitivityRun, compute
from desktop.widgets.sensitivity_heatmap import HeatmapChart
from desktop.widgets.sensitivity_summary import SummaryWriter
from desktop.widgets.sensitivity_sweep import SweepPanel
from desktop.widgets.sensitivity_tables import AgreementPanel, ReversalPanel
from desktop.widgets.sensitivity_tornado import CriticalTable, TornadoChart
from desktop.workers import Job, Workers, report_failure

if TYPE_CHECKING:
    from mcda.problem import Problem
    from mcda.robustness import Sensitivity


class SensitivityView(QWidget):
    """The robustness step.

    Signals
    -------
    finished(object)
        A run ended with a result (:class:`SensitivityRun`), shown; the step is ready for another.
    stopped()
        A run ended without a result (cancelled or failed); the step is ready for another.
    staleChanged(bool)
    """

    finished = Signal(object)
    stopped = Signal()
    staleChanged = Signal(bool)

    def __init__(self, document: Document, ranker: Ranker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ranker = ranker
        self.workers = Workers(self, max_threads=1)
        self.job: Job | None = None
        self.reporter: Reporter | None = None
        self.latest: SensitivityRun | None = None
        self.stale = False
        #: Last progress reported by the running (or last) job: (done, total).
        self.last_progress: tuple[int, int] = (0, 0)
        self._cancelling = False
        self._got_result = False

        intro = QLabel(self.tr(
            "¿Qué lugares de la lista son firmes y cuáles cambiarían con una pequeña diferencia de opinión? "
            "Se ordena con miles de variantes de los pesos del comité y con los demás métodos."))
        intro.setWordWrap(True)
        self.controls = SensitivityControls()
        self.controls.run_button.clicked.connect(self.run)
        self.controls.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setObjectName("sensitivityStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stale_label = QLabel()
        self.stale_label.setObjectName("staleNotice")
        self.stale_label.setWordWrap(True)
        self.stale_label.setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("sensitivitySummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setMargin(6)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_writer = SummaryWriter(self)
        summary_page = QScrollArea()
        summary_page.setObjectName("summaryPage")
        summary_page.setWidgetResizable(True)
        summary_page.setWidget(self.summary)

        self.heatmap = HeatmapChart()
        self.sweeps = SweepPanel()
        self.tornado = TornadoChart()
        self.critical = CriticalTable()
        self.agreement = AgreementPanel()
        self.reversal = ReversalPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sensitivityTabs")
        self.tabs.addTab(summary_page, self.tr("Res&umen"))
        self.tabs.addTab(self.heatmap, self.tr("&Aceptabilidad"))
        self.tabs.addTab(self.sweeps, self.tr("&Barrido de un peso"))
        self.tabs.addTab(self.tornado, self.tr("&Tornado"))
        self.tabs.addTab(self.critical, self.tr("&Pares críticos"))
        self.tabs.addTab(self.agreement, self.tr("&Métodos"))
        self.tabs.addTab(self.reversal, self.tr("&Inversión de orden"))
        self.tabs.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.controls)
        layout.addWidget(self.status)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.tabs, 1)

        document.problemChanged.connect(self._on_problem)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.workers.cancel_all)
        self._show_idle()

    # -- the result kept for the export ------------------------------------------
    @property
    def latest_sensitivity(self) -> Sensitivity | None:
        """The engine's result of the last run (``None`` before any), even when out of date."""
        return self.latest.result if self.latest is not None else None

    def current_sensitivity(self) -> Sensitivity | None:
        """The last result when it still describes the document's problem (what an export may include)."""
        return self.latest_sensitivity if not self.stale else None

    def result_for(self, outcome: Any) -> Sensitivity | None:
        """The last result when it was computed on ``outcome``'s problem with its main method
        (what the export quotes; ``outcome`` is a :class:`desktop.ranking.Outcome`)."""
        run = self.latest
        analysis = getattr(outcome, "analysis", None)
        if run is None or analysis is None or not same_ranking(run.problem, outcome.problem):
            return None
        return run.result if run.result.method == analysis.main.method else None

    # -- refresh --------------------------------------------------------------------
    def reload(self) -> None:
        """A new document: forget the previous analysis."""
        self.cancel()
        self.latest = None
        self._set_stale(False)
        self.controls.reset()
        for panel in (self.heatmap, self.sweeps, self.tornado, self.critical, self.agreement, self.reversal):
            panel.clear()
        self.summary.clear()
        self.tabs.setEnabled(False)
        self._on_problem(self.document.problem)
        self._show_idle()

    def _on_problem(self, problem: Problem | None) -> None:
        if problem is None:
            return
        if self.job is None:
            self.controls.set_problem(problem)
        if self.latest is not None:
            self._set_stale(not same_ranking(problem, self.latest.problem))

    def _set_stale(self, stale: bool) -> None:
        if stale:
            self.stale_label.setText(
                f"<span style='color:{colors.CR_WARN}'><b>" + self.tr("Resultado desactualizado.") + "</b> "
                + self.tr("Los datos, los pesos o el método cambiaron después de este análisis; pulse "
                          "«Calcular» para rehacerlo. El libro exportado no lo incluirá mientras tanto.")
                + "</span>")
        self.stale_label.setVisible(stale)
        if stale != self.stale:
            self.stale = stale
            self.staleChanged.emit(stale)

    def _show_idle(self) -> None:
        if self.latest is None and self.job is None:
            self.status.setText(self.tr("Elija las opciones y pulse «Calcular». Con %1 muestras tarda unos "
                                        "segundos.").replace("%1", fmt.number(10_000, 0)))

    # -- run and cancel -----------------------------------------------------------
    def run(self) -> Job | None:
        problem = self.document.problem
        if problem is None or self.job is not None:
            return None
        request = self.controls.request()
        self.reporter = Reporter(self)
        self.reporter.changed.connect(self._on_progress)
        self.last_progress = (0, request.samples)
        self._cancelling = False
        self._got_result = False
        self.controls.set_running(True)
        self.status.setText(self.tr("Calculando con %1…").replace("%1", methods_text.name(request.method)))
        job = self.workers.submit(compute, problem, request, self.reporter)
        self.job = job
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.done.connect(self._on_done)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self._cancelling = True
            self.job.cancel()
            self.status.setText(self.tr("Cancelando…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        self.controls.progress.setRange(0, total)
        self.controls.progress.setValue(done)

    def _on_finished(self, run: SensitivityRun) -> None:
        self._got_result = True
        self.latest = run
        self._set_stale(not same_ranking(self.document.problem, run.problem))
        self._show_run(run)

    def _on_failed(self, exc: BaseException, details: str) -> None:
        from mcda.errors import McdaError
        from mcda.text import render

        if isinstance(exc, McdaError):
            lang = settings.language()
            lines = list(dict.fromkeys(render(i, lang) for i in exc.issues))
            self.status.setText(f"<span style='color:{colors.CR_BAD}'><b>"
                                + self.tr("No se puede hacer el análisis de sensibilidad:") + "</b><br>"
                                + "<br>".join(lines[:8]) + "</span>")
            return
        report_failure(exc, details)

    def _on_done(self) -> None:
        cancelled = self._cancelling and not self._got_result
        self.job = None
        if self.reporter is not None:
            self.reporter.changed.disconnect(self._on_progress)
            self.reporter.deleteLater()
            self.reporter = None
        self.controls.set_running(False)
        if self.document.problem is not None:
            self.controls.set_problem(self.document.problem)
        if cancelled:
            done, total = self.last_progress
            self.status.setText(self.tr("Cálculo cancelado (%1 de %2 muestras).").replace(
                "%1", fmt.number(done, 0)).replace("%2", fmt.number(total, 0)))
            self.stopped.emit()
        elif self._got_result and self.latest is not None:
            self.finished.emit(self.latest)
        else:
            self.stopped.emit()

    # -- showing a result ---------------------------------------------------------
    def _show_run(self, run: SensitivityRun) -> None:
        from mcda.text import render

        result = run.result
        lang = settings.language()
        sampling = result.sampling
        scheme = {"dirichlet": self.tr("Dirichlet, concentración %1"),
                  "uniform": self.tr("uniforme ± %1 %"),
                  "members": self.tr("pesos de los miembros")}[str(sampling["scheme"])]
        value = sampling.get("concentration") if sampling["scheme"] == "dirichlet" else sampling.get("spread")
        if value is not None:
            scheme = scheme.replace("%1", fmt.smart(float(value)) if sampling["scheme"] == "dirichlet"
                                    else fmt.number(100 * float(value), 0))
        text = (self.tr("%1 · %2 muestras (%3) · semilla %4 · %5 s").replace("%1", methods_text.name(result.method))
                .replace("%2", fmt.number(result.acceptability.samples, 0)).replace("%3", scheme)
                .replace("%4", str(result.seed)).replace("%5", fmt.number(run.seconds, 1)))
        warnings = list(dict.fromkeys(render(w, lang) for w in (*run.weights_warnings, *result.warnings)))
        self.status.setText(text)
        self.status.setToolTip("\n".join(warnings))
        sentences = self.summary_writer.sentences(run)
        note = self.tr("Firme: conserva su lugar en al menos el %1 de las muestras de pesos. Los cambios de peso "
                       "se dan en puntos porcentuales; al cambiar un peso, los demás se reajustan en proporción "
                       "para seguir sumando 100 %.").replace("%1", fmt.percent(self.summary_writer.level(run), 0))
        page = "<ul>" + "".join(f"<li style='margin-bottom:6px'>{html.escape(s)}</li>" for s in sentences) + "</ul>"
        page += f"<p style='color:#555555'>{html.escape(note)}</p>"
        if warnings:
            title = html.escape(self.tr("Avisos del cálculo:"))
            page += (f"<p><b>{title}</b></p><ul style='color:{colors.CR_WARN}'>"
                     + "".join(f"<li>{html.escape(w)}</li>" for w in warnings) + "</ul>")
        self.summary.setText(page)
        self.summary.setToolTip("")
        self.tabs.setEnabled(True)
        self.heatmap.show_run(run)
        self.sweeps.show_run(run)
        self.tornado.show_run(run)
        self.critical.show_run(run)
        self.agreement.show_run(run)
        self.reversal.show_run(run)

    def summary_text(self) -> str:
        """The summary as plain text (one sentence per line)."""
        if self.latest is None:
            return ""
        return "\n".join(self.summary_writer.sentences(self.latest))

    def shutdown(self) -> None:
        self.workers.cancel_all()
        self.workers.wait()

