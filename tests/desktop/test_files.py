"""Files: open, save (never the input without asking), close with unsaved work, drop, recent,
template, export, autosave and recovery after a crash."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

import resources
from desktop import settings
from desktop.recovery import RecoveryStore
from tests.desktop.conftest import wait_results


def _input_copy(tmp_path: Path) -> Path:
    path = tmp_path / "comite.xlsx"
    shutil.copyfile(resources.sample_workbook(), path)
    return path


def test_save_as_round_trip_restores_the_session(qtbot: Any, window: Any, dialogs: Any, tmp_path: Path) -> None:
    wait_results(qtbot, window, window.files.open_sample)
    doc = window.document
    weights = window.workspace.views["weights"]
    weights.sliders.spins[2].setValue(30.0)
    results = window.workspace.views["results"]
    row = results.method_combo.findData("promethee2")
    results.method_combo.activated.emit(row)
    assert window.isWindowModified()
    target = tmp_path / "sesion.xlsx"
    dialogs.save_files.append(str(target))
    window.save_action.trigger()  # the sample has no file: Save asks where
    assert target.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("sesion.xlsx")
    saved = doc.problem
    wait_results(qtbot, window, lambda: window.files.open_path(target))
    assert doc.problem == saved
    assert results.method_combo.currentData() == "promethee2"
    assert str(target.resolve()) in settings.recent_files()


def test_saving_over_the_input_asks_first(qtbot: Any, window: Any, dialogs: Any, tmp_path: Path) -> None:
    path = _input_copy(tmp_path)
    original = path.read_bytes()
    wait_results(qtbot, window, lambda: window.files.open_path(path))
    window.workspace.views["weights"].sliders.spins[0].setValue(20.0)
    other = tmp_path / "otra.xlsx"
    dialogs.answers.append(QMessageBox.StandardButton.No)  # keep the original: save as
    dialogs.save_files.append(str(other))
    window.save_action.trigger()
    assert "es el libro que abrió" in dialogs.texts()
    assert path.read_bytes() == original and other.exists()
    # the session file is now the document's: a second save does not ask
    asked = len(dialogs.shown)
    window.workspace.views["weights"].sliders.spins[0].setValue(25.0)
    window.save_action.trigger()
    assert len(dialogs.shown) == asked
    wait_results(qtbot, window)


def test_close_with_unsaved_work_asks(qtbot: Any, window: Any, dialogs: Any) -> None:
    wait_results(qtbot, window, window.files.open_sample)
    window.workspace.views["weights"].sliders.spins[0].setValue(20.0)
    dialogs.answers.append(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible() and "cambios sin guardar" in dialogs.texts()
    wait_results(qtbot, window)


def test_drop_a_workbook_opens_it(qtbot: Any, window: Any, tmp_path: Path) -> None:
    path = _input_copy(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.workspaceReady, timeout=30_000):
        window.dropEvent(event)
    assert window.document.path == path
    wait_results(qtbot, window)


def test_unreadable_file_lists_its_problems(window: Any, dialogs: Any, tmp_path: Path) -> None:
    path = tmp_path / "roto.xlsx"
    path.write_text("esto no es un libro", encoding="utf-8")
    assert not window.files.open_path(path)
    assert window.document.problem is None
    assert "roto.xlsx" in dialogs.texts()


def test_template_is_saved(window: Any, dialogs: Any, tmp_path: Path) -> None:
    target = tmp_path / "plantilla.xlsx"
    dialogs.save_files.append(str(target))
    window.start_page.template_button.click()
    assert target.read_bytes() == resources.template_workbook().read_bytes()


def test_export_refuses_the_session_file_and_opens_the_folder(qtbot: Any, window: Any, dialogs: Any,
                                                              tmp_path: Path, monkeypatch: Any) -> None:
    path = _input_copy(tmp_path)
    wait_results(qtbot, window, lambda: window.files.open_path(path))
    window.workspace.go_to("export")
    export = window.workspace.views["export"]
    assert export.path_edit.text().endswith("comite_prioridades.xlsx")
    export.path_edit.setText(str(path))
    assert not export.export()
    assert "libro de la sesión" in dialogs.texts()
    export.path_edit.setText(str(tmp_path / "salida.xlsx"))
    assert export.export()
    opened: list[str] = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    export.open_folder_button.click()
    assert opened == [str(tmp_path)]
    qtbot.waitUntil(lambda: export.preview.count() > 0, timeout=30_000)
    titles = [export.preview.tabText(i) for i in range(export.preview.count())]
    assert "Prioridades" in titles and "Clusters" in titles


def test_autosave_and_recovery_after_a_crash(qtbot: Any, window: Any, dialogs: Any, qapp: Any) -> None:
    wait_results(qtbot, window, window.files.open_sample)
    window.workspace.views["weights"].sliders.spins[0].setValue(33.0)
    edited = window.document.problem
    assert window.files.autosave_timer.isActive()  # at most every 30 s after an edit
    with qtbot.waitSignal(window.files.autosaved):
        window.files.autosave_timer.timeout.emit()
    store = window.files.recovery
    assert store is not None and store.workbook.exists()
    # simulate a crash: the lock is released without the clean-up a normal close does
    store._lock.unlock()
    window.files.recovery = None
    wait_results(qtbot, window)
    window.document.undo_stack.setClean()
    window.files.close_document()

    from desktop.main_window import MainWindow

    second = MainWindow()
    qtbot.addWidget(second)
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(second.workspaceReady, timeout=30_000):
        second.files.offer_recovery()
    assert "Hay una copia automática" in dialogs.texts()
    recovered = second.document.problem
    assert np.allclose(recovered.weights, edited.weights)
    assert second.document.dirty  # recovered work is unsaved work
    assert not store.workbook.exists()
    wait_results(qtbot, second)
    second.workspace.ranker.shutdown()
    second.document.undo_stack.setClean()
    second.files.shutdown()
    assert RecoveryStore().orphans() == []
