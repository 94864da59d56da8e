"""Small constructed cases for the monitoring tests, with their hand computation.

The main method is the default ``ahp`` synthesis in ideal mode (Belton & Gear
1983; Saaty 1994, as recorded in the run's ``Metodologia``): a benefit value is
rated ``x / max`` over the clusters, the score is ``Σ w_j · rating``.

Base case ``BASE`` (weights x 0.6, y 0.4)::

    A (10, 4): 0.6·10/10 + 0.4·4/10 = 0.76   -> 1
    B ( 6, 8): 0.6·6/10  + 0.4·8/10 = 0.68   -> 2
    C ( 2,10): 0.6·2/10  + 0.4·10/10 = 0.52  -> 3

Only the data change (C's x 2 → 10; same weights)::

    A 0.76 -> 2, B 0.68 -> 3, C 0.6·1 + 0.4·1 = 1.00 -> 1

Only the weights change (x 0.2, y 0.8; same data)::

    A 0.2 + 0.4·0.4 = 0.52 -> 3, B 0.2·0.6 + 0.8·0.8 = 0.76 -> 2, C 0.2·0.2 + 0.8 = 0.84 -> 1

Both (C's x 10 and weights 0.2 / 0.8)::

    A 0.2 + 0.32 = 0.52 -> 3, B 0.12 + 0.64 = 0.76 -> 2, C 0.2 + 0.8 = 1.00 -> 1
    with the base weights (0.6 / 0.4): A 0.76 -> 2, B 0.68 -> 3, C 1.00 -> 1
"""

from __future__ import annotations

from mcda.monitoring.baseline import Snapshot, snapshot_from_analysis
from mcda.problem import Cluster, Criterion, Direction, Problem
from mcda.session import run

CLUSTERS = (Cluster("A", "Alfa"), Cluster("B", "Beta"), Cluster("C", "Gamma"))


def problem(values: list[list[float]], wx: float = 0.6, wy: float = 0.4,
            clusters: tuple[Cluster, ...] = CLUSTERS) -> Problem:
    criteria = (Criterion("x", "Equis", "G1", weight=wx), Criterion("y", "Ye", "G2", weight=wy))
    return Problem(clusters, criteria, values)


BASE = [[10.0, 4.0], [6.0, 8.0], [2.0, 10.0]]
NEW_DATA = [[10.0, 4.0], [6.0, 8.0], [10.0, 10.0]]


def snap(p: Problem, label: str = "") -> Snapshot:
    return snapshot_from_analysis(run(p), p, label=label)


def cost_problem() -> Problem:
    """One benefit and one cost criterion (for better/worse)."""
    criteria = (Criterion("emp", "Empleo", weight=1.0), Criterion("hhi", "HHI", direction=Direction.COST, weight=1.0))
    return Problem(CLUSTERS, criteria, [[100.0, 3000.0], [80.0, 1000.0], [50.0, 2000.0]])
