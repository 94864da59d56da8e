"""Paragraph and table styles of the PDF report, and small builders of flowables.

Every text that goes into a reportlab ``Paragraph`` is escaped first
(:func:`esc`): ``&``, ``<`` and ``>`` in a cluster name must not be read as
markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Image, Paragraph, Table, TableStyle

from mcda.report.fonts import FONTS, register

INK = colors.HexColor("#1F2937")
ACCENT = colors.HexColor("#1F3864")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#7F8FA6")
HEADER_BG = colors.HexColor("#DCE6F1")
ZEBRA = colors.HexColor("#F5F7FA")
RISK = colors.HexColor("#9C2A00")
NOTE_BG = colors.HexColor("#FFF8E1")


def esc(text: Any) -> str:
    """Text safe for reportlab's paragraph markup."""
    return escape("" if text is None else str(text))


class Styles:
    """The report's paragraph styles (DejaVu Sans, so accents and ≥ − render everywhere)."""

    def __init__(self) -> None:
        f = register()
        # No widow (a paragraph's last line alone at the top of a page) and no orphan (its first
        # line alone at the bottom): every style below inherits both from ``body``.
        self.body = ParagraphStyle("body", fontName=f.regular, textColor=INK, fontSize=9.5, leading=13.0,
                                   spaceAfter=4, allowWidows=0, allowOrphans=0)
        body = self.body
        self.small = ParagraphStyle("small", parent=body, fontSize=8.0, leading=10.5, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=body, fontSize=7.8, leading=9.6, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=f.bold)
        # Headings stay on the page of what follows them (never alone at the foot of a page).
        self.h1 = ParagraphStyle("h1", parent=body, fontName=f.bold, fontSize=15.0, leading=19.0, textColor=ACCENT,
                                 spaceBefore=4, spaceAfter=8, keepWithNext=1)
        self.h2 = ParagraphStyle("h2", parent=body, fontName=f.bold, fontSize=11.0, leading=14.0, textColor=ACCENT,
                                 spaceBefore=8, spaceAfter=4, keepWithNext=1)
        self.title = ParagraphStyle("title", parent=body, fontName=f.bold, fontSize=24.0, leading=30.0,
                                    textColor=ACCENT, alignment=TA_CENTER, spaceAfter=10)
        self.subtitle = ParagraphStyle("subtitle", parent=body, fontSize=13.0, leading=17.0, alignment=TA_CENTER,
                                       spaceAfter=6)
        self.center = ParagraphStyle("center", parent=body, alignment=TA_CENTER)
        self.risk = ParagraphStyle("risk", parent=body, textColor=RISK)
        self.policy = ParagraphStyle("policy", parent=body, fontName=f.italic)
        self.note = ParagraphStyle("note", parent=body, backColor=NOTE_BG, borderPadding=4, spaceBefore=4,
                                   spaceAfter=8)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain text (escaped)."""
        return Paragraph(esc(text), style or self.body)

    def markup(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph whose text is already markup (bold labels made here, values escaped by the caller)."""
        return Paragraph(text, style or self.body)


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float] | None = None, *, styles: Styles,
          header: bool = True, align_right: Sequence[int] = (), font_size: float | None = None,
          repeat: int = 1, row_height: float | None = None) -> Table:
    """A table of plain values, header shaded and repeated on each page.

    Text that fits its column is drawn as it is (fast, and ``align_right`` applies);
    longer text is wrapped in a cell paragraph.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cell = styles.cell if font_size is None else ParagraphStyle("c", parent=styles.cell, fontSize=font_size,
                                                                leading=font_size * 1.25)
    head = ParagraphStyle("h", parent=cell, fontName=FONTS.bold)
    body = []
    for i, row in enumerate(rows):
        style = head if header and i == 0 else cell
        out_row: list[Any] = []
        for j, v in enumerate(row):
            room = (widths[j] - 6.5) if widths is not None and j < len(widths) else 0.0
            if isinstance(v, str) and ("\n" in v or stringWidth(v, style.fontName, style.fontSize) > room):
                v = Paragraph(esc(v), style)
            out_row.append(v)
        body.append(out_row)
    heights = None if row_height is None else [None if header and i == 0 else row_height for i in range(len(body))]
    t = Table(body, colWidths=widths, rowHeights=heights, repeatRows=repeat if header else 0, hAlign="LEFT")
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONTS.regular),  # the cell default (Helvetica) would be referenced
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize), ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                     ("FONTNAME", (0, 0), (-1, 0), FONTS.bold)]
    for i in range(1 if header else 0, len(rows)):
        if i % 2 == 0:
            commands.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    for col in align_right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    t.setStyle(TableStyle(commands))
    return t


def image(data: bytes, width: float, max_height: float = 21.0 * cm) -> Image:
    """A PNG (bytes) scaled to ``width`` points (less when it would be taller than ``max_height``),
    keeping its aspect ratio."""
    import io

    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    scale = min(width / w, max_height / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale)


PAGE_MARGIN = 1.8 * cm
