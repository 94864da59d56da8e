"""The start page: open a workbook, open the sample, save the blank template, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)


class StartPage(QWidget):
    """What the window shows before a workbook is open."""

    openRequested = Signal()
    sampleRequested = Signal()
    templateRequested = Signal()
    indicatorsRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 3)
        outer.addStretch(1)

        title = QLabel("clusterprio")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Priorización de clústeres industriales para comités regionales"))
        subtitle.setWordWrap(True)
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)

        self.open_button = QPushButton(self.tr("Abrir un libro de Excel o LibreOffice…"))
        self.open_button.setToolTip(self.tr("Abrir un libro con las hojas Clusters y Criterios (Ctrl+O)"))
        self.sample_button = QPushButton(self.tr("Abrir la muestra (clústeres del Perú, ilustrativa)"))
        self.sample_button.setToolTip(self.tr("Datos ilustrativos de unos 20 clústeres candidatos del Perú"))
        self.template_button = QPushButton(self.tr("Guardar la plantilla en blanco…"))
        self.template_button.setToolTip(self.tr("Un libro vacío con instrucciones para preparar sus datos"))
        self.indicators_button = QPushButton(self.tr("Calcular indicadores desde datos brutos…"))
        self.indicators_button.setToolTip(self.tr("Calcular los criterios (cociente de localización, encadenamientos, "
                                                  "crecimiento…) a partir de datos regionales de empleo, insumo-producto "
                                                  "y exportaciones"))
        for button, signal in ((self.open_button, self.openRequested), (self.sample_button, self.sampleRequested),
                               (self.indicators_button, self.indicatorsRequested),
                               (self.template_button, self.templateRequested)):
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            column.addWidget(button)

        hint = QLabel(self.tr("También puede arrastrar un libro (.xlsx, .xlsm, .xls, .ods) a esta ventana."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        column.addWidget(hint)
        column.addSpacing(12)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        column.addWidget(line)
        self.recent_label = QLabel(self.tr("Archivos recientes"))
        column.addWidget(self.recent_label)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentFiles")
        self.recent_list.setMinimumHeight(120)
        self.recent_list.itemActivated.connect(self._on_recent)
        column.addWidget(self.recent_list, 2)
        column.addStretch(1)

    def set_recent_files(self, files: list[str]) -> None:
        self.recent_list.clear()
        for f in files:
            item = QListWidgetItem(f"{Path(f).name}    —    {Path(f).parent}")
            item.setData(Qt.ItemDataRole.UserRole, f)
            item.setToolTip(f)
            self.recent_list.addItem(item)
        empty = not files
        self.recent_label.setText(self.tr("Archivos recientes") if not empty else
                                  self.tr("Archivos recientes: ninguno todavía"))
        self.recent_list.setVisible(not empty)

    def _on_recent(self, item: QListWidgetItem) -> None:
        self.recentRequested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
