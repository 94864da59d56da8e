"""Atomic saving of workbooks, with coded errors instead of raw ``OSError``.

The workbook is written to a temporary file in the target's folder, flushed
and synced to disk, then moved over the target with :func:`os.replace` (atomic
on the same file system).  If anything fails the previous file is left as it
was and the temporary file is removed, so a crash or a full disk never leaves
a half-written workbook where the committee's file used to be.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from openpyxl import Workbook

from mcda.errors import Issue, McdaError


class WriteError(McdaError):
    """A workbook could not be written (code ``write.*``, parameter ``path``)."""


def _issue(code: str, path: Path, exc: OSError | None = None) -> Issue:
    params: dict[str, str] = {"path": str(path)}
    if exc is not None:
        params["reason"] = exc.strerror or str(exc)
    return Issue(code, params=params)


def _code_for(exc: OSError) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY):
        return "write.permission"
    if exc.errno == errno.ENOSPC:
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


def save_atomic(wb: Workbook, path: str | os.PathLike[str]) -> None:
    """Save ``wb`` to ``path`` atomically.

    Raises
    ------
    WriteError
        ``write.permission`` (no permission, read-only or locked by another
        program), ``write.disk_full``, ``write.no_folder``,
        ``write.is_directory`` or ``write.failed``; each has the ``path``.
    """
    target = Path(path)
    check_target(target)
    tmp = target.with_name(f".~{target.stem}.{secrets.token_hex(4)}.tmp")
    try:
        # O_EXCL: never reuse an existing file; mode 0o666 lets the umask decide, as for any new file.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise WriteError(_issue(_code_for(exc), target, exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            wb.save(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)  # keep the old file's permissions
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise WriteError(_issue(_code_for(exc), target, exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(target.parent)


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
