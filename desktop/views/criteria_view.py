"""Criterios: edit, add, remove and reorder the criteria; group colours."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QKeySequence, QPixmap, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desktop import colors
from desktop.document import Document
from desktop.models.criteria_model import COLUMNS, CriteriaModel, direction_choices, preference_choices
from desktop.operations import add_criterion_everywhere, remove_criterion_everywhere, reorder_criteria
from desktop.widgets.delegates import ChoiceDelegate
from mcda.problem import Criterion, Problem


def swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CriteriaView(QWidget):
    """The criteria of the problem, one row each."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = CriteriaModel(document, self)
        self.table = QTableView()
        self.table.setObjectName("criteriaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.group_delegate = ChoiceDelegate(self._group_choices, editable=True, parent=self)
        self.direction_delegate = ChoiceDelegate(direction_choices, parent=self)
        self.preference_delegate = ChoiceDelegate(preference_choices, parent=self)
        self.table.setItemDelegateForColumn(COLUMNS.index("group"), self.group_delegate)
        self.table.setItemDelegateForColumn(COLUMNS.index("direction"), self.direction_delegate)
        self.table.setItemDelegateForColumn(COLUMNS.index("preference"), self.preference_delegate)

        self.add_button = QPushButton(self.tr("&Añadir criterio"))
        self.add_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_button.setToolTip(self.tr("Añadir un criterio después del seleccionado (Ctrl+Mayús+N); "
                                           "sus valores quedan por completar en Datos"))
        self.remove_button = QPushButton(self.tr("&Quitar criterio"))
        self.remove_button.setToolTip(self.tr("Quitar el criterio seleccionado con sus valores (se puede deshacer)"))
        self.up_button = QPushButton(self.tr("&Subir"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.setToolTip(self.tr("Mover el criterio seleccionado hacia arriba (Alt+↑)"))
        self.down_button = QPushButton(self.tr("&Bajar"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.down_button.setToolTip(self.tr("Mover el criterio seleccionado hacia abajo (Alt+↓)"))
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button.clicked.connect(self.remove_criterion)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))

        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.legend = QHBoxLayout()
        intro = QLabel(self.tr("Haga doble clic en una celda para editarla. Cada grupo tiene un color, el mismo "
                               "en todas las tablas y gráficos."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.legend)
        layout.addWidget(self.table, 1)
        self.details = QLabel()
        self.details.setObjectName("criterionDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().height() * 3)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        document.problemChanged.connect(self._on_problem)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

    def reload(self) -> None:
        self._on_problem(self.document.problem)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 320))
        if self.model.rowCount():
            self.table.selectRow(0)

    def _on_problem(self, problem: Problem | None) -> None:
        while self.legend.count():
            item = self.legend.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if problem is None:
            return
        legend_title = QLabel(self.tr("Grupos:"))
        self.legend.addWidget(legend_title)
        for group, color in colors.group_colors(problem.groups).items():
            count = sum(1 for c in problem.criteria if c.group == group)
            label = QLabel(f"<span style='color:{color}; font-size:large'>■</span> {group or self.tr('(sin grupo)')}"
                           f" ({count})")
            self.legend.addWidget(label)
        self.legend.addStretch(1)
        self._show_details()

    def _show_details(self) -> None:
        """The selected criterion's full description and provenance, below the table."""
        p = self.document.problem
        row = self._current_row()
        if p is None or not 0 <= row < len(p.criteria):
            self.details.clear()
            return
        c = p.criteria[row]
        source = ", ".join(x for x in (c.source, c.year) if x)
        description = c.description or self.tr("(sin descripción)")
        text = f"<b>{c.id} — {c.name}</b>: {description}"
        if source:
            text += "<br>" + self.tr("Fuente: %1").replace("%1", source)
        self.details.setText(text)

    def _group_choices(self) -> list[tuple[str, object]]:
        p = self.document.problem
        return [(g, g) for g in (p.groups if p else []) if g]

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add_criterion(self) -> None:
        p = self.document.problem
        if p is None:
            return
        row = self._current_row()
        existing = set(p.criterion_ids)
        n = len(existing) + 1
        while f"C{n}" in existing:
            n += 1
        group = p.criteria[row].group if row >= 0 else (p.groups[0] if p.groups else "")
        criterion = Criterion(f"C{n}", self.tr("Nuevo criterio %1").replace("%1", str(n)), group=group,
                              weight=0.0 if p.weights_given else None)
        index = row + 1 if row >= 0 else len(p.criteria)
        self.document.apply(add_criterion_everywhere(self.tr("Añadir el criterio %1").replace("%1", criterion.id),
                                                     criterion, index))
        self._select(index)

    def remove_criterion(self) -> None:
        p = self.document.problem
        row = self._current_row()
        if p is None or row < 0 or len(p.criteria) <= 1:
            return
        c = p.criteria[row]
        self.document.apply(remove_criterion_everywhere(self.tr("Quitar el criterio %1").replace("%1", c.name), c.id))
        self._select(min(row, len(p.criteria) - 2))

    def move(self, step: int) -> None:
        p = self.document.problem
        row = self._current_row()
        target = row + step
        if p is None or row < 0 or not 0 <= target < len(p.criteria):
            return
        order = p.criterion_ids
        order[row], order[target] = order[target], order[row]
        text = self.tr("Mover el criterio %1").replace("%1", p.criteria[row].name)
        self.document.apply(reorder_criteria(text, order))
        self._select(target)

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, max(self.table.currentIndex().column(), 1))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


