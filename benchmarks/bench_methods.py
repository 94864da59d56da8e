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
for all criteria, so the per-method table uses ``usual`` on both sides.

The headline line is what live re-ranking does: ``run_many`` of all six
methods, validation once, every explain table, on a problem whose PROMETHEE
functions follow the sample workbook's ``Criterios`` sheet (its sequence of
functions repeated over the criteria, thresholds scaled from the sample
column's spread to the synthetic one), against the 20 ms budget and against
pymcdm's six equivalents (PROMETHEE with ``usual``: pymcdm has no per-criterion
functions and no Gaussian).  PROMETHEE II alone with that mix and with four
function types (a quarter Gaussian, pairwise O(m^2)) is timed too, and the
``preference_index`` explain table (m x m, built only when read).  A last line
times the kernels on 1000 weight vectors at once (Monte Carlo robustness).
The load average is printed: on a shared machine it inflates every time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mcda.methods import METHOD_IDS, kernel_for, run_many  # noqa: E402
from mcda.methods.pymcdm_bridge import pymcdm_method  # noqa: E402
from mcda.problem import Cluster, Criterion, Direction, PreferenceFunction, Problem  # noqa: E402

PYMCDM_EQUIVALENT: dict[str, tuple[str, dict[str, Any]]] = {
    "ahp": ("wsm", {"normalization": "max"}),
    "topsis": ("topsis", {"normalization": "vector"}),
    "vikor": ("vikor", {"v": 0.5, "normalization": "negated"}),
    "promethee2": ("promethee2", {"preference_function": "usual"}),
    "wsm": ("wsm", {"normalization": "minmax"}),
    "copras": ("copras", {}),
}


#: (function, q, p, s) as fractions of the column's standard deviation; None: thresholds not used.
FunctionMix = list[tuple[PreferenceFunction, float | None, float | None, float | None]]


def sample_mix() -> FunctionMix:
    """The sample workbook's PROMETHEE functions in criterion order, thresholds relative to each
    sample column's standard deviation (read from its ``Criterios`` sheet)."""
    from mcda.workbook import read_workbook
    from resources import sample_workbook

    problem = read_workbook(sample_workbook()).problem
    assert problem is not None
    sd = np.nanstd(np.asarray(problem.values, dtype=float), axis=0)

    def rel(v: float | None, j: int) -> float | None:
        return None if v is None else float(v) / float(sd[j])

    return [(c.preference, rel(c.q, j), rel(c.p, j), rel(c.s, j)) for j, c in enumerate(problem.criteria)]


FOUR_TYPES: FunctionMix = [(PreferenceFunction.USUAL, None, None, None), (PreferenceFunction.LINEAR, 0.1, 1.0, None),
                           (PreferenceFunction.GAUSSIAN, None, None, 0.5), (PreferenceFunction.VSHAPE, None, 1.0, None)]


BUDGET_MS = 20.0  # issue 2 section 7: live re-ranking while a slider moves


def make_problem(m: int, n: int, seed: int = 7, functions: FunctionMix | None = None) -> Problem:
    """Lognormal values; every 4th criterion a cost; ``functions`` repeated over the criteria (default usual)."""
    rng = np.random.default_rng(seed)
    x = rng.lognormal(mean=3.0, sigma=1.0, size=(m, n))
    w = rng.uniform(0.2, 1.0, size=n)
    crit = []
    for j in range(n):
        direction = Direction.COST if j % 4 == 3 else Direction.BENEFIT
        kw: dict[str, Any] = {}
        if functions:
            spread = float(np.std(x[:, j]))
            kind, q, p, s = functions[j % len(functions)]
            kw = {"preference": kind, **{k: v * spread for k, v in (("q", q), ("p", p), ("s", s)) if v is not None}}
        crit.append(Criterion(f"c{j}", f"c{j}", direction=direction, weight=float(w[j]), **kw))
    return Problem(tuple(Cluster(f"k{i}", f"k{i}") for i in range(m)), tuple(crit), x)


def mix_text(functions: FunctionMix, n: int) -> str:
    kinds = [functions[j % len(functions)][0].value for j in range(n)]
    return ", ".join(f"{kinds.count(k)} {k}" for k in dict.fromkeys(kinds))


def median_ms(fn: Callable[[], object], repeats: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """Median of ``repeats`` timings in ms (wall clock; ``time.process_time``: this process's CPU time)."""
    fn()  # warm-up (imports, caches)
    times = []
    for _ in range(repeats):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return 1000.0 * statistics.median(times)


def bench(m: int, n: int, repeats: int, mix: FunctionMix) -> None:
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
    print(f"{'sum':<12}{totals[0]:>16.2f}ms{totals[1]:>8.2f}ms{totals[2]:>8.2f}ms{totals[2] / totals[0]:>12.1f}x")
    usual = median_ms(lambda: run_many(problem, METHOD_IDS), repeats)
    realistic = make_problem(m, n, functions=mix)
    together = median_ms(lambda: run_many(realistic, METHOD_IDS), repeats)
    cpu = median_ms(lambda: run_many(realistic, METHOD_IDS), repeats, time.process_time)
    print(f"ALL SIX METHODS (run_many, validation once, every explain table), PROMETHEE functions as the sample "
          f"workbook ({mix_text(mix, n)}): {together:.2f} ms = {together / BUDGET_MS:.2f} x the {BUDGET_MS:g} ms "
          f"budget (CPU time of this process {cpu:.2f} ms); pymcdm's six (PROMETHEE usual) {totals[2]:.2f} ms, "
          f"pymcdm/ours {totals[2] / together:.1f}x")
    print(f"  the same, every PROMETHEE criterion usual: {usual:.2f} ms")
    print(f"  promethee2 alone, sample mix: {median_ms(lambda: run_many(realistic, ['promethee2']), repeats):.2f} ms")
    four = make_problem(m, n, functions=FOUR_TYPES)
    print(f"  promethee2 alone, four function types ({mix_text(FOUR_TYPES, n)}): "
          f"{median_ms(lambda: run_many(four, ['promethee2']), repeats):.2f} ms")
    result = run_many(four, ["promethee2"])[0]
    if "preference_index" in result.tables:  # built when first read: time a fresh result each time
        built = median_ms(lambda: run_many(four, ["promethee2"])[0].tables["preference_index"], repeats)
        print(f"  promethee2 alone + reading its {m} x {m} preference_index table: {built:.2f} ms")
    batch = np.random.default_rng(1).dirichlet(np.ones(n), size=1000)
    kernels = [kernel_for(problem, method) for method in METHOD_IDS]
    many = median_ms(lambda: [k(x, batch) for k in kernels], max(3, repeats // 10))
    print(f"kernels, all six methods x 1000 weight vectors at once: {many:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    import pymcdm  # noqa: F401  (load it before timing anything)

    mix = sample_mix()
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
    bench(200, 15, args.repeats, mix)
    bench(1000, 30, max(5, args.repeats // 5), mix)
    load = os.getloadavg()
    print(f"\ntarget: all six methods on 200 x 15 under {BUDGET_MS:g} ms together "
          f"(load average now {load[0]:.2f} {load[1]:.2f} {load[2]:.2f})")


if __name__ == "__main__":
    main()
