"""Reading speed: clusterprio's reader against pandas + openpyxl (issue 2 §7).

Writes a 10,000-cluster x 30-criterion workbook (``Clusters`` and
``Criterios`` sheets, openpyxl write-only mode) to a temporary folder, then
times

* ``mcda.workbook.read_workbook`` (python-calamine, with the safety scan,
  text-number parsing and every check), and
* ``pandas.read_excel(engine="openpyxl")`` of the same two sheets (only
  loading the cells, no checks),

and prints the best of ``--repeat`` runs of each and their ratio (target:
the reader at least 5x faster).

Run: ``python benchmarks/bench_reader.py [--clusters 10000] [--criteria 30] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def write_workbook(path: Path, clusters: int, criteria: int, seed: int = 1) -> None:
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Clusters")
    ids = [f"K{j + 1:02d}" for j in range(criteria)]
    ws.append(["id", "nombre", "region", "descripcion", *ids])
    regions = ["Lima", "Arequipa", "Cusco", "Piura", "Junín", "San Martín", "La Libertad", "Ica"]
    for i in range(clusters):
        ws.append([f"C{i + 1:05d}", f"Clúster {i + 1}", regions[i % len(regions)], "",
                   *(round(rng.uniform(0, 5000), 3) for _ in range(criteria))])
    cs = wb.create_sheet("Criterios")
    cs.append(["id", "nombre", "grupo", "sentido", "unidad", "peso"])
    for j, ident in enumerate(ids):
        cs.append([ident, f"Criterio {j + 1}", f"G{j % 4 + 1}", "costo" if j % 5 == 4 else "beneficio", "u",
                   round(1 / criteria, 6)])
    wb.save(path)


def best_of(repeat: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=10_000)
    parser.add_argument("--criteria", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    import pandas as pd

    from mcda.workbook import read_workbook

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.xlsx"
        start = time.perf_counter()
        write_workbook(path, args.clusters, args.criteria)
        print(f"wrote {args.clusters} x {args.criteria} workbook ({path.stat().st_size / 2**20:.1f} MB) "
              f"in {time.perf_counter() - start:.2f} s")

        result = read_workbook(path)
        if not result.ok or result.problem is None:
            print("reader reported problems:", [i.code for i in result.issues][:5])
            return 1
        assert result.problem.values.shape == (args.clusters, args.criteria)

        ours = best_of(args.repeat, lambda: read_workbook(path))
        theirs = best_of(args.repeat, lambda: pd.read_excel(path, sheet_name=["Clusters", "Criterios"],
                                                            engine="openpyxl"))
    print(f"clusterprio read_workbook (calamine + checks): {ours:8.3f} s")
    print(f"pandas.read_excel(engine='openpyxl'):          {theirs:8.3f} s")
    print(f"ratio: {theirs / ours:.1f}x faster (target >= 5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
