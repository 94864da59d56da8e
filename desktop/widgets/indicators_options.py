"""Indicadores: the options of the computation — the region (or each cluster in its own region), the
final year and the base year of the growth — over the raw data of an
:class:`~desktop.models.indicators_state.IndicatorsSession`.

Choosing an option asks the session to compute again (:meth:`IndicatorsSession.set_options`);
:meth:`IndicatorOptions.show_session` shows the session's options after a read or a computation.
The row ends with the step's status line (:attr:`IndicatorOptions.status`, written by the step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.models.indicators_state import IndicatorsSession


class IndicatorOptions(QWidget):
    """Region, final year and base year combos (and the status line beside them)."""

    def __init__(self, session: IndicatorsSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._raw_shown: object = None
        self._filling = False
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionCombo")
        self.region_combo.setMinimumContentsLength(22)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.base_combo = QComboBox()
        self.base_combo.setObjectName("baseYearCombo")
        for combo in (self.region_combo, self.year_combo, self.base_combo):
            combo.activated.connect(self._on_options)
        self.status = QLabel()
        self.status.setObjectName("indicatorsStatus")
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, combo in ((self.tr("&Región:"), self.region_combo), (self.tr("Año &final:"), self.year_combo),
                            (self.tr("Año &base:"), self.base_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
        layout.addWidget(self.status, 1)

    def show_session(self) -> None:
        """The regions and years of the session's raw data (when new), its chosen options selected."""
        if self.session.raw is not self._raw_shown:
            self._raw_shown = self.session.raw
            self._fill()
        self._select()

    def _fill(self) -> None:
        raw = self.session.raw
        self._filling = True
        self.region_combo.clear()
        self.year_combo.clear()
        self.base_combo.clear()
        self.region_combo.addItem(self.tr("Cada clúster en su región"), None)
        if raw is not None:
            for region in raw.regions:
                self.region_combo.addItem(region, region)
            for y in reversed(raw.years):
                self.year_combo.addItem(str(y), y)
        self._filling = False

    def _select(self) -> None:
        """Combos show the session's options (the report's years when defaults)."""
        s, report = self.session, self.session.report
        self._filling = True
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(s.region), 0))
        year = s.year if s.year is not None else (report.year if report is not None else None)
        index = self.year_combo.findData(year)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)
        raw = s.raw
        self.base_combo.clear()
        if raw is not None and year is not None:
            for y in (y for y in raw.years if y < year):
                self.base_combo.addItem(str(y), y)
        base = s.base_year if s.base_year is not None else (report.base_year if report is not None else None)
        if self.base_combo.count() == 0:
            self.base_combo.addItem(self.tr("(sin año base)"), None)
        self.base_combo.setCurrentIndex(max(self.base_combo.findData(base), 0))
        has_years = raw is not None and raw.has_years
        self.region_combo.setEnabled(raw is not None)
        self.year_combo.setEnabled(has_years)
        self.base_combo.setEnabled(has_years and self.base_combo.itemData(0) is not None)
        self._filling = False

    def _on_options(self, *_: Any) -> None:
        if self._filling:
            return
        region = self.region_combo.currentData()
        year = self.year_combo.currentData()
        base = self.base_combo.currentData()
        if base is not None and year is not None and base >= year:
            base = None  # the years list of the base combo is rebuilt for the new final year
        self.session.set_options(region, year, base)
