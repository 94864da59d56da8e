"""Common ground of the Sensibilidad charts: a caption and a matplotlib canvas made on first use.

matplotlib (``backend_qtagg``) is imported only when a chart is first drawn,
so opening the program never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop import fmt

if TYPE_CHECKING:
    from desktop.widgets.sensitivity_data import SensitivityRun

#: Longest cluster or criterion name shown on an axis (the full name is in the tables).
LABEL_CHARS = 30


def short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def line_label(run: SensitivityRun, line: str, kind: str) -> str:
    """``I1 · Empleo directo`` for a criterion, ``Grupo Riesgo`` for a group."""
    if kind == "group":
        return QCoreApplication.translate("SensitivityCharts", "Grupo %1").replace("%1", line)
    return f"{line} · {run.criterion(line)}"


def points(share: float, decimals: int = 1) -> str:
    """A weight change in percentage points (``0.021`` -> ``2.1``), locale formatted."""
    return fmt.number(100.0 * share, decimals)


def percent_formatter(decimals: int = 0) -> Any:
    """Axis ticks of shares (0-1) shown as percentages in the locale."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: fmt.number(100.0 * x, decimals) + " %")


def signed(value: float, decimals: int = 1) -> str:
    """A number with a true minus sign (``−2.5``), as typeset on a chart."""
    return fmt.number(value, decimals).replace("-", "\u2212")


def number_formatter(decimals: int = 1) -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: signed(x, decimals))


class ChartCanvas(QWidget):
    """A caption above a figure; :meth:`figure_for_drawing` creates the canvas the first time."""

    def __init__(self, parent: QWidget | None = None, figsize: tuple[float, float] = (7.0, 4.0)) -> None:
        super().__init__(parent)
        self.setMinimumHeight(200)
        self._figsize = figsize
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self._layout.addWidget(self.caption)
        self.canvas: Any = None
        self.figure: Any = None

    def figure_for_drawing(self) -> Any:
        """The figure, cleared, ready for a new drawing."""
        if self.canvas is None:
            import warnings

            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            # A hidden or tiny canvas has no room for the layout; matplotlib says so on every redraw.
            warnings.filterwarnings("ignore", message="constrained_layout not applied", category=UserWarning)
            self.figure = Figure(figsize=self._figsize, layout="constrained")
            self.canvas = FigureCanvasQTAgg(self.figure)
            self._layout.addWidget(self.canvas, 1)
        self.figure.clear()
        return self.figure

    def font_size(self) -> float:
        return self.font().pointSizeF() or 10.0

    def clear_chart(self) -> None:
        self.caption.clear()
        if self.figure is not None:
            self.figure.clear()
            self.canvas.draw_idle()
