"""Render the application icon from ``resources/icons/clusterprio.svg``.

Writes ``clusterprio-<size>.png`` (16 … 512 px), ``clusterprio.png`` (256 px)
and ``clusterprio.ico`` (16, 24, 32, 48, 64, 128, 256 px; Windows executable
and shortcuts) next to the SVG.  PNGs are rendered with Qt's SVG renderer;
the ICO is assembled with Pillow when it is installed, otherwise written by
Qt's ICO plugin (one size only).

Run after editing the SVG: ``QT_QPA_PLATFORM=offscreen python packaging/make_icons.py``.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "clusterprio.svg"))
    if not renderer.isValid():
        print("the SVG does not render", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        (ICONS / f"clusterprio-{size}.png").write_bytes(png_bytes(image))
    (ICONS / "clusterprio.png").write_bytes(png_bytes(images[256]))
    try:
        from PIL import Image
    except ImportError:
        images[256].save(str(ICONS / "clusterprio.ico"), "ICO")
    else:
        big = Image.open(io.BytesIO(png_bytes(images[256])))
        big.save(ICONS / "clusterprio.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    print("\n".join(sorted(p.name for p in ICONS.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
