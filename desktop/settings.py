"""Persistent user preferences (QSettings) and the user data folder.

Every key is declared once here; nothing else spells a settings key.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANIZATION = "clusterprio"
APPLICATION = "clusterprio"

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
RECENT_FILES = "files/recent"
LAST_DIRECTORY = "files/lastDirectory"
LANGUAGE = "ui/language"
ZOOM = "ui/zoom"

MAX_RECENT = 8
LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"

#: Environment variable overriding the data folder (tests, portable installs).
DATA_DIR_ENV = "CLUSTERPRIO_DATA_DIR"


def store() -> QSettings:
    """The application's settings store (an INI file in the user's config folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def data_dir() -> Path:
    """Folder for recovery files and logs (created when missing)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        folder = Path(override)
    else:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        folder = Path(location) if location else Path.home() / ".clusterprio"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


#: The language the running interface speaks (set with its translators, see ``app.install_translators``).
_interface_language: str | None = None


def language() -> str:
    """The language of the running interface, for every text rendered from the engine's catalogues.

    It is the language of the installed translators, so those texts never mix with the other
    language; before any is installed, the stored choice.  A new choice applies at the next start.
    """
    return _interface_language or stored_language()


def set_interface_language(lang: str) -> None:
    global _interface_language
    _interface_language = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def stored_language() -> str:
    """The language chosen in the Language menu (or with ``--lang``), used at start."""
    value = str(store().value(LANGUAGE, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    store().setValue(LANGUAGE, lang)


def zoom() -> float:
    try:
        value = float(store().value(ZOOM, 1.0))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1.0
    return min(max(value, 0.7), 2.5)


def set_zoom(value: float) -> None:
    store().setValue(ZOOM, value)


def recent_files() -> list[str]:
    value = store().value(RECENT_FILES, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if v]


def add_recent_file(path: str | Path) -> list[str]:
    text = str(Path(path).resolve())
    files = [text] + [f for f in recent_files() if f != text]
    files = files[:MAX_RECENT]
    store().setValue(RECENT_FILES, files)
    return files


def remove_recent_file(path: str) -> list[str]:
    files = [f for f in recent_files() if f != path]
    store().setValue(RECENT_FILES, files)
    return files


def last_directory() -> str:
    return str(store().value(LAST_DIRECTORY, str(Path.home())))


def set_last_directory(path: str | Path) -> None:
    p = Path(path)
    store().setValue(LAST_DIRECTORY, str(p if p.is_dir() else p.parent))
