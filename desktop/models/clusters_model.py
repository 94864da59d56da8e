"""The clusters × criteria table of the Datos step."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop import colors, fmt
from desktop.document import Document
from desktop.operations import Operation, set_value
from mcda.problem import Problem

Index = QModelIndex | QPersistentModelIndex
#: Role giving the raw value for sorting (numbers as numbers, missing last).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role giving (cluster id, criterion id or field name) of a cell.
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

_FIXED = ("id", "name", "region")


class ClustersModel(QAbstractTableModel):
    """Rows: clusters. Columns: id, name, region, then one per criterion."""

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self._problem: Problem | None = document.problem
        self._problems: dict[tuple[str, str], str] = {}
        self._colors: dict[str, str] = {}
        self._refresh_colors()
        document.problemChanged.connect(self.set_problem)

    # -- problem --------------------------------------------------------
    def set_problem(self, problem: Problem | None) -> None:
        old = self._problem
        self._problem = problem
        self._refresh_colors()
        same_shape = (old is not None and problem is not None and old.cluster_ids == problem.cluster_ids
                      and old.criterion_ids == problem.criterion_ids)
        if same_shape and self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        else:
            self.beginResetModel()
            self.endResetModel()

    def set_cell_problems(self, problems: dict[tuple[str, str], str]) -> None:
        """Messages for invalid cells, keyed by (cluster id, criterion id)."""
        self._problems = dict(problems)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _refresh_colors(self) -> None:
        self._colors = colors.group_colors(self._problem.groups) if self._problem else {}

    # -- shape ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self._problem is None:
            return 0
        return len(self._problem.clusters)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self._problem is None:
            return 0
        return len(_FIXED) + len(self._problem.criteria)

    def criterion_column(self, criterion_id: str) -> int:
        assert self._problem is not None
        return len(_FIXED) + self._problem.criterion_index(criterion_id)

    def key(self, index: Index) -> tuple[str, str]:
        assert self._problem is not None
        cluster = self._problem.clusters[index.row()].id
        col = index.column()
        field = _FIXED[col] if col < len(_FIXED) else self._problem.criteria[col - len(_FIXED)].id
        return cluster, field

    # -- data -------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self._problem
        if p is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        cluster = p.clusters[row]
        if col < len(_FIXED):
            text = getattr(cluster, _FIXED[col])
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
                return text
            if role == Qt.ItemDataRole.ToolTipRole and col == 1 and cluster.description:
                return cluster.description
            if role == KEY_ROLE:
                return [cluster.id, _FIXED[col]]
            return None
        criterion = p.criteria[col - len(_FIXED)]
        value = float(p.values[row, col - len(_FIXED)])
        missing = math.isnan(value)
        problem = self._problems.get((cluster.id, criterion.id))
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if missing else fmt.smart(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if missing else fmt.smart(value)
        if role == SORT_ROLE:
            return -math.inf if missing else value
        if role == KEY_ROLE:
            return [cluster.id, criterion.id]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if problem:
                return QColor(colors.INVALID_CELL)
            if missing:
                return QColor(colors.MISSING_CELL)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return problem
            if missing:
                return self.tr("Falta el valor de «%1» para %2.").replace("%1", criterion.name).replace(
                    "%2", cluster.name)
            return criterion.description or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self._problem
        if p is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(p.clusters):
                return str(section + 1)
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section < len(_FIXED):
            if role == Qt.ItemDataRole.DisplayRole:
                return (self.tr("Código"), self.tr("Clúster"), self.tr("Región"))[section]
            return None
        criterion = p.criteria[section - len(_FIXED)]
        if role == Qt.ItemDataRole.DisplayRole:
            unit = f"\n({criterion.unit})" if criterion.unit else ""
            return f"{criterion.name}{unit}"
        if role == Qt.ItemDataRole.ToolTipRole:
            direction = self.tr("más es mejor") if criterion.direction.sign > 0 else self.tr("menos es mejor")
            parts = [f"<b>{criterion.id} — {criterion.name}</b>", f"{criterion.group} · {direction}"]
            if criterion.description:
                parts.append(criterion.description)
            if criterion.source:
                parts.append(self.tr("Fuente: %1").replace("%1", criterion.source)
                             + (f" ({criterion.year})" if criterion.year else ""))
            return "<br>".join(parts)
        if role == Qt.ItemDataRole.DecorationRole:
            color = self._colors.get(criterion.group)
            return QColor(color) if color else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= 1:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Edits become undoable operations on the document; nothing is written here."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._problem is None:
            return False
        cluster_id, field = self.key(index)
        cluster = self._problem.cluster(cluster_id)
        if field in ("name", "region"):
            text = str(value).strip()
            if field == "name" and not text:
                return False
            label = self.tr("Editar el nombre de %1") if field == "name" else self.tr("Editar la región de %1")
            return self.document.apply(_set_cluster_field(label.replace("%1", cluster_id), cluster_id,
                                                          **{field: text}))
        if field == "id":
            return False
        text = "" if value is None else str(value)
        if isinstance(value, (int, float)):
            number: float | None = float(value)
        else:
            number = fmt.parse(text)
            if number is None and text.strip():
                return False
        new = math.nan if number is None else number
        if not math.isnan(new) and not math.isfinite(new):
            return False
        criterion = self._problem.criterion(field)
        label = self.tr("Editar %1 de %2").replace("%1", criterion.name).replace("%2", cluster.name)
        return self.document.apply(set_value(label, cluster_id, field, new))


def _set_cluster_field(text: str, cluster_id: str, **fields: str) -> Operation:
    def change(p: Problem) -> Problem:
        clusters = tuple(replace(c, **fields) if c.id == cluster_id else c for c in p.clusters)
        return p.replace(clusters=clusters)

    return Operation(text, change)
