"""The committee's single pairwise matrix over the criteria, as the editor sees it.

Judgment edits are undoable operations writing :class:`~mcda.problem.Judgments`
into the problem; when the weights come from AHP the same operation also
writes the AHP weights, so one Ctrl+Z undoes both.  Priorities and the
consistency ratio come from :func:`mcda.ahp.priorities`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop import saaty, session
from desktop.document import Document
from desktop.operations import set_judgments, set_weights

if TYPE_CHECKING:
    from mcda.ahp import AhpResult
    from mcda.errors import Issue
    from mcda.problem import Judgments, Problem

SHEET = "AHP"


def tr(text: str) -> str:
    return QCoreApplication.translate("AhpState", text)


class AhpState(QObject):
    """Current matrix, its priorities and CR; emits ``changed`` after every problem change."""

    changed = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.labels: list[str] = []
        self.names: dict[str, str] = {}
        self.matrix = np.zeros((0, 0))
        self.result: AhpResult | None = None
        self.issues: tuple[Issue, ...] = ()
        document.problemChanged.connect(self.refresh)
        self.refresh(document.problem)

    # -- reading -------------------------------------------------------------
    def refresh(self, problem: Problem | None) -> None:
        from mcda.ahp import priorities
        from mcda.errors import McdaError

        if problem is None:
            return
        self.labels = problem.criterion_ids
        self.names = {c.id: c.name for c in problem.criteria}
        self.matrix = aligned_matrix(problem.judgments_for(None, "criteria"), self.labels)
        self.result, self.issues = None, ()
        if len(self.labels) >= 2 and self.answered() > 0:
            try:
                self.result = priorities(self.matrix, self.labels)
            except McdaError as exc:
                self.issues = exc.issues
        self.changed.emit()

    @property
    def n(self) -> int:
        return len(self.labels)

    def pairs(self) -> list[tuple[int, int]]:
        return [(i, j) for i in range(self.n) for j in range(i + 1, self.n)]

    def answered(self) -> int:
        return sum(1 for i, j in self.pairs() if not math.isnan(self.matrix[i, j]))

    def value(self, i: int, j: int) -> float:
        return float(self.matrix[i, j])

    def name(self, i: int) -> str:
        return self.names.get(self.labels[i], self.labels[i])

    # -- editing --------------------------------------------------------------
    def set_value(self, i: int, j: int, value: float) -> bool:
        """Record a judgment (``NaN`` clears it) as one undoable operation."""
        from mcda.problem import Judgments

        if i == j or not (0 <= i < self.n and 0 <= j < self.n):
            return False
        if not math.isnan(value) and (not math.isfinite(value) or value <= 0):
            return False
        m = self.matrix.copy()
        m[i, j] = value
        m[j, i] = math.nan if math.isnan(value) else 1.0 / value
        judgments = Judgments(tuple(self.labels), m, None, "criteria", SHEET)
        a, b = self.name(min(i, j)), self.name(max(i, j))
        answer = saaty.as_text(value) or QCoreApplication.translate("AhpState", "sin responder")
        text = QCoreApplication.translate("AhpState", "Juicio %1 frente a %2: %3")
        text = text.replace("%1", a).replace("%2", b).replace("%3", answer)
        problem = self.document.problem
        weights = None
        if problem is not None and session.weight_mode(problem) == "ahp":
            weights = self._weights_of(m)
        return self.document.apply(set_judgments(text, judgments, weights))

    def _weights_of(self, matrix: np.ndarray) -> dict[str, float] | None:
        from mcda.ahp import priorities
        from mcda.errors import McdaError

        try:
            result = priorities(matrix, self.labels)
        except McdaError:
            return None
        return {str(k): float(v) for k, v in result.weights.items()}

    def use_ahp_weights(self) -> bool:
        """Make the AHP priorities the session's weights (mode ``ahp``)."""
        if self.result is None:
            return False
        weights = {str(k): float(v) for k, v in self.result.weights.items()}
        label = QCoreApplication.translate("AhpState", "Usar los pesos AHP")
        if self.document.problem is not None and self.document.problem.judgments_for(None, "criteria") is None:
            from mcda.problem import Judgments

            j = Judgments(tuple(self.labels), self.matrix, None, "criteria", SHEET)
            return self.document.apply(set_judgments(label, j, weights, {session.WEIGHT_MODE: "ahp"}))
        return self.document.apply(set_weights(label, weights, {session.WEIGHT_MODE: "ahp"}))

    # -- words ----------------------------------------------------------------
    def consistency_text(self) -> tuple[str, str]:
        """A plain-language message and its colour name (``good``, ``warn``, ``bad``, ``none``)."""
        from desktop import fmt, settings
        from mcda.text import render

        total = len(self.pairs())
        answered = self.answered()
        if self.n < 2:
            return QCoreApplication.translate("AhpState", "Hacen falta al menos dos criterios para comparar."), \
                "none"
        if answered == 0:
            return QCoreApplication.translate(
                "AhpState", "Todavía no hay comparaciones. Responda cada par: ¿cuál de los dos criterios importa "
                            "más, y cuánto?"), "none"
        if self.result is None:
            text = "; ".join(render(i, settings.language()) for i in self.issues)
            message = QCoreApplication.translate("AhpState", "Las comparaciones no bastan para calcular pesos: %1")
            return message.replace("%1", text), "bad"
        cr = self.result.cr
        missing = ""
        if answered < total:
            text = (QCoreApplication.translate("AhpState", "Falta 1 de %2 comparaciones; se estima a partir de las demás.")
                    if total - answered == 1 else QCoreApplication.translate(
                        "AhpState", "Faltan %1 de %2 comparaciones; se estiman a partir de las demás."))
            missing = " " + text.replace("%1", str(total - answered)).replace("%2", str(total))
        value, limit = fmt.number(cr, 3), fmt.number(0.10, 2)
        if cr < 0.10:
            text = QCoreApplication.translate(
                "AhpState", "Coherencia aceptable: razón de consistencia RC = %1 (menor que %2).")
            return text.replace("%1", value).replace("%2", limit) + missing, "good"
        if cr < 0.20:
            text = QCoreApplication.translate(
                "AhpState", "Coherencia dudosa: RC = %1 (debería ser menor que %2). Revise los juicios más extremos.")
            return text.replace("%1", value).replace("%2", limit) + missing, "warn"
        text = QCoreApplication.translate(
            "AhpState", "Los juicios se contradicen: RC = %1, muy por encima de %2. Revise los pares en los que "
                        "A supera a B y B a C, pero C supera a A.")
        return text.replace("%1", value).replace("%2", limit) + missing, "bad"


def aligned_matrix(judgments: Judgments | None, labels: list[str]) -> np.ndarray:
    """The stored matrix reordered to ``labels`` (new criteria unanswered), reciprocals filled."""
    n = len(labels)
    m = np.full((n, n), np.nan)
    np.fill_diagonal(m, 1.0)
    if judgments is None:
        return m
    pos = {label: k for k, label in enumerate(judgments.labels)}
    src = np.asarray(judgments.matrix, dtype=float)
    for i, a in enumerate(labels):
        for j, b in enumerate(labels):
            if i != j and a in pos and b in pos:
                v = src[pos[a], pos[b]]
                if math.isnan(v):
                    w = src[pos[b], pos[a]]
                    v = 1.0 / w if math.isfinite(w) and w > 0 else math.nan
                m[i, j] = v
    return m
