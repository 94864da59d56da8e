"""The committee's session choices, kept in ``Problem.settings`` (str → str).

The desktop app stores here what the committee chose (main method, method
parameters, missing-value policy, how the weights were obtained, the order of
criteria for ROC); saving writes ``settings`` into the workbook's hidden
``_clusterprio`` sheet.  The command line reads the same keys, so a workbook
saved by the app ranks the same in ``clusterprio-cli rank`` (flags given on
the command line win).  Keys are declared once, here.

>>> from mcda.problem import Cluster, Criterion, Problem
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("x", "x"),), [[1.0], [2.0]],
...             settings={METHOD: "topsis", PARAM_PREFIX + "topsis.normalization": "minmax"})
>>> main_method(p), params(p)
('topsis', {'topsis': {'normalization': 'minmax'}})
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from mcda.problem import Problem
from mcda.results import WeightsResult

METHOD = "method"
MISSING_POLICY = "missing_policy"
WEIGHT_MODE = "weights.mode"
CRITERIA_ORDER = "weights.order"
PARAM_PREFIX = "param."

DEFAULT_METHOD = "ahp"
DEFAULT_MISSING_POLICY = "error"

#: How the current weights were obtained.  ``direct`` and ``groups`` use the
#: criteria's ``peso`` column (the app writes group shares into it).
WEIGHT_MODES = ("direct", "equal", "groups", "roc", "rank_sum", "entropy", "critic", "ahp")


def main_method(problem: Problem) -> str:
    from mcda.methods import METHOD_IDS

    m = problem.settings.get(METHOD, DEFAULT_METHOD)
    return m if m in METHOD_IDS else DEFAULT_METHOD


def missing_policy(problem: Problem) -> str:
    from mcda.missing import POLICIES

    p = problem.settings.get(MISSING_POLICY, DEFAULT_MISSING_POLICY)
    return p if p in POLICIES else DEFAULT_MISSING_POLICY


def weight_mode(problem: Problem) -> str | None:
    """The stored mode, or ``None`` when the workbook says nothing."""
    mode = problem.settings.get(WEIGHT_MODE)
    return mode if mode in WEIGHT_MODES else None


def criteria_order(problem: Problem) -> list[str]:
    """The committee's order of importance (for ROC / rank sum), valid ids only."""
    ids = problem.criterion_ids
    order = [c for c in problem.settings.get(CRITERIA_ORDER, "").split("|") if c in ids]
    return order + [c for c in ids if c not in order]


def raw_params(problem: Problem) -> dict[str, str]:
    """Method parameters as ``{"topsis.normalization": "vector"}`` strings."""
    return {k[len(PARAM_PREFIX):]: v for k, v in problem.settings.items() if k.startswith(PARAM_PREFIX)}


def params(problem: Problem) -> dict[str, dict[str, Any]]:
    """Stored parameters parsed by the method registry (bad ones raise ``InputError``)."""
    from mcda.methods import parse_params

    raw = [f"{k}={v}" for k, v in raw_params(problem).items()]
    return dict(parse_params(raw)) if raw else {}


def param_key(method_id: str, name: str) -> str:
    return f"{PARAM_PREFIX}{method_id}.{name}"


def weights_for(problem: Problem) -> WeightsResult:
    """The weights of a run, with their provenance.

    The stored mode decides; without one: pairwise judgments in the workbook
    → AHP (the committee's aggregate with several members); otherwise the
    ``peso`` column (normalized, warned when it did not sum to 1); otherwise
    equal weights.
    """
    from mcda import weights

    mode = weight_mode(problem)
    if mode is None:
        mode = "ahp" if problem.judgments else "direct"
    if mode == "ahp" and problem.judgments:
        return weights.from_judgments(problem)
    if mode == "roc":
        return weights.rank_order_centroid(problem, criteria_order(problem))
    if mode == "rank_sum":
        return weights.rank_sum(problem, criteria_order(problem))
    if mode == "entropy":
        return weights.entropy(problem)
    if mode == "critic":
        return weights.critic(problem)
    if mode == "equal" or not problem.weights_given:
        return weights.equal(problem)
    return weights.direct(problem)


def run(
    problem: Problem,
    *,
    methods: Sequence[str] | None = None,
    params_by_method: Mapping[str, Mapping[str, Any]] | None = None,
    policy: str | None = None,
    input_sha256: str | None = None,
    resolved: Any = None,
) -> Any:
    """Rank a session: missing-value policy, weights by mode, the main method first.

    Explicit ``methods`` / ``params_by_method`` / ``policy`` override the
    stored ones.  Returns an :class:`mcda.analysis.Analysis` whose problem is
    the one after the missing-value policy.  ``resolved`` is what an earlier
    step already did with the missing values — a
    :class:`mcda.workbook.reader.ReadResult` or :class:`mcda.missing.MissingResult`
    (its ``imputations`` and ``excluded``) — so that the values a reader filled
    in are still marked, listed and explained in the output.
    """
    from mcda.analysis import analyze
    from mcda.missing import apply_missing_policy

    policy = policy or missing_policy(problem)
    missing = apply_missing_policy(problem, policy)
    prepared = missing.problem
    merged = params(problem)
    for m, p in (params_by_method or {}).items():
        merged[m] = {**merged.get(m, {}), **dict(p)}
    earlier_imputations = tuple(getattr(resolved, "imputations", ()))
    earlier_excluded = tuple(getattr(resolved, "excluded", ()))
    return analyze(prepared, methods, merged, weights=weights_for(prepared), input_sha256=input_sha256,
                   missing_policy=policy, main_method=main_method(problem),
                   imputations=earlier_imputations + missing.imputations,
                   excluded=earlier_excluded + missing.excluded)


#: Weight samples of the sensitivity analysis an export computes (modest: the export stays fast).
EXPORT_SAMPLES = 2_000
#: Its fixed seed, recorded in ``Metodologia`` and ``Sensibilidad``: the same input exports the same file.
EXPORT_SEED = 20_240_611


def export_sensitivity(analysis: Any, *, samples: int = EXPORT_SAMPLES, seed: int = EXPORT_SEED) -> Any:
    """The sensitivity analysis an export quotes: the main method, the run's weights,
    Dirichlet samples around them, critical changes for every cluster and the next.

    ``None`` when it cannot be computed (one cluster, a method the batch scorer cannot run).
    """
    from mcda.errors import McdaError
    from mcda.robustness import analyze_sensitivity

    problem, main = analysis.problem, analysis.main
    if samples <= 0 or len(problem.clusters) < 2:
        return None
    try:
        return analyze_sensitivity(problem, main.method, dict(main.parameters), weights=analysis.weights.weights,
                                   weights_method=analysis.weights.method, samples=samples, seed=seed,
                                   critical_pairs=len(problem.clusters) - 1)
    except McdaError:
        return None


def export_methodology(analysis: Any, sensitivity: Any) -> dict[str, Any]:
    """``Metodologia`` rows of the run plus the sensitivity sampling and the risk thresholds in force."""
    from mcda.justification import thresholds

    rows = dict(analysis.methodology)
    if sensitivity is not None:
        for key, value in sensitivity.sampling.items():
            rows[f"sensitivity.{key}"] = ", ".join(map(str, value)) if isinstance(value, list | tuple) else value
        rows["sensitivity.top_k"] = sensitivity.top_k
    for cid, limit in thresholds(analysis.problem).items():
        rows[f"justification.risk.{cid}"] = limit
    return rows


def written_problem(analysis: Any, original: Problem | None) -> Problem:
    """What an export writes back as its input sheets: the ranked problem, plus
    the clusters the policy ``exclude`` left out, taken from ``original`` (the
    problem before the policy) in its order, with their empty cells, and the
    policy stored in the session settings — so the output ranks the same, and
    can be ranked again with another policy.
    """
    import numpy as np

    problem: Problem = analysis.problem
    if original is None:
        return problem
    left_out = {c for c in analysis.excluded if c in original.cluster_ids and c not in problem.cluster_ids}
    if not left_out:
        return problem
    order = [c for c in original.cluster_ids if c in left_out or c in problem.cluster_ids]
    order += [c for c in problem.cluster_ids if c not in order]
    rows = []
    for cid in order:
        if cid in left_out:
            i = original.cluster_index(cid)
            rows.append([original.values[i, original.criterion_index(k)] if k in original.criterion_ids else np.nan
                         for k in problem.criterion_ids])
        else:
            rows.append(problem.values[problem.cluster_index(cid)].tolist())
    by_id = {c.id: c for c in (*original.clusters, *problem.clusters)}
    return problem.replace(clusters=tuple(by_id[c] for c in order), values=np.asarray(rows, dtype=float),
                           settings={**problem.settings, MISSING_POLICY: "exclude"})


def export(path: Path, analysis: Any, *, input_sha256: str | None, source_path: Path | None = None,
           trail: Any = None, lang: str = "es", sensitivity: Any = None, samples: int = EXPORT_SAMPLES,
           seed: int = EXPORT_SEED, justification: Any = None, original: Problem | None = None) -> None:
    """Write the output workbook of a run.

    It gets the input sheets (:func:`written_problem`: with ``original``, the
    problem before the missing-value policy, also the clusters the policy
    excluded), the justified ``Prioridades`` (:mod:`mcda.justification`),
    ``Pesos``, ``Sensibilidad`` (the given ``sensitivity``, otherwise one
    computed here with ``samples`` weight samples and the fixed ``seed``;
    ``samples=0`` leaves it out), ``Metodologia`` and the committee's sheets
    (``Integridad`` always, its record covering the cells of the workbook as
    built; ``Auditoria`` and ``Consistencia`` when there are judgments).  The
    audit trail is ``trail`` when the caller keeps one (the desktop app),
    otherwise the one continued from ``source_path`` (an earlier export) or
    started from the judgments as imported.
    """
    from mcda.committee.export import committee_sheets
    from mcda.committee.integrity import INTEGRITY_SHEET, complete_record, trail_for
    from mcda.justification import justify_analysis
    from mcda.workbook.writer import write_output

    problem = analysis.problem
    if sensitivity is None:
        sensitivity = export_sensitivity(analysis, samples=samples, seed=seed)
    if justification is None:
        justification = justify_analysis(analysis, sensitivity)
    if trail is None and problem.judgments:
        trail = trail_for(problem, source_path)
    written = written_problem(analysis, original)
    extra = committee_sheets(written, analysis.weights.weights, trail=trail)
    record = extra.pop(INTEGRITY_SHEET)
    write_output(path, problem, list(analysis.results), weights=analysis.weights,
                 methodology=export_methodology(analysis, sensitivity), input_sha256=input_sha256, lang=lang,
                 extra_sheets=extra, imputations=analysis.imputations, justification=justification,
                 sensitivity=sensitivity, input_problem=written, excluded=analysis.excluded,
                 finish=lambda wb: {INTEGRITY_SHEET: complete_record(record, wb)})
