"""Ranking methods: AHP synthesis, TOPSIS, VIKOR, PROMETHEE II, WSM, COPRAS.

Public API::

    METHOD_IDS                      # ('ahp', 'topsis', 'vikor', 'promethee2', 'wsm', 'copras')
    method_info(id) -> MethodInfo   # name codes, parameters, better, conventions
    parse_params(["topsis.normalization=vector", "vikor.v=0.5"]) -> {method: {key: value}}
    run(problem, method, params=None, weights=None) -> RankResult
    run_many(problem, methods, params_by_method=None, weights=None) -> list[RankResult]
    run_available(...) -> (list[RankResult], issues of the methods that could not run)
    kernel_for(problem, method, params=None) -> (matrix, weights) -> scores   # vectorized

Each method validates before computing (:mod:`mcda.methods.validation`), keeps a
bare numpy kernel beside its validated wrapper (``topsis_scores``,
``vikor_scores`` ...), and returns a :class:`~mcda.results.RankResult` with every
parameter, intermediate tables labelled by cluster and criterion ids, warnings
and the message code of the convention followed.

pymcdm is used only through :mod:`mcda.methods.pymcdm_bridge` (lazily): for
objective weights, rank correlations and cross-checks.

>>> from mcda.problem import Problem, Cluster, Criterion, Direction
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b"), Cluster("C", "c")),
...             (Criterion("risk", "r", direction=Direction.COST, weight=1), Criterion("alt", "a", weight=1)),
...             [[1.0, 3000], [2.0, 3750], [5.0, 4500]])
>>> run(p, "topsis").order
['A', 'B', 'C']
"""

from mcda.methods.registry import (
    METHOD_IDS,
    Kernel,
    kernel_for,
    method_info,
    parse_params,
    run,
    run_available,
    run_many,
)
from mcda.methods.spec import MethodInfo, ParamSpec

__all__ = [
    "METHOD_IDS",
    "Kernel",
    "MethodInfo",
    "ParamSpec",
    "kernel_for",
    "method_info",
    "parse_params",
    "run",
    "run_available",
    "run_many",
]
