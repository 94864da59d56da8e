"""Main window habits: title and asterisk, undo menu names, zoom, language, recent files, error dialog."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop import settings


def test_title_shows_name_and_unsaved_mark(sample_window: Any) -> None:
    w = sample_window
    assert w.windowTitle() == "Muestra (ilustrativa)[*] — clusterprio"
    assert not w.isWindowModified()
    w.workspace.views["weights"].sliders.spins[0].setValue(15.0)
    assert w.isWindowModified()
    assert w.undo_action.isEnabled() and w.undo_action.text().startswith("Deshacer Cambiar el peso")
    w.undo_action.trigger()
    assert not w.isWindowModified()
    assert w.redo_action.text().startswith("Rehacer Cambiar el peso")


def test_steps_have_shortcuts(sample_window: Any) -> None:
    actions = sample_window.step_menu.actions()
    assert [a.shortcut().toString() for a in actions[:5]] == [f"Ctrl+{k}" for k in range(1, 6)]
    actions[sample_window.workspace.keys.index("results")].trigger()
    assert sample_window.workspace.current() == "results"


def test_zoom_is_applied_and_remembered(window: Any) -> None:
    base = QApplication.font().pointSizeF()
    window.zoom_by(+1)
    assert QApplication.font().pointSizeF() > base
    assert settings.zoom() > 1.0
    window.set_zoom(1.0)
    assert QApplication.font().pointSizeF() == base


def test_language_choice_is_remembered_and_announced(window: Any, dialogs: Any) -> None:
    window.choose_language("en")
    assert settings.stored_language() == "en"
    assert "próxima vez" in dialogs.texts()
    window.choose_language("es")


def test_recent_files_menu(window: Any, tmp_path: Any) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"")
    window.files.recentChanged.emit(settings.add_recent_file(path))
    assert window.recent_menu.actions()[0].toolTip() == str(path.resolve())
    assert window.start_page.recent_list.count() == 1


def test_exception_hook_shows_details_and_keeps_running(window: Any, dialogs: Any) -> None:
    from desktop import app

    previous = sys.excepthook
    app.install_exception_hook()
    try:
        try:
            raise ValueError("prueba de error")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert "error inesperado" in dialogs.texts().lower()
    assert window.isVisible()
