"""A list of criteria the committee drags into order of importance (keyboard: Alt+↑/↓)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem


def _icon(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class OrderList(QListWidget):
    """Criteria in order of importance, most important first."""

    orderChanged = Signal(list)

    def __init__(self, parent: QListWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.model().rowsMoved.connect(lambda *_: self._renumber(emit=True))

    def set_items(self, ids: list[str], names: dict[str, str], colors: dict[str, str],
                  tips: dict[str, str]) -> None:
        current = self.order()
        if current == ids and all(self.item(k).data(Qt.ItemDataRole.UserRole + 1) == names[i]
                                  for k, i in enumerate(ids)):
            return
        self.blockSignals(True)
        self.clear()
        for cid in ids:
            item = QListWidgetItem(_icon(colors.get(cid, "#999999")), names[cid])
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setData(Qt.ItemDataRole.UserRole + 1, names[cid])
            item.setToolTip(tips.get(cid, ""))
            self.addItem(item)
        self.blockSignals(False)
        self._renumber(emit=False)

    def order(self) -> list[str]:
        return [str(self.item(k).data(Qt.ItemDataRole.UserRole)) for k in range(self.count())]

    def _renumber(self, emit: bool) -> None:
        for k in range(self.count()):
            item = self.item(k)
            item.setText(f"{k + 1}.  {item.data(Qt.ItemDataRole.UserRole + 1)}")
        if emit:
            self.orderChanged.emit(self.order())

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self._renumber(emit=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)
