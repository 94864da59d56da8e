"""Start the desktop app: ``python -m desktop [FILE] [--sample] [--lang es|en]``.

Setting ``CLUSTERPRIO_STARTUP_PROBE=1`` prints ``shown <seconds since the epoch>``
when the window is first shown and quits; ``=ranked`` also waits for the first
ranking and prints ``ranked <seconds>`` (used by ``benchmarks/bench_startup.py``
and by the bundle check in ``packaging/``).

``CLUSTERPRIO_TEST_HOOK`` drives a real app process in end-to-end tests
(``tests/desktop/test_recovery_e2e.py``); it is not meant for users:

* ``edit=<cluster id>:<criterion id>:<number>`` — once the workbook is
  loaded, change that value through the same undoable edit as the Datos
  table, then print ``edited`` and ``autosaved <recovery file>`` after each
  autosave (the test kills the process then);
* ``recover`` — answer «Sí» to the recovery question (printing ``question``
  and its text), print ``recovered <JSON>`` with the recovered values,
  whether the document is unsaved and its title, and quit.

With a hook, an unexpected exception prints ``error`` and ends the process
(exit status 3) instead of showing the error dialog.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

STARTUP_PROBE_ENV = "CLUSTERPRIO_STARTUP_PROBE"
TEST_HOOK_ENV = "CLUSTERPRIO_TEST_HOOK"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="clusterprio", description="clusterprio: priorización de clústeres")
    parser.add_argument("file", nargs="?", help="libro a abrir (.xlsx, .xlsm, .xls, .ods)")
    parser.add_argument("--sample", action="store_true", help="abrir la muestra ilustrativa")
    parser.add_argument("--lang", choices=("es", "en"), help="idioma de la interfaz (se recuerda)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QTimer

    from desktop import app as application
    from desktop import settings
    from desktop.logging_setup import setup_logging

    qapp = application.create_application(sys.argv[:1])
    setup_logging()
    if args.lang:
        settings.set_language(args.lang)
    application.install_translators(settings.stored_language())
    application.apply_zoom(settings.zoom())
    application.install_exception_hook()

    from desktop.main_window import MainWindow

    window = MainWindow()
    probe_mode = os.environ.get(STARTUP_PROBE_ENV, "")
    if probe_mode:
        def shown() -> None:
            print(f"shown {time.time():.6f}", flush=True)
            if probe_mode != "ranked":
                QTimer.singleShot(0, qapp.quit)

        def ranked(_outcome: object) -> None:
            print(f"ranked {time.time():.6f}", flush=True)
            QTimer.singleShot(0, qapp.quit)

        window.firstShown.connect(shown)
        window.workspaceReady.connect(
            lambda: window.workspace.ranker.resultsReady.connect(ranked))  # type: ignore[union-attr]
    hook = os.environ.get(TEST_HOOK_ENV, "")
    if hook:
        _install_test_hook(window, hook)
    window.show()
    if args.sample:
        QTimer.singleShot(0, window.files.open_sample)
    elif args.file:
        QTimer.singleShot(0, lambda: window.files.open_path(args.file, ask=False))
    return qapp.exec()


def _install_test_hook(window: Any, spec: str) -> None:
    """See the module docstring (end-to-end tests only)."""
    import json

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def say(*words: object) -> None:
        print(*words, flush=True)

    def fail_fast(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        import traceback

        traceback.print_exception(exc_type, exc, tb)  # no modal dialog nobody would close
        say("error", json.dumps(f"{exc_type.__name__}: {exc}"))
        sys.stderr.flush()
        os._exit(3)

    sys.excepthook = fail_fast

    if spec.startswith("edit="):
        cluster, criterion, number = spec.removeprefix("edit=").split(":")

        def edit() -> None:
            from desktop.operations import set_value

            window.document.apply(set_value(f"Editar valor {criterion} de {cluster}", cluster, criterion,
                                            float(number)))
            say("edited")

        window.document.loaded.connect(lambda _problem: QTimer.singleShot(0, edit))
        window.files.autosaved.connect(lambda path: say("autosaved", path))
    elif spec == "recover":
        def yes(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            say("question", json.dumps(text))
            return QMessageBox.StandardButton.Yes

        QMessageBox.question = staticmethod(yes)  # type: ignore[method-assign,assignment]

        def recovered(problem: Any) -> None:
            values = {c: {k: float(problem.matrix.at[c, k]) for k in problem.criterion_ids}
                      for c in problem.cluster_ids}
            say("recovered", json.dumps({"values": values, "dirty": window.document.dirty,
                                         "title": window.windowTitle()}))
            window.document.undo_stack.setClean()  # quit without the unsaved-work question
            QTimer.singleShot(0, QApplication.quit)

        window.files.opened.connect(lambda _path: recovered(window.document.problem))
    else:
        raise SystemExit(f"{TEST_HOOK_ENV}: unknown hook {spec!r}")


if __name__ == "__main__":
    sys.exit(main())
