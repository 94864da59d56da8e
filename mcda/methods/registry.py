"""The registry of ranking methods: look-up, parameters, validated runs, kernels.

>>> METHOD_IDS
('ahp', 'topsis', 'vikor', 'promethee2', 'wsm', 'copras')
>>> parse_params(["topsis.normalization=minmax", "vikor.v=0,3"])
{'topsis': {'normalization': 'minmax'}, 'vikor': {'v': 0.3}}
>>> method_info("vikor").better
'lower'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from mcda.errors import InputError, Issue, McdaError, MethodError
from mcda.methods import ahp_synthesis, copras, promethee, topsis, vikor, wsm
from mcda.methods.spec import MethodInfo
from mcda.methods.validation import Prepared, WeightsLike, prepare
from mcda.problem import Problem
from mcda.results import RankResult

FloatArray = npt.NDArray[np.float64]

_MODULES = {m.INFO.id: m for m in (ahp_synthesis, topsis, vikor, promethee, wsm, copras)}

#: Every method id, in the order results are shown.
METHOD_IDS: tuple[str, ...] = tuple(_MODULES)

#: A kernel bound to one problem's directions and parameters: (matrix, weights) -> scores.
Kernel = Callable[[FloatArray, FloatArray], FloatArray]


def _unknown(method: str) -> Issue:
    return Issue("method.unknown", params={"method": method, "known": ", ".join(METHOD_IDS)})


def method_info(method: str) -> MethodInfo:
    """Name codes, parameters (defaults, allowed values), direction and conventions of ``method``."""
    if method not in _MODULES:
        raise InputError(_unknown(method))
    info: MethodInfo = _MODULES[method].INFO
    return info


def parse_params(items: Iterable[str] | None) -> dict[str, dict[str, Any]]:
    """Parse ``["method.key=value", ...]`` (the CLI's ``--param``) into typed values per method.

    Raises :class:`InputError` listing every bad item: ``method.param_syntax``,
    ``method.unknown``, ``method.param_unknown_key``, ``method.param_bad_value``.
    """
    out: dict[str, dict[str, Any]] = {}
    issues: list[Issue] = []
    for item in items or ():
        head, sep, value = str(item).partition("=")
        method, dot, key = head.strip().partition(".")
        method, key = method.strip().lower(), key.strip().lower()
        if not sep or not dot or not method or not key:
            issues.append(Issue("method.param_syntax", params={"text": item}))
            continue
        if method not in _MODULES:
            issues.append(_unknown(method))
            continue
        try:
            typed = method_info(method).resolve({key: value})[key]
        except InputError as exc:
            issues.extend(exc.issues)
            continue
        out.setdefault(method, {})[key] = typed
    if issues:
        raise InputError(issues)
    return out


def _run_prepared(prep: Prepared, method: str, params: Mapping[str, Any] | None) -> RankResult:
    info = method_info(method)
    result: RankResult = _MODULES[method].rank(prep, info.resolve(params))
    return result


def run(
    problem: Problem, method: str, params: Mapping[str, Any] | None = None, weights: WeightsLike | None = None
) -> RankResult:
    """Rank ``problem`` with one method.

    ``params`` are this method's parameters (strings or typed values; defaults
    fill the rest); ``weights`` (array, Series or mapping by criterion id)
    override the problem's own.  Raises :class:`InputError` for unknown
    methods or parameters and :class:`MethodError` when the data do not allow
    the method; never returns NaN scores.
    """
    info = method_info(method)
    resolved = info.resolve(params)
    return _run_prepared(prepare(problem, weights), method, resolved)


def _check_all(methods: Sequence[str], params_by_method: Mapping[str, Mapping[str, Any]]) -> list[str]:
    issues: list[Issue] = []
    chosen: list[str] = []
    for m in methods:
        if m not in _MODULES:
            issues.append(_unknown(m))
        elif m not in chosen:
            chosen.append(m)
    for m, params in params_by_method.items():
        try:
            method_info(m).resolve(params)
        except InputError as exc:
            issues.extend(exc.issues)
    if issues:
        raise InputError(issues)
    return chosen


def run_available(
    problem: Problem,
    methods: Sequence[str] | None = None,
    params_by_method: Mapping[str, Mapping[str, Any]] | None = None,
    weights: WeightsLike | None = None,
) -> tuple[list[RankResult], tuple[Issue, ...]]:
    """Run every method that can run; return the results and the issues of those that could not.

    Problems shared by all methods (missing values, bad weights, unknown
    method or parameter) still raise.  ``methods`` defaults to every method.
    """
    params_by_method = params_by_method or {}
    chosen = _check_all(list(methods) if methods is not None else list(METHOD_IDS), params_by_method)
    prep = prepare(problem, weights)
    results: list[RankResult] = []
    failed: list[Issue] = []
    for m in chosen:
        try:
            results.append(_run_prepared(prep, m, params_by_method.get(m)))
        except McdaError as exc:
            failed.extend(exc.issues)
    return results, tuple(failed)


def run_many(
    problem: Problem,
    methods: Sequence[str] | None = None,
    params_by_method: Mapping[str, Mapping[str, Any]] | None = None,
    weights: WeightsLike | None = None,
) -> list[RankResult]:
    """Run several methods on one validated problem (validation happens once).

    Raises one :class:`MethodError` carrying the issues of every method that
    could not run (see :func:`run_available` to keep the others).
    """
    results, failed = run_available(problem, methods, params_by_method, weights)
    if failed:
        raise MethodError(failed)
    return results


def kernel_for(problem: Problem, method: str, params: Mapping[str, Any] | None = None) -> Kernel:
    """The bare vectorized kernel of ``method`` bound to ``problem``'s directions.

    The returned function maps ``(matrix (m, n), weights (n,) or (k, n))`` to
    scores ``(m,)`` or ``(k, m)`` with the method's own direction
    (:attr:`MethodInfo.better`).  No data validation: call :func:`run` (or
    :func:`~mcda.methods.validation.prepare`) once first; use this for many
    re-evaluations (robustness, sliders).
    """
    info = method_info(method)
    p = info.resolve(params)
    types = np.asarray(problem.types, dtype=int)
    if method == "ahp":
        return lambda x, w: ahp_synthesis.ahp_scores(x, w, types, p["normalization"])
    if method == "topsis":
        return lambda x, w: topsis.topsis_scores(x, w, types, p["normalization"])
    if method == "vikor":
        return lambda x, w: vikor.vikor_scores(x, w, types, p["v"])
    if method == "promethee2":
        specs = promethee.function_specs(problem.criteria)
        return lambda x, w: promethee.promethee_scores(x, w, types, specs)
    if method == "wsm":
        return lambda x, w: wsm.wsm_scores(x, w, types, p["normalization"])
    return lambda x, w: copras.copras_scores(x, w, types)
