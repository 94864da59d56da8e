"""One run of the whole pipeline: weights, methods, methodology record.

Used by the command line, the desktop app and the report, so they all give
the same answer for the same problem.

Data flows one way: workbook → :class:`~mcda.problem.Problem` →
:class:`~mcda.results.WeightsResult` → :class:`~mcda.results.RankResult` per
method → justification / export.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mcda import __version__
from mcda.errors import Issue, Severity
from mcda.problem import Problem
from mcda.results import RankResult, WeightsResult

DEFAULT_MAIN_METHOD = "ahp"


@dataclass(frozen=True)
class Analysis:
    """Everything one run produced."""

    problem: Problem
    weights: WeightsResult
    results: tuple[RankResult, ...]
    methodology: Mapping[str, Any] = field(default_factory=dict)
    skipped: tuple[Issue, ...] = ()
    imputations: tuple[Any, ...] = ()
    excluded: tuple[str, ...] = ()  # clusters the missing-value policy ``exclude`` left out

    @property
    def main(self) -> RankResult:
        return self.results[0]

    @property
    def warnings(self) -> tuple[Issue, ...]:
        seen: list[Issue] = []
        for issue in (*self.weights.warnings, *(w for r in self.results for w in r.warnings), *self.skipped):
            if issue not in seen:
                seen.append(issue)
        return tuple(seen)

    def result(self, method: str) -> RankResult | None:
        return next((r for r in self.results if r.method == method), None)


def derive_weights(problem: Problem) -> WeightsResult:
    """The weights a run uses (see :func:`mcda.session.weights_for`)."""
    from mcda.session import weights_for

    return weights_for(problem)


def analyze(
    problem: Problem,
    methods: Sequence[str] | None = None,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    weights: WeightsResult | None = None,
    input_sha256: str | None = None,
    missing_policy: str = "error",
    extra_methodology: Mapping[str, Any] | None = None,
    main_method: str = DEFAULT_MAIN_METHOD,
    imputations: Sequence[Any] = (),
    excluded: Sequence[str] = (),
) -> Analysis:
    """Rank ``problem`` with every method in ``methods`` (the first is the main one).

    Without ``methods``: ``main_method`` first, then every other method that
    can run on these data (those that cannot are reported as warnings).
    """
    from mcda import methods as registry

    wres = weights if weights is not None else derive_weights(problem)
    skipped: tuple[Issue, ...] = ()
    if methods:
        # Methods the user asked for by name must all run.
        chosen = list(methods)
        results = registry.run_many(problem, chosen, params or {}, weights=wres.weights.to_numpy())
    else:
        # The default set: the main method must run; a comparison method that
        # cannot (e.g. COPRAS on negative values) is reported and left out.
        chosen = [main_method] + [m for m in registry.METHOD_IDS if m != main_method]
        results = [registry.run(problem, main_method, (params or {}).get(main_method),
                                weights=wres.weights.to_numpy())]
        others, failed = registry.run_available(problem, chosen[1:], params or {}, weights=wres.weights.to_numpy())
        results += others
        ran = {r.method for r in results}
        skipped = tuple(i.as_warning() for i in failed) + tuple(
            Issue("analysis.method_skipped", params={"method": m}, severity=Severity.WARNING)
            for m in chosen if m not in ran
        )
    methodology: dict[str, Any] = {
        "program": f"clusterprio {__version__}",
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "input_sha256": input_sha256 or "",
        "clusters": len(problem.clusters),
        "criteria": len(problem.criteria),
        "main_method": chosen[0],
        "methods": ", ".join(r.method for r in results),
        "weights_method": wres.method,
        "missing_policy": missing_policy,
        "tie_rule": "writer.value.tie_rule",  # a catalogue code: the sheet writes it in its language
    }
    for r in results:
        for key, value in r.parameters.items():
            methodology[f"{r.method}.{key}"] = value
        if r.convention:
            methodology[f"{r.method}.convention"] = r.convention
    if skipped:
        methodology["methods_skipped"] = ", ".join(m for m in chosen if m not in {r.method for r in results})
    for key, value in wres.details.items():
        methodology[f"weights.{key}"] = value
    if excluded:
        methodology["excluded_clusters"] = ", ".join(excluded)
    methodology.update(extra_methodology or {})
    return Analysis(problem=problem, weights=wres, results=tuple(results), methodology=methodology,
                    skipped=skipped, imputations=tuple(imputations), excluded=tuple(excluded))
