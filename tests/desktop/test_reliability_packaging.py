"""What the standalone bundle relies on, checked without building it (issue 8 item 7).

Building takes minutes (``packaging/build.sh`` runs ``packaging/check_bundle.py``
on the result; the recorded run is in ``packaging/README.md``). Here: the
resources are found in a frozen program exactly where the spec puts them,
the spec ships every resource folder, the icon exists in every format and is
set on the application, and the Linux desktop file is well formed.
"""

from __future__ import annotations

import configparser
import importlib
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

import resources

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_resources_are_found_inside_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "sample").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    frozen = importlib.reload(resources)
    try:
        assert frozen.path("sample") == bundle / "resources" / "sample"
        assert frozen.sample_workbook() == bundle / "resources" / "sample" / "clusters_peru_muestra.xlsx"
        assert frozen.template_workbook().parent == bundle / "resources" / "templates"
    finally:
        monkeypatch.undo()
        importlib.reload(resources)
    assert resources.ROOT == ROOT / "resources"  # back to the source tree


def test_spec_ships_every_resource_folder() -> None:
    spec = (PACKAGING / "clusterprio.spec").read_text(encoding="utf-8")
    folders = sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__")
    assert folders == ["icons", "messages", "sample", "templates", "translations"]
    for folder in folders:
        assert f'"{folder}"' in spec, folder
    assert 'collect_submodules("mcda")' in spec  # CLI subcommands are imported by name
    assert "launch_gui.py" in spec and "launch_cli.py" in spec
    for script in ("launch_gui.py", "launch_cli.py", "build.sh", "check_bundle.py"):
        assert (PACKAGING / script).is_file()


def test_icon_in_every_format(qapp: Any) -> None:
    icons = ROOT / "resources" / "icons"
    svg = (icons / "clusterprio.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for size in (16, 32, 48, 256, 512):
        image = QImage(str(icons / f"clusterprio-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    ico = (icons / "clusterprio.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 5  # several sizes


def test_application_and_windows_get_the_icon(window: Any, qapp: Any) -> None:
    from desktop import app

    app.create_application()
    assert not qapp.windowIcon().isNull()
    assert 256 in [s.width() for s in qapp.windowIcon().availableSizes()]
    assert qapp.desktopFileName() == "clusterprio"
    assert not window.windowIcon().isNull()


def test_linux_desktop_file() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "clusterprio.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "clusterprio"
    assert entry["Exec"].split()[0] == "clusterprio" and entry["Icon"] == "clusterprio"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    mimes = entry["MimeType"].rstrip(";").split(";")
    assert "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" in mimes
    assert "application/vnd.oasis.opendocument.spreadsheet" in mimes
    assert "clúster" in entry["Keywords"] and "Comment[en]" in entry
