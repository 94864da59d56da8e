"""Atomic saving of workbooks and other files, with coded errors instead of raw ``OSError``.

The file is written to a temporary file in the target's folder, flushed and
synced to disk, then moved over the target with :func:`os.replace` (atomic on
the same file system).  If anything fails the previous file is left as it was
and the temporary file is removed, so a crash or a full disk never leaves a
half-written workbook where the committee's file used to be.

A process killed in the middle of a save (power cut, ``SIGKILL``, the task
manager) cannot remove its temporary file.  Temporary files are named
``.~<name>.<pid>-<random>.tmp`` beside the target; every later save to the same
target removes the ones whose process is no longer running (or that are older
than :data:`STALE_AFTER_SECONDS`), so they never accumulate.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write_bytes(folder / "nota.txt", b"hola")
>>> (folder / "nota.txt").read_bytes(), sorted(p.name for p in folder.iterdir())
(b'hola', ['nota.txt'])
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook

from mcda.errors import Issue, McdaError

log = logging.getLogger(__name__)

#: A temporary file whose process is still running is removed anyway after this long.
STALE_AFTER_SECONDS = 3600.0

_TEMP = re.compile(r"^\.~(?P<name>.+)\.(?P<pid>[0-9]+)-[0-9a-f]{8}\.tmp$")


class WriteError(McdaError):
    """A file could not be written (code ``write.*``, parameter ``path``)."""


def _issue(code: str, path: Path, exc: OSError | None = None) -> Issue:
    params: dict[str, str] = {"path": str(path)}
    if exc is not None:
        params["reason"] = exc.strerror or str(exc)
    return Issue(code, params=params)


def _code_for(exc: OSError) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY):
        return "write.permission"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "write.disk_full"
    return "write.failed"


def check_target(path: Path) -> None:
    """Raise :class:`WriteError` when ``path`` clearly cannot be written."""
    if path.is_dir():
        raise WriteError(_issue("write.is_directory", path))
    if not path.parent.is_dir():
        raise WriteError(_issue("write.no_folder", path))
    if path.exists() and not os.access(path, os.W_OK):
        # os.replace would silently replace a read-only file on POSIX.
        raise WriteError(_issue("write.permission", path))


def temp_path(target: Path) -> Path:
    """A fresh temporary name beside ``target`` (``.~<name>.<pid>-<random>.tmp``).

    >>> t = temp_path(Path("carpeta/prioridades.xlsx"))
    >>> t.parent.as_posix(), t.name.startswith(".~prioridades.xlsx."), bool(_TEMP.match(t.name))
    ('carpeta', True, True)
    """
    return target.with_name(f".~{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")


def temp_files(target: Path) -> list[Path]:
    """Temporary files left beside ``target`` by saves to it (finished or not)."""
    found: list[Path] = []
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            m = _TEMP.match(entry.name)
            if m and m.group("name") == target.name:
                found.append(entry)
    return sorted(found)


def _process_alive(pid: int) -> bool:
    """Whether a process with this id is running (``True`` when it cannot be told)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: alive, owned by someone else
        return True
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # ERROR_ACCESS_DENIED: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == 259)  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def remove_stale_temp_files(target: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files of interrupted saves to ``target``; returns those removed.

    A temporary file is stale when the process named in it is no longer
    running, or when it is older than :data:`STALE_AFTER_SECONDS` (the process
    id may have been reused).  Files that cannot be removed are left alone.
    """
    target = Path(target)
    removed: list[Path] = []
    now = time.time()
    for tmp in temp_files(target):
        m = _TEMP.match(tmp.name)
        assert m is not None
        try:
            old = now - tmp.stat().st_mtime > STALE_AFTER_SECONDS
            if old or not _process_alive(int(m.group("pid"))):
                tmp.unlink()
                removed.append(tmp)
        except OSError:
            continue
    if removed:
        log.info("removed %d temporary file(s) left by interrupted saves to %s", len(removed), target)
    return removed


def atomic_write(path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> None:
    """Call ``write(handle)`` on a temporary file and move it over ``path`` when it succeeded.

    The handle is flushed and synced to disk before the rename, and the
    folder is synced after it (POSIX), so after a crash ``path`` holds either
    the previous content or the new one, never a mixture.

    Raises
    ------
    WriteError
        ``write.permission`` (no permission, read-only or locked by another
        program), ``write.disk_full``, ``write.no_folder``,
        ``write.is_directory`` or ``write.failed``; each has the ``path``.
    """
    target = Path(path)
    check_target(target)
    remove_stale_temp_files(target)
    tmp = temp_path(target)
    try:
        # O_EXCL: never reuse an existing file; mode 0o666 lets the umask decide, as for any new file.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        log.info("cannot create a file beside %s: %s", target, exc)
        raise WriteError(_issue(_code_for(exc), target, exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)  # keep the old file's permissions
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        log.info("could not write %s: %s", target, exc)
        raise WriteError(_issue(_code_for(exc), target, exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(target.parent)


def save_atomic(wb: Workbook, path: str | os.PathLike[str]) -> None:
    """Save ``wb`` to ``path`` atomically (see :func:`atomic_write`).

    Raises
    ------
    WriteError
        As :func:`atomic_write`.
    """
    atomic_write(path, wb.save)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (PDF reports, copies of bundled workbooks).

    Raises
    ------
    WriteError
        As :func:`atomic_write`.
    """
    atomic_write(path, lambda handle: handle.write(data))


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX only; a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
