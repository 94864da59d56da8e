"""The app's log: a rotating file in the user data folder.

The engine logs through ``logging.getLogger("mcda")`` (and its children) and
never installs a handler; the desktop app logs through ``desktop.*``.  At
start-up :func:`setup_logging` attaches one rotating file handler to the root
logger, so warnings and errors of both (and of the libraries) end up in
``<data folder>/logs/clusterprio.log`` — on Windows
``%APPDATA%\\clusterprio\\clusterprio\\logs``, on Linux
``~/.local/share/clusterprio/clusterprio/logs`` (``CLUSTERPRIO_DATA_DIR``
overrides the data folder).  The file is kept under :data:`MAX_BYTES` with
:data:`BACKUPS` older files beside it.  The log holds file paths, error codes
and tracebacks, never the contents of a workbook, and it stays on this
computer.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
from pathlib import Path

LOG_NAME = "clusterprio.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d]: %(message)s"

#: Loggers whose INFO messages are kept (the root keeps WARNING and above from everyone else).
OUR_LOGGERS = ("mcda", "desktop")

_handler: logging.handlers.RotatingFileHandler | None = None


class _Handler(logging.handlers.RotatingFileHandler):
    """Our handler (recognized so that setting up twice does not log twice)."""


def log_folder() -> Path:
    from desktop import settings

    return settings.data_dir() / "logs"


def current_log_file() -> Path | None:
    """The file the app is logging to, or ``None`` when logging to a file is off."""
    return Path(_handler.baseFilename) if _handler is not None else None


def setup_logging(folder: Path | None = None, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> Path | None:
    """Log to ``folder/clusterprio.log`` (default :func:`log_folder`); returns the file.

    Never raises: when the folder cannot be written (a locked-down profile)
    the app runs without a log file and ``None`` is returned.
    """
    global _handler
    teardown_logging()
    try:
        target = (folder or log_folder())
        target.mkdir(parents=True, exist_ok=True)
        handler = _Handler(target / LOG_NAME, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    except OSError as exc:
        print(f"clusterprio: no log file ({exc})", file=sys.stderr)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)
    for name in OUR_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            logger.setLevel(logging.INFO)
    logging.captureWarnings(True)  # Python warnings (e.g. from libraries) go to the log too
    _handler = handler
    logging.getLogger("desktop").info("clusterprio started (Python %s, %s)", platform.python_version(),
                                      platform.platform())
    return Path(handler.baseFilename)


def teardown_logging() -> None:
    """Remove and close our handler (tests; a second setup)."""
    global _handler
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, _Handler):
            root.removeHandler(h)
            h.close()
    if _handler is not None:
        logging.captureWarnings(False)
    _handler = None
