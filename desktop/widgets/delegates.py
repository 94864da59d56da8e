"""Item delegates: a combo box of choices, optionally accepting free text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
#: Role under which a model returns the value a choice delegate edits.
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 10


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of ``(label, value)`` pairs.

    ``choices`` is called each time an editor opens (groups change as the
    committee types).  With ``editable=True`` the user may type a new value.
    """

    def __init__(self, choices: Callable[[], list[tuple[str, Any]]], editable: bool = False,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._editable = editable

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(self._editable)
        for label, value in self._choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = index.data(CHOICE_ROLE)
        pos = editor.findData(value)
        if pos >= 0:
            editor.setCurrentIndex(pos)
        elif self._editable:
            editor.setEditText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if self._editable:
            text = editor.currentText().strip()
            pos = editor.findText(text)
            value = editor.itemData(pos) if pos >= 0 else text
        else:
            value = editor.currentData()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
