"""Files that ship with clusterprio: sample and template workbooks, message
catalogues, translations, icons.

One helper finds them both in a source checkout / editable install and in an
installed wheel (the package directory is the data directory).

>>> path("messages").is_dir()
True
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``path("sample", "muestra.xlsx")``."""
    return ROOT.joinpath(*parts)


def sample_workbook() -> Path:
    """The bundled illustrative sample of Peruvian candidate clusters."""
    return path("sample", "clusters_peru_muestra.xlsx")


def template_workbook() -> Path:
    """The blank, documented input template."""
    return path("templates", "plantilla_clusterprio.xlsx")
