"""The engine never loads Qt or the desktop package (STYLE.md habit 1)."""

import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_engine_module_loads_no_qt():
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import mcda
        names = [m.name for m in pkgutil.walk_packages(mcda.__path__, "mcda.") if not m.name.endswith("__main__")]
        for name in names:
            importlib.import_module(name)
        bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "desktop"))
        print(len(names))
        assert not bad, bad
        """
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 5


def test_no_engine_source_imports_qt():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "mcda").rglob("*.py")
        if any(line.lstrip().startswith(("import PySide6", "from PySide6", "import desktop", "from desktop"))
               for line in p.read_text(encoding="utf-8").splitlines())
    ]
    assert offenders == []


def test_pymcdm_is_wrapped_in_one_module():
    users = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "mcda").rglob("*.py")
        if any(re.match(r"\s*(import|from) pymcdm\b", line) for line in p.read_text(encoding="utf-8").splitlines())
    )
    assert users == ["mcda/methods/pymcdm_bridge.py"]
