"""Start-up: the window module loads no heavy library; ``python -m desktop --sample`` starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "numpy", "matplotlib", "pymcdm", "openpyxl", "mcda")


def test_main_window_import_is_light() -> None:
    """pandas, the engine, matplotlib and pymcdm load only after the window is shown."""
    code = ("import sys, desktop.__main__, desktop.main_window, desktop.app; "
            f"print([m for m in {HEAVY!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_python_m_desktop_sample_shows_and_ranks(tmp_path: Path) -> None:
    env = dict(os.environ, CLUSTERPRIO_STARTUP_PROBE="ranked", QT_QPA_PLATFORM="offscreen",
               CLUSTERPRIO_DATA_DIR=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "desktop", "--sample", "--lang", "es"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.split()
    assert "shown" in lines and "ranked" in lines
    assert float(lines[lines.index("shown") + 1]) <= float(lines[lines.index("ranked") + 1])


def test_parse_args() -> None:
    from desktop.__main__ import parse_args

    args = parse_args(["datos.xlsx", "--lang", "en"])
    assert args.file == "datos.xlsx" and args.lang == "en" and not args.sample
    assert parse_args(["--sample"]).sample
