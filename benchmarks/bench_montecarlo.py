"""Monte Carlo robustness speed: vectorized batch scoring against pymcdm once per sample (issue 5 §8).

Run: ``python benchmarks/bench_montecarlo.py [--samples 10000] [--clusters 200]
[--criteria 15] [--pymcdm-samples 300] [--repeat 3]``

For TOPSIS (vector normalization) and WSM (min-max normalization) on a random
200-cluster x 15-criterion problem (a few cost criteria) and 10,000 Dirichlet
weight samples it prints the best of ``--repeat`` runs of

* ``scores``: :meth:`mcda.robustness.BatchScorer.scores` for all samples
  (chunks of 1,000 weight vectors);
* ``full Monte Carlo``: :func:`mcda.robustness.monte_carlo`, i.e. scores plus
  competition ranks of every sample plus the rank acceptability counts
  (target: at most 0.3 s);
* ``pymcdm per sample``: one ``pymcdm`` call (``TOPSIS`` / ``WSM`` with the
  same normalization) plus its ``rank()`` per weight vector, timed on the
  first ``--pymcdm-samples`` samples and **extrapolated** linearly to all
  samples (said so in the output); the ratio against the full Monte Carlo
  (target: at least 100x);

and checks that the batch scores agree with pymcdm's to 1e-9 on that subset.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mcda.problem import Cluster, Criterion, Direction, Problem  # noqa: E402
from mcda.robustness import dirichlet, make_scorer, monte_carlo  # noqa: E402

CASES = (("topsis", {"normalization": "vector"}, "TOPSIS", "vector_normalization"),
         ("wsm", {"normalization": "minmax"}, "WSM", "minmax_normalization"))


def make_problem(m: int, n: int, seed: int = 5) -> Problem:
    rng = np.random.default_rng(seed)
    values = rng.uniform(1.0, 100.0, size=(m, n))
    criteria = tuple(
        Criterion(f"c{j + 1}", f"c{j + 1}", direction=Direction.COST if j % 5 == 4 else Direction.BENEFIT,
                  weight=float(rng.uniform(0.5, 2.0)))
        for j in range(n)
    )
    return Problem(tuple(Cluster(f"K{i + 1:03d}", f"K{i + 1}") for i in range(m)), criteria, values)


def best_of(repeat: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        func()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=int, default=10_000)
    ap.add_argument("--clusters", type=int, default=200)
    ap.add_argument("--criteria", type=int, default=15)
    ap.add_argument("--pymcdm-samples", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from pymcdm import methods as pm
    from pymcdm import normalizations as pn

    problem = make_problem(args.clusters, args.criteria)
    samples = dirichlet(problem.weights, args.samples, concentration=100.0, seed=2024)
    w = samples.weights
    x = np.asarray(problem.values)
    types = problem.types
    sub = min(args.pymcdm_samples, args.samples)
    print(f"{args.samples} weight samples x {args.clusters} clusters x {args.criteria} criteria "
          f"(best of {args.repeat}; numpy {np.__version__})")
    failed = False
    for method, params, cls, norm in CASES:
        scorer = make_scorer(problem, method, params)
        scorer.scores(w[:10])  # warm-up
        t_scores = best_of(args.repeat, lambda: scorer.scores(w))
        t_full = best_of(args.repeat, lambda: monte_carlo(scorer, samples, top_k=5))
        body = getattr(pm, cls)(normalization_function=getattr(pn, norm))

        def per_sample() -> np.ndarray:
            out = np.empty((sub, args.clusters))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for i in range(sub):
                    pref = body(x, w[i], types)
                    body.rank(pref)
                    out[i] = pref
            return out

        reference = per_sample()
        t_sub = best_of(max(1, min(args.repeat, 2)), per_sample)
        t_pymcdm = t_sub * args.samples / sub
        err = float(np.abs(scorer.scores(w[:sub]) - reference).max())
        ok_time = t_full <= 0.3
        ratio = t_pymcdm / t_full
        ok_err = err <= 1e-9
        failed |= not ok_err
        print(f"\n{method.upper()} ({params})")
        print(f"  scores only (batch)        {t_scores * 1000:8.1f} ms")
        print(f"  full Monte Carlo           {t_full * 1000:8.1f} ms   target <= 300 ms: {'yes' if ok_time else 'NO'}")
        print(f"  pymcdm once per sample     {t_pymcdm:8.2f} s    (timed on {sub} samples: {t_sub:.3f} s, "
              f"extrapolated x{args.samples / sub:g})")
        print(f"  ratio pymcdm / full MC     {ratio:8.0f} x    target >= 100x: {'yes' if ratio >= 100 else 'NO'}")
        print(f"  max |batch - pymcdm| on {sub} samples: {err:.2e}  (<= 1e-9: {'yes' if ok_err else 'NO'})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
