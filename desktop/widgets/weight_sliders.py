"""Weight controls: a slider and a spin box per criterion (with locks), and per group."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QDoubleSpinBox, QGridLayout, QLabel, QSizePolicy, QSlider, QWidget,
)

from desktop import colors, fmt, weight_logic

SLIDER_STEPS = 1000


def _swatch(color: str) -> QLabel:
    label = QLabel()
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    label.setPixmap(pixmap)
    return label


class _Rows(QWidget):
    """Rows of name / slider / spin box / lock, normalized to sum 1."""

    #: (new weights in row order, key of the row the user moved)
    edited = Signal(list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(2, 1)
        self.keys: list[str] = []
        self.weights: list[float] = []
        self.sliders: list[QSlider] = []
        self.spins: list[QDoubleSpinBox] = []
        self.locks: list[QCheckBox] = []
        self.extra: list[list[QLabel]] = []

    def _headers(self, titles: list[str]) -> None:
        for col, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(label, 0, col)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.sliders, self.spins, self.locks, self.extra = [], [], [], []

    def _add_row(self, row: int, key: str, name: str, color: str, tip: str, extra_columns: int) -> None:
        swatch_and_name = QLabel(name)
        swatch_and_name.setToolTip(tip)
        swatch_and_name.setMinimumWidth(120)
        self.grid.addWidget(_swatch(color), row, 0)
        self.grid.addWidget(swatch_and_name, row, 1)
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, SLIDER_STEPS)
        slider.setPageStep(50)
        slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        slider.setMinimumWidth(160)
        slider.setToolTip(tip)
        slider.setAccessibleName(name)
        slider.setObjectName(f"slider_{key}")
        spin = QDoubleSpinBox()
        spin.setRange(0.0, 100.0)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" %")
        spin.setKeyboardTracking(False)
        spin.setAccessibleName(name)
        spin.setObjectName(f"spin_{key}")
        lock = QCheckBox(self.tr("fijo"))
        lock.setToolTip(self.tr("Fijar este peso: los demás absorben los cambios"))
        index = len(self.sliders)
        slider.valueChanged.connect(lambda v, i=index: self._user_set(i, v / SLIDER_STEPS))
        spin.valueChanged.connect(lambda v, i=index: self._user_set(i, v / 100.0))
        self.grid.addWidget(slider, row, 2)
        self.grid.addWidget(spin, row, 3)
        self.grid.addWidget(lock, row, 4)
        labels = []
        for k in range(extra_columns):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(60)
            self.grid.addWidget(label, row, 5 + k)
            labels.append(label)
        self.sliders.append(slider)
        self.spins.append(spin)
        self.locks.append(lock)
        self.extra.append(labels)

    def locked(self) -> set[int]:
        return {i for i, box in enumerate(self.locks) if box.isChecked()}

    def show_weights(self, weights: list[float]) -> None:
        self.weights = weight_logic.normalized(weights) if weights else []
        for i, w in enumerate(self.weights):
            slider, spin = self.sliders[i], self.spins[i]
            slider.blockSignals(True)
            spin.blockSignals(True)
            if not slider.isSliderDown():
                slider.setValue(round(w * SLIDER_STEPS))
            spin.setValue(round(w * 100, 1))
            slider.blockSignals(False)
            spin.blockSignals(False)

    def _user_set(self, index: int, value: float) -> None:
        if not self.weights or abs(self.weights[index] - value) < 1e-9:
            return
        new = self._redistribute(index, value)
        self.edited.emit(new, self.keys[index])

    def _redistribute(self, index: int, value: float) -> list[float]:
        return weight_logic.set_one(self.weights, index, value, self.locked())


class WeightSliders(_Rows):
    """One row per criterion, with reference columns (entropy, CRITIC)."""

    REFERENCES = ("entropy", "critic")

    def set_criteria(self, ids: list[str], names: list[str], groups: list[str], tips: list[str]) -> None:
        if ids == self.keys and len(self.sliders) == len(ids):
            return
        self._clear()
        self.keys = list(ids)
        self._headers(["", self.tr("Criterio"), self.tr("Peso"), "%", self.tr("Fijo"),
                       self.tr("Entropía"), self.tr("CRITIC")])
        palette = colors.group_colors(groups)
        for row, (key, name, group, tip) in enumerate(zip(ids, names, groups, tips), start=1):
            self._add_row(row, key, name, palette.get(group, "#999999"), tip, len(self.REFERENCES))
        self.grid.setRowStretch(len(ids) + 1, 1)

    def reference_note(self, which: str, text: str) -> None:
        """Why a reference column is empty (tooltip on its cells)."""
        col = self.REFERENCES.index(which)
        for labels in self.extra:
            labels[col].setToolTip(text)

    def show_reference(self, which: str, weights: dict[str, float] | None) -> None:
        col = self.REFERENCES.index(which)
        for i, key in enumerate(self.keys):
            value = (weights or {}).get(key)
            self.extra[i][col].setText("—" if value is None else fmt.percent(value))


class GroupWeights(_Rows):
    """One row per criterion group; criteria keep their proportions inside a group."""

    def set_groups(self, groups: list[str]) -> None:
        if groups == self.keys and len(self.sliders) == len(groups):
            return
        self._clear()
        self.keys = list(groups)
        self._headers(["", self.tr("Grupo"), self.tr("Peso del grupo"), "%", self.tr("Fijo")])
        palette = colors.group_colors(groups)
        for row, group in enumerate(groups, start=1):
            self._add_row(row, group, group or self.tr("(sin grupo)"), palette[group],
                          self.tr("Peso total de los criterios del grupo %1").replace("%1", group), 0)
        self.grid.setRowStretch(len(groups) + 1, 1)
