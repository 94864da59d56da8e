"""Saving to a target that cannot be written (issue 8 item 3).

A file open in Excel (simulated by a read-only file: on Windows Excel's lock
makes the replace fail with the same permission error), a read-only folder
and a full disk (``ENOSPC`` raised in the middle of writing): each gives a
Spanish message naming the file, the work stays open and unsaved (nothing
lost, the old file untouched) and «Guardar como…» is offered; taking it saves
the session elsewhere.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl.workbook.workbook import Workbook
from PySide6.QtWidgets import QMessageBox

import resources
from mcda.workbook import read_workbook
from mcda.workbook import save as save_module
from tests.desktop.conftest import wait_results


def _answer_failure_box(monkeypatch: pytest.MonkeyPatch, dialogs: Any, choice: str | None) -> None:
    """Replace QMessageBox.exec: record the text and click the button whose label contains ``choice``."""

    def exec_(box: QMessageBox) -> int:
        dialogs.shown.append(("exec", box.text()))
        labels = [b.text().replace("&", "") for b in box.buttons()]
        dialogs.shown.append(("buttons", " | ".join(labels)))
        if choice is not None:
            for button, label in zip(box.buttons(), labels, strict=True):
                if choice in label:
                    button.click()
                    break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def _open_copy_and_edit(qtbot: Any, window: Any, folder: Path) -> Path:
    path = folder / "comite.xlsx"
    shutil.copyfile(resources.sample_workbook(), path)
    wait_results(qtbot, window, lambda: window.files.open_path(path))
    window.workspace.views["weights"].sliders.spins[0].setValue(21.0)
    assert window.document.dirty
    return path


def _deny_writes_in(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """As root the permission bits are not enforced: make the save module see what a user sees."""
    real_open, real_access = os.open, os.access

    def guarded_open(path: Any, flags: int, *args: Any) -> int:
        if Path(path).parent == folder and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(save_module.os, "open", guarded_open)
    monkeypatch.setattr(save_module.os, "access",
                        lambda p, mode: False if Path(p).parent == folder and mode == os.W_OK else real_access(p, mode))


def _check_failure_kept_the_work(window: Any, dialogs: Any, target: Path, before: bytes | None,
                                 edited: Any) -> None:
    text = dialogs.texts()
    assert "No se pudo guardar la sesión en " + str(target) in text
    assert "Su trabajo sigue abierto y no se ha perdido nada" in text
    assert "Guardar como…" in text  # the offered button
    assert window.document.dirty and window.isWindowModified()
    assert window.document.problem is edited  # the edit is still in memory
    assert window.document.undo_stack.canUndo()
    if before is None:
        assert not target.exists()
    else:
        assert target.read_bytes() == before  # the old file is untouched
    assert save_module.temp_files(target) == []


@pytest.mark.parametrize("case", ["read-only file", "read-only folder", "disk full"])
def test_unwritable_target_keeps_the_work_and_save_as_rescues_it(
        qtbot: Any, window: Any, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    locked = tmp_path / "compartida"
    locked.mkdir()
    path = _open_copy_and_edit(qtbot, window, locked)
    before = path.read_bytes()
    edited = window.document.problem
    expected = {"read-only file": "solo lectura o está abierto en otro programa",
                "read-only folder": "falta permiso",
                "disk full": "el disco está lleno"}[case]
    if case == "read-only file":
        path.chmod(0o444)
        if os.access(path, os.W_OK):  # root
            real = os.access
            monkeypatch.setattr(save_module.os, "access",
                                lambda p, mode: False if Path(p) == path else real(p, mode))
    elif case == "read-only folder":
        locked.chmod(0o555)
        _deny_writes_in(monkeypatch, locked)
    else:
        real_save, real_check = Workbook.save, save_module.check_target
        saving_to: list[Path] = []

        def remember(target: Path) -> None:
            saving_to.append(target)
            real_check(target)

        def disk_full(self: Workbook, handle: Any) -> None:
            if saving_to and saving_to[-1].parent == locked:  # that disk is full, the other one is not
                handle.write(b"PK\x03\x04 the first half of a workbook")
                raise OSError(errno.ENOSPC, "No space left on device")
            real_save(self, handle)

        monkeypatch.setattr(save_module, "check_target", remember)
        monkeypatch.setattr(Workbook, "save", disk_full)

    # first: Save over the input (confirmed), then the failure; the user cancels
    _answer_failure_box(monkeypatch, dialogs, None)
    dialogs.answers.append(QMessageBox.StandardButton.Yes)  # "replace the workbook you opened?"
    assert window.files.save() is False
    assert expected in dialogs.texts()
    _check_failure_kept_the_work(window, dialogs, path, before, edited)

    # then the offered «Guardar como…» saves it in a writable folder
    dialogs.shown.clear()
    _answer_failure_box(monkeypatch, dialogs, "Guardar como")
    rescue = tmp_path / "rescate.xlsx"
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    dialogs.save_files.append(str(rescue))
    assert window.files.save() is True
    assert not window.document.dirty and window.document.path == rescue
    assert window.windowTitle().startswith("rescate.xlsx")
    saved = read_workbook(rescue)
    assert saved.ok and saved.problem == edited
    locked.chmod(0o755)
    assert path.read_bytes() == before


def test_save_as_into_a_missing_folder_names_it(qtbot: Any, window: Any, dialogs: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _open_copy_and_edit(qtbot, window, tmp_path)
    edited = window.document.problem
    target = tmp_path / "usb_retirado" / "sesion.xlsx"  # the USB stick was pulled out
    _answer_failure_box(monkeypatch, dialogs, None)
    dialogs.save_files.append(str(target))
    assert window.files.save_as() is False
    assert "la carpeta no existe" in dialogs.texts()
    _check_failure_kept_the_work(window, dialogs, target, None, edited)


def test_template_into_a_read_only_folder_is_a_clear_message(window: Any, dialogs: Any, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "solo_lectura"
    folder.mkdir()
    folder.chmod(0o555)
    _deny_writes_in(monkeypatch, folder)
    dialogs.save_files.append(str(folder / "plantilla.xlsx"))
    assert window.files.save_template() is False
    folder.chmod(0o755)
    assert ("warning", f"No se puede escribir «{folder / 'plantilla.xlsx'}»: falta permiso, el archivo es de solo "
            "lectura o está abierto en otro programa (por ejemplo, Excel). Ciérrelo o elija otra ubicación.") \
        in dialogs.shown
    assert list(folder.iterdir()) == []


def test_a_full_desktop_session_never_writes_the_opened_workbook(qtbot: Any, window: Any, dialogs: Any,
                                                                tmp_path: Path) -> None:
    """Open, edit, rank, export, Save As elsewhere, autosave, close: the opened file is byte for byte the same."""
    import hashlib

    folder = tmp_path / "entrada"
    folder.mkdir()
    path = folder / "comite.xlsx"
    shutil.copyfile(resources.sample_workbook(), path)
    digest, stat = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat()
    wait_results(qtbot, window, lambda: window.files.open_path(path))
    window.workspace.views["weights"].sliders.spins[1].setValue(17.0)
    wait_results(qtbot, window)
    window.workspace.go_to("export")
    export = window.workspace.views["export"]
    export.path_edit.setText(str(tmp_path / "prioridades.xlsx"))
    assert export.export()
    with qtbot.waitSignal(window.files.autosaved, timeout=20_000):
        window.files.autosave_timer.timeout.emit()
    dialogs.save_files.append(str(tmp_path / "sesion.xlsx"))
    assert window.files.save_as()
    window.workspace.views["weights"].sliders.spins[2].setValue(23.0)
    wait_results(qtbot, window)
    window.document.undo_stack.setClean()
    window.files.close_document()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert path.stat().st_mtime_ns == stat.st_mtime_ns and path.stat().st_ino == stat.st_ino
    assert sorted(p.name for p in folder.iterdir()) == ["comite.xlsx"]  # not even a temporary file beside it
    assert read_workbook(tmp_path / "prioridades.xlsx").ok and read_workbook(tmp_path / "sesion.xlsx").ok
