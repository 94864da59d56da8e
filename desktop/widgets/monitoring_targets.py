"""The targets editor of the Seguimiento step.

Targets live in the session (``Problem.settings``, see
:mod:`mcda.monitoring.targets`), so every change — add, edit in the table,
remove — is an undoable operation on the document, and Save keeps them (in the
hidden settings sheet and the visible ``Metas`` sheet).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desktop import fmt
from desktop.document import Document
from desktop.models.monitoring_models import KEY_ROLE, TargetsModel
from desktop.operations import Operation

if TYPE_CHECKING:
    from mcda.monitoring.baseline import Snapshot


def target_operation(text: str, cluster: str, criterion: str, value: float | None,
                     date: dt.date | None = None) -> Operation:
    """Set (``value`` given) or remove (``None``) one target, as one undoable step."""

    def change(p: Any) -> Any:
        from mcda.monitoring.targets import Target, remove_target, set_target

        if value is None:
            return remove_target(p, cluster, criterion)
        return set_target(p, Target(cluster, criterion, float(value), date))

    return Operation(text, change)


class TargetsEditor(QWidget):
    """A form to add a target and the table of targets with their progress."""

    changed = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = TargetsModel(self)
        self.model.editRequested.connect(self._edit)
        self.cluster_combo = QComboBox()
        self.cluster_combo.setObjectName("targetCluster")
        self.cluster_combo.setMinimumContentsLength(18)
        self.criterion_combo = QComboBox()
        self.criterion_combo.setObjectName("targetCriterion")
        self.criterion_combo.setMinimumContentsLength(18)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("targetValue")
        self.value_edit.setPlaceholderText(self.tr("valor meta"))
        self.value_edit.setMinimumWidth(150)
        self.value_edit.setMaximumWidth(190)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("targetDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.add_button = QPushButton(self.tr("&Agregar meta"))
        self.add_button.setObjectName("addTarget")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Quitar la meta"))
        self.remove_button.setObjectName("removeTarget")
        self.remove_button.clicked.connect(self.remove_selected)
        self.criterion_combo.currentIndexChanged.connect(self._suggest)
        self.cluster_combo.currentIndexChanged.connect(self._suggest)
        form = QHBoxLayout()
        for label, widget in ((self.tr("Clúster:"), self.cluster_combo), (self.tr("Criterio:"), self.criterion_combo),
                              (self.tr("Meta:"), self.value_edit), (self.tr("Fecha:"), self.date_edit)):
            form.addWidget(QLabel(label))
            form.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        form.addWidget(self.add_button)
        self.table = QTableView()
        self.table.setObjectName("targetsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("targetsNote")
        self.copy_button = QPushButton(self.tr("Copiar las metas de la línea de base"))
        self.copy_button.setObjectName("copyTargets")
        self.copy_button.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.baseline: Snapshot | None = None

    # -- choices ----------------------------------------------------------------------
    def set_baseline(self, baseline: Snapshot | None) -> None:
        """Clusters (in the baseline's order) and criteria offered for a new target."""
        self.baseline = baseline
        for combo in (self.cluster_combo, self.criterion_combo):
            combo.blockSignals(True)
            combo.clear()
        if baseline is not None:
            p = baseline.problem
            for cid in baseline.ranks.sort_values(kind="stable").index:
                self.cluster_combo.addItem(f"{baseline.rank_of(str(cid))}. {p.cluster(str(cid)).name}", str(cid))
            for c in p.criteria:
                self.criterion_combo.addItem(f"{c.id} · {c.name}", c.id)
            start = baseline.date or dt.date.today()
            self.date_edit.setDate(QDate(start.year + 4, 12, 31))
        for combo in (self.cluster_combo, self.criterion_combo):
            combo.blockSignals(False)
        self._suggest()
        self.add_button.setEnabled(baseline is not None)

    def _suggest(self) -> None:
        """Show the baseline value (and unit) as the placeholder of the target value."""
        b = self.baseline
        cid, crit = self.cluster_combo.currentData(), self.criterion_combo.currentData()
        if b is None or cid is None or crit is None:
            return
        c = b.problem.criterion(crit)
        value = fmt.smart(b.problem.value(cid, crit))
        self.value_edit.setPlaceholderText(self.tr("base: %1 %2").replace("%1", value).replace("%2", c.unit).strip())

    # -- edits ------------------------------------------------------------------------------
    def add(self) -> bool:
        cid, crit = self.cluster_combo.currentData(), self.criterion_combo.currentData()
        value = fmt.parse(self.value_edit.text())
        if cid is None or crit is None or value is None:
            self.note.setText(self.tr("Escriba el valor de la meta (un número)."))
            return False
        q = self.date_edit.date()
        date = dt.date(q.year(), q.month(), q.day())
        text = self.tr("Meta de %1 en %2").replace("%1", cid).replace("%2", crit)
        self.document.apply(target_operation(text, cid, crit, value, date))
        self.value_edit.clear()
        self.note.clear()
        self.changed.emit()
        return True

    def _edit(self, cluster: str, criterion: str, value: float, date: dt.date | None) -> None:
        text = self.tr("Meta de %1 en %2").replace("%1", cluster).replace("%2", criterion)
        self.document.apply(target_operation(text, cluster, criterion, value, date))
        self.changed.emit()

    def remove_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return False
        cluster, criterion = self.model.data(rows[0], KEY_ROLE)
        text = self.tr("Quitar la meta de %1 en %2").replace("%1", cluster).replace("%2", criterion)
        self.document.apply(target_operation(text, cluster, criterion, None))
        self.changed.emit()
        return True

    def select(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
