"""Tables of the Seguimiento step: indicator changes, rank movements, targets.

Each model shows an immutable result of the engine (:mod:`mcda.monitoring`);
``set_comparison`` / ``set_progress`` replace it with a model reset.  The
targets model is editable: an edit never writes into the data, it asks the
view to apply an undoable operation on the document (``editRequested``).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from desktop import colors, fmt

if TYPE_CHECKING:
    from mcda.monitoring.compare import Comparison
    from mcda.monitoring.targets import Progress

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


def tint(better: bool | None) -> QColor | None:
    if better is None:
        return None
    return colors.light(colors.CR_GOOD if better else colors.CR_BAD, 55)


class ChangesModel(QAbstractTableModel):
    """Baseline value, new value and change per cluster and criterion; better green, worse red."""

    COLUMNS = ("cluster", "criterion", "base", "new", "change", "relative", "verdict")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None, only_changed: bool = True) -> None:
        self.beginResetModel()
        self.comparison = comparison
        if comparison is None:
            self.rows = []
        else:
            frame = comparison.changed if only_changed else comparison.changes
            self.rows = frame.to_dict("records")
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _names(self, row: dict[str, Any]) -> tuple[str, str, str]:
        assert self.comparison is not None
        p = self.comparison.base.problem
        cluster = p.cluster(row["cluster"]).name if row["cluster"] in p.cluster_ids else row["cluster"]
        crit = p.criterion(row["criterion"])
        return cluster, crit.name, crit.unit

    def verdict(self, row: dict[str, Any]) -> str:
        better = row["better"]
        if better is True:
            return self.tr("mejor")
        if better is False:
            return self.tr("peor")
        return self.tr("sin dato") if row["changed"] else self.tr("sin cambio")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == KEY_ROLE:
            return (row["cluster"], row["criterion"])
        numeric = key in ("base", "new", "change", "relative")
        if role == SORT_ROLE:
            if numeric:
                value = float(row[key])
                return -math.inf if math.isnan(value) else value
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            cluster, criterion, _unit = self._names(row)
            if key == "cluster":
                return cluster
            if key == "criterion":
                return f"{row['criterion']} · {criterion}"
            if key == "relative":
                value = float(row[key])
                return "" if math.isnan(value) else fmt.percent(value)
            if key == "verdict":
                return self.verdict(row)
            return fmt.smart(float(row[key]))
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and key == "verdict":
            return tint(row["better"])
        if role == Qt.ItemDataRole.ToolTipRole and key in ("base", "new", "change"):
            unit = self._names(row)[2]
            return unit or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(self.COLUMNS):
            return None
        return {"cluster": self.tr("Clúster"), "criterion": self.tr("Criterio"), "base": self.tr("Línea de base"),
                "new": self.tr("Valor nuevo"), "change": self.tr("Cambio"), "relative": self.tr("Cambio %"),
                "verdict": self.tr("Evaluación")}[self.COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MovesModel(QAbstractTableModel):
    """Places in the baseline, with the baseline weights, and now; the two effects."""

    COLUMNS = ("cluster", "base_rank", "rank_with_base_weights", "rank", "data_effect", "weight_effect")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, dict[str, Any]]] = []

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.rows = [] if comparison is None else [(str(i), r.to_dict()) for i, r in comparison.ranking.iterrows()]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        cid, row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        value = row["name"] if key == "cluster" else row[key]
        if role == KEY_ROLE:
            return cid
        if role == SORT_ROLE:
            return value if key == "cluster" else (10**9 if value is None else int(value))
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "cluster" or value is None:
                return value if key == "cluster" else "—"
            if key.endswith("effect"):
                return f"▲ {value}" if value > 0 else f"▼ {-value}" if value < 0 else "="
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "cluster":
            return CENTER
        if role == Qt.ItemDataRole.ForegroundRole and key.endswith("effect") and value:
            return QColor(colors.CR_GOOD if value > 0 else colors.CR_BAD)
        if role == Qt.ItemDataRole.ToolTipRole and key == "cluster":
            return cid
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical or not 0 <= section < len(self.COLUMNS):
            return None
        key = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"cluster": self.tr("Clúster"), "base_rank": self.tr("Puesto\nbase"),
                    "rank_with_base_weights": self.tr("Con pesos\nde base"), "rank": self.tr("Puesto\nnuevo"),
                    "data_effect": self.tr("Efecto de\nlos datos"),
                    "weight_effect": self.tr("Efecto de\nlos pesos")}[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"rank_with_base_weights": self.tr("El puesto que tendría con los datos nuevos ordenados como "
                                                      "en la línea de base (mismos pesos, método y parámetros)"),
                    "data_effect": self.tr("Puestos ganados (▲) o perdidos (▼) solo por los datos nuevos"),
                    "weight_effect": self.tr("Puestos ganados o perdidos por los cambios del comité: pesos, "
                                             "criterios o método")}.get(key)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TargetsModel(QAbstractTableModel):
    """The session's targets with their progress; target value and date are editable.

    Signals
    -------
    editRequested(str, str, object, object)
        cluster id, criterion id, new target value, new date (``datetime.date`` or None):
        the view applies it as an undoable operation.
    """

    COLUMNS = ("cluster", "criterion", "base", "current", "target", "date", "progress", "status")
    editRequested = Signal(str, str, object, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Progress] = []
        self.names: dict[str, str] = {}
        self.criteria: dict[str, str] = {}

    def set_progress(self, items: list[Progress], names: dict[str, str], criteria: dict[str, str]) -> None:
        self.beginResetModel()
        self.items, self.names, self.criteria = list(items), dict(names), dict(criteria)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def status_text(self, status: str) -> str:
        return {"reached": self.tr("alcanzada"), "on_track": self.tr("en camino"), "off_track": self.tr("rezagada"),
                "late": self.tr("vencida sin alcanzar"), "no_data": self.tr("sin datos")}[status]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        p = self.items[index.row()]
        key = self.COLUMNS[index.column()]
        if role == KEY_ROLE:
            return (p.target.cluster, p.target.criterion)
        if role == Qt.ItemDataRole.EditRole:
            if key == "target":
                return p.target.value
            if key == "date":
                d = p.target.date
                return QDate(d.year, d.month, d.day) if d else QDate()
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "cluster":
                return self.names.get(p.target.cluster, p.target.cluster)
            if key == "criterion":
                return f"{p.target.criterion} · {self.criteria.get(p.target.criterion, '')}".rstrip(" ·")
            if key in ("base", "current"):
                return fmt.smart(getattr(p, key))
            if key == "target":
                return fmt.smart(p.target.value)
            if key == "date":
                return QDate(p.target.date.year, p.target.date.month, p.target.date.day).toString("dd/MM/yyyy") \
                    if p.target.date else ""
            if key == "progress":
                if p.progress is None:
                    return self.tr("mantener") if p.hold else ""
                return fmt.percent(p.progress, 0)
            return self.status_text(p.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("base", "current", "target", "progress"):
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and key == "status":
            return tint(True if p.status in ("reached", "on_track") else
                        False if p.status in ("late", "off_track") else None)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("progress", "status"):
            elapsed = "" if p.elapsed is None else self.tr("Tiempo transcurrido: %1").replace(
                "%1", fmt.percent(p.elapsed, 0))
            away = self.tr("Se alejó de la meta respecto de la línea de base.") if p.moving_away else ""
            return " ".join(t for t in (elapsed, away) if t) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        p = self.items[index.row()]
        key = self.COLUMNS[index.column()]
        target, date = p.target.value, p.target.date
        if key == "target":
            number = fmt.parse(value) if isinstance(value, str) else float(value) if value is not None else None
            if number is None or not math.isfinite(number):
                return False
            target = number
        elif key == "date":
            date = dt.date(value.year(), value.month(), value.day()) if isinstance(value, QDate) and \
                value.isValid() else None
        else:
            return False
        self.editRequested.emit(p.target.cluster, p.target.criterion, target, date)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(self.COLUMNS):
            return None
        return {"cluster": self.tr("Clúster"), "criterion": self.tr("Criterio"), "base": self.tr("Línea de base"),
                "current": self.tr("Valor actual"), "target": self.tr("Meta"), "date": self.tr("Fecha"),
                "progress": self.tr("Avance"), "status": self.tr("Estado")}[self.COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] in ("target", "date"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base
