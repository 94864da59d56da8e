"""The AHP pairwise editor: pairs on the verbal Saaty scale, the matrix beside it, CR live."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from desktop import colors, saaty
from desktop.document import Document
from desktop.models.ahp_state import AhpState
from desktop.models.pairwise_models import VALUE_ROLE, MatrixModel, PairsModel

Index = QModelIndex | QPersistentModelIndex
_COLOR = {"good": colors.CR_GOOD, "warn": colors.CR_WARN, "bad": colors.CR_BAD, "none": ""}


class VerbalDelegate(QStyledItemDelegate):
    """A combo box with the 17 answers of the scale in words, naming the pair's criteria."""

    def __init__(self, model: PairsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        i, j = self._model.pair(index.row())
        for label, value in saaty.choices(self._model.state.name(i), self._model.state.name(j)):
            combo.addItem(label, value)
        combo.setMaxVisibleItems(18)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        v = float(index.data(VALUE_ROLE))
        if math.isnan(v):
            editor.setCurrentIndex(editor.count() - 1)
            return
        best = min(range(editor.count() - 1), key=lambda k: abs(math.log(editor.itemData(k)) - math.log(v)))
        editor.setCurrentIndex(best)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, float(editor.currentData()), Qt.ItemDataRole.EditRole)


class PairwiseEditor(QWidget):
    """Editor of the committee's single pairwise matrix over the criteria."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = AhpState(document, self)
        self.pairs_model = PairsModel(self.state, self)
        self.matrix_model = MatrixModel(self.state, self)

        self.pairs = QTableView()
        self.pairs.setObjectName("ahpPairs")
        self.pairs.setModel(self.pairs_model)
        self.pairs.setItemDelegateForColumn(1, VerbalDelegate(self.pairs_model, self))
        self.pairs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.pairs.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.pairs.setColumnWidth(0, 190)
        self.pairs.setColumnWidth(2, 190)
        self.pairs.setWordWrap(False)
        self.pairs.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

        self.matrix = QTableView()
        self.matrix.setObjectName("ahpMatrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)

        self.cr_label = QLabel()
        self.cr_label.setObjectName("crLabel")
        self.cr_label.setWordWrap(True)
        self.cr_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button = QPushButton(self.tr("Usar estos pesos (AHP)"))
        self.use_button.setToolTip(self.tr("Los pesos de los criterios pasan a ser las prioridades de esta matriz; "
                                           "cada cambio de juicio los actualiza"))
        self.use_button.clicked.connect(self.state.use_ahp_weights)

        intro = QLabel(self.tr("Para cada par, ¿cuál de los dos criterios importa más para priorizar clústeres, y "
                               "cuánto? Responda en palabras (doble clic en «Juicio») o con un número en «Valor» "
                               "(por ejemplo 3 o 1/5); la flecha señala el criterio más importante. Los pares sin "
                               "responder se estiman a partir de los demás."))
        intro.setWordWrap(True)
        self.committee_notice = QLabel(self.tr(
            "Este libro tiene juicios de los miembros del comité: con pesos AHP, el orden usa el agregado del "
            "comité (paso Comité, «Usar los pesos del comité»), no esta matriz, que queda solo como referencia."))
        self.committee_notice.setObjectName("committeeNotice")
        self.committee_notice.setWordWrap(True)
        self.committee_notice.setStyleSheet(f"QLabel {{ color: {_COLOR['warn']}; }}")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pairs)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Matriz de comparaciones (fila frente a columna)")))
        right_layout.addWidget(self.matrix)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cr_label, 1)
        bottom.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.committee_notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.state.changed.connect(self._update_consistency)
        self._update_consistency()

    def _update_consistency(self) -> None:
        text, level = self.state.consistency_text()
        color = _COLOR[level]
        self.cr_label.setText(text)
        self.cr_label.setProperty("level", level)
        self.cr_label.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; }}" if color else "")
        problem = self.state.document.problem
        committee = problem is not None and any(j.member is not None for j in problem.judgments)
        self.committee_notice.setVisible(committee)
        # with members' matrices the engine ignores this one (mcda.committee.blocks.unnamed_ignored)
        self.use_button.setEnabled(self.state.result is not None and not committee)
