"""Rank acceptability heatmap: clusters (best first) x ranks, the share of samples at each rank.

Each row is one cluster's distribution over the ranks (it sums to 1); the
outlined cell is its rank with the committee's weights.  With many clusters
the first :data:`MAX_ROWS` rows are drawn and ranks beyond :data:`MAX_RANKS`
are pooled in a last column, so every drawn row still sums to 1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtWidgets import QWidget

from desktop import fmt
from desktop.widgets.sensitivity_canvas import ChartCanvas, percent_formatter, short

if TYPE_CHECKING:
    from desktop.widgets.sensitivity_data import SensitivityRun

MAX_ROWS = 30
MAX_RANKS = 30
#: Cells with at least this share get their percentage written in.
LABEL_SHARE = 0.05


def heatmap_frame(shares: pd.DataFrame, order: list[str], max_rows: int = MAX_ROWS,
                  max_ranks: int = MAX_RANKS) -> pd.DataFrame:
    """The matrix drawn: rows in ``order`` (at most ``max_rows``), ranks pooled beyond ``max_ranks``.

    >>> s = pd.DataFrame([[0.5, 0.3, 0.2], [0.5, 0.7, 0.0], [0.0, 0.0, 1.0]], index=list("abc"), columns=[1, 2, 3])
    >>> heatmap_frame(s, ["b", "a", "c"], max_rows=2, max_ranks=2).to_dict("split")["data"]
    [[0.5, 0.7], [0.5, 0.5]]
    """
    data = shares.reindex(order).iloc[:max_rows]
    ranks = list(shares.columns)
    if len(ranks) > max_ranks:
        kept = ranks[: max_ranks - 1]
        pooled = data[ranks[max_ranks - 1:]].sum(axis=1)
        data = data[kept].copy()
        data[f"{ranks[max_ranks - 1]}–{ranks[-1]}"] = pooled
    return data


class HeatmapChart(ChartCanvas):
    """The acceptability heatmap of a run; :attr:`data` is the matrix on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, figsize=(8.0, 5.0))
        self.data: pd.DataFrame | None = None

    def clear(self) -> None:
        self.data = None
        self.clear_chart()

    def show_run(self, run: SensitivityRun) -> None:
        result = run.result
        acc = result.acceptability
        data = heatmap_frame(acc.shares, result.order)
        self.data = data
        fig = self.figure_for_drawing()
        ax = fig.add_subplot(111)
        font = self.font_size()
        image = ax.imshow(data.to_numpy(), cmap="Blues", vmin=0.0, vmax=1.0, aspect="auto",
                          interpolation="nearest")
        rows, cols = data.shape
        ranks = result.base.ranks
        robust = set(result.robust_top_k)
        labels = [f"{int(ranks[c])}. {short(run.cluster(c))}" for c in data.index]
        ax.set_yticks(range(rows))
        ax.set_yticklabels(labels, fontsize=font * 0.8)
        for tick, cid in zip(ax.get_yticklabels(), data.index):
            if cid in robust:
                tick.set_fontweight("bold")
        ax.set_xticks(range(cols))
        ax.set_xticklabels([str(c) for c in data.columns], fontsize=font * 0.75)
        ax.xaxis.tick_top()
        ax.xaxis.set_label_position("top")
        ax.set_xlabel(self.tr("Lugar"), fontsize=font * 0.85)
        values = data.to_numpy()
        small = font * (0.62 if cols > 20 else 0.7)
        for i in range(rows):
            for j in range(cols):
                v = float(values[i, j])
                if v >= LABEL_SHARE:
                    ax.text(j, i, fmt.number(100.0 * v, 0), ha="center", va="center", fontsize=small,
                            color="white" if v > 0.55 else "#1a1a1a")
        from matplotlib.patches import Rectangle

        for i, cid in enumerate(data.index):
            j = min(int(ranks[cid]) - 1, cols - 1)
            ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="#D55E00", linewidth=1.6))
        bar = fig.colorbar(image, ax=ax, fraction=0.035, pad=0.01, format=percent_formatter())
        bar.ax.tick_params(labelsize=font * 0.75)
        for side in ("top", "right", "bottom", "left"):
            ax.spines[side].set_visible(False)
        ax.tick_params(length=0)
        text = self.tr("Porcentaje de las %1 muestras de pesos en que cada clúster ocupa cada lugar. "
                       "El recuadro marca su lugar con los pesos del comité; en negrita, los firmes en "
                       "los %2 primeros.").replace("%1", fmt.number(acc.samples, 0)).replace("%2", str(acc.top_k))
        if len(result.order) > rows:
            text += " " + self.tr("Se muestran los %1 primeros clústeres.").replace("%1", str(rows))
        self.caption.setText(text)
        self.canvas.draw_idle()
