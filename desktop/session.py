"""Session state kept in ``Problem.settings`` (str -> str).

Saving writes ``problem.settings`` into the workbook's hidden ``_clusterprio``
sheet, so everything the committee chose — main method, method parameters,
missing-value policy, weighting mode, criteria order — travels with the file and
is restored on reopening.  Keys are declared once here.
"""

from __future__ import annotations

from collections.abc import Mapping

from mcda.problem import Problem

METHOD = "gui.method"
MISSING_POLICY = "gui.missing_policy"
WEIGHT_MODE = "gui.weights.mode"
CRITERIA_ORDER = "gui.weights.order"
PARAM_PREFIX = "gui.param."

DEFAULT_METHOD = "topsis"
DEFAULT_MISSING_POLICY = "error"

#: How the current weights were obtained.
WEIGHT_MODES = ("direct", "equal", "groups", "roc", "rank_sum", "entropy", "critic", "ahp")


def method(problem: Problem) -> str:
    return problem.settings.get(METHOD, DEFAULT_METHOD)


def missing_policy(problem: Problem) -> str:
    return problem.settings.get(MISSING_POLICY, DEFAULT_MISSING_POLICY)


def weight_mode(problem: Problem) -> str:
    mode = problem.settings.get(WEIGHT_MODE, "direct")
    return mode if mode in WEIGHT_MODES else "direct"


def criteria_order(problem: Problem) -> list[str]:
    """The committee's order of importance (for ROC / rank sum), valid ids only."""
    text = problem.settings.get(CRITERIA_ORDER, "")
    ids = problem.criterion_ids
    order = [c for c in text.split("|") if c in ids]
    return order + [c for c in ids if c not in order]


def params(problem: Problem) -> dict[str, str]:
    """Method parameters as ``{"topsis.normalization": "vector"}`` strings."""
    return {k[len(PARAM_PREFIX):]: v for k, v in problem.settings.items() if k.startswith(PARAM_PREFIX)}


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


def param_key(method_id: str, name: str) -> str:
    return f"{PARAM_PREFIX}{method_id}.{name}"
