"""Files that ship with clusterprio: sample and template workbooks, message
catalogues, translations, icons.

One helper finds them in a source checkout / editable install, in an
installed wheel (the package directory is the data directory) and in the
PyInstaller bundle (``packaging/clusterprio.spec`` copies this folder to
``<bundle>/_internal/resources``, which is ``sys._MEIPASS/resources``).

>>> path("messages").is_dir()
True
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent


ROOT = _root()


def path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``path("sample", "muestra.xlsx")``."""
    return ROOT.joinpath(*parts)


def sample_workbook() -> Path:
    """The bundled illustrative sample of Peruvian candidate clusters."""
    return path("sample", "clusters_peru_muestra.xlsx")


def template_workbook() -> Path:
    """The blank, documented input template."""
    return path("templates", "plantilla_clusterprio.xlsx")
