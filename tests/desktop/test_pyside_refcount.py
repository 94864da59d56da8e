"""Guard against a Qt binding that leaks references to True/None.

PySide6 6.12.0 on CPython 3.11 takes one reference away from ``True`` on every
Python ``Signal.emit()`` and from ``None`` on every void call such as
``processEvents()``; after a few thousand slider moves the interpreter aborts
with "Fatal Python error: bool_dealloc".  pyproject.toml excludes that release;
this test fails if an installed binding behaves like it.  (From Python 3.12
on, True and None are immortal and the leak is harmless.)
"""

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True/None are immortal from Python 3.12")
def test_signal_emit_and_void_calls_keep_the_reference_counts(qapp):
    import gc

    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)
    for _ in range(5):  # earlier tests' pending events (deleteLater, queued results) free objects: settle first
        QCoreApplication.processEvents()
        gc.collect()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    loops = 2_000
    for i in range(loops):
        emitter.fired.emit(i)
        QCoreApplication.processEvents()
    assert len(received) == loops
    # objects freed meanwhile or other threads move the counts by a little; a leaking binding loses one
    # reference per emit and per void call: thousands here
    assert sys.getrefcount(True) >= true_before - loops // 4
    assert sys.getrefcount(None) >= none_before - loops // 4
