"""The step flow: a sidebar Datos → Criterios → Pesos → Resultados → Exportar and one view per step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMenu, QStackedWidget, QWidget

from desktop.document import Document

STEP_TITLES = {
    "data": QT_TRANSLATE_NOOP("Workspace", "Datos"),
    "indicators": QT_TRANSLATE_NOOP("Workspace", "Indicadores"),
    "criteria": QT_TRANSLATE_NOOP("Workspace", "Criterios"),
    "weights": QT_TRANSLATE_NOOP("Workspace", "Pesos"),
    "results": QT_TRANSLATE_NOOP("Workspace", "Resultados"),
    "sensitivity": QT_TRANSLATE_NOOP("Workspace", "Sensibilidad"),
    "export": QT_TRANSLATE_NOOP("Workspace", "Exportar"),
    "monitoring": QT_TRANSLATE_NOOP("Workspace", "Seguimiento"),
}
STEP_TIPS = {
    "data": QT_TRANSLATE_NOOP("Workspace", "Los valores de cada clúster, con los problemas encontrados"),
    "indicators": QT_TRANSLATE_NOOP("Workspace", "Criterios calculados a partir de datos regionales brutos"),
    "criteria": QT_TRANSLATE_NOOP("Workspace", "Nombre, grupo, sentido y unidad de cada criterio"),
    "weights": QT_TRANSLATE_NOOP("Workspace", "La importancia de cada criterio"),
    "results": QT_TRANSLATE_NOOP("Workspace", "El orden de prioridad de los clústeres"),
    "sensitivity": QT_TRANSLATE_NOOP("Workspace", "Qué tan firme es el orden ante cambios de pesos y de método"),
    "export": QT_TRANSLATE_NOOP("Workspace", "El libro de resultados para el acta"),
    "monitoring": QT_TRANSLATE_NOOP("Workspace", "Línea de base, rondas posteriores y metas de los clústeres priorizados"),
}


def step_title(key: str) -> str:
    return QCoreApplication.translate("Workspace", STEP_TITLES[key])


class Workspace(QWidget):
    """Sidebar of steps and the step views."""

    stepChanged = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        from desktop.ranking import Ranker

        self.ranker = Ranker(document, self)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("steps")
        self.sidebar.setIconSize(QSize(16, 16))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(190)
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.views: dict[str, QWidget] = {}
        self.keys: list[str] = []
        for key, factory in self._factories().items():
            view = factory()
            view.setObjectName(f"{key}View")
            self.views[key] = view
            self.keys.append(key)
            self.stack.addWidget(view)
            number = len(self.keys)
            item = QListWidgetItem(f"{number}.  {step_title(key)}")
            item.setToolTip(QCoreApplication.translate("Workspace", STEP_TIPS[key]))
            item.setSizeHint(QSize(150, 44))
            self.sidebar.addItem(item)
        # the justified list is written again with each Sensibilidad run the export will quote
        self.views["sensitivity"].finished.connect(self.views["export"].sensitivity_changed)
        self.sidebar.currentRowChanged.connect(self._on_row)
        self.sidebar.setCurrentRow(0)

    def _factories(self) -> dict[str, Callable[[], QWidget]]:
        from desktop.views.criteria_view import CriteriaView
        from desktop.views.data_view import DataView
        from desktop.views.export_view import ExportView
        from desktop.views.indicators_view import IndicatorsView
        from desktop.views.monitoring_view import MonitoringView
        from desktop.views.results_view import ResultsView
        from desktop.views.sensitivity_view import SensitivityView
        from desktop.views.weights_view import WeightsView

        doc, ranker = self.document, self.ranker
        return {
            "data": lambda: DataView(doc),
            "indicators": lambda: IndicatorsView(doc),
            "criteria": lambda: CriteriaView(doc),
            "weights": lambda: WeightsView(doc, ranker),
            "results": lambda: ResultsView(doc, ranker),
            "sensitivity": lambda: SensitivityView(doc, ranker),
            "export": lambda: ExportView(doc, ranker),
            "monitoring": lambda: MonitoringView(doc, ranker),
        }

    def add_step_actions(self, menu: QMenu) -> None:
        for number, key in enumerate(self.keys, start=1):
            action = QAction(f"&{number}  {step_title(key)}", menu)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.go_to(k))
            menu.addAction(action)
        menu.addSeparator()
        nxt = QAction(QCoreApplication.translate("Workspace", "Paso &siguiente"), menu)
        nxt.setShortcut(QKeySequence("Ctrl+PgDown"))
        nxt.triggered.connect(lambda: self.sidebar.setCurrentRow(min(self.sidebar.currentRow() + 1,
                                                                      len(self.keys) - 1)))
        prev = QAction(QCoreApplication.translate("Workspace", "Paso &anterior"), menu)
        prev.setShortcut(QKeySequence("Ctrl+PgUp"))
        prev.triggered.connect(lambda: self.sidebar.setCurrentRow(max(self.sidebar.currentRow() - 1, 0)))
        menu.addAction(nxt)
        menu.addAction(prev)

    def reload(self) -> None:
        """A new document was loaded."""
        self.ranker.reset()
        for view in self.views.values():
            reload = getattr(view, "reload", None)
            if callable(reload):
                reload()
        self.ranker.schedule()
        self.go_to("data")

    def go_to(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.keys.index(key))

    def current(self) -> str:
        return self.keys[self.stack.currentIndex()]

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        view = self.stack.currentWidget()
        entered = getattr(view, "entered", None)
        if callable(entered):
            entered()
        self.stepChanged.emit(self.keys[row])


