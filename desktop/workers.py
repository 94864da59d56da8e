"""Background work: one small helper over QThreadPool.

A job gets an immutable snapshot (the problem is immutable), runs in a pool
thread, may poll ``cancelled()``, and its result or error comes back on the
GUI thread through signals.  Jobs never touch widgets.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


#: Seconds a finished job waits for the GUI thread to release it (a safety net:
#: the release comes at the next turn of the event loop).
RELEASE_TIMEOUT = 10.0


class Job(QObject):
    """Handle of one background computation.

    Signals
    -------
    finished(object)
        The function's return value (GUI thread).
    failed(object, str)
        The exception and its formatted traceback (GUI thread).
    done()
        Emitted last, whether it finished, failed or was cancelled.
    """

    finished = Signal(object)
    failed = Signal(object, str)
    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        # Set once the GUI thread has returned to its event loop after submit():
        # by then the caller has connected its slots, so a fast job's result is
        # never emitted to nobody (a queued signal reaches only the slots
        # connected when it was emitted).
        self._released = threading.Event()

    def _release(self) -> None:
        self._released.set()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._fn = fn
        self._args = args

    def run(self) -> None:
        job = self._job
        try:
            result = self._fn(*self._args, job.cancelled)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            job._released.wait(RELEASE_TIMEOUT)
            if not job.cancelled():
                job.failed.emit(exc, traceback.format_exc())
        else:
            job._released.wait(RELEASE_TIMEOUT)
            if not job.cancelled():
                job.finished.emit(result)
        job.done.emit()


class Workers(QObject):
    """A private thread pool; ``submit(fn, *args)`` calls ``fn(*args, cancelled)`` in a thread."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._jobs: set[Job] = set()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Job:
        job = Job(self)
        self._jobs.add(job)
        job.done.connect(lambda j=job: self._jobs.discard(j))
        QTimer.singleShot(0, job, job._release)
        self.pool.start(_Runnable(job, fn, args))
        return job

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job ended (used at shutdown and in tests)."""
        for job in list(self._jobs):
            job._release()
        return self.pool.waitForDone(msecs)


def report_failure(exc: BaseException, details: str) -> None:
    """Default handling of a failed background job: the error dialog with its details."""
    from desktop.app import show_exception

    show_exception(type(exc), exc, exc.__traceback__)
