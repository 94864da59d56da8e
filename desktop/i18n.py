"""Qt Linguist sources of the interface: extract (lupdate) and compile (lrelease).

Source strings are Spanish; ``resources/translations/clusterprio_en.ts`` holds
the English translation.  After changing user-visible strings run::

    python -m desktop.i18n          # update the .ts from the sources, compile the .qm

then translate the new (``unfinished``) messages in the .ts (Qt Linguist or any
editor) and run it again.  A test fails when the .ts is stale or incomplete.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import resources

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en",)


def sources() -> list[Path]:
    """Every Python file of the desktop app, in a stable order."""
    return sorted(p for p in (ROOT / "desktop").rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(lang: str) -> Path:
    return resources.path("translations", f"clusterprio_{lang}.ts")


def qm_path(lang: str) -> Path:
    return resources.path("translations", f"clusterprio_{lang}.qm")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"pyside6-{name} not found (it ships with PySide6-Essentials)")


def lupdate(ts: Path, files: list[Path] | None = None) -> None:
    """Merge the strings of ``files`` (default: the sources) into ``ts``, dropping vanished ones."""
    files = files or sources()
    args = [_tool("lupdate"), *map(str, files), "-no-obsolete", "-locations", "none",
            "-source-language", "es", "-target-language", ts.stem.rsplit("_", 1)[-1], "-silent", "-ts", str(ts)]
    subprocess.run(args, check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def main() -> int:
    for lang in LANGUAGES:
        lupdate(ts_path(lang))
        lrelease(ts_path(lang), qm_path(lang))
        print(f"updated {ts_path(lang).relative_to(ROOT)} and {qm_path(lang).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
