"""Resultados: the ranking table, the method and its parameters, the score chart."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from desktop import colors, fmt, methods_text, session, settings
from desktop.document import Document
from desktop.models.ranking_model import SORT_ROLE, RankingModel
from desktop.operations import set_settings
from desktop.ranking import Outcome, Ranker, method_ids
from desktop.widgets.score_chart import ScoreChart
from desktop.widgets.vikor_compromise import CompromiseLabel
from mcda.problem import Problem


class ResultsView(QWidget):
    """The priority list under the chosen method, compared with the others."""

    def __init__(self, document: Document, ranker: Ranker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ranker = ranker

        self.method_combo = QComboBox()
        self.method_combo.setObjectName("methodCombo")
        for m in method_ids():
            self.method_combo.addItem(methods_text.name(m), m)
            self.method_combo.setItemData(self.method_combo.count() - 1, methods_text.description(m),
                                          Qt.ItemDataRole.ToolTipRole)
        self.method_combo.activated.connect(self._on_method)
        self.params_form = QFormLayout()
        self.param_widgets: dict[str, QWidget] = {}
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("rankingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compromise = CompromiseLabel()  # VIKOR's compromise set and conditions, when VIKOR is the method

        method_row = QFormLayout()
        method_row.addRow(self.tr("&Método principal:"), self.method_combo)
        top = QHBoxLayout()
        top.addLayout(method_row)
        top.addLayout(self.params_form)
        top.addWidget(self.description, 1)

        self.model = RankingModel(ranker, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("rankingTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = ScoreChart()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultTabs")
        self.tabs.addTab(self.table, self.tr("&Tabla de prioridades"))
        self.tabs.addTab(self.chart, self.tr("&Gráfico de puntajes"))
        self.tabs.currentChanged.connect(lambda _i: self.entered())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.compromise)
        layout.addWidget(self.tabs, 1)

        document.problemChanged.connect(self._on_problem)
        ranker.resultsReady.connect(self._on_results)
        ranker.busyChanged.connect(self._on_busy)

    # -- refresh ----------------------------------------------------------------
    def reload(self) -> None:
        self._on_problem(self.document.problem)

    def entered(self) -> None:
        if self.ranker.latest is not None and self.chart.isVisible():
            self.chart.show_outcome(self._good_outcome())

    def _good_outcome(self) -> Outcome | None:
        latest = self.ranker.latest
        return latest if latest is not None and latest.analysis is not None else self.model.outcome

    def _on_problem(self, problem: Problem | None) -> None:
        if problem is None:
            return
        method = session.method(problem)
        index = self.method_combo.findData(method)
        if index >= 0:
            self.method_combo.setCurrentIndex(index)
        self.description.setText(methods_text.description(method))
        self._build_params(problem, method)

    def _build_params(self, problem: Problem, method: str) -> None:
        from mcda.methods import method_info

        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self.param_widgets = {}
        info = method_info(method)
        stored = session.method_params(problem, method)
        for spec in info.parameters:
            value = info.resolve({spec.key: stored[spec.key]})[spec.key] if spec.key in stored else spec.default
            widget: QWidget
            if spec.choices is not None:
                combo = QComboBox()
                for choice in spec.choices:
                    combo.addItem(choice, choice)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.activated.connect(lambda _i, k=spec.key, c=combo: self._on_param(k, str(c.currentData())))
                widget = combo
            else:
                spin = QDoubleSpinBox()
                spin.setRange(spec.minimum if spec.minimum is not None else -1e9,
                              spec.maximum if spec.maximum is not None else 1e9)
                spin.setDecimals(2)
                spin.setSingleStep(0.05)
                spin.setValue(float(value))
                spin.setKeyboardTracking(False)
                spin.valueChanged.connect(lambda v, k=spec.key: self._on_param(k, repr(round(v, 6))))
                widget = spin
            widget.setObjectName(f"param_{spec.key}")
            self.param_widgets[spec.key] = widget
            self.params_form.addRow(methods_text.parameter(spec.key) + ":", widget)

    def _on_busy(self, busy: bool) -> None:
        if busy and self.ranker.latest is None:
            self.status.setText(self.tr("Calculando…"))

    def _on_results(self, outcome: Outcome) -> None:
        from mcda.text import render

        lang = settings.language()
        self.compromise.show_analysis(outcome.analysis)
        if outcome.analysis is None:
            text = "<br>".join(render(i, lang) for i in outcome.issues[:8])
            more = len(outcome.issues) - 8
            if more > 0:
                text += "<br>" + self.tr("… y %1 problemas más.").replace("%1", str(more))
            self.status.setText(f"<span style='color:{colors.CR_BAD}'><b>"
                                + self.tr("No se puede calcular el orden de prioridad:") + f"</b><br>{text}</span>")
            return
        warnings = [render(i, lang) for i in outcome.issues]
        base = self.tr("%1 clústeres ordenados con %2 en %3 ms.").replace(
            "%1", str(len(outcome.analysis.main.order))).replace(
            "%2", methods_text.name(outcome.analysis.main.method)).replace("%3", fmt.number(outcome.seconds * 1000, 0))
        if warnings:
            shown = list(dict.fromkeys(warnings))
            extra = len(shown) - 2
            lines = shown[:2] + ([self.tr("… y %1 avisos más.").replace("%1", str(extra))] if extra > 0 else [])
            base += f"<br><span style='color:{colors.CR_WARN}'>" + "<br>".join(lines) + "</span>"
            self.status.setToolTip("\n".join(shown))
        else:
            self.status.setToolTip("")
        self.status.setText(base)
        if self.chart.isVisible():
            self.chart.show_outcome(outcome)

    # -- edits ------------------------------------------------------------------
    def _on_method(self, row: int) -> None:
        method = str(self.method_combo.itemData(row))
        text = self.tr("Método principal: %1").replace("%1", methods_text.name(method))
        self.document.apply(set_settings(text, {session.METHOD: method}))

    def _on_param(self, key: str, value: str) -> None:
        problem = self.document.problem
        if problem is None:
            return
        method = session.method(problem)
        text = self.tr("%1 de %2: %3").replace("%1", methods_text.parameter(key)).replace(
            "%2", methods_text.short(method)).replace("%3", value)
        self.document.apply(set_settings(text, {session.param_key(method, key): value}))
