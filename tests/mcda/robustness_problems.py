"""Problems shared by the robustness tests."""

from __future__ import annotations

import numpy as np

from mcda.problem import Cluster, Criterion, Direction, PreferenceFunction, Problem


def random_problem(m: int = 12, n: int = 5, seed: int = 0, *, groups: int = 2, positive: bool = True,
                   functions: bool = False) -> Problem:
    """A random complete problem: every 3rd criterion a cost, weights in [0.5, 2]."""
    rng = np.random.default_rng(seed)
    low = 1.0 if positive else -50.0
    values = rng.uniform(low, 100.0, size=(m, n))
    crit = []
    for j in range(n):
        kwargs: dict[str, object] = {}
        if functions and j % 3 == 1:
            kwargs = {"preference": PreferenceFunction.LINEAR, "q": 5.0, "p": 40.0}
        elif functions and j % 3 == 2:
            kwargs = {"preference": PreferenceFunction.GAUSSIAN, "s": 20.0}
        crit.append(Criterion(f"c{j + 1}", f"c{j + 1}", group=f"G{j % groups + 1}",
                              direction=Direction.COST if j % 3 == 0 else Direction.BENEFIT,
                              weight=float(rng.uniform(0.5, 2.0)), **kwargs))  # type: ignore[arg-type]
    return Problem(tuple(Cluster(f"K{i + 1:02d}", f"Cluster {i + 1}") for i in range(m)), tuple(crit), values)


def matrix_problem(values, weights, directions=None, ids=None) -> Problem:
    values = np.asarray(values, dtype=float)
    m, n = values.shape
    directions = directions or [Direction.BENEFIT] * n
    ids = ids or [f"A{i + 1}" for i in range(m)]
    return Problem(tuple(Cluster(i, i) for i in ids),
                   tuple(Criterion(f"C{j + 1}", f"C{j + 1}", direction=directions[j], weight=float(weights[j]))
                         for j in range(n)), values)
