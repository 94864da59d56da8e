"""Charts of the PDF report, drawn by matplotlib into PNG bytes in memory.

Only the object-oriented API (``Figure`` + the Agg canvas) is used, never
``pyplot``: no global backend is chosen, no window can open, and it is safe in
a worker thread of the desktop app.  matplotlib is imported inside the
functions (importing it costs about a second).

>>> data = weights_chart(["I1", "L1"], [0.6, 0.4], ["Importancia", "Encadenamientos"], "Peso")
>>> data[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
True
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

#: Colours of criterion groups (colour-blind safe, Okabe & Ito 2008).
GROUP_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
MAIN_COLOR = "#0072B2"
HIGHLIGHT_COLOR = "#009E73"
AVERAGE_COLOR = "#BBBBBB"
DPI = 130
FONT_SIZE = 8


def _figure(width_in: float, height_in: float) -> Any:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_in, height_in), dpi=DPI)
    return fig


def png(fig: Any) -> bytes:
    """The figure as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _style(ax: Any) -> None:
    ax.tick_params(labelsize=FONT_SIZE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
    ax.set_axisbelow(True)


def group_colors(groups: Sequence[str]) -> dict[str, str]:
    """One colour per distinct group, in order of first appearance."""
    out: dict[str, str] = {}
    for g in groups:
        if g not in out:
            out[g] = GROUP_COLORS[len(out) % len(GROUP_COLORS)]
    return out


def weights_chart(labels: Sequence[str], weights: Sequence[float], groups: Sequence[str], xlabel: str) -> bytes:
    """Horizontal bars of the criteria weights, coloured by group, first criterion at the top."""
    colors = group_colors(groups)
    n = len(labels)
    fig = _figure(6.3, 0.9 + 0.24 * n)
    ax = fig.add_subplot()
    y = list(range(n))[::-1]
    ax.barh(y, weights, color=[colors[g] for g in groups], height=0.7)
    ax.set_yticks(y, labels)
    for yi, w in zip(y, weights):
        ax.text(w, yi, f" {w:.3f}", va="center", fontsize=FONT_SIZE - 1)
    ax.set_xlabel(xlabel, fontsize=FONT_SIZE)
    ax.set_xlim(0, max(weights, default=1) * 1.18 or 1)
    _style(ax)
    if any(colors):
        from matplotlib.patches import Patch

        handles = [Patch(color=c, label=g or "—") for g, c in colors.items()]
        ax.legend(handles=handles, fontsize=FONT_SIZE - 1, frameon=False, loc="lower right")
    fig.tight_layout()
    return png(fig)


def ranking_chart(labels: Sequence[str], scores: Sequence[float], highlight: Sequence[bool], xlabel: str,
                  legend: str = "") -> bytes:
    """Horizontal bars of the main score, best at the top; highlighted bars (robust top-k) in green."""
    n = len(labels)
    fig = _figure(6.3, 0.9 + 0.22 * n)
    ax = fig.add_subplot()
    y = list(range(n))[::-1]
    ax.barh(y, scores, color=[HIGHLIGHT_COLOR if h else MAIN_COLOR for h in highlight], height=0.7)
    ax.set_yticks(y, labels)
    low = min(min(scores, default=0.0), 0.0)
    high = max(max(scores, default=1.0), 0.0)
    ax.set_xlim(low - 0.02 * (high - low), high + 0.15 * (high - low or 1))
    for yi, s in zip(y, scores):
        ax.text(s if s >= 0 else 0, yi, f" {s:.4f}", va="center", fontsize=FONT_SIZE - 1)
    ax.set_xlabel(xlabel, fontsize=FONT_SIZE)
    _style(ax)
    if legend and any(highlight):
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=HIGHLIGHT_COLOR, label=legend)], fontsize=FONT_SIZE - 1, frameon=False,
                  loc="lower right")
    fig.tight_layout()
    return png(fig)
