"""Fonts of the PDF report: DejaVu Sans, shipped with matplotlib, embedded in the file.

reportlab's built-in Helvetica covers Latin-1 only (no ``≥``, ``−``, ``…``,
``–`` in every viewer); DejaVu Sans covers Spanish accents, the typographic
minus and the comparison signs.  The files come from matplotlib's own data
folder (``matplotlib.get_data_path()/fonts/ttf``), a dependency already, so
nothing is downloaded.  Registration is done once per process.

>>> names = register()
>>> names.regular, names.bold
('DejaVuSans', 'DejaVuSans-Bold')
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

_LOCK = threading.Lock()


@dataclass(frozen=True)
class FontNames:
    regular: str = "DejaVuSans"
    bold: str = "DejaVuSans-Bold"
    italic: str = "DejaVuSans-Oblique"
    bold_italic: str = "DejaVuSans-BoldOblique"


FONTS = FontNames()
_registered = False


def font_folder() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def register() -> FontNames:
    """Register the DejaVu Sans family with reportlab (idempotent, thread-safe)."""
    global _registered
    with _LOCK:
        if _registered:
            return FONTS
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = font_folder()
        for name in (FONTS.regular, FONTS.bold, FONTS.italic, FONTS.bold_italic):
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
        pdfmetrics.registerFontFamily(FONTS.regular, normal=FONTS.regular, bold=FONTS.bold,
                                      italic=FONTS.italic, boldItalic=FONTS.bold_italic)
        for bold, italic, name in ((0, 0, FONTS.regular), (1, 0, FONTS.bold), (0, 1, FONTS.italic),
                                   (1, 1, FONTS.bold_italic)):
            addMapping(FONTS.regular, bold, italic, name)
        _registered = True
    return FONTS
