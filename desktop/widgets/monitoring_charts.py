"""Charts of the Seguimiento step (matplotlib, imported on first use).

* :class:`SlopeChart` — rank movement between rounds: one line per cluster
  from its place in one round to its place in the next (1 at the top), the
  clusters that moved most in colour, the selected one in bold.
* :class:`TrendChart` — one cluster's indicators across every loaded round,
  one small panel per criterion in its group's colour; a point is green when
  it improved on the baseline given the criterion's direction, red when it
  got worse.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop import colors, fmt

if TYPE_CHECKING:
    from mcda.monitoring.rounds import Rounds

UP, DOWN, FLAT = colors.CR_GOOD, colors.CR_BAD, "#b8b8b8"
MAX_LABEL = 26


def _short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Canvas(QWidget):
    """A caption above a lazily created matplotlib canvas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(240)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self._layout.addWidget(self.caption)
        self.canvas: Any = None
        self.figure: Any = None

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        import warnings

        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        warnings.filterwarnings("ignore", message="constrained_layout not applied", category=UserWarning)
        self.figure = Figure(figsize=(7, 4), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self._layout.addWidget(self.canvas, 1)

    def font_size(self) -> float:
        return self.font().pointSizeF() or 10.0


class SlopeChart(_Canvas):
    """Places of every cluster in each round."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: dict[str, Any] = {}

    def show_rounds(self, rounds: Rounds | None, selected: str | None = None) -> None:
        if rounds is None or not rounds.later:
            self.caption.setText(self.tr("Cargue al menos una ronda de seguimiento para ver cómo se movieron "
                                         "los puestos."))
            if self.figure is not None:
                self.figure.clear()
                self.canvas.draw_idle()
            return
        self._ensure_canvas()
        ranks = rounds.ranks()
        names = rounds.names()
        labels = list(ranks.columns)
        font = self.font_size()
        self.figure.clear()
        ax = self.figure.add_subplot(111)
        xs = list(range(len(labels)))
        first, last = ranks.iloc[:, 0], ranks.iloc[:, -1]
        self.lines = {}
        for cid, row in ranks.iterrows():
            values = [float(v) for v in row.tolist()]
            points = [(x, y) for x, y in zip(xs, values) if not math.isnan(y)]
            if not points:
                continue
            move = (first[cid] - last[cid]) if not (math.isnan(first[cid]) or math.isnan(last[cid])) else 0.0
            color = UP if move > 0 else DOWN if move < 0 else FLAT
            bold = cid == selected
            (line,) = ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", color=color,
                              linewidth=3.0 if bold else 1.4, markersize=5 if bold else 3.5,
                              alpha=1.0 if bold or move else 0.7, zorder=3 if bold else 2)
            self.lines[str(cid)] = line
            name = _short(names.get(str(cid), str(cid)))
            weight = "bold" if bold else "normal"
            if not math.isnan(values[0]):
                ax.text(-0.04, values[0], f"{int(values[0])}. {name}", ha="right", va="center",
                        fontsize=font * 0.72, color=color if move else "#444444", fontweight=weight)
            if not math.isnan(values[-1]):
                ax.text(len(xs) - 1 + 0.04, values[-1], f"{int(values[-1])}. {name}", ha="left", va="center",
                        fontsize=font * 0.72, color=color if move else "#444444", fontweight=weight)
        ax.set_xticks(xs)
        ax.set_xticklabels([self._round_label(rounds, i, text) for i, text in enumerate(labels)],
                           fontsize=font * 0.85)
        ax.set_xlim(-0.9, len(xs) - 1 + 0.9)
        n = int(max(ranks.max().max(), 1))
        ax.set_ylim(n + 0.7, 0.3)
        ax.set_yticks([])
        for side in ("top", "right", "left", "bottom"):
            ax.spines[side].set_visible(False)
        self.caption.setText(self.tr("Puesto de cada clúster en cada ronda (1 = primero). Verde: subió; rojo: bajó "
                                     "entre la línea de base y la última ronda."))
        self.canvas.draw_idle()

    @staticmethod
    def _round_label(rounds: Rounds, i: int, text: str) -> str:
        date = rounds.all[i].date
        return f"{_short(text)}\n{date.strftime('%d/%m/%Y')}" if date else _short(text)


class TrendChart(_Canvas):
    """One cluster's criteria across the rounds (small multiples)."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panels = 0

    def show_cluster(self, rounds: Rounds | None, cluster_id: str | None) -> None:
        if rounds is None or cluster_id is None:
            self.caption.setText(self.tr("Elija un clúster para ver sus indicadores en cada ronda."))
            return
        self._ensure_canvas()
        trend = rounds.trend(cluster_id)
        base = rounds.baseline.problem
        problems = [s.problem for s in rounds.all]
        criteria = [c for c in trend.index if not trend.loc[c].isna().all()]
        font = self.font_size()
        self.figure.clear()
        cols = min(self.COLUMNS, max(len(criteria), 1))
        rows = max(math.ceil(len(criteria) / cols), 1)
        groups: list[str] = []
        for p in problems:
            groups += [g for g in p.groups if g not in groups]
        palette = colors.group_colors(groups)
        xs = list(range(len(trend.columns)))
        for k, crit in enumerate(criteria):
            ax = self.figure.add_subplot(rows, cols, k + 1)
            definition = next(p.criterion(crit) for p in problems if crit in p.criterion_ids)
            values = [float(v) for v in trend.loc[crit].tolist()]
            ax.plot(xs, values, color=palette.get(definition.group, "#555555"), linewidth=1.6, marker="o",
                    markersize=3)
            sign = (base.criterion(crit) if crit in base.criterion_ids else definition).direction.sign
            start = values[0]
            for x, v in zip(xs[1:], values[1:]):
                if math.isnan(v) or math.isnan(start) or v == start:
                    continue
                ax.plot([x], [v], marker="o", markersize=6, color=UP if (v - start) * sign > 0 else DOWN)
            ax.set_title(_short(f"{crit} · {definition.name}", 34), fontsize=font * 0.72, loc="left")
            ax.set_xticks(xs)
            ax.set_xticklabels([str(s.date.year) if s.date else str(i + 1) for i, s in enumerate(rounds.all)],
                               fontsize=font * 0.62)
            ax.tick_params(axis="y", labelsize=font * 0.62)
            ax.yaxis.set_major_formatter(_locale_formatter())
            ax.set_xlim(-0.3, len(xs) - 0.7)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
        self.panels = len(criteria)
        name = rounds.names().get(cluster_id, cluster_id)
        self.caption.setText(self.tr("%1: cada indicador en cada ronda, en el color de su grupo. Punto verde: mejor "
                                     "que en la línea de base; rojo: peor (según el sentido del criterio).")
                             .replace("%1", name))
        self.canvas.draw_idle()


def _locale_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: fmt.smart(round(x, 4)))
