"""Session state kept in ``Problem.settings`` (str -> str).

Saving writes ``problem.settings`` into the workbook's hidden ``_clusterprio``
sheet, so everything the committee chose — main method, method parameters,
missing-value policy, weighting mode, criteria order — travels with the file and
is restored on reopening.  Keys are declared once, in :mod:`mcda.session`.
"""

from __future__ import annotations

from collections.abc import Mapping

from mcda import session as engine
from mcda.problem import Problem

# Keys are the engine's (mcda.session), so the command line reads the same
# choices from a workbook the app saved.
METHOD = engine.METHOD
MISSING_POLICY = engine.MISSING_POLICY
WEIGHT_MODE = engine.WEIGHT_MODE
CRITERIA_ORDER = engine.CRITERIA_ORDER
PARAM_PREFIX = engine.PARAM_PREFIX

DEFAULT_METHOD = engine.DEFAULT_METHOD
DEFAULT_MISSING_POLICY = engine.DEFAULT_MISSING_POLICY

#: How the current weights were obtained.
WEIGHT_MODES = engine.WEIGHT_MODES


method = engine.main_method
missing_policy = engine.missing_policy
criteria_order = engine.criteria_order
params = engine.raw_params
param_key = engine.param_key


def weight_mode(problem: Problem) -> str:
    """The mode shown in the Pesos step (the engine's default when none is stored)."""
    return engine.weight_mode(problem) or ("ahp" if problem.judgments else "direct")


def method_params(problem: Problem, method_id: str) -> dict[str, str]:
    prefix = method_id + "."
    return {k[len(prefix):]: v for k, v in params(problem).items() if k.startswith(prefix)}


def with_settings(problem: Problem, changes: Mapping[str, str | None]) -> Problem:
    """New problem with these settings changed (``None`` removes a key)."""
    settings = dict(problem.settings)
    for key, value in changes.items():
        if value is None:
            settings.pop(key, None)
        else:
            settings[key] = value
    return problem.replace(settings=settings)


#: Settings that hold the committee's words about the ranking (annotations, policy texts, risk
#: thresholds of :mod:`mcda.justification`): they change what is written, not what is ranked.
COMMITTEE_TEXT_PREFIXES = ("note.", "policy.", "risk.")


def ranked_part(problem: Problem) -> Problem:
    """``problem`` without the committee's words (what a ranking or a sensitivity analysis depends on)."""
    kept = {k: v for k, v in problem.settings.items() if not k.startswith(COMMITTEE_TEXT_PREFIXES)}
    return problem if len(kept) == len(problem.settings) else problem.replace(settings=kept)


def same_ranking(a: Problem | None, b: Problem | None) -> bool:
    """Whether ``a`` and ``b`` differ at most in the committee's words."""
    if a is None or b is None:
        return a is b
    return a is b or ranked_part(a) == ranked_part(b)
