"""The ranking table: place, movement since the last change, cluster, score, other methods."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop import colors, fmt, methods_text
from desktop.ranking import Outcome, Ranker

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FIXED = ("rank", "move", "cluster", "region", "score")


class RankingModel(QAbstractTableModel):
    """Rows in the main method's order; one extra column per other method."""

    def __init__(self, ranker: Ranker, parent: Any = None) -> None:
        super().__init__(parent)
        self.ranker = ranker
        self.outcome: Outcome | None = None
        self.order: list[str] = []
        self.others: list[str] = []
        ranker.resultsReady.connect(self.set_outcome)
        if ranker.latest is not None:
            self.set_outcome(ranker.latest)

    def set_outcome(self, outcome: Outcome) -> None:
        if outcome.analysis is None:
            if self.outcome is None or self.outcome.analysis is None:
                self.beginResetModel()
                self.outcome = outcome
                self.order, self.others = [], []
                self.endResetModel()
            else:  # keep the last good ranking on screen; the view shows the issues
                self.outcome = Outcome(outcome.generation, self.outcome.problem, self.outcome.analysis,
                                       outcome.issues, outcome.seconds, self.outcome.previous_ranks)
            return
        analysis = outcome.analysis
        order = analysis.main.order
        others = [r.method for r in analysis.results[1:]]
        if order == self.order and others == self.others and self.outcome is not None:
            self.outcome = outcome
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        if len(order) == len(self.order) and others == self.others and self.outcome is not None:
            self.layoutAboutToBeChanged.emit()
            old_persistent = self.persistentIndexList()
            old_ids = [self.order[i.row()] for i in old_persistent]
            self.outcome, self.order = outcome, order
            new_rows = {cid: k for k, cid in enumerate(order)}
            self.changePersistentIndexList(old_persistent, [
                self.index(new_rows[cid], i.column()) if cid in new_rows else QModelIndex()
                for cid, i in zip(old_ids, old_persistent)])
            self.layoutChanged.emit()
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.outcome, self.order, self.others = outcome, order, others
        self.endResetModel()

    # -- shape -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(FIXED) + len(self.others)

    def cluster_id(self, row: int) -> str:
        return self.order[row]

    # -- data ------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.outcome is None or self.outcome.analysis is None:
            return None
        analysis = self.outcome.analysis
        cid = self.order[index.row()]
        col = index.column()
        main = analysis.main
        if role == ID_ROLE:
            return cid
        if col >= len(FIXED):
            result = analysis.results[1 + col - len(FIXED)]
            rank = int(result.ranks[cid]) if cid in result.ranks.index else None
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return rank if role == SORT_ROLE else ("" if rank is None else str(rank))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ForegroundRole and rank is not None:
                diff = rank - int(main.ranks[cid])
                if abs(diff) >= 3:
                    return QColor(colors.CR_WARN)
            if role == Qt.ItemDataRole.ToolTipRole and rank is not None:
                return self.tr("Puesto con %1: %2 (puntaje %3)").replace("%1", methods_text.name(result.method)) \
                    .replace("%2", str(rank)).replace("%3", fmt.number(float(result.scores[cid]), 4))
            return None
        key = FIXED[col]
        cluster = self.outcome.problem.cluster(cid) if cid in self.outcome.problem.cluster_ids else None
        rank = int(main.ranks[cid])
        previous = self.outcome.previous_ranks.get(cid)
        move = 0 if previous is None else previous - rank
        if role == SORT_ROLE:
            return {"rank": rank, "move": move, "cluster": cluster.name if cluster else cid,
                    "region": cluster.region if cluster else "", "score": float(main.scores[cid])}[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "rank":
                return str(rank)
            if key == "move":
                if previous is None:
                    return ""
                return f"▲ {move}" if move > 0 else f"▼ {-move}" if move < 0 else "="
            if key == "cluster":
                return cluster.name if cluster else cid
            if key == "region":
                return cluster.region if cluster else ""
            return fmt.number(float(main.scores[cid]), 4)
        if role == Qt.ItemDataRole.ForegroundRole and key == "move" and previous is not None and move:
            return QColor(colors.CR_GOOD if move > 0 else colors.CR_BAD)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("rank", "move", "score"):
            return int((Qt.AlignmentFlag.AlignRight if key == "score" else Qt.AlignmentFlag.AlignCenter)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "move" and previous is not None:
                return self.tr("Antes del último cambio estaba en el puesto %1").replace("%1", str(previous))
            if key == "cluster" and cluster is not None:
                return f"{cluster.id} — {cluster.description}" if cluster.description else cluster.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical or not 0 <= section < self.columnCount():
            return None
        analysis = self.outcome.analysis if self.outcome else None
        if section >= len(FIXED):
            method = self.others[section - len(FIXED)]
            if role == Qt.ItemDataRole.DisplayRole:
                return methods_text.short(method)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Puesto según %1").replace("%1", methods_text.name(method))
            return None
        key = FIXED[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "score" and analysis is not None:
                better = self.tr("menor es mejor") if analysis.main.better == "lower" else self.tr("mayor es mejor")
                return self.tr("Puntaje %1\n(%2)").replace("%1", methods_text.short(analysis.main.method)) \
                    .replace("%2", better)
            return {"rank": self.tr("Puesto"), "move": self.tr("Cambio"), "cluster": self.tr("Clúster"),
                    "region": self.tr("Región"), "score": self.tr("Puntaje")}[key]
        if role == Qt.ItemDataRole.ToolTipRole and key == "move":
            return self.tr("Cuántos puestos subió (▲) o bajó (▼) cada clúster con el último cambio")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
