"""Atomic saving: a failed write leaves the previous file intact and raises a coded error."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from mcda.errors import McdaError
from mcda.text import render
from mcda.workbook import save as save_module
from mcda.workbook.save import WriteError, save_atomic
from mcda.workbook.writer import write_output
from tests.mcda.test_writer import _problem, _results


def _previous(path: Path) -> bytes:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "versión anterior"
    wb.save(path)
    return path.read_bytes()


def _leftovers(folder: Path, keep: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != keep)


def test_failure_in_the_middle_of_saving_keeps_the_previous_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "prioridades.xlsx"
    before = _previous(target)

    def half_then_disk_full(self: Workbook, handle) -> None:
        handle.write(b"PK\x03\x04 half a zip")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", half_then_disk_full)
    p = _problem(["x"])
    with pytest.raises(McdaError) as info:
        write_output(target, p, _results(p))
    assert info.value.code == "write.disk_full"
    assert info.value.issues[0].params["path"] == str(target)
    assert target.read_bytes() == before
    assert _leftovers(tmp_path, target) == []  # the temporary file was removed


def test_unexpected_exception_while_saving_keeps_the_previous_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "prioridades.xlsx"
    before = _previous(target)

    def boom(self: Workbook, handle) -> None:
        handle.write(b"partial")
        raise RuntimeError("serializer bug")

    monkeypatch.setattr(Workbook, "save", boom)
    with pytest.raises(RuntimeError):
        save_atomic(openpyxl.Workbook(), target)
    assert target.read_bytes() == before and _leftovers(tmp_path, target) == []


def test_locked_target_gives_write_permission(tmp_path: Path, monkeypatch) -> None:
    """On Windows a workbook open in Excel cannot be replaced: os.replace raises PermissionError."""
    target = tmp_path / "abierto_en_excel.xlsx"
    before = _previous(target)

    def locked(src, dst) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(save_module.os, "replace", locked)
    with pytest.raises(WriteError) as info:
        save_atomic(openpyxl.Workbook(), target)
    assert info.value.code == "write.permission"
    assert target.read_bytes() == before and _leftovers(tmp_path, target) == []
    text = render(info.value.issues[0], "es")
    assert str(target) in text and "Excel" in text


def test_read_only_target_is_not_silently_replaced(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "solo_lectura.xlsx"
    before = _previous(target)
    target.chmod(0o444)
    if os.access(target, os.W_OK):  # running as root: simulate what a normal user sees
        real = os.access
        monkeypatch.setattr(save_module.os, "access", lambda p, mode: False if Path(p) == target else real(p, mode))
    with pytest.raises(WriteError) as info:
        save_atomic(openpyxl.Workbook(), target)
    assert info.value.code == "write.permission"
    assert target.read_bytes() == before


def test_unwritable_folder_gives_write_permission(tmp_path: Path, monkeypatch) -> None:
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(save_module.os, "open", denied)
    with pytest.raises(WriteError) as info:
        save_atomic(openpyxl.Workbook(), tmp_path / "nuevo.xlsx")
    assert info.value.code == "write.permission"
    assert not (tmp_path / "nuevo.xlsx").exists()


def test_missing_folder_and_directory_target(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as info:
        save_atomic(openpyxl.Workbook(), tmp_path / "no_existe" / "x.xlsx")
    assert info.value.code == "write.no_folder"
    with pytest.raises(WriteError) as info:
        save_atomic(openpyxl.Workbook(), tmp_path)
    assert info.value.code == "write.is_directory"
    assert "carpeta" in render(info.value.issues[0], "es") and "folder" in render(info.value.issues[0], "en")


POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@POSIX_ONLY
def test_successful_save_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "salida.xlsx"
    _previous(target)
    target.chmod(0o640)
    p = _problem(["x"])
    write_output(target, p, _results(p))
    assert openpyxl.load_workbook(target).sheetnames[0] == "Clusters"
    assert target.stat().st_mode & 0o777 == 0o640
    assert _leftovers(tmp_path, target) == []


@POSIX_ONLY
def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        save_atomic(openpyxl.Workbook(), tmp_path / "nuevo.xlsx")
    finally:
        os.umask(umask)
    assert (tmp_path / "nuevo.xlsx").stat().st_mode & 0o777 == 0o644
