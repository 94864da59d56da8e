"""One-at-a-time sweep lines: one criterion's (or group's) weight from 0 to 100 %, the others in proportion.

The chart draws each cluster's place (or score) along the weight; the clusters
of the top-k are coloured and named, the rest stay grey.  Points mark where
two clusters change places (the engine's exact change points) when one of
them is in the top-k; the dashed line is the current weight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from desktop import fmt
from desktop.widgets.sensitivity_canvas import ChartCanvas, line_label, number_formatter, short

if TYPE_CHECKING:
    from mcda.robustness import Sweep

    from desktop.widgets.sensitivity_data import SensitivityRun

#: Okabe & Ito's colour-blind-safe palette (as the group colours), then a few more.
LINE_COLORS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D31", "#000000",
               "#7F3C8D", "#11A579")


class SweepPanel(QWidget):
    """A choice of criterion or group, ranks or scores, and the sweep chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_combo = QComboBox()
        self.line_combo.setObjectName("sweepLine")
        self.line_combo.setMinimumContentsLength(28)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("sweepMode")
        self.mode_combo.addItem(self.tr("Lugar"), "ranks")
        self.mode_combo.addItem(self.tr("Puntaje"), "scores")
        form = QFormLayout()
        form.addRow(self.tr("&Peso que varía:"), self.line_combo)
        form2 = QFormLayout()
        form2.addRow(self.tr("&Mostrar:"), self.mode_combo)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addLayout(form2)
        row.addStretch(1)
        self.chart = ChartCanvas(figsize=(8.0, 4.5))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        self.run: SensitivityRun | None = None
        #: (t, rank or score) of the change points drawn, for tests and tooltips.
        self.marked: list[tuple[float, float]] = []
        self.line_combo.activated.connect(lambda _i: self.draw())
        self.mode_combo.activated.connect(lambda _i: self.draw())

    @staticmethod
    def line_label(run: SensitivityRun, sweep: Sweep) -> str:
        return line_label(run, sweep.line, sweep.kind)

    def show_run(self, run: SensitivityRun) -> None:
        """Fill the choice of lines (keeping the current one) and draw."""
        current = self.line_combo.currentData()
        self.run = run
        self.line_combo.clear()
        for s in run.result.sweeps:
            self.line_combo.addItem(self.line_label(run, s), s.line)
        index = self.line_combo.findData(current) if current is not None else -1
        if index < 0:  # start with the most sensitive weight (narrowest stability interval)
            tornado = run.result.thresholds.tornado()
            first = str(tornado["line"].iloc[0]) if len(tornado) else None
            index = max(self.line_combo.findData(first), 0) if first is not None else 0
        self.line_combo.setCurrentIndex(index)
        self.draw()

    def clear(self) -> None:
        self.run = None
        self.line_combo.clear()
        self.marked = []
        self.chart.clear_chart()

    def current_sweep(self) -> Sweep | None:
        if self.run is None or self.line_combo.currentIndex() < 0:
            return None
        return self.run.result.sweep(str(self.line_combo.currentData()))

    def draw(self) -> None:
        run, sweep = self.run, self.current_sweep()
        if run is None or sweep is None:
            return
        result = run.result
        ranks_mode = self.mode_combo.currentData() == "ranks"
        frame = sweep.ranks if ranks_mode else sweep.scores
        t = frame.index.to_numpy(dtype=float)
        top = result.order[: result.top_k]
        colour = {c: LINE_COLORS[i % len(LINE_COLORS)] for i, c in enumerate(top)}
        fig = self.chart.figure_for_drawing()
        ax = fig.add_subplot(111)
        font = self.chart.font_size()
        style: dict[str, Any] = {"drawstyle": "steps-mid"} if ranks_mode else {}
        for cid in reversed(result.order):  # the best drawn last, on top
            y = frame[cid].to_numpy(dtype=float)
            if cid in colour:
                ax.plot(100 * t, y, color=colour[cid], linewidth=2.0,
                        label=f"{int(result.base.ranks[cid])}. {short(run.cluster(cid), 26)}", zorder=3, **style)
            else:
                ax.plot(100 * t, y, color="#8a8a8a", linewidth=1.0, alpha=0.7, zorder=1, **style)
        self.marked = []
        shown = set(top)
        for c in sweep.change_points:
            if c.rises not in shown and c.falls not in shown:
                continue
            self.marked.append((c.t, self._value_at(frame, c.rises, c.t, ranks_mode)))
        if self.marked:
            xs, ys = zip(*self.marked)
            ax.scatter([100 * x for x in xs], ys, s=22, facecolor="white", edgecolor="#1a1a1a", linewidth=1.0,
                       zorder=4, label=self.tr("cambio de lugar"))
        ax.axvline(100 * sweep.weight, color="#444444", linestyle="--", linewidth=1.0, zorder=2)
        ax.annotate(self.tr("peso actual: %1 %").replace("%1", fmt.number(100 * sweep.weight, 1)),
                    xy=(100 * sweep.weight, 0.0), xycoords=("data", "axes fraction"), xytext=(4, 4),
                    textcoords="offset points", fontsize=font * 0.8, color="#444444")
        if ranks_mode:
            m = len(result.order)
            ax.set_ylim(m + 0.5, 0.5)
            step = 1 if m <= 25 else 5
            ax.set_yticks([1, *range(step if step > 1 else 2, m + 1, step)])
            ax.set_ylabel(self.tr("Lugar"), fontsize=font * 0.85)
        else:
            ax.yaxis.set_major_formatter(number_formatter(2))
            better = self.tr("menor es mejor") if result.base.better == "lower" else self.tr("mayor es mejor")
            ax.set_ylabel(self.tr("Puntaje (%1)").replace("%1", better), fontsize=font * 0.85)
        ax.set_xlim(0, 100)
        ax.set_xlabel(self.tr("Peso de %1 (%, los demás en proporción)").replace(
            "%1", short(self.line_label(run, sweep), 40)), fontsize=font * 0.85)
        ax.xaxis.set_major_formatter(number_formatter(0))
        ax.tick_params(labelsize=font * 0.8)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        handles, names = ax.get_legend_handles_labels()
        clusters = len(top)  # drawn worst first: list them best first, the change marker last
        order = [*reversed(range(clusters)), *range(clusters, len(handles))]
        ax.legend([handles[i] for i in order], [names[i] for i in order], loc="upper left",
                  bbox_to_anchor=(1.01, 1.0), fontsize=font * 0.8, frameon=False)
        self.chart.caption.setText(self._caption(run, sweep))
        self.chart.canvas.draw_idle()

    @staticmethod
    def _value_at(frame: Any, cid: str, t: float, ranks_mode: bool) -> float:
        x = frame.index.to_numpy(dtype=float)
        y = frame[cid].to_numpy(dtype=float)
        if ranks_mode:  # the place it takes just after the change
            after = int(np.searchsorted(x, t, side="right"))
            return float(y[min(after, len(y) - 1)])
        return float(np.interp(t, x, y))

    def _caption(self, run: SensitivityRun, sweep: Sweep) -> str:
        top = set(run.result.order[: run.result.top_k])
        below = [c for c in sweep.change_points if c.t < sweep.weight and (c.rises in top or c.falls in top)]
        above = [c for c in sweep.change_points if c.t > sweep.weight and (c.rises in top or c.falls in top)]
        parts = []
        if below:
            c = below[-1]
            parts.append(self.tr("si baja a %1 %, %2 pasa delante de %3").replace(
                "%1", fmt.number(100 * c.t, 1)).replace("%2", run.cluster(c.falls)).replace(
                "%3", run.cluster(c.rises)))
        if above:
            c = above[0]
            parts.append(self.tr("si sube a %1 %, %2 pasa delante de %3").replace(
                "%1", fmt.number(100 * c.t, 1)).replace("%2", run.cluster(c.rises)).replace(
                "%3", run.cluster(c.falls)))
        if not parts:
            return self.tr("Con cualquier peso de %1 entre 0 y 100 % los %2 primeros no cambian de lugar.").replace(
                "%1", self.line_label(run, sweep)).replace("%2", str(run.result.top_k))
        return self.tr("Primer cambio en los %1 primeros: %2.").replace("%1", str(run.result.top_k)).replace(
            "%2", "; ".join(parts))
