"""Start the desktop app: ``python -m desktop [FILE] [--sample] [--lang es|en]``.

Setting ``CLUSTERPRIO_STARTUP_PROBE=1`` prints ``shown <seconds since the epoch>``
when the window is first shown and quits; ``=ranked`` also waits for the first
ranking and prints ``ranked <seconds>`` (used by ``benchmarks/bench_startup.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

STARTUP_PROBE_ENV = "CLUSTERPRIO_STARTUP_PROBE"


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

    qapp = application.create_application(sys.argv[:1])
    if args.lang:
        settings.set_language(args.lang)
    application.install_translators(settings.language())
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
    window.show()
    if args.sample:
        QTimer.singleShot(0, window.files.open_sample)
    elif args.file:
        QTimer.singleShot(0, lambda: window.files.open_path(args.file, ask=False))
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main())
