"""Controls of the Sensibilidad step: method, weight sampling, samples, seed, top-k, Calcular / Cancelar.

The method starts as the session's main method and follows it until the user
picks another one.  The seed is shown and editable; "Nueva" draws a fresh one.
The members' scheme is offered only when at least two members have their own
pairwise judgments.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox,
    QStackedWidget, QToolButton, QWidget,
)

from desktop import fmt, methods_text, session
from desktop.ranking import method_ids
from desktop.widgets.sensitivity_data import Request, members_with_judgments
from mcda.problem import Problem

MAX_SEED = 2_147_483_647
MAX_SAMPLES = 1_000_000


def fresh_seed() -> int:
    """A new seed that fits the spin box (recorded with the result)."""
    from mcda.robustness.sampling import new_seed

    return new_seed() % (MAX_SEED + 1)


def _labelled(text: str, field: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field)
    row.addStretch(1)
    return box


class SensitivityControls(QWidget):
    """The choices of one run and the buttons that start and stop it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("sensitivityMethod")
        for m in method_ids():
            self.method_combo.addItem(methods_text.name(m), m)
        self.method_combo.activated.connect(self._on_method_chosen)
        self._method_chosen = False

        self.scheme_combo = QComboBox()
        self.scheme_combo.setObjectName("schemeCombo")
        self.scheme_combo.addItem(self.tr("Dirichlet alrededor de los pesos"), "dirichlet")
        self.scheme_combo.addItem(self.tr("Uniforme, ± un porcentaje de cada peso"), "uniform")
        self.scheme_combo.addItem(self.tr("Pesos de los miembros del comité"), "members")
        self.scheme_combo.currentIndexChanged.connect(self._on_scheme)

        self.concentration = QDoubleSpinBox()
        self.concentration.setObjectName("concentration")
        self.concentration.setRange(1.0, 1_000_000.0)
        self.concentration.setDecimals(0)
        fmt.show_thousands(self.concentration)
        self.concentration.setValue(100.0)
        self.concentration.setToolTip(self.tr(
            "Cuanto mayor, más cerca quedan las muestras de los pesos del comité. Con 100, un peso de 10 % "
            "varía unos ± 3 puntos."))
        self.spread = QDoubleSpinBox()
        self.spread.setObjectName("spread")
        self.spread.setRange(1.0, 100.0)
        self.spread.setDecimals(0)
        self.spread.setSuffix(" %")
        self.spread.setValue(20.0)
        self.spread.setToolTip(self.tr("Cada peso se multiplica por un factor al azar entre 1 − x y 1 + x; "
                                       "luego los pesos se vuelven a sumar 100 %."))
        self.members_mode = QComboBox()
        self.members_mode.setObjectName("membersMode")
        self.members_mode.addItem(self.tr("mezclas ponderadas de los miembros"), "mix")
        self.members_mode.addItem(self.tr("un miembro al azar por muestra"), "pick")
        self.scheme_options = QStackedWidget()
        self.scheme_options.addWidget(_labelled(self.tr("Con&centración:"), self.concentration))
        self.scheme_options.addWidget(_labelled(self.tr("&Variación ±:"), self.spread))
        self.scheme_options.addWidget(_labelled(self.tr("M&odo:"), self.members_mode))

        self.samples = QSpinBox()
        self.samples.setObjectName("samples")
        self.samples.setRange(100, MAX_SAMPLES)
        self.samples.setSingleStep(1000)
        fmt.show_thousands(self.samples)
        self.samples.setValue(10_000)
        self.seed = QSpinBox()
        self.seed.setObjectName("seed")
        self.seed.setRange(0, MAX_SEED)
        self.seed.setValue(fresh_seed())
        self.seed.setToolTip(self.tr("Con la misma semilla, el mismo resultado; queda anotada en el libro "
                                     "exportado."))
        self.new_seed_button = QToolButton()
        self.new_seed_button.setText(self.tr("Nueva"))
        self.new_seed_button.setToolTip(self.tr("Sortear otra semilla"))
        self.new_seed_button.clicked.connect(lambda: self.seed.setValue(fresh_seed()))
        self.top_k = QSpinBox()
        self.top_k.setObjectName("topK")
        self.top_k.setRange(1, 50)
        self.top_k.setValue(5)
        for spin, chars in ((self.samples, 10), (self.seed, 12), (self.top_k, 4), (self.concentration, 9),
                            (self.spread, 6)):
            spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0" * chars) + 48)

        self.run_button = QPushButton(self.tr("&Calcular"))
        self.run_button.setObjectName("runSensitivity")
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Ca&ncelar"))
        self.cancel_button.setObjectName("cancelSensitivity")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("sensitivityProgress")
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("%v de %m muestras"))
        self.progress.setVisible(False)

        seed_row = QHBoxLayout()
        seed_row.setContentsMargins(0, 0, 0, 0)
        seed_row.addWidget(self.seed)
        seed_row.addWidget(self.new_seed_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self._add(grid, 0, 0, self.tr("&Método:"), self.method_combo)
        self._add(grid, 0, 2, self.tr("M&uestreo de pesos:"), self.scheme_combo)
        grid.addWidget(self.scheme_options, 0, 4, 1, 2)
        self._add(grid, 1, 0, self.tr("Mue&stras:"), self.samples)
        seed_label = QLabel(self.tr("S&emilla:"))
        seed_label.setBuddy(self.seed)
        grid.addWidget(seed_label, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addLayout(seed_row, 1, 3)
        self._add(grid, 1, 4, self.tr("&Primeros k:"), self.top_k)
        buttons = QHBoxLayout()
        buttons.addSpacing(12)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        grid.addLayout(buttons, 1, 6)
        grid.setColumnStretch(6, 1)

    @staticmethod
    def _add(grid: QGridLayout, row: int, column: int, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(field, row, column + 1)

    # -- state ------------------------------------------------------------------
    def _on_method_chosen(self, _row: int) -> None:
        self._method_chosen = True

    def _on_scheme(self, row: int) -> None:
        self.scheme_options.setCurrentIndex(max(row, 0))

    def reset(self) -> None:
        """A new document: follow its main method again."""
        self._method_chosen = False

    def set_problem(self, problem: Problem) -> None:
        if not self._method_chosen:
            index = self.method_combo.findData(session.method(problem))
            if index >= 0:
                self.method_combo.setCurrentIndex(index)
        members = len(members_with_judgments(problem)) >= 2
        item = self.scheme_combo.model().item(2)  # type: ignore[attr-defined]
        item.setEnabled(members)
        item.setToolTip("" if members else self.tr(
            "Hace falta que al menos dos miembros tengan sus propias comparaciones por pares (hojas AHP)."))
        if not members and self.scheme_combo.currentData() == "members":
            self.scheme_combo.setCurrentIndex(0)
        self.top_k.setMaximum(max(1, len(problem.clusters) - 1))

    def set_running(self, running: bool) -> None:
        for w in (self.run_button, self.method_combo, self.scheme_combo, self.scheme_options, self.samples,
                  self.seed, self.new_seed_button, self.top_k):
            w.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, self.samples.value())
            self.progress.setValue(0)

    def request(self) -> Request:
        return Request(
            method=str(self.method_combo.currentData()), scheme=str(self.scheme_combo.currentData()),
            samples=self.samples.value(), seed=self.seed.value(), concentration=self.concentration.value(),
            spread=self.spread.value() / 100.0, members_mode=str(self.members_mode.currentData()),
            top_k=self.top_k.value(),
        )
