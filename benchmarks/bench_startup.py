"""Start-up time of the desktop app: process start → first shown window (target: under 1 s).

Spawns ``python -m desktop --sample`` with ``CLUSTERPRIO_STARTUP_PROBE=1``; the
app prints ``shown <epoch seconds>`` when its window is first shown and quits.
The time is measured from just before the process is spawned, so it includes
the interpreter start.  It also reports, for information, the time until the
sample is read and ranked (pandas, the engine and pymcdm load after the window
is visible).  Run: ``python benchmarks/bench_startup.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_SECONDS = 1.0
ROOT = Path(__file__).resolve().parents[1]


def one_run(until: str = "shown") -> float:
    env = dict(os.environ, CLUSTERPRIO_STARTUP_PROBE="1" if until == "shown" else "ranked")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    proc = subprocess.run([sys.executable, "-m", "desktop", "--sample"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    for line in proc.stdout.splitlines():
        if line.startswith(until + " "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"the app did not report a shown window:\n{proc.stdout}\n{proc.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    one_run()  # warm the file cache
    times = [one_run() for _ in range(args.runs)]
    median = statistics.median(times)
    verdict = "OK" if median < TARGET_SECONDS else "TOO SLOW"
    print(f"start-up to first shown window: median {median * 1000:.0f} ms, "
          f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {args.runs} runs "
          f"(target {TARGET_SECONDS * 1000:.0f} ms): {verdict}")
    ranked = [one_run("ranked") for _ in range(args.runs)]
    print(f"start-up to the sample ranked on screen (engine, pandas and pymcdm loaded after the window shows): "
          f"median {statistics.median(ranked) * 1000:.0f} ms (no target; for information)")


if __name__ == "__main__":
    main()
