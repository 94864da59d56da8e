"""Robustness of a ranking to the weights and to the method (issue 5).

Public API::

    analyze_sensitivity(problem, method="ahp", params=None, *, weights=None, scheme="dirichlet",
                        samples=10_000, seed=None, concentration=100, spread=0.2, top_k=5,
                        progress=None, ...) -> Sensitivity
    Sensitivity.to_json(lang) / .to_frames(lang=None) / .summary() / .critical_for(id)

    make_scorer(problem, method, params) -> BatchScorer      # many weight vectors at once
    dirichlet / uniform / from_members -> WeightSamples       # seeded weight samples
    monte_carlo(scorer, samples, top_k, progress=None) -> Acceptability
    critical_changes(scorer, weights, top_k, groups=None) -> Thresholds
    sweeps(scorer, weights, groups=None, points=101) -> tuple[Sweep, ...]
    method_agreement(results, top_k, top_k_probability) -> Agreement
    rank_reversal(problem, method, params=None, weights=None) -> ReversalCheck
    Cancelled                                                 # raised when progress() returns False

Every module is Qt-free; a GUI calls :func:`analyze_sensitivity` in a worker
thread with a ``progress`` callback that returns ``False`` to cancel.
"""

from mcda.robustness.acceptability import Acceptability
from mcda.robustness.agreement import Agreement, method_agreement
from mcda.robustness.batch import BatchScorer, make_scorer
from mcda.robustness.engine import analyze_sensitivity, member_weights
from mcda.robustness.montecarlo import Cancelled, monte_carlo
from mcda.robustness.report import Sensitivity
from mcda.robustness.reversal import ReversalCheck, rank_reversal
from mcda.robustness.sampling import WeightSamples, dirichlet, from_members, uniform
from mcda.robustness.sweep import Sweep, sweeps
from mcda.robustness.thresholds import Crossing, StabilityInterval, Thresholds, critical_changes

__all__ = [
    "Acceptability", "Agreement", "BatchScorer", "Cancelled", "Crossing", "ReversalCheck", "Sensitivity",
    "StabilityInterval", "Sweep", "Thresholds", "WeightSamples", "analyze_sensitivity", "critical_changes",
    "dirichlet", "from_members", "make_scorer", "member_weights", "method_agreement", "monte_carlo",
    "rank_reversal", "sweeps", "uniform",
]
