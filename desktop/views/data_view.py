"""Datos: the clusters table, import problems, and the missing-value policy."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from desktop import session, settings
from desktop.document import Document
from desktop.models.clusters_model import SORT_ROLE, ClustersModel
from desktop.models.filter_proxy import TextFilterProxy
from desktop.operations import set_settings
from mcda.problem import Problem

POLICY_LABELS = {
    "error": QT_TRANSLATE_NOOP("DataView", "No calcular mientras falten valores"),
    "exclude": QT_TRANSLATE_NOOP("DataView", "Excluir los clústeres con valores faltantes"),
    "median": QT_TRANSLATE_NOOP("DataView", "Usar la mediana de la columna"),
    "worst": QT_TRANSLATE_NOOP("DataView", "Usar el peor valor de la columna"),
}


def policy_label(policy: str) -> str:
    text = POLICY_LABELS.get(policy)
    return QCoreApplication.translate("DataView", text) if text else policy


class DataView(QWidget):
    """The decision matrix as the committee sees it."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = ClustersModel(document, self)
        self.proxy = TextFilterProxy((0, 1, 2), SORT_ROLE, self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("clusterFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filtrar por código, nombre o región…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.count_label = QLabel()

        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("missingPolicy")
        self.policy_combo.setToolTip(self.tr("Qué hacer con las celdas vacías al calcular el orden de prioridad"))
        from mcda.missing import POLICIES

        for policy in POLICIES:
            self.policy_combo.addItem(policy_label(policy), policy)
        self.policy_combo.activated.connect(self._on_policy)
        policy_label_widget = QLabel(self.tr("Valores &faltantes:"))
        policy_label_widget.setBuddy(self.policy_combo)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(policy_label_widget)
        top.addWidget(self.policy_combo)

        self.table = QTableView()
        self.table.setObjectName("clustersTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)

        self.issues_label = QLabel()
        self.issues_list = QListWidget()
        self.issues_list.setObjectName("importProblems")
        self.issues_list.setWordWrap(True)
        self.issues_list.currentItemChanged.connect(self._on_issue)
        self.issues_list.itemActivated.connect(self._on_issue)
        issues_box = QWidget()
        issues_layout = QVBoxLayout(issues_box)
        issues_layout.setContentsMargins(0, 0, 0, 0)
        issues_layout.addWidget(self.issues_label)
        issues_layout.addWidget(self.issues_list)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(issues_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)

        document.problemChanged.connect(self._on_problem)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    # -- refresh ------------------------------------------------------------
    def reload(self) -> None:
        self.filter_edit.clear()
        self._on_problem(self.document.problem)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col), 70), 260))

    def _on_problem(self, problem: Problem | None) -> None:
        if problem is None:
            return
        index = self.policy_combo.findData(session.missing_policy(problem))
        self.policy_combo.setCurrentIndex(max(index, 0))
        self._refresh_issues(problem)
        self._update_count()

    def _update_count(self, *_: Any) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        text = self.tr("%1 clústeres").replace("%1", str(total)) if shown == total else \
            self.tr("%1 de %2 clústeres").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    def _cell_map(self) -> dict[str, tuple[str, str]]:
        result = self.document.read_result
        cell_of = getattr(result, "cell_of", None) or {}
        return {str(loc): key for key, loc in cell_of.items()}

    def _refresh_issues(self, problem: Problem) -> None:
        """Import problems still present, plus every value currently missing."""
        from mcda.text import render

        lang = settings.language()
        original = self.document.original
        cell_map = self._cell_map()
        issues = list(getattr(self.document.read_result, "issues", ()) or ())
        self.issues_list.clear()
        problems: dict[tuple[str, str], str] = {}
        listed: set[tuple[str, str]] = set()
        for issue in issues:
            key = cell_map.get(issue.location)
            if key is not None and original is not None and _edited(original, problem, key):
                continue  # the committee fixed that cell
            text = render(issue, lang)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, list(key) if key else None)
            item.setToolTip(text)
            self.issues_list.addItem(item)
            if key is not None:
                listed.add(key)
                if issue.is_error and _has_key(problem, key):
                    problems[key] = text
        for key in problem.missing_cells():
            if key in listed:
                continue
            cluster, criterion = problem.cluster(key[0]), problem.criterion(key[1])
            text = self.tr("Falta el valor de «%1» para %2.").replace("%1", criterion.name).replace(
                "%2", cluster.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, list(key))
            self.issues_list.addItem(item)
        self.model.set_cell_problems(problems)
        n = self.issues_list.count()
        self.issues_label.setText(self.tr("Problemas de los datos: ninguno") if n == 0 else
                                  self.tr("Problemas de los datos (%1): haga clic para ir a la celda")
                                  .replace("%1", str(n)))

    # -- actions ------------------------------------------------------------
    def _on_issue(self, item: QListWidgetItem | None, *_: Any) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.select_cell(str(key[0]), str(key[1]))

    def select_cell(self, cluster_id: str, criterion_id: str) -> bool:
        p = self.document.problem
        if p is None or cluster_id not in p.cluster_ids or criterion_id not in p.criterion_ids:
            return False
        self.filter_edit.clear()
        source = self.model.index(p.cluster_index(cluster_id), self.model.criterion_column(criterion_id))
        index = self.proxy.mapFromSource(source)
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)
        return True

    def current_key(self) -> tuple[str, str] | None:
        index: QModelIndex = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.key(self.proxy.mapToSource(index))

    def _on_policy(self, row: int) -> None:
        policy = str(self.policy_combo.itemData(row))
        text = self.tr("Valores faltantes: %1").replace("%1", policy_label(policy))
        self.document.apply(set_settings(text, {session.MISSING_POLICY: policy}))


def _has_key(problem: Problem, key: tuple[str, str]) -> bool:
    return key[0] in problem.cluster_ids and key[1] in problem.criterion_ids


def _edited(original: Problem, problem: Problem, key: tuple[str, str]) -> bool:
    if not (_has_key(original, key) and _has_key(problem, key)):
        return False
    a, b = original.value(*key), problem.value(*key)
    return not (a == b or (math.isnan(a) and math.isnan(b)))
