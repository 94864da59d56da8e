"""Table models of the committee step: members, one member's pairs, and read-only tables."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop import colors, fmt, saaty
from desktop.widgets.delegates import CHOICE_ROLE

if TYPE_CHECKING:
    from desktop.committee_session import CommitteeSession
    from mcda.committee.hierarchy import Pair

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 30
_MORE = QColor(0, 114, 178, 45)
_LESS = QColor(230, 159, 0, 45)
_MISSING = QColor(200, 200, 200, 60)




def block_title(block: str) -> str:
    from mcda.committee.hierarchy import FLAT_BLOCK, GROUPS_BLOCK

    if block == GROUPS_BLOCK:
        return QCoreApplication.translate("CommitteeModels", "Grupos de criterios")
    if block == FLAT_BLOCK:
        return QCoreApplication.translate("CommitteeModels", "Todos los criterios")
    return QCoreApplication.translate("CommitteeModels", "Criterios de %1").replace("%1", block)


def cr_color(cr: float) -> QColor | None:
    if math.isnan(cr):
        return None
    return colors.light(colors.CR_GOOD if cr < 0.10 else colors.CR_WARN if cr < 0.20 else colors.CR_BAD, 70)


class FrameModel(QAbstractTableModel):
    """A read-only table: rows of values with headers, a formatter and an optional background."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.header_tips: list[str] = []
        self.row_headers: list[str] = []
        self.rows: list[list[Any]] = []
        self.tips: dict[tuple[int, int], str] = {}
        self.formatter: Callable[[int, int, Any], str] = lambda r, c, v: _default(v)
        self.background: Callable[[int, int, Any], QColor | None] = lambda r, c, v: None
        # editor(row, col, text) -> bool makes the cells that editable(row, col) accepts editable.
        self.editor: Callable[[int, int, Any], bool] | None = None
        self.editable: Callable[[int, int], bool] = lambda r, c: False

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]], row_headers: Sequence[str] = (),
                  tips: dict[tuple[int, int], str] | None = None, header_tips: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self.headers = [str(h) for h in headers]
        self.header_tips = [str(t) for t in header_tips]
        self.rows = [list(r) + [None] * (len(self.headers) - len(r)) for r in rows]
        self.row_headers = [str(h) for h in row_headers]
        self.tips = dict(tips or {})
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def value(self, row: int, col: int) -> Any:
        return self.rows[row][col]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        v = self.rows[r][c]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.formatter(r, c, v)
        if role == VALUE_ROLE:
            return v
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(r, c, v)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get((r, c))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(v, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.header_tips)):
            return self.header_tips[section] or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return self.row_headers[section] if section < len(self.row_headers) else str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editor is not None and self.editable(index.row(), index.column()):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or self.editor is None
                or not self.editable(index.row(), index.column())):
            return False
        return self.editor(index.row(), index.column(), value)


def _default(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, float):
        return fmt.smart(v)
    return str(v)


class MembersModel(QAbstractTableModel):
    """The committee: id, name, role and voting weight (editable), judgments answered and worst CR."""

    COLUMNS = 6

    def __init__(self, session: CommitteeSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._count = -1
        session.changed.connect(self.refresh)
        self.refresh()

    def members(self) -> list[Any]:
        p = self.session.document.problem
        return list(p.members) if p is not None else []

    def refresh(self) -> None:
        n = len(self.members())
        if n != self._count:
            self.beginResetModel()
            self._count = n
            self.endResetModel()
        elif n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, self.COLUMNS - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else max(self._count, 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def answered(self, member: str) -> tuple[int, int]:
        from mcda.committee.hierarchy import judgment, pairs

        p = self.session.document.problem
        if p is None:
            return 0, 0
        items = pairs(p)
        done = sum(1 for x in items if not math.isnan(judgment(p, member, x.level, x.a, x.b)))
        return done, len(items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.members()):
            return None
        m = self.members()[index.row()]
        col = index.column()
        result = self.session.result
        mr = result.member(m.id) if result is not None else None
        worst = mr.max_cr if mr is not None else math.nan
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return m.id
            if col == 1:
                return m.name
            if col == 2:
                return m.role
            if col == 3:
                return fmt.smart(m.weight) if role == Qt.ItemDataRole.DisplayRole else m.weight
            if col == 4:
                done, total = self.answered(m.id)
                return f"{done} / {total}"
            if col == 5:
                return fmt.number(worst, 3)
        if role == Qt.ItemDataRole.BackgroundRole and col == 5:
            return cr_color(worst)
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return QCoreApplication.translate(
                "CommitteeModels", "La mayor razón de consistencia (RC) entre las matrices del miembro; aceptable si es "
                                   "menor que %1").replace("%1", fmt.number(0.10, 2))
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return QCoreApplication.translate(
                "CommitteeModels", "Peso de voto en la agregación del comité (relativo: 2 vale el doble que 1)")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS:
            return (QCoreApplication.translate("CommitteeModels", "Id"), QCoreApplication.translate("CommitteeModels", "Nombre"), QCoreApplication.translate("CommitteeModels", "Rol"), QCoreApplication.translate("CommitteeModels", "Peso de voto"), QCoreApplication.translate("CommitteeModels", "Juicios"), QCoreApplication.translate("CommitteeModels", "RC máx."))[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (1, 2, 3) else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        from dataclasses import replace

        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in (1, 2, 3):
            return False
        m = self.members()[index.row()]
        field = ("name", "role", "weight")[index.column() - 1]
        if field == "weight":
            number = value if isinstance(value, int | float) else fmt.parse(str(value))
            if number is None or not math.isfinite(number) or number < 0:
                return False
            new_value: Any = float(number)
        else:
            new_value = str(value).strip()
            if field == "name" and not new_value:
                return False
        text = QCoreApplication.translate("CommitteeModels", "Cambiar %1 de %2").replace("%1", self.headerData(index.column(), Qt.Orientation.Horizontal) or "")
        text = text.replace("%2", m.id)
        changed = replace(m, **{field: new_value})
        return self.session.apply(text, lambda p: p.replace(members=tuple(
            changed if x.id == m.id else x for x in p.members)))


class MemberPairsModel(QAbstractTableModel):
    """One member's judgments, one row per pair of the hierarchy."""

    COLUMNS = 5

    def __init__(self, session: CommitteeSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.member: str | None = None
        self.block: str | None = None
        self.items: list[Pair] = []
        session.changed.connect(self.refresh)
        self.refresh()

    def set_member(self, member: str | None) -> None:
        self.member = member
        self.refresh(force=True)

    def set_block(self, block: str | None) -> None:
        """Show only the pairs of one block (``None``: every pair of the hierarchy)."""
        self.block = block
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        from mcda.committee.hierarchy import pairs

        p = self.session.document.problem
        items = [x for x in pairs(p) if self.block is None or x.block == self.block] if p is not None and \
            p.criteria else []
        if force or items != self.items:
            self.beginResetModel()
            self.items = items
            self.endResetModel()
        elif items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, self.COLUMNS - 1))

    def value(self, row: int) -> float:
        from mcda.committee.hierarchy import judgment

        p = self.session.document.problem
        x = self.items[row]
        return judgment(p, self.member, x.level, x.a, x.b) if p is not None and self.member else math.nan

    def name(self, item: str, level: str) -> str:
        p = self.session.document.problem
        if p is None or level == "groups" or item not in p.criterion_ids:
            return item
        return p.criterion(item).name or item

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        x = self.items[index.row()]
        v = self.value(index.row())
        col = index.column()
        a, b = self.name(x.a, x.level), self.name(x.b, x.level)
        if role == VALUE_ROLE:
            return v
        if role == CHOICE_ROLE and col == 2:
            return v
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (block_title(x.block), a, saaty.short(v), b, saaty.as_text(v))[col]
        if role == Qt.ItemDataRole.FontRole and col in (1, 3) and not math.isnan(v) and v != 1 and (col == 1) == (v > 1):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and col == 2:
            return _MISSING if math.isnan(v) else _MORE if v > 1 else _LESS if v < 1 else None
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 4):
            return saaty.sentence(v, a, b)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS:
            return (QCoreApplication.translate("CommitteeModels", "Bloque"), QCoreApplication.translate("CommitteeModels", "Elemento A"), QCoreApplication.translate("CommitteeModels", "Juicio"), QCoreApplication.translate("CommitteeModels", "Elemento B"), QCoreApplication.translate("CommitteeModels", "Valor"))[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (2, 4) and self.member else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in (2, 4) or not self.member:
            return False
        number = parse_judgment_text(value)
        if number is None:
            return False
        x = self.items[index.row()]
        text = QCoreApplication.translate("CommitteeModels", "Juicio de %1: %2 frente a %3").replace("%1", self.member).replace(
            "%2", self.name(x.a, x.level)).replace("%3", self.name(x.b, x.level))
        return self.session.set_judgment(self.member, x.level, x.a, x.b, number, text)


def parse_judgment_text(value: Any) -> float | None:
    """A judgment typed or chosen: a float (NaN clears), ``3``, ``1/5``; ``None`` when invalid."""
    from mcda.ahp import parse_judgment
    from mcda.errors import McdaError

    if isinstance(value, float) and math.isnan(value):
        return math.nan
    if value is None or (isinstance(value, str) and not value.strip()):
        return math.nan
    try:
        v = parse_judgment(value)
    except McdaError:
        return None
    return v if math.isfinite(v) and v > 0 else None
