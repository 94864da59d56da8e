"""Tables of the Sensibilidad step: a small read-only table model, method agreement, rank reversal.

:class:`FrameModel` shows rows of raw values with one formatter per column;
it sorts on the raw values (``SORT_ROLE``) and can highlight rows (the robust
top-k).  :class:`AgreementPanel` puts the ranks under every method side by
side with the Monte Carlo figures, and the rank-correlation matrix;
:class:`ReversalPanel` lists what removing a cluster changes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from desktop import colors, fmt, methods_text

if TYPE_CHECKING:
    from desktop.widgets.sensitivity_data import SensitivityRun

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Formatter = Callable[[Any], str]


def plain(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return fmt.smart(value)
    return str(value)


class Column:
    """Header, formatter and alignment of one column."""

    def __init__(self, header: str, formatter: Formatter = plain, numeric: bool = False) -> None:
        self.header = header
        self.formatter = formatter
        self.numeric = numeric


class FrameModel(QAbstractTableModel):
    """Read-only rows of raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = []
        self.rows: list[list[Any]] = []
        self.highlight: set[int] = set()
        self.bold_cells: set[tuple[int, int]] = set()
        self.tips: list[str] = []

    def set_table(self, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *, highlight: Sequence[int] = (),
                  bold_cells: Sequence[tuple[int, int]] = (), tips: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.rows = [list(r) for r in rows]
        self.highlight = set(highlight)
        self.bold_cells = set(bold_cells)
        self.tips = list(tips)
        self.endResetModel()

    def clear(self) -> None:
        self.set_table([], [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        r, c = index.row(), index.column()
        value = self.rows[r][c]
        column = self.columns[c]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.formatter(value)
        if role == SORT_ROLE:
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return math.inf if column.numeric else ""
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and r in self.highlight:
            return colors.light(colors.CR_GOOD, 45)
        if role == Qt.ItemDataRole.FontRole and (r in self.highlight or (r, c) in self.bold_cells):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and r < len(self.tips) and self.tips[r]:
            return self.tips[r]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)


def table_view(model: FrameModel, name: str, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def share(value: Any) -> str:
    return "" if value is None else fmt.percent(float(value), 1)


def correlation(value: Any) -> str:
    return "—" if value is None or math.isnan(float(value)) else fmt.number(float(value), 3)


class AgreementPanel(QWidget):
    """Ranks under every method side by side, the robust top-k highlighted; the correlation matrix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ranks_model = FrameModel(self)
        self.ranks_table = table_view(self.ranks_model, "agreementRanks")
        self.corr_model = FrameModel(self)
        self.corr_table = table_view(self.corr_model, "agreementCorrelations", sortable=False)
        self.coefficient = QComboBox()
        self.coefficient.setObjectName("coefficientCombo")
        self.coefficient.addItem(self.tr("Spearman (rs)"), "spearman")
        self.coefficient.addItem(self.tr("Spearman ponderado (rw)"), "weighted_spearman")
        self.coefficient.addItem(self.tr("Similitud WS"), "ws")
        self.coefficient.setToolTip(self.tr(
            "rw y WS dan más peso a los desacuerdos en los primeros lugares; WS no es simétrico: la fila es el "
            "método de referencia"))
        self.coefficient.activated.connect(lambda _i: self._fill_correlations())
        self.note = QLabel()
        self.note.setObjectName("agreementNote")
        self.note.setWordWrap(True)
        right = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("&Coeficiente:"), self.coefficient)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.corr_table, 1)
        right_layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.ranks_table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.run: SensitivityRun | None = None

    def clear(self) -> None:
        self.run = None
        self.ranks_model.clear()
        self.corr_model.clear()
        self.note.clear()

    def show_run(self, run: SensitivityRun) -> None:
        from mcda.text import render

        from desktop import settings

        self.run = run
        result = run.result
        acc = result.acceptability
        k = result.top_k
        interval = acc.rank_interval()
        prob = acc.top_k_probability
        agreement = result.agreement
        methods = list(agreement.methods) if agreement is not None else [result.method]
        columns = [Column(self.tr("Lugar"), numeric=True), Column(self.tr("Id")), Column(self.tr("Clúster")),
                   Column(self.tr("En los %1 primeros").replace("%1", str(k)), share, numeric=True),
                   Column(self.tr("Intervalo 90 %")),
                   *(Column(methods_text.short(m), numeric=True) for m in methods)]
        rows: list[list[Any]] = []
        bold: list[tuple[int, int]] = []
        robust = set(result.robust_top_k)
        for r, cid in enumerate(result.order):
            lo, hi = int(interval.loc[cid, "lo"]), int(interval.loc[cid, "hi"])
            method_ranks = [int(agreement.ranks.loc[cid, m]) if agreement is not None
                            else int(result.base.ranks[cid]) for m in methods]
            rows.append([int(result.base.ranks[cid]), cid, run.cluster(cid), float(prob[cid]),
                         str(lo) if lo == hi else f"{lo}–{hi}", *method_ranks])
            bold.extend((r, 5 + j) for j, v in enumerate(method_ranks) if v <= k)
        highlight = [r for r, cid in enumerate(result.order) if cid in robust]
        tips = [self.tr("Firme en los %1 primeros").replace("%1", str(k)) if cid in robust else ""
                for cid in result.order]
        self.ranks_model.set_table(columns, rows, highlight=highlight, bold_cells=bold, tips=tips)
        self._fill_correlations()
        lang = settings.language()
        notes = [self.tr("En verde, el grupo firme de los %1 primeros: en los %1 primeros con todos los métodos "
                         "y en al menos el %2 de las muestras.").replace("%1", str(k)).replace(
            "%2", fmt.percent(agreement.level if agreement is not None else 0.9, 0))]
        failed = [] if agreement is None else list(dict.fromkeys(
            methods_text.short(str(i.params["method"])) for i in agreement.failed if i.params.get("method")))
        if failed:
            notes.append(self.tr("No se pudo comparar con %1: no admite estos datos (detalles al pasar el "
                                 "ratón).").replace("%1", ", ".join(failed)))
        self.note.setText(" ".join(notes))
        self.note.setToolTip("\n".join(dict.fromkeys(render(i, lang) for i in agreement.failed))
                             if agreement is not None else "")

    def _fill_correlations(self) -> None:
        run = self.run
        if run is None or run.result.agreement is None:
            self.corr_model.clear()
            return
        key = str(self.coefficient.currentData())
        matrix = run.result.agreement.correlations[key]
        columns = [Column(self.tr("Método")), *(Column(methods_text.short(m), correlation, numeric=True)
                                                 for m in matrix.columns)]
        rows = [[methods_text.short(str(m)), *(float(v) for v in matrix.loc[m].tolist())] for m in matrix.index]
        self.corr_model.set_table(columns, rows, highlight=[0])


class ReversalPanel(QWidget):
    """What removing each cluster in turn does to the order of the others."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setObjectName("reversalText")
        self.text.setWordWrap(True)
        self.model = FrameModel(self)
        self.table = table_view(self.model, "reversalTable")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)

    def clear(self) -> None:
        self.text.clear()
        self.model.clear()

    def _relation(self, symbol: str) -> str:
        return {">": self.tr("delante"), "<": self.tr("detrás"), "=": self.tr("empatado")}[symbol]

    def show_run(self, run: SensitivityRun) -> None:
        check = run.result.reversal
        if check is None:
            self.clear()
            return
        method = methods_text.short(check.method)
        strict = [c for c in check.changes if c.strict]
        if not check.changes:
            text = self.tr("Con %1, quitar cualquier clúster deja a los demás en el mismo orden relativo.").replace(
                "%1", method)
        else:
            text = self.tr("Con %1, quitar un clúster cambia el orden relativo de otros dos en %2 casos (%3 "
                           "inversiones completas; el resto son empates que aparecen o desaparecen). Los métodos "
                           "que normalizan con todo el conjunto (TOPSIS, VIKOR, PROMETHEE, sumas) pueden "
                           "hacerlo.").replace("%1", method).replace("%2", str(len(check.changes))).replace(
                "%3", str(len(strict)))
        if check.failed:
            text += " " + self.tr("Sin %1 el método no pudo calcularse.").replace(
                "%1", ", ".join(dict.fromkeys(k for k, _ in check.failed)))
        self.text.setText(text)
        columns = [Column(self.tr("Sin el clúster")), Column(self.tr("Clúster")), Column(self.tr("Antes")),
                   Column(self.tr("Después")), Column(self.tr("Respecto de")), Column(self.tr("Inversión completa"))]
        yes, no = self.tr("sí"), self.tr("no")
        rows = [[run.cluster(c.removed), run.cluster(c.first), self._relation(c.before), self._relation(c.after),
                 run.cluster(c.second), yes if c.strict else no] for c in check.changes]
        self.model.set_table(columns, rows, tips=[f"{c.removed}: {c.first} / {c.second}" for c in check.changes])
