"""Which indicators go into the decision matrix: a checklist of the indicator
criteria (I1, I4, I5, L1, L2, G1, G2, R1, R2, R3 and, on request, RSCA, STARS,
CR1), each saying whether it is new or replaces a criterion of the open
problem, and disabled when the raw data give it no value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

if TYPE_CHECKING:
    from mcda.indicators.compute import IndicatorReport
    from mcda.problem import Problem

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CriteriaChecklist(QListWidget):
    """Checkable indicator criteria.

    Signals
    -------
    criterionSelected(str)
        The id of the criterion the user clicked (to explain its formula).
    choiceChanged()
        A check box changed.
    """

    criterionSelected = Signal(str)
    choiceChanged = Signal()

    def __init__(self, lang: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("indicatorCriteria")
        from mcda.indicators.criteria import DEFAULT_IDS

        self._checked: set[str] = set(DEFAULT_IDS)
        self._filling = False
        self.itemChanged.connect(self._on_item)
        self.currentItemChanged.connect(
            lambda item, _prev: self.criterionSelected.emit(item.data(ID_ROLE)) if item is not None else None)

    def refresh(self, report: IndicatorReport | None, problem: Problem | None) -> None:
        """One row per indicator criterion, for this report and the open problem."""
        from desktop.models.indicators_state import criteria_with_data
        from mcda.indicators.criteria import ALL_IDS
        from mcda.text import message

        available = set(criteria_with_data(report)) if report is not None else set()
        existing = set(problem.criterion_ids) if problem is not None else set()
        self._filling = True
        current = self.currentItem().data(ID_ROLE) if self.currentItem() is not None else None
        self.clear()
        for cid in ALL_IDS:
            name = message(f"indicators.criterion.{cid}.name", self.lang)
            if report is None:
                state = ""
            elif cid not in available:
                state = self.tr("sin datos")
            elif problem is None:
                state = ""
            else:
                state = self.tr("reemplaza") if cid in existing else self.tr("nuevo")
            text = f"{cid}  {name}" + (f" — {state}" if state else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, cid)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            if cid in available:
                flags |= Qt.ItemFlag.ItemIsEnabled
                item.setToolTip(self.tr("Marque para llevar %1 a la matriz de decisión").replace("%1", cid))
            elif report is not None:
                item.setToolTip(self.tr("Los datos brutos no dan ningún valor para %1").replace("%1", cid))
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if cid in self._checked and cid in available
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
            if cid == current:
                self.setCurrentItem(item)
        self._filling = False

    def chosen(self) -> list[str]:
        """Checked ids, in the list's order."""
        out = []
        for row in range(self.count()):
            item = self.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                out.append(str(item.data(ID_ROLE)))
        return out

    def set_chosen(self, ids: list[str]) -> None:
        wanted = set(ids)
        for row in range(self.count()):
            item = self.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked)

    def _on_item(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        cid = str(item.data(ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(cid)
        else:
            self._checked.discard(cid)
        self.choiceChanged.emit()
