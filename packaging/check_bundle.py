"""Check a built bundle: it starts offline with the sample, ranks it, and carries its resources.

``python packaging/check_bundle.py dist/clusterprio`` (run by ``build.sh``).
Not a pytest test: building takes minutes.  Checks, with a fresh settings
and data folder:

1. the files: both executables, the sample and template workbooks, the
   message catalogues, the English translation, Qt's Spanish translation,
   the icons;
2. ``clusterprio --sample`` started offscreen (``QT_QPA_PLATFORM=offscreen``)
   with ``CLUSTERPRIO_STARTUP_PROBE=ranked`` shows its window, ranks the
   sample and quits (exit 0); on Linux inside a network namespace without
   any interface (``unshare -rn``) when the system allows it, which proves
   it needs no network;
3. ``clusterprio-cli rank --sample --json`` ranks the sample, and ``--lang en``
   messages come from the bundled catalogues;
4. the app wrote its log to the data folder.

Prints one line per check and exits 1 on the first failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def fail(message: str) -> None:
    print(f"FAIL {message}")
    sys.exit(1)


def ok(message: str) -> None:
    print(f"ok   {message}")


def offline_prefix() -> list[str]:
    """``unshare -rn`` when it works here (a network namespace with no interface), else nothing."""
    unshare = shutil.which("unshare")
    if unshare and sys.platform.startswith("linux"):
        probe = subprocess.run([unshare, "-rn", "true"], capture_output=True)
        if probe.returncode == 0:
            return [unshare, "-rn"]
    return []


def main(bundle: Path) -> int:
    exe = ".exe" if os.name == "nt" else ""
    gui, cli = bundle / f"clusterprio{exe}", bundle / f"clusterprio-cli{exe}"
    internal = bundle / "_internal"
    res = internal / "resources"
    required = [gui, cli, res / "sample" / "clusters_peru_muestra.xlsx", res / "templates" / "plantilla_clusterprio.xlsx",
                res / "messages" / "core.json", res / "translations" / "clusterprio_en.qm",
                res / "icons" / "clusterprio-256.png"]
    for path in required:
        if not path.exists():
            fail(f"missing {path.relative_to(bundle)}")
    qt_es = list(internal.rglob("qtbase_es.qm"))
    if not qt_es:
        fail("Qt's Spanish translation (qtbase_es.qm) is not in the bundle")
    ok(f"files: both executables, resources, translations ({qt_es[0].relative_to(bundle)})")

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLUSTERPRIO_STARTUP_PROBE="ranked",
                   CLUSTERPRIO_DATA_DIR=str(Path(tmp) / "data"), XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                   HOME=tmp, APPDATA=str(Path(tmp) / "appdata"))
        for var in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(var, None)  # the bundle must not lean on a Python installation
        prefix = offline_prefix()
        start = time.time()
        proc = subprocess.run([*prefix, str(gui), "--sample", "--lang", "es"], env=env, capture_output=True,
                              text=True, timeout=180, cwd=tmp)
        words = proc.stdout.split()
        if proc.returncode != 0 or "shown" not in words or "ranked" not in words:
            fail(f"the app did not show and rank the sample (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
        shown = float(words[words.index("shown") + 1]) - start
        ranked = float(words[words.index("ranked") + 1]) - start
        where = "offline (unshare -rn: no network interface)" if prefix else "(network namespace not available)"
        ok(f"app started {where}: window shown after {shown:.2f} s, sample ranked after {ranked:.2f} s")

        proc = subprocess.run([*prefix, str(cli), "rank", "--sample", "--json"], env=env, capture_output=True,
                              text=True, timeout=180, cwd=tmp)
        if proc.returncode != 0:
            fail(f"clusterprio-cli rank --sample failed:\n{proc.stderr}")
        result = json.loads(proc.stdout)
        top = result["results"][0]["ranking"][0]
        ok(f"clusterprio-cli rank --sample --json: {len(result['results'])} methods, first {top['id']} ({top['name']})")
        proc = subprocess.run([str(cli), "validate", "--lang", "en", str(Path(tmp) / "none.xlsx")], env=env,
                              capture_output=True, text=True, timeout=120, cwd=tmp)
        if proc.returncode != 1 or "does not exist" not in proc.stdout + proc.stderr:
            fail(f"English catalogue message expected:\n{proc.stdout}\n{proc.stderr}")
        ok("clusterprio-cli --lang en: messages from the bundled catalogues")

        log = Path(tmp) / "data" / "logs" / "clusterprio.log"
        if not log.exists() or "clusterprio started" not in log.read_text(encoding="utf-8"):
            fail(f"no log file at {log}")
        ok(f"log written to the data folder ({log.name})")
    print("bundle OK")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1]).resolve()))
