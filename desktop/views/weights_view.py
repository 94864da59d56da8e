"""Pesos: direct weights with sliders and locks, by group, by order (ROC), AHP; live ranking beside."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QSplitter, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from desktop import colors, session
from desktop.document import Document
from desktop.models.ranking_model import RankingModel
from desktop.operations import set_weights
from desktop.ranking import Outcome, Ranker
from desktop.widgets.order_list import OrderList
from desktop.widgets.pairwise_editor import PairwiseEditor
from desktop.widgets.weight_sliders import GroupWeights, WeightSliders
from desktop.workers import Workers, report_failure
from mcda.problem import Problem

MODE_TEXT = {
    "direct": QT_TRANSLATE_NOOP("WeightsView", "Pesos asignados directamente."),
    "equal": QT_TRANSLATE_NOOP("WeightsView", "Pesos iguales para todos los criterios."),
    "groups": QT_TRANSLATE_NOOP("WeightsView", "Pesos repartidos por grupos de criterios."),
    "roc": QT_TRANSLATE_NOOP("WeightsView", "Pesos por orden de importancia (centroide, ROC)."),
    "rank_sum": QT_TRANSLATE_NOOP("WeightsView", "Pesos por orden de importancia (suma de rangos)."),
    "entropy": QT_TRANSLATE_NOOP("WeightsView", "Pesos objetivos por entropía de los datos."),
    "critic": QT_TRANSLATE_NOOP("WeightsView", "Pesos objetivos CRITIC."),
    "ahp": QT_TRANSLATE_NOOP("WeightsView", "Pesos de la comparación por pares (AHP)."),
}


def reference_weights(problem: Problem, cancelled: Any = None
                      ) -> tuple[dict[str, dict[str, float] | None], dict[str, tuple[Any, ...]]]:
    """Entropy and CRITIC weights of the data (a reference, computed in the background)."""
    from mcda import weights
    from mcda.errors import McdaError
    from mcda.missing import apply_missing_policy

    out: dict[str, dict[str, float] | None] = {}
    why: dict[str, tuple[Any, ...]] = {}
    try:
        prepared = apply_missing_policy(problem, session.missing_policy(problem)).problem
    except McdaError as exc:
        return {"entropy": None, "critic": None}, {"entropy": exc.issues, "critic": exc.issues}
    for name, fn in (("entropy", weights.entropy), ("critic", weights.critic)):
        try:
            out[name] = {str(k): float(v) for k, v in fn(prepared).weights.items()}
        except McdaError as exc:
            out[name] = None
            why[name] = exc.issues
    return out, why


class WeightsView(QWidget):
    """All the ways the committee can say how much each criterion matters."""

    def __init__(self, document: Document, ranker: Ranker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ranker = ranker
        self.workers = Workers(self, max_threads=1)
        self.references: dict[str, dict[str, float] | None] = {}
        self._reference_values: Any = None

        self.mode_label = QLabel()
        self.mode_label.setObjectName("weightMode")
        self.equal_button = QPushButton(self.tr("Pesos &iguales"))
        self.equal_button.clicked.connect(self.set_equal)
        top = QHBoxLayout()
        top.addWidget(self.mode_label, 1)
        top.addWidget(self.equal_button)

        self.sliders = WeightSliders()
        self.sliders.edited.connect(self._on_criteria_edited)
        self.use_entropy = QPushButton(self.tr("Usar pesos de entropía"))
        self.use_critic = QPushButton(self.tr("Usar pesos CRITIC"))
        for button, which in ((self.use_entropy, "entropy"), (self.use_critic, "critic")):
            button.setToolTip(self.tr("Pesos objetivos calculados solo a partir de la variación de los datos; "
                                      "sirven de referencia, no expresan la opinión del comité"))
            button.clicked.connect(lambda _=False, w=which: self.use_reference(w))
        direct_tab = QWidget()
        direct_layout = QVBoxLayout(direct_tab)
        direct_layout.addWidget(QLabel(self.tr("Mueva un peso y los demás se ajustan para sumar 100 %. "
                                               "Marque «fijo» para que un peso no cambie.")))
        direct_layout.addWidget(self._scroll(self.sliders), 1)
        refs = QHBoxLayout()
        refs.addStretch(1)
        refs.addWidget(self.use_entropy)
        refs.addWidget(self.use_critic)
        direct_layout.addLayout(refs)

        self.groups = GroupWeights()
        self.groups.edited.connect(self._on_groups_edited)
        group_tab = QWidget()
        group_layout = QVBoxLayout(group_tab)
        group_layout.addWidget(QLabel(self.tr("El peso de cada grupo se reparte entre sus criterios en la "
                                              "proporción actual.")))
        group_layout.addWidget(self._scroll(self.groups), 1)

        self.order = OrderList()
        self.order.setObjectName("criteriaOrder")
        self.order.orderChanged.connect(self._on_order_changed)
        self.roc_button = QPushButton(self.tr("Aplicar pesos por orden (ROC)"))
        self.roc_button.setToolTip(self.tr("Centroide de rangos (Barron y Barrett, 1996): el primero pesa más"))
        self.rank_sum_button = QPushButton(self.tr("Aplicar suma de rangos"))
        self.roc_button.clicked.connect(lambda: self.apply_order("roc"))
        self.rank_sum_button.clicked.connect(lambda: self.apply_order("rank_sum"))
        order_tab = QWidget()
        order_layout = QVBoxLayout(order_tab)
        explain = QLabel(self.tr("Arrastre los criterios (o use Alt+↑ y Alt+↓) para ordenarlos del más importante "
                                 "al menos importante; luego aplique los pesos."))
        explain.setWordWrap(True)
        order_layout.addWidget(explain)
        order_layout.addWidget(self.order, 1)
        order_buttons = QHBoxLayout()
        order_buttons.addStretch(1)
        order_buttons.addWidget(self.roc_button)
        order_buttons.addWidget(self.rank_sum_button)
        order_layout.addLayout(order_buttons)

        self.pairwise = PairwiseEditor(document)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("weightTabs")
        self.tabs.addTab(direct_tab, self.tr("Por &criterio"))
        self.tabs.addTab(group_tab, self.tr("Por &grupo"))
        self.tabs.addTab(order_tab, self.tr("Por &orden"))
        self.tabs.addTab(self.pairwise, self.tr("Comparación por &pares (AHP)"))

        self.preview_model = RankingModel(ranker, self)
        self.preview = QTableView()
        self.preview.setObjectName("rankingPreview")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview_model.modelReset.connect(self._hide_preview_columns)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(self.tr("Orden de prioridad (se actualiza al mover los pesos)"))
        self.preview_title.setWordWrap(True)
        side_layout.addWidget(self.preview_title)
        side_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 380])
        splitter.setChildrenCollapsible(False)
        side.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        document.problemChanged.connect(self._on_problem)

    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def _hide_preview_columns(self) -> None:
        for col in range(3, self.preview_model.columnCount()):
            self.preview.setColumnHidden(col, True)

    # -- refresh ----------------------------------------------------------------
    def reload(self) -> None:
        self._reference_values = None
        self._on_problem(self.document.problem)
        self._hide_preview_columns()

    def entered(self) -> None:
        self._refresh_references()

    def _on_problem(self, problem: Problem | None) -> None:
        if problem is None:
            return
        ids = problem.criterion_ids
        names = [c.name for c in problem.criteria]
        groups = [c.group for c in problem.criteria]
        tips = [c.description or c.name for c in problem.criteria]
        self.sliders.set_criteria(ids, names, groups, tips)
        weights = [float(w) for w in problem.weights]
        self.sliders.show_weights(weights)
        self.groups.set_groups(problem.groups)
        totals: dict[str, float] = {}
        for w, g in zip(weights, groups):
            totals[g] = totals.get(g, 0.0) + w
        self.groups.show_weights([totals[g] for g in problem.groups])
        palette = colors.group_colors(problem.groups)
        self.order.set_items(session.criteria_order(problem), dict(zip(ids, names)),
                             {c.id: palette.get(c.group, "#999999") for c in problem.criteria}, dict(zip(ids, tips)))
        mode = session.weight_mode(problem)
        self.mode_label.setText(QCoreApplication.translate("WeightsView", MODE_TEXT[mode]))
        for which in ("entropy", "critic"):
            self.sliders.show_reference(which, self.references.get(which))
        if self.isVisible():
            self._refresh_references()

    def _refresh_references(self) -> None:
        problem = self.document.problem
        if problem is None:
            return
        key = (problem.values.tobytes(), tuple(problem.criterion_ids), tuple(problem.types),
               session.missing_policy(problem))
        if key == self._reference_values:
            return
        self._reference_values = key
        job = self.workers.submit(reference_weights, problem)
        job.finished.connect(self._on_references)
        job.failed.connect(report_failure)

    def _on_references(self, result: tuple[dict[str, dict[str, float] | None], dict[str, tuple[Any, ...]]]
                        ) -> None:
        from desktop import settings
        from mcda.text import render

        refs, why = result
        self.references = refs
        for which, button in (("entropy", self.use_entropy), ("critic", self.use_critic)):
            self.sliders.show_reference(which, refs.get(which))
            button.setEnabled(refs.get(which) is not None)
            issues = why.get(which, ())
            text = "\n".join(dict.fromkeys(render(i, settings.language()) for i in issues))
            self.sliders.reference_note(which, text)

    # -- edits --------------------------------------------------------------------
    def _apply(self, text: str, weights: dict[str, float], mode: str, merge_key: str | None = None) -> bool:
        return self.document.apply(set_weights(text, weights, {session.WEIGHT_MODE: mode}, merge_key))

    def _on_criteria_edited(self, weights: list[float], key: str) -> None:
        problem = self.document.problem
        if problem is None:
            return
        name = problem.criterion(key).name
        self._apply(self.tr("Cambiar el peso de %1").replace("%1", name), dict(zip(problem.criterion_ids, weights)),
                    "direct", merge_key=f"weight:{key}")

    def _on_groups_edited(self, totals: list[float], group: str) -> None:
        from desktop import weight_logic

        problem = self.document.problem
        if problem is None:
            return
        groups = [c.group for c in problem.criteria]
        names = problem.groups
        weights = [float(w) for w in problem.weights]
        new = weight_logic.set_group(weights, groups, group, totals[names.index(group)],
                                     {names[i] for i in self.groups.locked()})
        self._apply(self.tr("Cambiar el peso del grupo %1").replace("%1", group),
                    dict(zip(problem.criterion_ids, new)), "groups", merge_key=f"group:{group}")

    def set_equal(self) -> None:
        from mcda import weights

        problem = self.document.problem
        if problem is not None:
            w = weights.equal(problem).weights
            self._apply(self.tr("Pesos iguales"), {str(k): float(v) for k, v in w.items()}, "equal")

    def apply_order(self, method: str) -> bool:
        from mcda import weights

        problem = self.document.problem
        if problem is None:
            return False
        order = self.order.order()
        fn = weights.rank_order_centroid if method == "roc" else weights.rank_sum
        w = {str(k): float(v) for k, v in fn(problem, order).weights.items()}
        text = self.tr("Pesos por orden (ROC)") if method == "roc" else self.tr("Pesos por orden (suma de rangos)")
        changes = {session.WEIGHT_MODE: method, session.CRITERIA_ORDER: "|".join(order)}
        return self.document.apply(set_weights(text, w, changes))

    def _on_order_changed(self, order: list[str]) -> None:
        """Dragging re-applies the order weights at once when they are in use; otherwise it is kept."""
        from desktop.operations import set_settings

        problem = self.document.problem
        if problem is None:
            return
        mode = session.weight_mode(problem)
        if mode in ("roc", "rank_sum"):
            self.apply_order(mode)
        else:
            self.document.apply(set_settings(self.tr("Ordenar los criterios por importancia"),
                                             {session.CRITERIA_ORDER: "|".join(order)}))

    def use_reference(self, which: str) -> bool:
        weights = self.references.get(which)
        if not weights:
            return False
        text = self.tr("Usar pesos de entropía") if which == "entropy" else self.tr("Usar pesos CRITIC")
        return self._apply(text, weights, which)

    def last_outcome(self) -> Outcome | None:
        return self.ranker.latest
