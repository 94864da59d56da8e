"""Time the six ranking methods against calling pymcdm directly.

Run: ``python benchmarks/bench_methods.py`` (options: ``--repeats N``).

For 200 x 15 (the live re-ranking budget: all six methods under 20 ms while a
weight slider moves) and 1000 x 30 it prints, per method, the median time of

* ``run_many`` path: validation once plus every method with all its explain
  tables (what the app and the CLI call),
* the bare kernel (``kernel_for``), what robustness analysis calls,
* the equivalent pymcdm call (``method(matrix, weights, types)`` with its
  default validation), the obvious alternative,

and the ratio pymcdm / ours.  pymcdm has no AHP synthesis; its WSM with max
normalization stands in.  pymcdm's PROMETHEE II takes one preference function
for all criteria, so the comparison uses ``usual`` on both sides (ours also
accepts one function per criterion; timed separately).  A last line times the
kernels on 1000 weight vectors at once (Monte Carlo robustness).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mcda.methods import METHOD_IDS, kernel_for, run_many  # noqa: E402
from mcda.methods.pymcdm_bridge import pymcdm_method  # noqa: E402
from mcda.problem import Cluster, Criterion, Direction, PreferenceFunction, Problem  # noqa: E402

PYMCDM_EQUIVALENT = {
    "ahp": ("wsm", {"normalization": "max"}),
    "topsis": ("topsis", {"normalization": "vector"}),
    "vikor": ("vikor", {"v": 0.5, "normalization": "negated"}),
    "promethee2": ("promethee2", {"preference_function": "usual"}),
    "wsm": ("wsm", {"normalization": "minmax"}),
    "copras": ("copras", {}),
}


def make_problem(m: int, n: int, seed: int = 7, mixed_functions: bool = False) -> Problem:
    rng = np.random.default_rng(seed)
    x = rng.lognormal(mean=3.0, sigma=1.0, size=(m, n))
    w = rng.uniform(0.2, 1.0, size=n)
    crit = []
    for j in range(n):
        direction = Direction.COST if j % 4 == 3 else Direction.BENEFIT
        kw: dict = {}
        if mixed_functions:
            spread = float(np.std(x[:, j]))
            kind = [PreferenceFunction.USUAL, PreferenceFunction.LINEAR, PreferenceFunction.GAUSSIAN,
                    PreferenceFunction.VSHAPE][j % 4]
            kw = {"preference": kind, "q": 0.1 * spread, "p": spread, "s": 0.5 * spread}
        crit.append(Criterion(f"c{j}", f"c{j}", direction=direction, weight=float(w[j]), **kw))
    return Problem(tuple(Cluster(f"k{i}", f"k{i}") for i in range(m)), tuple(crit), x)


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    fn()  # warm-up (imports, caches)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1000.0 * statistics.median(times)


def bench(m: int, n: int, repeats: int) -> None:
    problem = make_problem(m, n)
    x, w, types = problem.values, problem.weights, problem.types
    print(f"\n{m} clusters x {n} criteria (median of {repeats})")
    print(f"{'method':<12}{'validated+tables':>18}{'kernel':>10}{'pymcdm':>10}{'pymcdm/ours':>13}")
    totals = [0.0, 0.0, 0.0]
    for method in METHOD_IDS:
        ours = median_ms(lambda: run_many(problem, [method]), repeats)
        kernel = kernel_for(problem, method)
        bare = median_ms(lambda: kernel(x, w), repeats)
        name, params = PYMCDM_EQUIVALENT[method]
        obj = pymcdm_method(name, **params)

        def call_pymcdm() -> object:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return obj(x, w, types)

        theirs = median_ms(call_pymcdm, repeats)
        totals = [totals[0] + ours, totals[1] + bare, totals[2] + theirs]
        print(f"{method:<12}{ours:>16.2f}ms{bare:>8.2f}ms{theirs:>8.2f}ms{theirs / ours:>12.1f}x")
    together = median_ms(lambda: run_many(problem, METHOD_IDS), repeats)
    print(f"{'sum':<12}{totals[0]:>16.2f}ms{totals[1]:>8.2f}ms{totals[2]:>8.2f}ms{totals[2] / totals[0]:>12.1f}x")
    print(f"run_many(all six, validation once): {together:.2f} ms")
    mixed = make_problem(m, n, mixed_functions=True)
    print(f"promethee2 with four function types: {median_ms(lambda: run_many(mixed, ['promethee2']), repeats):.2f} ms")
    batch = np.random.default_rng(1).dirichlet(np.ones(n), size=1000)
    kernels = [kernel_for(problem, method) for method in METHOD_IDS]
    many = median_ms(lambda: [k(x, batch) for k in kernels], max(3, repeats // 10))
    print(f"kernels, all six methods x 1000 weight vectors at once: {many:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    import pymcdm  # noqa: F401  (load it before timing anything)

    bench(200, 15, args.repeats)
    bench(1000, 30, max(5, args.repeats // 5))
    print("\ntarget: all six methods on 200 x 15 under 20 ms together")


if __name__ == "__main__":
    main()
