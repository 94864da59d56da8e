"""The QApplication: icon, translators, locale, font zoom and the exception hook."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import resources
from desktop import fmt, settings

_translators: list[QTranslator] = []
_base_point_size: float | None = None
log = logging.getLogger("desktop")

# Rendered sizes of the application icon (resources/icons, drawn from clusterprio.svg).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon, from the PNGs rendered from ``resources/icons/clusterprio.svg``."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resources.path("icons", f"clusterprio-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    """The application object (reused when one exists, as in tests)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("clusterprio")
    app.setDesktopFileName("clusterprio")  # Wayland/X11: matches packaging/clusterprio.desktop
    app.setWindowIcon(app_icon())
    if sys.platform == "win32":  # the taskbar groups the windows under our icon, not Python's
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("clusterprio.clusterprio")
    return app


def install_translators(lang: str) -> None:
    """Our messages plus Qt's own for standard buttons and dialogs.

    Sources are Spanish, so Spanish needs only ``qtbase_es.qm``; English
    needs our ``clusterprio_en.qm``.
    """
    app = QCoreApplication.instance()
    for t in _translators:
        QCoreApplication.removeTranslator(t)
    _translators.clear()
    fmt.set_language_locale(lang)
    settings.set_interface_language(lang)
    if app is None:
        return
    if lang == "es":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_es", folder):
            QCoreApplication.installTranslator(qt)
            _translators.append(qt)
    else:
        ours = QTranslator(app)
        if ours.load(f"clusterprio_{lang}", str(resources.path("translations"))):
            QCoreApplication.installTranslator(ours)
            _translators.append(ours)


def apply_zoom(factor: float) -> None:
    """Scale the application font (View > larger text, for projectors)."""
    global _base_point_size
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = QFont(app.font())
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(_base_point_size * factor)
    app.setFont(font)


def show_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                   parent: QWidget | None = None) -> None:
    """An error dialog with copyable details; the program keeps running."""
    from desktop.logging_setup import current_log_file

    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(details)
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    text = QCoreApplication.translate(
        "App", "Se produjo un error inesperado. Su trabajo sigue abierto; guárdelo con «Guardar como» "
        "por precaución. Copie los detalles si informa del problema.")
    log_file = current_log_file()
    if log_file is not None:
        text += "\n\n" + QCoreApplication.translate(
            "App", "Los detalles también quedaron en el registro: %1").replace("%1", str(log_file))
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("App", "Error inesperado"))
    box.setText(text)
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def install_exception_hook() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_exception(exc_type, exc, tb)

    sys.excepthook = hook
