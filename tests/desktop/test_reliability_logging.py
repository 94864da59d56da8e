"""The log file and autosave timing (issue 8 items 6 and 2).

* ``setup_logging`` writes a rotating log in the data folder; warnings and
  errors of the app (``desktop.*``) and of the engine (``mcda.*``) land in it;
  the engine itself installs no handler; the error dialog names the file;
  the real app logs its start.
* Autosave: the first recovery file comes :data:`FIRST_AUTOSAVE_DELAY_MS`
  after the first edit, the next ones at most every 30 s.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop import logging_setup
from desktop.recovery import AUTOSAVE_INTERVAL_MS, FIRST_AUTOSAVE_DELAY_MS
from mcda.workbook import read_workbook
from tests.desktop.conftest import wait_results

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    yield folder
    logging_setup.teardown_logging()


def _flush() -> None:
    for h in logging.getLogger().handlers:
        h.flush()


def test_app_and_engine_warnings_go_to_the_log_file(log_folder: Path, tmp_path: Path) -> None:
    path = logging_setup.setup_logging(log_folder)
    assert path == log_folder / "clusterprio.log" == logging_setup.current_log_file()
    logging.getLogger("desktop.files").warning("no se pudo guardar «%s»", "sesión.xlsx")
    logging.getLogger("mcda").debug("not kept")
    result = read_workbook(tmp_path / "no_existe.xlsx")  # the engine logs the refused input itself
    assert [i.code for i in result.issues] == ["file.not_found"]
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "INFO desktop [pid " in text and "clusterprio started" in text
    assert "WARNING desktop.files [pid " in text and "no se pudo guardar «sesión.xlsx»" in text
    assert "INFO mcda.workbook.safety [pid " in text and "file.not_found" in text
    assert "not kept" not in text
    logging_setup.setup_logging(log_folder)  # a second set-up does not log twice
    logging.getLogger("desktop").error("una vez")
    _flush()
    assert path.read_text(encoding="utf-8").count("una vez") == 1


def test_log_rotates_and_keeps_a_bounded_history(log_folder: Path) -> None:
    path = logging_setup.setup_logging(log_folder, max_bytes=2_000, backups=2)
    assert path is not None
    for i in range(200):
        logging.getLogger("desktop").warning("línea %d de prueba del registro", i)
    _flush()
    names = sorted(p.name for p in log_folder.iterdir())
    assert names == ["clusterprio.log", "clusterprio.log.1", "clusterprio.log.2"]
    assert all(p.stat().st_size <= 2_000 for p in log_folder.iterdir())
    assert "línea 199 de prueba" in path.read_text(encoding="utf-8")


def test_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path) -> None:
    blocker = tmp_path / "archivo"
    blocker.write_text("x")
    assert logging_setup.setup_logging(blocker / "logs") is None  # a file where the folder should be
    assert logging_setup.current_log_file() is None


def test_error_dialog_says_where_the_log_is(window: Any, dialogs: Any, log_folder: Path) -> None:
    from desktop import app

    path = logging_setup.setup_logging(log_folder)
    try:
        raise ZeroDivisionError("prueba del registro")
    except ZeroDivisionError:
        app.show_exception(*sys.exc_info())
    assert f"Los detalles también quedaron en el registro: {path}" in dialogs.texts()
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "ERROR desktop [pid " in text and "unexpected error" in text and "ZeroDivisionError: prueba del registro" in text


def test_engine_installs_no_logging_handler() -> None:
    code = ("import importlib, logging, pkgutil, mcda\n"
            "for m in pkgutil.walk_packages(mcda.__path__, 'mcda.'):\n"
            "    importlib.import_module(m.name)\n"
            "loggers = [logging.getLogger()] + [logging.getLogger(n) for n in logging.root.manager.loggerDict\n"
            "                                   if n.startswith('mcda')]\n"
            "print(sum(len(lg.handlers) for lg in loggers), len(loggers))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    handlers, loggers = map(int, out.stdout.split())
    assert handlers == 0 and loggers > 3  # the engine uses named loggers and leaves handlers to the app


def test_the_app_logs_to_its_data_folder(tmp_path: Path) -> None:
    env = dict(os.environ, CLUSTERPRIO_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen",
               CLUSTERPRIO_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    proc = subprocess.run([sys.executable, "-m", "desktop", "--lang", "es"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    log = tmp_path / "data" / "logs" / "clusterprio.log"
    assert "clusterprio started" in log.read_text(encoding="utf-8")


def test_first_autosave_comes_soon_then_at_most_every_30_s(qtbot: Any, window: Any) -> None:
    wait_results(qtbot, window, window.files.open_sample)
    timer = window.files.autosave_timer
    assert not timer.isActive()
    window.workspace.views["weights"].sliders.spins[0].setValue(31.0)
    assert timer.isActive() and 0 < timer.remainingTime() <= FIRST_AUTOSAVE_DELAY_MS
    with qtbot.waitSignal(window.files.autosaved, timeout=FIRST_AUTOSAVE_DELAY_MS + 10_000):
        pass  # the real timer fires: nothing is triggered by hand
    window.workspace.views["weights"].sliders.spins[0].setValue(32.0)
    assert timer.isActive() and timer.remainingTime() > AUTOSAVE_INTERVAL_MS - 5_000
    wait_results(qtbot, window)
