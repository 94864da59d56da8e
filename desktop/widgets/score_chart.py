"""Bar chart of the scores, stacked by criterion-group contribution (matplotlib, imported lazily).

For additive methods (AHP synthesis, WSM) the engine's ``weighted`` table gives
each criterion's contribution ``w_j r_ij`` to the score; the bars stack their
sums per group in the group colours.  Other methods have no additive
decomposition, so their scores are drawn as plain bars and the chart says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop import colors, fmt, methods_text

if TYPE_CHECKING:
    from desktop.ranking import Outcome

MAX_BARS = 25
#: Methods whose score is the sum of the engine's ``weighted`` table (w_j r_ij).
ADDITIVE = ("ahp", "wsm")


class ScoreChart(QWidget):
    """The chart; the canvas is created on first use, so start-up never imports matplotlib."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(220)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setObjectName("chartCaption")
        self.caption.setWordWrap(True)
        self._layout.addWidget(self.caption)
        self.canvas: Any = None
        self.figure: Any = None
        self.stacked = False

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        import warnings

        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        # A hidden or tiny canvas has no room for the layout; matplotlib says so on every redraw.
        warnings.filterwarnings("ignore", message="constrained_layout not applied", category=UserWarning)

        self.figure = Figure(figsize=(6, 3), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self._layout.addWidget(self.canvas, 1)

    def show_outcome(self, outcome: Outcome | None) -> None:
        if outcome is None or outcome.analysis is None:
            return
        self._ensure_canvas()
        problem = outcome.problem
        main = outcome.analysis.main
        order = main.order[:MAX_BARS]
        names = [problem.cluster(c).name if c in problem.cluster_ids else c for c in order]
        font = self.font().pointSizeF() or 10.0
        self.figure.clear()
        ax = self.figure.add_subplot(111)
        positions = list(range(len(order)))[::-1]
        weighted = main.tables.get("weighted")
        self.stacked = weighted is not None and main.method in ADDITIVE
        if self.stacked:
            palette = colors.group_colors(problem.groups)
            left = [0.0] * len(order)
            group_of = {c.id: c.group for c in problem.criteria}
            for group in problem.groups:
                members = [c for c in weighted.columns if group_of.get(str(c)) == group]
                if not members:
                    continue
                part = weighted.loc[order, members].sum(axis=1).to_numpy()
                ax.barh(positions, part, left=left, color=palette[group], label=group or "—")
                left = [a + b for a, b in zip(left, part)]
            ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=4, fontsize=font * 0.85, frameon=False)
            self.caption.setText(self.tr("Puntaje %1: aporte de cada grupo").replace(
                "%1", methods_text.short(main.method)))
        else:
            scores = [float(main.scores[c]) for c in order]
            ax.barh(positions, scores, color="#777777")
            better = self.tr("menor es mejor") if main.better == "lower" else self.tr("mayor es mejor")
            self.caption.setText(self.tr("Puntaje %1 (%2)").replace("%1", methods_text.short(main.method))
                                 .replace("%2", better) + ". "
                                 + self.tr("El aporte de cada grupo se muestra con AHP o WSM"))
        ax.set_yticks(positions)
        ax.set_yticklabels([f"{main.ranks[c]}. {n}" for c, n in zip(order, names)], fontsize=font * 0.9)
        ax.tick_params(axis="x", labelsize=font * 0.85)
        ax.xaxis.set_major_formatter(_locale_formatter())
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        self.canvas.draw_idle()


def _locale_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: fmt.smart(round(x, 4)))
