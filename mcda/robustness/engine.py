"""One call that runs the whole robustness analysis of a ranking.

>>> from mcda.problem import Problem, Cluster, Criterion
>>> p = Problem(tuple(Cluster(c, c) for c in "ABC"),
...             (Criterion("c1", "x", weight=2), Criterion("c2", "y", weight=1)),
...             [[3.0, 1.0], [1.0, 3.0], [2.0, 2.5]])
>>> s = analyze_sensitivity(p, "wsm", samples=500, seed=11, top_k=2)
>>> s.order, s.seed, s.acceptability.samples
(['A', 'C', 'B'], 11, 500)
>>> bool(abs(s.acceptability.shares.sum(axis=1) - 1).max() < 1e-12)
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.errors import InputError, Issue, McdaError
from mcda.problem import Problem
from mcda.robustness import sampling
from mcda.robustness.agreement import ROBUST_LEVEL, method_agreement, run_methods
from mcda.robustness.batch import DEFAULT_CHUNK, make_scorer
from mcda.robustness.montecarlo import Cancelled, Progress, monte_carlo
from mcda.robustness.report import Sensitivity
from mcda.robustness.reversal import rank_reversal
from mcda.robustness.sweep import SWEEP_POINTS, sweeps
from mcda.robustness.thresholds import DEFAULT_TOP_K, critical_changes

FloatArray = npt.NDArray[np.float64]
DEFAULT_METHOD = "ahp"


def member_weights(problem: Problem) -> tuple[list[str], FloatArray, list[float]]:
    """Each committee member's own weight vector (from that member's AHP sheets alone).

    Returns ``(member ids, matrix members x criteria, voting weights)``;
    :class:`InputError` (``robustness.no_member_weights``) when fewer than two
    members have judgments, with the issues of any member whose sheets cannot
    give weights.
    """
    from mcda import weights as wmod

    members = [j.member for j in problem.judgments if j.member is not None]
    names = list(dict.fromkeys(members))
    votes = {m.id: float(m.weight) for m in problem.members}
    rows: list[FloatArray] = []
    issues: list[Issue] = []
    for name in names:
        sub = problem.replace(judgments=tuple(j for j in problem.judgments if j.member == name))
        try:
            w = wmod.from_judgments(sub).weights.reindex(problem.criterion_ids).to_numpy(dtype=float)
        except McdaError as exc:
            issues.extend(exc.issues)
            continue
        rows.append(w)
    if issues:
        raise InputError(issues)
    if len(rows) < 2:
        raise InputError(Issue("robustness.no_member_weights", params={"count": len(rows)}))
    return names, np.vstack(rows), [votes.get(n, 1.0) for n in names]


def draw_samples(
    problem: Problem, weights: FloatArray, scheme: str, n: int, seed: int | None, *,
    concentration: float = sampling.DEFAULT_CONCENTRATION, spread: float = sampling.DEFAULT_SPREAD,
    members_mode: str = "mix",
) -> sampling.WeightSamples:
    """Weight samples of ``scheme`` around ``weights`` (``members``: the members' own vectors)."""
    if scheme == "dirichlet":
        return sampling.dirichlet(weights, n, concentration, seed)
    if scheme == "uniform":
        return sampling.uniform(weights, n, spread, seed)
    if scheme == "members":
        names, mw, votes = member_weights(problem)
        return sampling.from_members(mw, n, voting=votes, mode=members_mode, seed=seed, members=names)
    raise InputError(Issue("robustness.unknown_scheme", params={"scheme": scheme,
                                                                 "known": ", ".join(sampling.SCHEMES)}))


def _groups(problem: Problem) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for j, c in enumerate(problem.criteria):
        if c.group:
            out.setdefault(c.group, []).append(j)
    return out


def _unique(issues: Sequence[Issue]) -> tuple[Issue, ...]:
    out: list[Issue] = []
    for i in issues:
        if i not in out:
            out.append(i)
    return tuple(out)


def _check(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


def analyze_sensitivity(
    problem: Problem,
    method: str = DEFAULT_METHOD,
    params: Mapping[str, Any] | None = None,
    *,
    weights: Sequence[float] | FloatArray | pd.Series | None = None,
    weights_method: str | None = None,
    scheme: str = "dirichlet",
    samples: int = sampling.DEFAULT_SAMPLES,
    seed: int | None = None,
    concentration: float = sampling.DEFAULT_CONCENTRATION,
    spread: float = sampling.DEFAULT_SPREAD,
    members_mode: str = "mix",
    top_k: int = DEFAULT_TOP_K,
    critical_pairs: int | None = None,
    methods: Sequence[str] | None = None,
    method_params: Mapping[str, Mapping[str, Any]] | None = None,
    sweep_points: int = SWEEP_POINTS,
    with_groups: bool = True,
    with_agreement: bool = True,
    with_reversal: bool = True,
    robust_level: float = ROBUST_LEVEL,
    chunk: int = DEFAULT_CHUNK,
    progress: Progress | None = None,
) -> Sensitivity:
    """Monte Carlo rank acceptability, critical weight changes, stability intervals,
    one-at-a-time sweeps, method agreement and the rank reversal check.

    Parameters
    ----------
    problem : Problem
        Complete (missing values already resolved).
    method, params : str, Mapping
        The main ranking method and its parameters.
    weights : optional
        The committee's weights (array in criterion order, Series or None:
        :func:`mcda.analysis.derive_weights`).
    scheme, samples, seed, concentration, spread, members_mode :
        Weight sampling (:mod:`mcda.robustness.sampling`); ``seed=None``
        draws a fresh seed, recorded in the result.
    top_k : int
        ``k`` of the top-k probability, the critical pairs and the robust top-k.
    critical_pairs : int, optional
        How many adjacent pairs get critical weight changes (default ``top_k``;
        ``len(clusters) - 1`` for every cluster and the next).
    methods, method_params :
        Methods compared for agreement (default all) and their parameters.
    progress : callable, optional
        ``progress(done, total)`` after each chunk of samples, then
        ``progress(total, total)`` between the later stages (thresholds,
        sweeps, agreement, each removal of the rank reversal check); return
        ``False`` to cancel (raises :class:`~mcda.robustness.montecarlo.Cancelled`).

    Raises
    ------
    MethodError, InputError
        When the main method cannot rank the problem, or for a bad scheme.
    """
    from mcda.methods import method_info, run

    info = method_info(method)
    resolved = info.resolve(params)
    wres_method = weights_method or "given"
    if weights is None:
        from mcda.analysis import derive_weights

        wres = derive_weights(problem)
        w_series = wres.weights.reindex(problem.criterion_ids)
        wres_method = weights_method or wres.method
        extra_warnings = tuple(wres.warnings)
    else:
        if isinstance(weights, pd.Series):
            w_series = weights.reindex(problem.criterion_ids).astype(float)
        else:
            w_series = pd.Series(np.asarray(weights, dtype=float), index=problem.criterion_ids)
        extra_warnings = ()
    base = run(problem, method, resolved, w_series.to_numpy())
    w = np.asarray(w_series.to_numpy(dtype=float) / float(w_series.sum()))
    w_series = pd.Series(w, index=problem.criterion_ids, name="weight")
    k = max(1, min(int(top_k), len(problem.clusters)))
    drawn = draw_samples(problem, w, scheme, samples, seed, concentration=concentration, spread=spread,
                         members_mode=members_mode)
    scorer = make_scorer(problem, method, resolved)
    total = drawn.count
    acc = monte_carlo(scorer, drawn, k, chunk=chunk, progress=progress)
    groups = _groups(problem) if with_groups else {}
    th = critical_changes(scorer, w, k if critical_pairs is None else int(critical_pairs), groups=groups)
    if critical_pairs is not None and int(critical_pairs) != k:
        # intervals always describe the top-k order
        th_k = critical_changes(scorer, w, k, groups=groups)
        th = type(th)(th.method, k, th.pairs, th.crossings, th_k.intervals, th.ties)
    _check(progress, total, total)
    sw = sweeps(scorer, w, groups, sweep_points)
    _check(progress, total, total)
    warnings: list[Issue] = [*extra_warnings, *base.warnings]
    agreement = None
    if with_agreement:
        results, failed = run_methods(problem, w, methods, method_params, method)
        results = [base] + [r for r in results if r.method != method]
        agreement = method_agreement(results, k, acc.top_k_probability, level=robust_level, failed=failed)
        warnings.extend(i.as_warning() for i in failed)
    _check(progress, total, total)
    reversal = rank_reversal(problem, method, resolved, w, check=lambda: _check(progress, total, total)) \
        if with_reversal else None
    sampling_info: dict[str, Any] = {"scheme": drawn.scheme, "samples": drawn.count, "seed": drawn.seed,
                                     **dict(drawn.parameters)}
    return Sensitivity(
        method=method, parameters=dict(base.parameters), weights=w_series, weights_method=wres_method, base=base,
        sampling=sampling_info, acceptability=acc, thresholds=th, sweeps=sw, agreement=agreement,
        reversal=reversal, names={c.id: c.name for c in problem.clusters}, warnings=_unique(warnings),
    )
