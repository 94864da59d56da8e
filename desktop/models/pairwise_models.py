"""Table models of the AHP editor: the list of pairs and the full matrix."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop import fmt, saaty
from desktop.models.ahp_state import AhpState

Index = QModelIndex | QPersistentModelIndex
#: Role giving a pair's judgment as a float (NaN = unanswered).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 20
_MORE = QColor(0, 114, 178, 45)
_LESS = QColor(230, 159, 0, 45)
_MISSING = QColor(200, 200, 200, 60)


def _parse(value: Any) -> float | None:
    from mcda.ahp import parse_judgment
    from mcda.errors import McdaError

    if isinstance(value, float) and math.isnan(value):
        return math.nan
    try:
        return parse_judgment(value)
    except McdaError:
        return None


class _StateModel(QAbstractTableModel):
    def __init__(self, state: AhpState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self._shape = (-1, -1)
        state.changed.connect(self._on_changed)
        self._shape = (self.rowCount(), self.columnCount())

    def _on_changed(self) -> None:
        shape = (self.rowCount(), self.columnCount())
        if shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
        elif shape[0] and shape[1]:
            self.dataChanged.emit(self.index(0, 0), self.index(shape[0] - 1, shape[1] - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, shape[1] - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, shape[0] - 1)


class PairsModel(_StateModel):
    """One row per pair: criterion A, the judgment in words, criterion B, the number."""

    COLUMNS = 4

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.state.pairs())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def pair(self, row: int) -> tuple[int, int]:
        return self.state.pairs()[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i, j = self.pair(index.row())
        v = self.state.value(i, j)
        col = index.column()
        if role == VALUE_ROLE:
            return v
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return self.state.name(i)
            if col == 2:
                return self.state.name(j)
            if col == 1:
                return saaty.short(v)
            return saaty.as_text(v)
        if role == Qt.ItemDataRole.FontRole and col in (0, 2) and not math.isnan(v) and v != 1:
            if (col == 0) == (v > 1):
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.BackgroundRole and col == 1:
            if math.isnan(v):
                return _MISSING
            return _MORE if v > 1 else _LESS if v < 1 else None
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 3):
            return saaty.sentence(v, self.state.name(i), self.state.name(j)) + "\n" + self.tr(
                "Doble clic o F2 para responder en palabras o con un número (por ejemplo 3 o 1/5)")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS:
            return (self.tr("Criterio A"), self.tr("Juicio"), self.tr("Criterio B"), self.tr("Valor"))[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (1, 3) else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in (1, 3):
            return False
        number = value if isinstance(value, float) and math.isnan(value) else _parse(value)
        if number is None:
            return False
        i, j = self.pair(index.row())
        return self.state.set_value(i, j, float(number))


class MatrixModel(_StateModel):
    """The full reciprocal matrix, with the resulting priority in a last column."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.state.n

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.state.n == 0 else self.state.n + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i, j = index.row(), index.column()
        if j == self.state.n:
            result = self.state.result
            if role == Qt.ItemDataRole.DisplayRole and result is not None:
                return fmt.percent(float(result.weights.iloc[i]))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        v = self.state.value(i, j)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "1" if i == j else (saaty.as_text(v) or "·")
        if role == VALUE_ROLE:
            return v
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and i != j:
            if math.isnan(v):
                return _MISSING
            return _MORE if v > 1 else _LESS if v < 1 else None
        if role == Qt.ItemDataRole.ToolTipRole and i != j:
            return saaty.sentence(v, self.state.name(i), self.state.name(j))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        n = self.state.n
        if orientation == Qt.Orientation.Horizontal and section == n:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Peso")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Prioridad de cada criterio según esta matriz (vector propio principal)")
            return None
        if not 0 <= section < n:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.state.labels[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.state.name(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < self.state.n and index.row() != index.column():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() >= self.state.n:
            return False
        number = math.nan if str(value).strip() in ("", "·") else _parse(value)
        if number is None:
            return False
        return self.state.set_value(index.row(), index.column(), float(number))
