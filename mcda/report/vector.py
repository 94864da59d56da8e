"""Small vector charts drawn with reportlab's own graphics (one per cluster page: fast and crisp).

>>> d = profile_drawing(["Importancia", "Riesgo"], [0.8, 0.3], [0.5, 0.6], "Café", "Promedio", 400)
>>> round(d.width), len(d.contents) > 6
(400, True)
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from mcda.justification.numbers import number
from mcda.report.fonts import FONTS, register

CLUSTER = colors.HexColor("#0072B2")
AVERAGE = colors.HexColor("#BBBBBB")
GRID = colors.HexColor("#DDDDDD")
TEXT = colors.HexColor("#1F2937")
MUTED = colors.HexColor("#555555")
BAR, GAP, LABEL_WIDTH = 9.0, 8.0, 120.0


def profile_drawing(groups: Sequence[str], cluster: Sequence[float], average: Sequence[float], cluster_label: str,
                    average_label: str, width: float, axis_label: str = "") -> Drawing:
    """Pairs of horizontal bars (cluster, average) per group on a 0–1 scale (values outside are clipped)."""
    register()
    n = len(groups)
    top_pad, bottom_pad = 22.0, 30.0 if axis_label else 18.0
    height = top_pad + bottom_pad + n * (2 * BAR + GAP)
    d = Drawing(width, height, initialFontName=FONTS.regular)  # else the renderer's default Helvetica is referenced
    x0, x1 = LABEL_WIDTH, width - 40.0
    span = x1 - x0

    def x(v: float) -> float:
        return x0 + span * min(max(v, 0.0), 1.0)

    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        d.add(Line(x(tick), bottom_pad, x(tick), height - top_pad, strokeColor=GRID, strokeWidth=0.5))
        d.add(String(x(tick), bottom_pad - 10, number(tick, 2), fontName=FONTS.regular, fontSize=6.5,
                     fillColor=MUTED, textAnchor="middle"))
    if axis_label:
        d.add(String(x0 + span / 2, 4, axis_label, fontName=FONTS.regular, fontSize=7, fillColor=MUTED,
                     textAnchor="middle"))
    for i, (g, c, a) in enumerate(zip(groups, cluster, average)):
        y = height - top_pad - (i + 1) * (2 * BAR + GAP) + GAP / 2
        d.add(String(x0 - 6, y + BAR - 3, g[:28], fontName=FONTS.regular, fontSize=8, fillColor=TEXT,
                     textAnchor="end"))
        for value, color, yy in ((c, CLUSTER, y + BAR), (a, AVERAGE, y)):
            if value == value:  # not NaN
                d.add(Rect(x0, yy, max(x(value) - x0, 0.5), BAR - 1, fillColor=color, strokeColor=None))
                d.add(String(x(value) + 3, yy + 1.5, number(value, 2), fontName=FONTS.regular, fontSize=6.5,
                             fillColor=MUTED))
    # legend
    lx = x0
    for label, color in ((cluster_label, CLUSTER), (average_label, AVERAGE)):
        d.add(Rect(lx, height - 12, 8, 8, fillColor=color, strokeColor=None))
        d.add(String(lx + 11, height - 11, label[:40], fontName=FONTS.regular, fontSize=7.5, fillColor=TEXT))
        lx += 24 + 4.2 * min(len(label), 40)
    return d
