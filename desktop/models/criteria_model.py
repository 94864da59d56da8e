"""The criteria table of the Criterios step."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from desktop import colors, fmt
from desktop.document import Document
from desktop.operations import set_criterion_field
from desktop.widgets.delegates import CHOICE_ROLE
from mcda.problem import Direction, PreferenceFunction, Problem

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("id", "name", "group", "direction", "unit", "description", "source", "year", "preference", "q", "p", "s")
HEADERS = {
    "id": QT_TRANSLATE_NOOP("CriteriaModel", "Código"),
    "name": QT_TRANSLATE_NOOP("CriteriaModel", "Nombre"),
    "group": QT_TRANSLATE_NOOP("CriteriaModel", "Grupo"),
    "direction": QT_TRANSLATE_NOOP("CriteriaModel", "Sentido"),
    "unit": QT_TRANSLATE_NOOP("CriteriaModel", "Unidad"),
    "description": QT_TRANSLATE_NOOP("CriteriaModel", "Descripción"),
    "source": QT_TRANSLATE_NOOP("CriteriaModel", "Fuente"),
    "year": QT_TRANSLATE_NOOP("CriteriaModel", "Año"),
    "preference": QT_TRANSLATE_NOOP("CriteriaModel", "Preferencia (PROMETHEE)"),
    "q": QT_TRANSLATE_NOOP("CriteriaModel", "q (indiferencia)"),
    "p": QT_TRANSLATE_NOOP("CriteriaModel", "p (preferencia)"),
    "s": QT_TRANSLATE_NOOP("CriteriaModel", "s (gaussiana)"),
}
DIRECTION_LABELS = {
    Direction.BENEFIT: QT_TRANSLATE_NOOP("CriteriaModel", "Beneficio (más es mejor)"),
    Direction.COST: QT_TRANSLATE_NOOP("CriteriaModel", "Costo (menos es mejor)"),
}
PREFERENCE_LABELS = {
    PreferenceFunction.USUAL: QT_TRANSLATE_NOOP("CriteriaModel", "I · usual"),
    PreferenceFunction.USHAPE: QT_TRANSLATE_NOOP("CriteriaModel", "II · en U (q)"),
    PreferenceFunction.VSHAPE: QT_TRANSLATE_NOOP("CriteriaModel", "III · en V (p)"),
    PreferenceFunction.LEVEL: QT_TRANSLATE_NOOP("CriteriaModel", "IV · por niveles (q, p)"),
    PreferenceFunction.LINEAR: QT_TRANSLATE_NOOP("CriteriaModel", "V · lineal (q, p)"),
    PreferenceFunction.GAUSSIAN: QT_TRANSLATE_NOOP("CriteriaModel", "VI · gaussiana (s)"),
}
EDIT_NAMES = {
    "name": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar el nombre de %1"),
    "group": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar el grupo de %1"),
    "direction": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar el sentido de %1"),
    "unit": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar la unidad de %1"),
    "description": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar la descripción de %1"),
    "source": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar la fuente de %1"),
    "year": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar el año de %1"),
    "preference": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar la función de preferencia de %1"),
    "q": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar el umbral q de %1"),
    "p": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar el umbral p de %1"),
    "s": QT_TRANSLATE_NOOP("CriteriaModel", "Cambiar el parámetro s de %1"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("CriteriaModel", text)


def direction_choices() -> list[tuple[str, Any]]:
    return [(tr(label), d.name) for d, label in DIRECTION_LABELS.items()]


def preference_choices() -> list[tuple[str, Any]]:
    return [(tr(label), f.value) for f, label in PREFERENCE_LABELS.items()]


class CriteriaModel(QAbstractTableModel):
    """One row per criterion, every documented field editable (except the id)."""

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self._problem: Problem | None = document.problem
        document.problemChanged.connect(self.set_problem)

    def set_problem(self, problem: Problem | None) -> None:
        old = self._problem
        self._problem = problem
        if old is not None and problem is not None and old.criterion_ids == problem.criterion_ids \
                and self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self._problem is None else len(self._problem.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def criterion_id(self, row: int) -> str:
        assert self._problem is not None
        return self._problem.criteria[row].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._problem is None or not index.isValid():
            return None
        c = self._problem.criteria[index.row()]
        column = COLUMNS[index.column()]
        value = getattr(c, column)
        if role == CHOICE_ROLE:
            if column == "direction":
                return c.direction.name
            if column == "preference":
                return c.preference.value
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "direction":
                return tr(DIRECTION_LABELS[c.direction])
            if column == "preference":
                return tr(PREFERENCE_LABELS[c.preference])
            if column in ("q", "p", "s"):
                return "" if value is None else fmt.smart(value)
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in ("name", "description") and c.description:
                return c.description
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == "group":
            return QColor(colors.group_colors(self._problem.groups).get(c.group, "#999999"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(HEADERS[COLUMNS[section]])
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] != "id":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Every edit becomes an undoable operation on the document."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._problem is None:
            return False
        c = self._problem.criteria[index.row()]
        column = COLUMNS[index.column()]
        new: Any
        if column == "direction":
            try:
                new = Direction[str(value)]
            except KeyError:
                return False
        elif column == "preference":
            try:
                new = PreferenceFunction(str(value))
            except ValueError:
                return False
        elif column in ("q", "p", "s"):
            text = "" if value is None else str(value)
            number = value if isinstance(value, (int, float)) else fmt.parse(text)
            if number is None and text.strip():
                return False
            if number is not None and (not math.isfinite(float(number)) or float(number) < 0):
                return False
            new = None if number is None else float(number)
        elif column == "id":
            return False
        else:
            new = str(value).strip()
            if column == "name" and not new:
                return False
        if new == getattr(c, column):
            return False
        label = tr(EDIT_NAMES[column]).replace("%1", c.name)
        return self.document.apply(set_criterion_field(label, c.id, **{column: new}))
