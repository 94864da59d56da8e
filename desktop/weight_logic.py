"""How the weight controls keep the weights normalized (pure functions, no Qt).

Moving one criterion's weight changes the other *unlocked* criteria in
proportion to their current weights so the total stays 1; locked criteria keep
theirs.  The same rule applies between criterion groups, and the criteria of a
group keep their proportions inside it.
"""

from __future__ import annotations

from collections.abc import Sequence


def normalized(weights: Sequence[float]) -> list[float]:
    """``weights / sum``, or equal weights when the sum is not positive.

    >>> normalized([1, 1, 2])
    [0.25, 0.25, 0.5]
    """
    total = float(sum(weights))
    if total <= 0:
        return [1.0 / len(weights)] * len(weights) if weights else []
    return [float(w) / total for w in weights]


def set_one(weights: Sequence[float], index: int, value: float, locked: set[int] | frozenset[int] = frozenset()
            ) -> list[float]:
    """Set ``weights[index]`` to ``value``; the unlocked others absorb the change.

    The value is clamped to what the locked weights leave free.  With no
    unlocked criterion to absorb the change, nothing changes.

    >>> [round(w, 3) for w in set_one([0.5, 0.25, 0.25], 0, 0.7)]
    [0.7, 0.15, 0.15]
    >>> [round(w, 3) for w in set_one([0.5, 0.25, 0.25], 0, 0.7, locked={1})]
    [0.7, 0.25, 0.05]
    >>> [round(w, 3) for w in set_one([0.5, 0.25, 0.25], 0, 0.9, locked={1})]
    [0.75, 0.25, 0.0]
    """
    w = normalized(weights)
    n = len(w)
    free = [j for j in range(n) if j != index and j not in locked]
    if not free:
        return w
    locked_sum = sum(w[j] for j in range(n) if j != index and j in locked)
    value = min(max(float(value), 0.0), max(0.0, 1.0 - locked_sum))
    rest = max(0.0, 1.0 - locked_sum - value)
    free_sum = sum(w[j] for j in free)
    w[index] = value
    for j in free:
        w[j] = w[j] * rest / free_sum if free_sum > 0 else rest / len(free)
    return w


def group_totals(weights: Sequence[float], groups: Sequence[str]) -> dict[str, float]:
    """Sum of the weights of each group, in order of first appearance.

    >>> group_totals([0.2, 0.3, 0.5], ["A", "B", "A"])
    {'A': 0.7, 'B': 0.3}
    """
    totals: dict[str, float] = {}
    for w, g in zip(weights, groups):
        totals[g] = totals.get(g, 0.0) + float(w)
    return totals


def set_group(weights: Sequence[float], groups: Sequence[str], group: str, value: float,
              locked_groups: set[str] | frozenset[str] = frozenset()) -> list[float]:
    """Give ``group`` the total ``value``; other unlocked groups absorb the change.

    Criteria keep their proportions inside their group.

    >>> [round(x, 3) for x in set_group([0.2, 0.3, 0.5], ["A", "B", "A"], "B", 0.5)]
    [0.143, 0.5, 0.357]
    """
    w = normalized(weights)
    totals = group_totals(w, groups)
    names = list(totals)
    locked = {names.index(g) for g in locked_groups if g in totals}
    new_totals = set_one([totals[g] for g in names], names.index(group), value, locked)
    result = []
    counts = {g: sum(1 for x in groups if x == g) for g in names}
    for x, g in zip(w, groups):
        old = totals[g]
        target = new_totals[names.index(g)]
        result.append(x * target / old if old > 0 else target / counts[g])
    return result
