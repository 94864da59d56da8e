"""Critical weight changes: a tornado chart of the stability intervals and the table of adjacent pairs.

For each criterion and group, the bar runs from how far its weight can fall to
how far it can rise (in percentage points, the others rescaled in proportion)
before the order of the top-k changes; the narrowest bar, on top, is the most
sensitive weight.  A pale bar reaches 0 % or 100 %: no change of that weight
in that direction alters the top-k.  The label at a bar's end names the
adjacent places that swap there.  The table lists, for each pair of adjacent
places of the top-k, the smallest change of any single weight that swaps them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop import fmt
from desktop.widgets.sensitivity_canvas import ChartCanvas, line_label, number_formatter, points, short, signed
from desktop.widgets.sensitivity_tables import Column, FrameModel, table_view

if TYPE_CHECKING:
    import pandas as pd

    from desktop.widgets.sensitivity_data import SensitivityRun

MAX_BARS = 24
DOWN_COLOR = "#0072B2"
UP_COLOR = "#E69F00"


def ordinal(n: int) -> str:
    """``4.º`` in Spanish, ``4th`` in English."""
    from desktop import settings

    if settings.language() == "en":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return f"{n}.º"


def swap_at(run: SensitivityRun, line: str, threshold: float) -> Any:
    """The crossing of an adjacent top-k pair on ``line`` at ``threshold`` (``None`` if another pair)."""
    k = run.result.top_k
    found = [c for c in run.result.thresholds.crossings if c.line == line and not c.tied and c.position <= k
             and abs(c.threshold - threshold) <= max(c.tolerance, 1e-9)]
    return min(found, key=lambda c: c.position) if found else None


class TornadoChart(ChartCanvas):
    """The stability intervals of every criterion and group, narrowest on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, figsize=(8.0, 4.5))
        #: The tornado rows drawn (narrowest first), for tests.
        self.bars: pd.DataFrame | None = None

    def clear(self) -> None:
        self.bars = None
        self.clear_chart()

    def show_run(self, run: SensitivityRun) -> None:
        self._draw_tornado(run)

    def _draw_tornado(self, run: SensitivityRun) -> None:
        result = run.result
        bars = result.thresholds.tornado().iloc[:MAX_BARS]
        self.bars = bars
        fig = self.figure_for_drawing()
        ax = fig.add_subplot(111)
        font = self.font_size()
        n = len(bars)
        ys = list(range(n))[::-1]  # narrowest on top
        labels = []
        for y, row in zip(ys, bars.itertuples(index=False)):
            down, up = 100 * float(row.down), 100 * float(row.up)
            free_down, free_up = float(row.lo) <= 0.0, float(row.hi) >= 1.0
            ax.barh(y, down, color=DOWN_COLOR, alpha=0.3 if free_down else 0.9, height=0.7)
            ax.barh(y, up, color=UP_COLOR, alpha=0.3 if free_up else 0.9, height=0.7)
            if not free_down:
                ax.text(down, y, self._end_label(run, str(row.line), float(row.lo), down) + " ", ha="right",
                        va="center", fontsize=font * 0.7)
            if not free_up:
                ax.text(up, y, " " + self._end_label(run, str(row.line), float(row.hi), up), ha="left",
                        va="center", fontsize=font * 0.7)
            labels.append(f"{short(line_label(run, str(row.line), str(row.kind)), 34)} "
                          f"({fmt.number(100 * float(row.weight), 1)} %)")
        ax.set_yticks(ys)
        ax.set_yticklabels(labels, fontsize=font * 0.78)
        ax.axvline(0, color="#333333", linewidth=0.8)
        ax.tick_params(axis="y", length=0)
        if n:
            reach = max(abs(100 * float(bars["down"].min())), abs(100 * float(bars["up"].max())), 1.0)
            ax.set_xlim(-reach * 1.25, reach * 1.25)
        ax.xaxis.set_major_formatter(number_formatter(0))
        ax.tick_params(axis="x", labelsize=font * 0.8)
        ax.set_xlabel(self.tr("Cambio del peso (puntos porcentuales) que altera el orden de los %1 primeros")
                      .replace("%1", str(result.top_k)), fontsize=font * 0.85)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        self.caption.setText(self.tr(
            "Cuánto puede bajar (azul) o subir (naranja) cada peso sin que cambie el orden de los %1 primeros; "
            "arriba, el más sensible. Barra pálida: ese cambio no altera los %1 primeros. En cada extremo, los "
            "lugares que se intercambian.").replace("%1", str(result.top_k)))
        self.canvas.draw_idle()

    def _end_label(self, run: SensitivityRun, line: str, threshold: float, change_points: float) -> str:
        value = signed(change_points, 1)
        c = swap_at(run, line, threshold)
        if c is None:
            return value
        return f"{value} · {ordinal(c.position)}↔{ordinal(c.position + 1)}"



class CriticalTable(QWidget):
    """For each pair of adjacent places of the top-k, the single weight whose smallest change swaps them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FrameModel(self)
        self.table = table_view(self.model, "criticalTable")
        self.note = QLabel(self.tr(
            "Cada fila es un par de lugares vecinos: el peso cuyo menor cambio los intercambia (los demás pesos "
            "se reajustan en proporción). La última fila decide quién entra en los primeros k."))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def clear(self) -> None:
        self.model.clear()

    def show_run(self, run: SensitivityRun) -> None:
        self._fill_table(run)

    def _fill_table(self, run: SensitivityRun) -> None:
        result = run.result
        th = result.thresholds
        best = {(c.upper, c.lower): c for c in run.top_critical()}
        tied = set(th.ties)
        columns = [Column(self.tr("Lugares")), Column(self.tr("Clúster de arriba")),
                   Column(self.tr("Clúster de abajo")), Column(self.tr("Peso que más influye")),
                   Column(self.tr("Peso actual"), _pct, True), Column(self.tr("Peso crítico"), _pct, True),
                   Column(self.tr("Cambio (puntos)"), _points, True),
                   Column(self.tr("Cambio relativo"), _relative, True)]
        rows: list[list[Any]] = []
        for position, upper, lower in run.top_pairs():
            places = f"{ordinal(position)} – {ordinal(position + 1)}"
            c = best.get((upper, lower))
            if (upper, lower) in tied:
                rows.append([places, run.cluster(upper), run.cluster(lower), self.tr("(ya empatados)"),
                             None, None, None, None])
            elif c is None:
                rows.append([places, run.cluster(upper), run.cluster(lower),
                             self.tr("(ningún cambio de un solo peso)"), None, None, None, None])
            else:
                rows.append([places, run.cluster(upper), run.cluster(lower),
                             line_label(run, c.line, c.kind), c.weight, c.threshold,
                             c.change, c.relative])
        self.model.set_table(columns, rows)


def _pct(value: Any) -> str:
    return "" if value is None else fmt.number(100 * float(value), 1) + " %"


def _points(value: Any) -> str:
    return "" if value is None else ("+" if value > 0 else "") + points(float(value))


def _relative(value: Any) -> str:
    return "" if value is None else ("+" if value > 0 else "") + fmt.percent(float(value), 0)
