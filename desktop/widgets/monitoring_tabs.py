"""The four tabs of the Seguimiento step: changes, places, trends and targets.

:meth:`MonitoringTabs.show_result` takes what the step computed (rounds, the
comparison with the chosen round, the targets' progress) and fills the tables;
charts are drawn only when their tab is visible, so matplotlib loads on first use.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from desktop.document import Document
from desktop.models.monitoring_models import KEY_ROLE, SORT_ROLE, ChangesModel, MovesModel
from desktop.widgets.monitoring_charts import SlopeChart, TrendChart
from desktop.widgets.monitoring_targets import TargetsEditor

CHANGES, PLACES, TRENDS, TARGETS = range(4)


def _table(name: str, model: Any) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table, proxy


class MonitoringTabs(QTabWidget):
    """Changes, places (table and slope chart), trends of one cluster, targets."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rounds: Any = None
        self.comparison: Any = None
        self.selected: str | None = None  # the cluster picked in the places table (bold in the chart)

        self.changes_model = ChangesModel(self)
        self.changes_table, self.changes_proxy = _table("changesTable", self.changes_model)
        self.all_values = QCheckBox(self.tr("Mostrar también los valores sin cambio"))
        self.all_values.toggled.connect(lambda _c: self._show_changes())
        changes = QWidget()
        cl = QVBoxLayout(changes)
        cl.addWidget(self.all_values)
        cl.addWidget(self.changes_table, 1)

        self.moves_model = MovesModel(self)
        self.moves_table, self.moves_proxy = _table("movesTable", self.moves_model)
        self.moves_table.selectionModel().currentRowChanged.connect(self._on_move_selected)
        self.slope = SlopeChart()
        self.slope.setObjectName("slopeChart")
        header = self.moves_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # room for the chart beside it
        metrics = self.fontMetrics()
        for column in range(MovesModel.COLUMNS.__len__()):
            header.resizeSection(column, metrics.horizontalAdvance("M" * (22 if column == 0 else 6)))
        self.slope.setMinimumWidth(460)
        places = QSplitter()
        places.addWidget(self.moves_table)
        places.addWidget(self.slope)
        places.setStretchFactor(0, 0)
        places.setStretchFactor(1, 1)
        places.setSizes([650, 490])

        self.trend_combo = QComboBox()
        self.trend_combo.setObjectName("trendCluster")
        self.trend_combo.activated.connect(lambda _i: self._show_trend())
        self.trend = TrendChart()
        self.trend.setObjectName("trendChart")
        trends = QWidget()
        tl = QVBoxLayout(trends)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Clúster:")))
        row.addWidget(self.trend_combo, 1)
        tl.addLayout(row)
        tl.addWidget(self.trend, 1)

        self.targets = TargetsEditor(document)
        self.targets.setObjectName("targetsEditor")

        self.addTab(changes, self.tr("Cambios en los indicadores"))
        self.addTab(places, self.tr("Puestos"))
        self.addTab(trends, self.tr("Tendencias"))
        self.addTab(self.targets, self.tr("Metas"))
        self.currentChanged.connect(lambda _i: self.draw_current())

    def show_result(self, rounds: Any, comparison: Any, progress: list[Any]) -> None:
        self.rounds, self.comparison = rounds, comparison
        self._show_changes()
        self.moves_model.set_comparison(comparison)
        names = rounds.names() if rounds is not None else {}
        criteria: dict[str, str] = {}
        for s in rounds.all if rounds is not None else []:
            criteria.update({c.id: c.name for c in s.problem.criteria})
        self.targets.model.set_progress(progress, names, criteria)
        self.targets.set_baseline(rounds.baseline if rounds is not None else None)
        current = self.trend_combo.currentData()
        self.trend_combo.clear()
        for cid in rounds.cluster_ids() if rounds is not None else []:
            self.trend_combo.addItem(names.get(cid, cid), cid)
        index = self.trend_combo.findData(current)
        self.trend_combo.setCurrentIndex(index if index >= 0 else 0)
        self.draw_current()

    def _show_changes(self) -> None:
        self.changes_model.set_comparison(self.comparison, not self.all_values.isChecked())

    def _on_move_selected(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        cid = self.moves_proxy.data(current, KEY_ROLE)
        self.selected = cid
        index = self.trend_combo.findData(cid)
        if index >= 0:
            self.trend_combo.setCurrentIndex(index)
        self.slope.show_rounds(self.rounds, cid)

    def _show_trend(self) -> None:
        self.trend.show_cluster(self.rounds, self.trend_combo.currentData())

    def draw_current(self) -> None:
        """Draw the chart of the visible tab (matplotlib loads on first use)."""
        if self.currentIndex() == PLACES:
            self.slope.show_rounds(self.rounds, self.selected)
        elif self.currentIndex() == TRENDS:
            self._show_trend()
