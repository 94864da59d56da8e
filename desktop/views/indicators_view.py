"""Indicadores: compute criteria from raw regional data and push them into the
decision matrix.

Import a raw-data workbook (or the illustrative sample), choose the region
(or "each cluster in its region") and the years, preview the cluster and
sector indicators with the formula of the selected one in a side panel, see
the region × cluster map of location quotients and the workbook's problems
(sheet and cell), then either add or replace the chosen criteria in the open
problem — one undoable step — or start a new decision problem from them.

The loaded data live in :class:`~desktop.models.indicators_state.IndicatorsSession`
(one per document), so this step and the page shown before any workbook is
open (``standalone=True``) share them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desktop import colors, settings
from desktop.document import Document
from desktop.models.indicators_state import IndicatorsSession, push_operation, sample_path
from desktop.models.indicators_table import COLUMN_ROLE, SORT_ROLE, IndicatorTableModel
from desktop.widgets.indicators_criteria import CriteriaChecklist
from desktop.widgets.indicators_formula import FormulaPanel
from desktop.widgets.indicators_heatmap import LqHeatmap
from desktop.widgets.indicators_issues import IssuesPanel
from desktop.widgets.indicators_options import IndicatorOptions

if TYPE_CHECKING:
    from mcda.errors import Issue
    from mcda.problem import Problem


class IndicatorsView(QWidget):
    """The step; ``files`` is the window's file controller (asks before
    discarding unsaved work when a new problem is created)."""

    backRequested = Signal()

    def __init__(self, document: Document, files: Any = None, standalone: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.files = files
        self.lang = settings.language()
        self.session = IndicatorsSession.of(document)
        self.workers = self.session.workers

        # -- source and options --------------------------------------------------
        self.back_button = QPushButton(self.tr("← &Inicio"))
        self.back_button.setVisible(standalone)
        self.back_button.clicked.connect(self.backRequested)
        self.source_label = QLabel()
        self.source_label.setObjectName("rawSource")
        self.open_button = QPushButton(self.tr("&Abrir datos brutos…"))
        self.open_button.setToolTip(self.tr("Un libro con las hojas Empleo, Insumo-Producto, Mapeo y, si las hay, "
                                            "Empresas y Exportaciones (vea docs/indicadores.md)"))
        self.open_button.clicked.connect(self.open_dialog)
        self.sample_button = QPushButton(self.tr("Usar los datos brutos de &muestra"))
        self.sample_button.setToolTip(self.tr("Datos ilustrativos, coherentes con el libro de decisión de muestra"))
        self.sample_button.clicked.connect(self.use_sample)
        self.reload_button = QPushButton(self.tr("&Volver a leer"))
        self.reload_button.setToolTip(self.tr("Leer otra vez el mismo libro, después de corregirlo"))
        self.reload_button.clicked.connect(self.session.reload)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.source_label, 1)
        for b in (self.open_button, self.sample_button, self.reload_button):
            top.addWidget(b)

        self.options = IndicatorOptions(self.session)
        # the option combos and the status line, as attributes of the step
        self.region_combo, self.year_combo = self.options.region_combo, self.options.year_combo
        self.base_combo, self.status = self.options.base_combo, self.options.status

        # -- tables, map, problems ---------------------------------------------------
        self.clusters_model = IndicatorTableModel("clusters", self.lang, self)
        self.sectors_model = IndicatorTableModel("sectors", self.lang, self)
        self.clusters_proxy, self.clusters_table = self._table(self.clusters_model, "clusterIndicators")
        self.sectors_proxy, self.sectors_table = self._table(self.sectors_model, "sectorIndicators")
        self.heatmap = LqHeatmap()
        self.issues = IssuesPanel(self.lang)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("indicatorTabs")
        self.tabs.addTab(self.clusters_table, self.tr("Clústeres"))
        self.tabs.addTab(self.sectors_table, self.tr("Sectores"))
        self.tabs.addTab(self.heatmap, self.tr("Mapa de cocientes de localización"))
        self.tabs.addTab(self.issues, self.tr("Problemas"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setEnabled(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(self.notes)

        # -- side panel: formula, criteria, actions ------------------------------------
        self.formula = FormulaPanel(self.lang)
        self.criteria = CriteriaChecklist(self.lang)
        self.criteria.criterionSelected.connect(self._explain_criterion)
        self.criteria.choiceChanged.connect(self._update_actions)
        self.push_button = QPushButton(self.tr("&Añadir o reemplazar en la matriz"))
        self.push_button.setObjectName("pushIndicators")
        self.push_button.setToolTip(self.tr("Escribir los criterios marcados en la matriz de decisión, con su "
                                            "fuente, año y fórmula (Ctrl+Z lo deshace)"))
        self.push_button.clicked.connect(self.push)
        self.new_button = QPushButton(self.tr("Crear un problema &nuevo con estos indicadores"))
        self.new_button.setObjectName("newFromIndicators")
        self.new_button.setToolTip(self.tr("Un libro de decisión nuevo, sin guardar, con los clústeres y los "
                                           "criterios marcados"))
        self.new_button.clicked.connect(self.create_problem)
        self.result = QLabel()
        self.result.setObjectName("pushResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        criteria_box = QWidget()
        criteria_layout = QVBoxLayout(criteria_box)
        criteria_layout.setContentsMargins(0, 0, 0, 0)
        criteria_layout.addWidget(QLabel(self.tr("Criterios para la matriz de decisión:")))
        criteria_layout.addWidget(self.criteria, 1)
        criteria_layout.addWidget(self.push_button)
        criteria_layout.addWidget(self.new_button)
        criteria_layout.addWidget(self.result)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.formula)
        side.addWidget(criteria_box)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        side.setSizes([360, 300])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 400])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.options)
        layout.addWidget(splitter, 1)

        self.session.changed.connect(self.refresh)
        self.session.busyChanged.connect(self._on_busy)
        document.problemChanged.connect(self._on_problem)
        self.refresh()

    def _table(self, model: IndicatorTableModel, name: str) -> tuple[QSortFilterProxyModel, QTableView]:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table = QTableView()
        table.setObjectName(name)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        header.sectionClicked.connect(lambda section, t=table: self._explain(t, section, None))
        table.selectionModel().currentChanged.connect(
            lambda current, _prev, t=table: self._explain(t, current.column(), current))
        return proxy, table

    # -- refresh ---------------------------------------------------------------------
    def reload(self) -> None:
        """A new decision problem was loaded."""
        self.result.clear()
        self._on_problem(self.document.problem)

    def _on_problem(self, problem: Problem | None) -> None:
        self.criteria.refresh(self.session.report, problem)
        self._update_actions()

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Calculando…"))
        else:
            self._update_status()
        for w in (self.open_button, self.sample_button):
            w.setEnabled(not busy)
        self.reload_button.setEnabled(not busy and self.session.path is not None)
        self._update_actions()

    def refresh(self) -> None:
        """Show what the session holds (after a read or a computation)."""
        s = self.session
        if s.path is None:
            self.source_label.setText(self.tr("Datos brutos: ninguno. Abra un libro de datos brutos o use la "
                                              "muestra."))
        else:
            name = s.path.name + (self.tr(" (muestra ilustrativa)") if s.is_sample else "")
            self.source_label.setText(self.tr("Datos brutos: %1").replace("%1", name))
        self.reload_button.setEnabled(s.path is not None and not s.busy)
        self.options.show_session()
        report = s.report if s.raw is not None else None
        self.clusters_model.set_frame(report.clusters if report is not None else None)
        self.sectors_model.set_frame(report.sectors if report is not None else None)
        for table in (self.clusters_table, self.sectors_table):
            table.resizeColumnsToContents()
            for col in range(table.model().columnCount()):
                table.setColumnWidth(col, min(max(table.columnWidth(col), 70), 230))
        self.heatmap.show_report(report)
        self.issues.set_issues(s.issues, s.path, editable=not s.is_sample)
        n = self.issues.count()
        self.tabs.setTabText(3, self.tr("Problemas (%1)").replace("%1", str(n)) if n else self.tr("Problemas"))
        self.notes.setText(" ".join(_message(code, self.lang) for code in report.notes) if report else "")
        self.criteria.refresh(report, self.document.problem)
        if self.formula.key and report is not None:
            model = self.clusters_model if self.formula.kind == "clusters" else self.sectors_model
            table = self.clusters_table if self.formula.kind == "clusters" else self.sectors_table
            column = model.column_of(self.formula.key)
            if column >= 0:
                self._explain(table, column, None)
            else:
                self.formula.clear_panel()
        elif report is None:
            self.formula.clear_panel()
        self._update_status()
        self._update_actions()

    def _update_status(self) -> None:
        s = self.session
        if s.busy:
            return
        errors = [i for i in s.issues if i.is_error]
        if s.path is None:
            text = ""
        elif errors:
            text = self.tr("Hay %1 errores en los datos brutos: vea la pestaña Problemas, corríjalos y use "
                           "«Volver a leer».").replace("%1", str(len(errors))) if s.raw is None else \
                self.tr("No se pudo calcular con estas opciones: vea la pestaña Problemas.")
            self.tabs.setCurrentWidget(self.issues)
            text = f"<span style='color:{colors.CR_BAD}'>{text}</span>"
        elif s.report is not None:
            text = self.tr("%1 clústeres y %2 sectores calculados.").replace(
                "%1", str(len(s.report.clusters))).replace("%2", str(len(s.report.sectors)))
        else:
            text = ""
        self.status.setText(text)

    def _update_actions(self) -> None:
        report = self.session.report if self.session.raw is not None else None
        ready = report is not None and not report.clusters.empty and not self.session.busy
        chosen = bool(self.criteria.chosen())
        has_problem = self.document.problem is not None
        self.push_button.setEnabled(ready and chosen and has_problem)
        self.new_button.setEnabled(ready and chosen)
        if not has_problem:
            self.push_button.setToolTip(self.tr("Abra primero un libro de decisión, o cree uno nuevo con estos "
                                                "indicadores"))

    # -- formula panel ---------------------------------------------------------------
    def _explain(self, table: QTableView, section: int, index: QModelIndex | None) -> None:
        report = self.session.report
        proxy = table.model()
        model: IndicatorTableModel = proxy.sourceModel()  # type: ignore[attr-defined]
        key = model.column_key(section)
        if report is None or not key:
            return
        row = value = None
        if index is not None and index.isValid():
            source = proxy.mapToSource(index)  # type: ignore[attr-defined]
            row = model.rows[source.row()]
            value = str(model.data(source))
        self.formula.explain(report, model.kind, key, model.header_text(section), row, value)

    def _explain_criterion(self, criterion_id: str) -> None:
        from mcda.indicators.criteria import by_id

        column = self.clusters_model.column_of(by_id(criterion_id).column)
        if column >= 0:
            self._explain(self.clusters_table, column, None)

    def column_header_key(self, table: QTableView, section: int) -> str:
        return str(table.model().headerData(section, Qt.Orientation.Horizontal, COLUMN_ROLE) or "")

    # -- actions ---------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Abrir datos brutos"), settings.last_directory(),
                                              self.tr("Libros de cálculo (*.xlsx *.xlsm *.xls *.ods);;"
                                                      "Todos los archivos (*)"))
        if path:
            self.result.clear()
            self.session.load(path)

    def use_sample(self) -> None:
        self.result.clear()
        self.session.load(sample_path(), sample=True)

    def push(self) -> bool:
        """Add or replace the checked criteria in the open problem (one undo step)."""
        from mcda.errors import McdaError

        problem, report = self.document.problem, self.session.report
        ids = self.criteria.chosen()
        if problem is None or report is None or not ids:
            return False
        text = self.tr("Indicadores: añadir o reemplazar %1 criterios").replace("%1", str(len(ids)))
        try:
            operation, warnings = push_operation(text, problem, report, ids, self.lang)
        except McdaError as exc:
            self._show_result([], list(exc.issues))
            return False
        before = set(problem.criterion_ids)
        if not self.document.apply(operation):
            self.result.setText(self.tr("La matriz ya tenía estos valores: no cambió nada."))
            return False
        added = [i for i in ids if i not in before]
        replaced = [i for i in ids if i in before]
        summary = self.tr("Listo: %1 criterios añadidos y %2 reemplazados, con su fuente, año y fórmula. "
                          "Ctrl+Z lo deshace.").replace("%1", str(len(added))).replace("%2", str(len(replaced)))
        self._show_result([summary], list(warnings))
        return True

    def create_problem(self) -> bool:
        """A new, unsaved decision problem with the clusters and the checked criteria."""
        from mcda.errors import McdaError
        from mcda.indicators.criteria import criteria_problem

        report = self.session.report
        ids = self.criteria.chosen()
        if report is None or not ids:
            return False
        try:
            problem, warnings = criteria_problem(report, self.lang, ids)
        except McdaError as exc:
            self._show_result([], list(exc.issues))
            return False
        name = self.tr("Indicadores de %1").replace("%1", self.session.source_name or "-")
        files = self.files if self.files is not None else getattr(self.window(), "files", None)
        load = getattr(files, "load_problem", None)
        if callable(load):
            if not load(problem, name):
                return False
        else:
            if self.document.dirty and QMessageBox.question(
                    self, self.tr("Cambios sin guardar"),
                    self.tr("La sesión abierta tiene cambios sin guardar que se perderán. ¿Quiere continuar?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return False
            self.document.load(problem, None)
        self._show_result([self.tr("Se creó un problema de decisión con %1 clústeres y %2 criterios. Complete "
                                   "los criterios que no salen de estos datos y guárdelo.")
                           .replace("%1", str(len(problem.clusters))).replace("%2", str(len(problem.criteria)))],
                          list(warnings))
        return True

    def _show_result(self, lines: list[str], issues: list[Issue]) -> None:
        from mcda.text import render

        import html

        parts = [html.escape(line) for line in lines]
        for issue in issues:
            color = colors.CR_BAD if issue.is_error else colors.CR_WARN
            parts.append(f"<span style='color:{color}'>{html.escape(render(issue, self.lang))}</span>")
        self.result.setText("<br>".join(parts))


def _message(code: str, lang: str) -> str:
    from mcda.text import message

    return message(code, lang)
