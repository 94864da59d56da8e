"""Region × cluster heatmap of location quotients (matplotlib, imported lazily).

Colours are on a logarithmic scale centred at LQ = 1 (the national average):
LQ 2 and LQ 1/2 are equally far from white, red above 1 (the region is
specialized in the cluster), blue below; values beyond 1/8 and 8 take the end
colours, and a region without employment in the cluster is grey.  The cells
where the report evaluates each cluster are framed.  Hovering a cell shows
its value.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from desktop import fmt

if TYPE_CHECKING:
    from mcda.indicators.compute import IndicatorReport

# Colour scale limits (LQ); 1 is in the middle of the logarithmic scale.
LQ_LOW, LQ_HIGH = 0.125, 8.0
# Write the values in the cells when there are at most this many.
ANNOTATE_CELLS = 400


def evaluated_cells(report: IndicatorReport) -> list[tuple[str, str]]:
    """(region, cluster) pairs the report evaluates (framed on the map)."""
    cells = []
    regions = list(report.lq_map.index)
    for cid, row in report.clusters.iterrows():
        for region in str(row.get("region") or "").split(" / "):
            if region in regions:
                cells.append((region, str(cid)))
    return cells


class LqHeatmap(QWidget):
    """The map; the canvas is created the first time a report is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lqHeatmap")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Cargue datos brutos para ver el mapa de cocientes de localización."))
        self.caption.setWordWrap(True)
        self._layout.addWidget(self.caption)
        self.canvas: Any = None
        self.figure: Any = None
        self.regions: list[str] = []
        self.clusters: list[str] = []
        self.values: Any = None
        self.axes: Any = None
        self._pending: IndicatorReport | None = None

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        import warnings

        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        warnings.filterwarnings("ignore", message="constrained_layout not applied", category=UserWarning)
        self.figure = Figure(figsize=(8, 4.5), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.canvas.setObjectName("lqCanvas")
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self._layout.addWidget(self.canvas, 1)

    def show_report(self, report: IndicatorReport | None) -> None:
        """Draw now if visible, otherwise when the tab is first shown."""
        self._pending = report
        if self.isVisible():
            self._draw()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._pending is not None:
            self._draw()

    def _draw(self) -> None:
        report, self._pending = self._pending, None
        if report is None:
            return
        lq = report.lq_map
        if lq.empty or lq.shape[1] == 0:
            self.caption.setText(self.tr("No hay clústeres en la hoja Mapeo: no hay mapa de cocientes de "
                                         "localización."))
            if self.figure is not None:
                self.figure.clear()
                self.canvas.draw_idle()
            return
        self._ensure_canvas()
        import numpy as np
        from matplotlib import colormaps
        from matplotlib.colors import LogNorm
        from matplotlib.patches import Rectangle
        from matplotlib.ticker import FixedLocator, FuncFormatter

        self.regions = [str(r) for r in lq.index]
        self.clusters = [str(c) for c in lq.columns]
        values = lq.to_numpy(dtype=float)
        self.values = values
        masked = np.ma.masked_where(~np.isfinite(values) | (values <= 0), values)
        cmap = colormaps["RdBu_r"].with_extremes(bad="#d9d9d9")
        font = self.font().pointSizeF() or 10.0
        self.figure.clear()
        ax = self.axes = self.figure.add_subplot(111)
        image = ax.imshow(masked, cmap=cmap, norm=LogNorm(vmin=LQ_LOW, vmax=LQ_HIGH, clip=True), aspect="auto",
                          interpolation="nearest")
        ax.set_xticks(range(len(self.clusters)))
        ax.set_xticklabels(self.clusters, rotation=55, ha="right", fontsize=font * 0.75)
        ax.set_yticks(range(len(self.regions)))
        ax.set_yticklabels(self.regions, fontsize=font * 0.8)
        ax.tick_params(length=0)
        if values.size <= ANNOTATE_CELLS:
            for i in range(values.shape[0]):
                for j in range(values.shape[1]):
                    v = values[i, j]
                    if math.isfinite(v) and v > 0:
                        dark = v >= 3.0 or v <= 1 / 3
                        ax.text(j, i, fmt.number(v, 1 if v >= 0.95 else 2), ha="center", va="center", fontsize=font * 0.55,
                                color="white" if dark else "#222222")
        for region, cid in evaluated_cells(report):
            i, j = self.regions.index(region), self.clusters.index(cid)
            ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="black", linewidth=1.6))
        bar = self.figure.colorbar(image, ax=ax, fraction=0.035, pad=0.01, extend="both")
        ticks = [0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0]
        bar.ax.yaxis.set_major_locator(FixedLocator(ticks))
        bar.ax.yaxis.set_minor_locator(FixedLocator([]))
        bar.ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _pos: fmt.smart(x)))
        bar.ax.tick_params(labelsize=font * 0.75)
        self.caption.setText(self.tr(
            "Cociente de localización de cada clúster en cada región (año %1). Rojo: la región está "
            "especializada (LQ > 1); azul: por debajo del promedio nacional; gris: sin empleo. Con marco: donde "
            "se evalúa cada clúster.").replace("%1", str(report.year) if report.year is not None else "—"))
        self.canvas.draw_idle()

    def cell_text(self, row: int, col: int) -> str:
        v = float(self.values[row, col])
        value = fmt.number(v, 2) if math.isfinite(v) else "—"
        return f"{self.regions[row]} × {self.clusters[col]}: LQ {value}"

    def _on_motion(self, event: Any) -> None:
        if event.inaxes is None or event.inaxes is not self.axes or event.xdata is None or self.values is None:
            QToolTip.hideText()
            return
        col, row = int(round(event.xdata)), int(round(event.ydata))
        if 0 <= row < len(self.regions) and 0 <= col < len(self.clusters):
            QToolTip.showText(QCursor.pos(), self.cell_text(row, col), self.canvas)
