"""Lista justificada: each cluster's written reasons, the committee's policy text and annotations.

The generated justification (:mod:`mcda.justification`) is computed off the
GUI thread for the latest ranking, with the same sensitivity analysis the
export uses (the Sensibilidad step's result when it describes this ranking,
otherwise the export's seeded one), so what is shown is what is exported.  The
panel remembers the ranking and the sensitivity analysis its text was written
with and writes it again when either changes (:meth:`JustificationPanel.sensitivity_changed`
is called when the Sensibilidad step finishes a run).

The committee's words are kept apart from the generated text, in the session
settings, so they are saved with the workbook and exported beside it:

* ``note.<cluster id>``: the committee's annotation;
* ``policy.<cluster id>``: its own policy text replacing the suggestion (empty: the suggestion);
* ``risk.<criterion id>``: the thresholds of the risk flags (``off`` switches a flag off).

Every change is an undoable operation; typing merges into one undo step per
field, applied a moment after the last key (or when another cluster is chosen).
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDoubleSpinBox, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from desktop import colors, fmt, settings
from desktop.document import Document
from desktop.operations import Operation
from desktop.ranking import Outcome, Ranker
from desktop.workers import Workers, report_failure

# Milliseconds after the last key before a text is applied to the session.
APPLY_DELAY_MS = 600
# Spin box settings of the template's risk thresholds: (maximum, step, decimals).
THRESHOLD_SPINS = {"R1": (10_000.0, 100.0, 0), "R2": (100.0, 1.0, 1), "R3": (5.0, 0.05, 2), "CR1": (100.0, 1.0, 1)}
OFF = -1.0


def compute(analysis: Any, sensitivity: Any, cancelled: Any = None) -> tuple[Any, Any]:
    """The justification of a run (worker thread): ``(justification, sensitivity used)``."""
    from mcda import session
    from mcda.justification import justify_analysis

    if sensitivity is None:
        sensitivity = session.export_sensitivity(analysis)
    return justify_analysis(analysis, sensitivity), sensitivity


def with_setting(text: str, key: str, value: str | None, merge_key: str | None = None) -> Operation:
    """An operation setting one session setting (``None`` removes it)."""

    def change(p: Any) -> Any:
        from desktop.session import with_settings

        return with_settings(p, {key: value})

    return Operation(text, change, merge_key)


class JustificationPanel(QWidget):
    """The justified list with the committee's editable texts.

    Signals
    -------
    ready(object)
        A justification (:class:`mcda.justification.Justification`) for the latest ranking is shown.
    """

    ready = Signal(object)

    def __init__(self, document: Document, ranker: Ranker,
                 sensitivity_source: Callable[[Outcome], Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ranker = ranker
        self.sensitivity_source = sensitivity_source
        self.workers = Workers(self, max_threads=1)
        self.justification: Any = None
        # (ranking, Sensibilidad step's analysis or None) being written, and the ones the shown text was written with
        self._computing: tuple[Outcome, Any] | None = None
        self._shown_for: Outcome | None = None
        self._shown_sensitivity: Any = None
        self._loading = False

        self.clusters = QListWidget()
        self.clusters.setObjectName("justificationClusters")
        self.clusters.currentRowChanged.connect(self._on_cluster)
        self.title = QLabel()
        self.title.setObjectName("justificationTitle")
        self.title.setWordWrap(True)
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("justificationText")
        self.text_view.setOpenLinks(False)
        self.policy_edit = QPlainTextEdit()
        self.policy_edit.setObjectName("policyEdit")
        self.policy_edit.setMaximumHeight(72)
        self.policy_reset = QPushButton(self.tr("Usar la sugerencia generada"))
        self.policy_reset.clicked.connect(lambda: self.policy_edit.setPlainText(""))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setMaximumHeight(60)
        self.note_edit.setPlaceholderText(self.tr(
            "Observaciones, acuerdos o pendientes del comité sobre este clúster "
            "(se guardan con la sesión y se exportan aparte del texto generado)."))
        self._timers: dict[str, QTimer] = {}
        for kind, edit in (("note", self.note_edit), ("policy", self.policy_edit)):
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(APPLY_DELAY_MS)
            timer.timeout.connect(lambda k=kind: self._apply_text(k))
            self._timers[kind] = timer
            edit.textChanged.connect(lambda t=timer: None if self._loading else t.start())

        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.text_view, 1)
        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel(self.tr("Política acordada por el comité (vacío: la sugerencia generada):")), 1)
        policy_row.addWidget(self.policy_reset)
        box.addLayout(policy_row)
        box.addWidget(self.policy_edit)
        box.addWidget(QLabel(self.tr("Anotación del comité:")))
        box.addWidget(self.note_edit)
        self.thresholds = QGroupBox(self.tr("Umbrales de las alertas de riesgo"))
        self.threshold_form = QHBoxLayout(self.thresholds)
        self.spins: dict[str, QDoubleSpinBox] = {}
        box.addWidget(self.thresholds)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.clusters)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 800])
        self.status = QLabel()
        self.status.setObjectName("justificationStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        ranker.resultsReady.connect(self._on_results)
        document.problemChanged.connect(self._on_problem)

    # -- computing --------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the justification of the latest ranking with the analysis the export would quote
        (when that text is not shown already)."""
        latest = self.ranker.latest
        if latest is None or latest.analysis is None or latest.problem is not self.document.problem:
            self.status.setText(self.tr("Primero hace falta un orden de prioridad válido (vea Resultados)."))
            return
        sensitivity = self.sensitivity_source(latest) if self.sensitivity_source is not None else None
        if self._is_shown(latest, sensitivity) or self._is_computing(latest, sensitivity):
            return
        self._computing = (latest, sensitivity)
        self.status.setText(self.tr("Redactando la justificación de cada clúster…"))
        job = self.workers.submit(compute, latest.analysis, sensitivity)
        job.finished.connect(lambda result, o=latest, s=sensitivity: self._show(o, s, result))
        job.failed.connect(report_failure)

    def _is_shown(self, outcome: Outcome, sensitivity: Any) -> bool:
        """Whether the text shown was written for ``outcome`` with ``sensitivity`` (the same objects)."""
        return outcome is self._shown_for and sensitivity is self._shown_sensitivity

    def _is_computing(self, outcome: Outcome, sensitivity: Any) -> bool:
        return self._computing is not None and self._computing[0] is outcome and self._computing[1] is sensitivity

    def sensitivity_changed(self) -> None:
        """The Sensibilidad step finished a run: write the text again if the export would now quote
        another analysis (also while the panel is hidden, once it has shown a text)."""
        if self.isVisible() or self.justification is not None:
            self.refresh()

    def _on_results(self, _outcome: Outcome) -> None:
        if self.isVisible():
            self.refresh()

    def _show(self, outcome: Outcome, sensitivity: Any, result: tuple[Any, Any]) -> None:
        if self._is_computing(outcome, sensitivity):
            self._computing = None
        latest = self.ranker.latest
        current = self.sensitivity_source(latest) \
            if self.sensitivity_source is not None and latest is not None else None
        if outcome is not latest or sensitivity is not current:
            self.refresh()  # a newer ranking or sensitivity analysis arrived meanwhile
            return
        self.justification, _sensitivity = result
        self._shown_for = outcome
        self._shown_sensitivity = sensitivity
        current = self.current_id()
        ids = self.justification.order
        if current not in ids:
            self.flush()  # text typed for a cluster that leaves the list is applied while it is still current
        self.clusters.blockSignals(True)
        self.clusters.clear()
        for facts in self.justification.clusters:
            item = QListWidgetItem(f"{facts.rank}.  {facts.name}")
            item.setData(Qt.ItemDataRole.UserRole, facts.id)
            if facts.risks:
                item.setForeground(QColor(colors.CR_BAD))
                item.setToolTip(self.tr("Tiene alertas de riesgo"))
            self.clusters.addItem(item)
        self.clusters.setCurrentRow(ids.index(current) if current in ids else 0)
        self.clusters.blockSignals(False)
        self._build_thresholds()
        self._show_cluster()
        self.status.setText(self.tr("El texto se genera a partir de los números; sus anotaciones y su texto de "
                                    "política se guardan aparte y se exportan junto a él."))
        self.ready.emit(self.justification)

    # -- one cluster ------------------------------------------------------------------
    def current_id(self) -> str | None:
        item = self.clusters.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _on_cluster(self, _row: int) -> None:
        self.flush()
        self._show_cluster()

    def _show_cluster(self) -> None:
        from mcda.justification.render import Renderer

        cid = self.current_id()
        if self.justification is None or cid is None:
            return
        facts = self.justification[cid]
        renderer = Renderer(self.justification.problem, settings.language())
        parts = renderer.parts(facts)
        region = self.justification.problem.cluster(cid).region
        self.title.setText(f"<b>{html.escape(f'{facts.rank}. {facts.name} ({cid})')}</b>"
                           + (f" — {html.escape(region)}" if region else ""))
        blocks = [f"<p>{html.escape(renderer.text(facts))}</p>"]
        if parts["risks"]:
            blocks.append(f"<p style='color:{colors.CR_BAD}'>{html.escape(parts['risks'])}</p>")
        if parts["data"]:
            blocks.append(f"<p style='color:#555555'><small>{html.escape(parts['data'])}</small></p>")
        blocks.append(f"<p><i>{html.escape(parts['policy'])}</i></p>")
        self.text_view.setHtml("".join(blocks))
        generated = renderer.policy(dataclasses.replace(facts, policy=dataclasses.replace(facts.policy, text="")))
        self._loading = True
        self.policy_edit.setPlaceholderText(generated)
        self._sync_edits(cid)
        self._loading = False

    def _setting(self, key: str) -> str:
        p = self.document.problem
        return "" if p is None else str(p.settings.get(key, ""))

    def _sync_edits(self, cid: str) -> None:
        """Show the stored texts of ``cid`` — except in an edit whose typing is not applied yet: a ranking
        that finishes while the committee types must not take their words away."""
        for kind, edit in (("policy", self.policy_edit), ("note", self.note_edit)):
            if self._timers[kind].isActive():
                continue
            value = self._setting(f"{kind}.{cid}")
            if edit.toPlainText() != value:
                edit.setPlainText(value)

    def _on_problem(self, _problem: Any) -> None:
        """Undo/redo of an annotation: show the stored text (the generated text follows the new ranking)."""
        cid = self.current_id()
        if cid is None or self._loading or any(t.isActive() for t in self._timers.values()):
            return
        self._loading = True
        self._sync_edits(cid)
        self._sync_spins()
        self._loading = False

    # -- applying the committee's texts -------------------------------------------------
    def flush(self) -> None:
        """Apply any text typed but not applied yet."""
        for kind, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self._apply_text(kind)

    def _apply_text(self, kind: str) -> None:
        cid = self.current_id()
        if cid is None or self.document.problem is None:
            return
        edit = self.note_edit if kind == "note" else self.policy_edit
        key = f"{kind}.{cid}"
        value = edit.toPlainText().strip()
        if value == self._setting(key).strip():
            return
        text = (self.tr("Anotación de %1") if kind == "note" else self.tr("Política de %1")).replace("%1", cid)
        self.document.apply(with_setting(text, key, value or None, merge_key=key))

    # -- risk thresholds ------------------------------------------------------------------
    def _build_thresholds(self) -> None:
        from mcda.justification.risk import DEFAULT_THRESHOLDS

        p = self.justification.problem
        wanted = [cid for cid in DEFAULT_THRESHOLDS if cid in p.criterion_ids]
        if list(self.spins) == wanted:
            self._sync_spins()
            return
        while self.threshold_form.count():
            item = self.threshold_form.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.spins = {}
        for cid in wanted:
            maximum, step, decimals = THRESHOLD_SPINS[cid]
            spin = QDoubleSpinBox()
            spin.setObjectName(f"threshold_{cid}")
            spin.setRange(OFF, maximum)
            spin.setSingleStep(step)
            spin.setDecimals(decimals)
            spin.setSpecialValueText(self.tr("sin alerta"))
            spin.setKeyboardTracking(False)
            fmt.show_thousands(spin)  # 2,500 as the justification writes it
            spin.valueChanged.connect(lambda value, c=cid: self._on_threshold(c, value))
            self.spins[cid] = spin
            c = p.criterion(cid)
            label = QLabel(f"{cid} ({c.unit})" if c.unit else cid)
            label.setToolTip(c.name)
            spin.setToolTip(c.name)
            label.setBuddy(spin)
            self.threshold_form.addWidget(label)
            self.threshold_form.addWidget(spin, 1)
        self.thresholds.setVisible(bool(self.spins))
        self._sync_spins()

    def _sync_spins(self) -> None:
        from mcda.justification.risk import DEFAULT_THRESHOLDS, parse_threshold, setting_key

        for cid, spin in self.spins.items():
            stored = self._setting(setting_key(cid))
            value = DEFAULT_THRESHOLDS[cid] if not stored else parse_threshold(stored)
            spin.blockSignals(True)
            spin.setValue(OFF if value is None else value)
            spin.blockSignals(False)

    def _on_threshold(self, cid: str, value: float) -> None:
        from mcda.justification.risk import DEFAULT_THRESHOLDS, setting_key

        if self._loading or self.document.problem is None:
            return
        if value <= OFF:
            stored: str | None = "off"
        elif abs(value - DEFAULT_THRESHOLDS[cid]) < 1e-12:
            stored = None
        else:
            stored = f"{value:g}"
        if stored == (self._setting(setting_key(cid)) or None):
            return
        self.document.apply(with_setting(self.tr("Umbral de riesgo de %1").replace("%1", cid), setting_key(cid),
                                         stored, merge_key=setting_key(cid)))
