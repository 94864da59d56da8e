"""A read-only table of computed indicators (the sector or the cluster table of
an :class:`~mcda.indicators.compute.IndicatorReport`).

The row label (cluster code or sector) is the vertical header, so it stays
in view when the table scrolls sideways; the columns are the report's,
headed with the catalogue's ``indicators.column.*`` names
(and, for the cluster table, the criterion id the column becomes, e.g.
"Cociente de localización (I4)").  Numbers are shown in the interface's
locale; ``SORT_ROLE`` gives the raw number for sorting and ``COLUMN_ROLE``
(on the header) the report's column key, which the formula panel explains.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop import fmt

if TYPE_CHECKING:
    import pandas as pd

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Header data: the report's column key ("lq", "bl" ...).
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 2
#: Item data: the row's key (cluster code or sector name).
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

#: Decimals shown per column (others: 2).
DECIMALS = {
    "employment": 0, "national_employment": 0, "employment_base": 0, "output": 0, "stars": 0, "firms": 0,
    "competitive": 0, "national_share": 0, "industry_mix": 0, "hhi": 0, "share": 1, "regional_share": 1,
    "cr1": 1, "exports": 1, "bl": 3, "fl": 3, "rsca": 3, "cv_exports": 3, "hhi_normalized": 3,
}
FLAGS = ("size", "specialization", "focus", "key_sector")
TEXT = ("name", "region", "sectors")


def criterion_of_column() -> dict[str, str]:
    """Report column -> indicator criterion id (``lq`` -> ``I4``)."""
    from mcda.indicators.criteria import EXTRA_CRITERIA, INDICATOR_CRITERIA

    return {c.column: c.id for c in INDICATOR_CRITERIA + EXTRA_CRITERIA}


class IndicatorTableModel(QAbstractTableModel):
    """Rows of one indicator table; ``kind`` is ``"clusters"`` or ``"sectors"``."""

    def __init__(self, kind: str, lang: str = "es", parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.lang = lang
        self.frame: pd.DataFrame | None = None
        self.columns: list[str] = []
        self.rows: list[str] = []
        self._criteria = criterion_of_column() if kind == "clusters" else {}

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        self.beginResetModel()
        self.frame = frame
        if frame is None:
            self.columns, self.rows = [], []
        else:
            cols = [str(c) for c in frame.columns]
            # The long list of sectors reads best at the end.
            self.columns = [c for c in cols if c != "sectors"] + [c for c in cols if c == "sectors"]
            self.rows = [str(r) for r in frame.index]
        self.endResetModel()

    # -- shape ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.frame is None else len(self.columns)

    def column_key(self, section: int) -> str:
        return self.columns[section] if 0 <= section < len(self.columns) else ""

    def column_of(self, key: str) -> int:
        return self.columns.index(key) if key in self.columns else -1

    def row_of(self, key: str) -> int:
        return self.rows.index(key) if key in self.rows else -1

    def label(self, key: str) -> str:
        from mcda.text import message

        return message(f"indicators.column.{key}", self.lang)

    def row_title(self) -> str:
        return self.label("cluster" if self.kind == "clusters" else "sector")

    def header_text(self, section: int) -> str:
        key = self.column_key(section)
        criterion = self._criteria.get(key)
        return f"{self.label(key)} ({criterion})" if criterion else self.label(key)

    # -- data -------------------------------------------------------------------
    def value(self, row: int, section: int) -> Any:
        if self.frame is None:
            return None
        return self.frame[self.column_key(section)].iat[row]

    def _display(self, key: str, value: Any) -> str:
        from mcda.text import message

        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "—"
        if key in FLAGS:
            return message("indicators.yes" if bool(value) else "indicators.no", self.lang)
        if key == "class":
            return message(f"indicators.class.{value}", self.lang)
        if isinstance(value, (int, float)) and key not in TEXT:
            return fmt.number(float(value), DECIMALS.get(key, 2))
        return str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.frame is None:
            return None
        row, section = index.row(), index.column()
        key = self.column_key(section)
        value = self.value(row, section)
        numeric = key not in TEXT and key not in FLAGS and key != "class"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, value)
        if role == SORT_ROLE:
            if numeric:
                try:
                    x = float(value)
                except (TypeError, ValueError):
                    return -math.inf
                return -math.inf if math.isnan(x) else x
            return self._display(key, value)
        if role == ROW_ROLE:
            return self.rows[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.rows[row]} — {self.header_text(section)}: {self._display(key, value)}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            if 0 <= section < len(self.rows) and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.rows[section]
            return None
        if not 0 <= section < self.columnCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.header_text(section)
        if role == COLUMN_ROLE:
            return self.column_key(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
