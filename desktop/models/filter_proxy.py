"""Accent- and case-insensitive row filter over chosen text columns."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt


def fold(text: str) -> str:
    """Lower case without accents: ``"Clúster"`` → ``"cluster"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class TextFilterProxy(QSortFilterProxyModel):
    """Keeps rows where any of ``columns`` contains every word of the filter."""

    def __init__(self, columns: tuple[int, ...], sort_role: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._words: list[str] = []
        self.setSortRole(sort_role)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = " ".join(fold(str(model.index(row, c, parent).data() or "")) for c in self._columns)
        return all(w in haystack for w in self._words)
