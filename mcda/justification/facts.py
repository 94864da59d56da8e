"""The facts behind each cluster's justification (numbers only; the words are in :mod:`.render`).

:func:`justify` gathers, for every cluster of a run: its rank and score, the
criteria that lift it above the average cluster and those that hold it back
(:mod:`.contributions`), the margin to the next cluster and the smallest
single weight change that would swap them (the robustness thresholds: exact
for ``ahp``/``wsm`` and PROMETHEE II, bisection for the other methods), how
firm its place is (rank acceptability, robust top-k), risk flags
(:mod:`.risk`), data notes (source and year, imputed values) and the policy
goals answering its weakest group (:mod:`.policy`), plus the committee's
annotation and edited policy text from the session settings.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from mcda.justification import policy as policy_mod
from mcda.justification.contributions import Contributions, contributions
from mcda.justification.risk import RiskFlag, risk_flags
from mcda.problem import Problem
from mcda.results import RankResult

#: Setting key prefix of the committee's annotation of a cluster: ``note.<cluster id>``.
NOTE_PREFIX = "note."
#: A criterion's data is "old" when it is this many years older than the newest criterion.
OLD_DATA_YEARS = 10
#: Named criteria: the strongest lifts and the strongest holds.
LIFTS, HOLDS = 3, 2
#: Words for how firm a place is, firmest first (:attr:`Firmness.level`).
FIRMNESS_LEVELS = ("very_firm", "firm", "moderate", "fragile")
#: Least share of samples keeping exactly the place, for each level but the last.
FIRM_SHARES = (0.90, 0.60, 0.30)
#: Widest 90 % rank interval (highest minus lowest rank), for each level but the last.
FIRM_WIDTHS = (0, 2, 5)


@dataclass(frozen=True)
class Margin:
    """Distance to the next cluster in the list and the weight change that would swap them."""

    next_id: str
    next_rank: int
    difference: float  # |score - next score|, >= 0
    tied: bool
    line: str | None = None  # criterion id or group name of the smallest swapping change
    kind: str = "criterion"  # "criterion" | "group"
    weight: float = math.nan  # its current weight
    threshold: float = math.nan  # the weight at which the two tie
    exact: bool = True

    @property
    def change(self) -> float:
        return self.threshold - self.weight

    @property
    def relative(self) -> float | None:
        return self.change / self.weight if self.weight > 0 else None


@dataclass(frozen=True)
class Firmness:
    """How often the cluster keeps its place when the weights vary (Monte Carlo)."""

    share: float  # share of samples with exactly this rank
    top_k: int
    top_k_probability: float
    interval: tuple[int, int]  # 90 % rank interval
    samples: int
    robust: bool  # in the robust top-k

    @property
    def level(self) -> str:
        """The word for the place: the weaker of what the two figures of the sentence say.

        ============  ========================  ===========================
        level         keeps exactly its place   90 % rank interval spans
        ============  ========================  ===========================
        ``very_firm`` in >= 90 % of the samples  one place
        ``firm``      in >= 60 %                 at most 3 places (width 2)
        ``moderate``  in >= 30 %                 at most 6 places (width 5)
        ``fragile``   otherwise                  otherwise
        ============  ========================  ===========================

        Both conditions must hold, so a place kept in 53 % of the samples is
        never called firmer than one kept in 61 % with the same interval, and a
        narrow interval alone (the cluster often one place away) does not make
        a place firm.

        >>> f = Firmness(0.534, 5, 0.0, (9, 11), 2000, False)
        >>> f.level, Firmness(0.608, 5, 0.0, (8, 12), 2000, False).level
        ('moderate', 'moderate')
        >>> Firmness(0.95, 5, 1.0, (1, 1), 2000, True).level, Firmness(0.95, 5, 1.0, (1, 2), 2000, True).level
        ('very_firm', 'firm')
        >>> Firmness(0.875, 5, 0.0, (19, 20), 2000, False).level, Firmness(0.2, 5, 0.0, (3, 4), 2000, False).level
        ('firm', 'fragile')
        """
        width = self.interval[1] - self.interval[0]
        by_share = next((i for i, s in enumerate(FIRM_SHARES) if self.share >= s - 1e-12), len(FIRM_SHARES))
        by_width = next((i for i, w in enumerate(FIRM_WIDTHS) if width <= w), len(FIRM_WIDTHS))
        return FIRMNESS_LEVELS[max(by_share, by_width)]


@dataclass(frozen=True)
class DataNote:
    """Provenance of the data a justification relies on."""

    source_criterion: str | None = None
    source: str = ""
    year: str = ""
    imputed: tuple[tuple[str, str], ...] = ()  # (criterion, policy)
    old: tuple[tuple[str, str], ...] = ()  # (criterion, year) of named criteria with old data


@dataclass(frozen=True)
class Suggestion:
    """Policy goals answering the weakest group; ``text`` is the committee's own when it edited it."""

    group: str | None
    criterion: str | None
    goals: tuple[str, ...]
    text: str = ""

    @property
    def edited(self) -> bool:
        return bool(self.text.strip())


@dataclass(frozen=True)
class ClusterFacts:
    """Everything a cluster's justification says, as numbers and ids."""

    id: str
    name: str
    rank: int
    count: int
    score: float
    method: str
    tied_with: tuple[str, ...]
    lifts: tuple[tuple[str, float], ...]
    holds: tuple[tuple[str, float], ...]
    above: int  # criteria above the average cluster
    criteria: int
    margin: Margin | None
    firmness: Firmness | None
    other_ranks: tuple[tuple[str, int | None], ...]
    risks: tuple[RiskFlag, ...]
    data: DataNote
    policy: Suggestion
    note: str = ""


@dataclass(frozen=True)
class Justification:
    """The facts of every cluster, best first, and the decomposition they come from."""

    method: str
    clusters: tuple[ClusterFacts, ...]
    contributions: Contributions
    problem: Problem = field(repr=False)

    def __getitem__(self, cluster_id: str) -> ClusterFacts:
        return next(c for c in self.clusters if c.id == cluster_id)

    def parts(self, cluster_id: str, lang: str = "es") -> dict[str, str]:
        """Every part of a cluster's text (see :data:`mcda.justification.render.PARTS`)."""
        from mcda.justification.render import Renderer

        return Renderer(self.problem, lang).parts(self[cluster_id])

    def text(self, cluster_id: str, lang: str = "es") -> str:
        """The main justification paragraph (position to method agreement)."""
        from mcda.justification.render import Renderer

        return Renderer(self.problem, lang).text(self[cluster_id])

    @property
    def order(self) -> list[str]:
        return [c.id for c in self.clusters]


def _year(text: str) -> int | None:
    m = re.search(r"(1[89]|20)\d\d", str(text))
    return int(m.group(0)) if m else None


def _crossings(problem: Problem, main: RankResult, weights: pd.Series, sensitivity: Any) -> dict[str, Any]:
    """The smallest single-criterion weight change swapping each cluster with the next.

    Taken from ``sensitivity`` for the pairs it examined, computed here
    (:func:`mcda.robustness.critical_changes`) for the others.
    """
    pairs: list[Any] = []
    covered: set[str] = set()
    if sensitivity is not None and sensitivity.method == main.method:
        covered = {upper for upper, _ in sensitivity.thresholds.pairs}
        pairs.extend(sensitivity.thresholds.crossings)
    if any(cid not in covered for cid in main.order[:-1]):
        from mcda.errors import McdaError
        from mcda.robustness import critical_changes, make_scorer

        try:
            scorer = make_scorer(problem, main.method, dict(main.parameters))
            w = weights.reindex(problem.criterion_ids).to_numpy(dtype=float)
            th = critical_changes(scorer, w / w.sum(), max(1, len(problem.clusters) - 1), groups=None)
        except (McdaError, ValueError, KeyError):
            th = None  # the margin is still stated, without the swapping weight change
        if th is not None:
            pairs.extend(c for c in th.crossings if c.upper not in covered)
    found: dict[str, Any] = {}
    for c in pairs:
        if c.kind != "criterion" or c.tied:
            continue
        if c.upper not in found or abs(c.change) < abs(found[c.upper].change):
            found[c.upper] = c
    return found


def _margin(cid: str, main: RankResult, crossing: Any) -> Margin | None:
    order = main.order
    pos = order.index(cid)
    if pos + 1 >= len(order):
        return None
    nxt = order[pos + 1]
    diff = abs(float(main.scores[cid]) - float(main.scores[nxt]))
    next_rank = int(main.ranks[nxt])
    tied = int(main.ranks[cid]) == next_rank
    if crossing is None or crossing.lower != nxt or tied:
        return Margin(nxt, next_rank, diff, tied)
    return Margin(nxt, next_rank, diff, tied, crossing.line, crossing.kind, float(crossing.weight),
                  float(crossing.threshold),
                  bool(crossing.exact))


def _firmness(cid: str, rank: int, sensitivity: Any) -> Firmness | None:
    if sensitivity is None:
        return None
    acc = sensitivity.acceptability
    if cid not in acc.shares.index:
        return None
    interval = acc.rank_interval()
    return Firmness(share=float(acc.shares.loc[cid, rank]), top_k=int(acc.top_k),
                    top_k_probability=float(acc.top_k_probability[cid]),
                    interval=(int(interval.loc[cid, "lo"]), int(interval.loc[cid, "hi"])),
                    samples=int(acc.samples), robust=cid in set(sensitivity.robust_top_k))


def _data_note(problem: Problem, cid: str, named: Sequence[str], imputations: Sequence[Any]) -> DataNote:
    years = [y for y in (_year(c.year) for c in problem.criteria) if y is not None]
    newest = max(years) if years else None
    old = tuple((c, problem.criterion(c).year) for c in named
                if newest is not None and (y := _year(problem.criterion(c).year)) is not None
                and newest - y >= OLD_DATA_YEARS)
    imputed = tuple((str(i.criterion), str(i.policy)) for i in imputations if str(i.cluster) == cid)
    first = named[0] if named else None
    crit = problem.criterion(first) if first else None
    return DataNote(first, crit.source.strip() if crit else "", str(crit.year).strip() if crit else "", imputed, old)


def _suggestion(problem: Problem, contrib: Contributions, cid: str) -> Suggestion:
    group = contrib.weakest_group(cid)
    criterion = None
    if group is not None:
        d = contrib.delta.loc[cid, list(contrib.groups[group])]
        criterion = str(d.idxmin())
    else:
        holds = contrib.holding_back(cid, 1)
        criterion = holds[0][0] if holds else None
    own = problem.settings.get(policy_mod.setting_key(cid), "")
    if group is None and criterion is None:
        return Suggestion(None, None, (), own)
    return Suggestion(group, criterion, policy_mod.goals_for(criterion, group), own)


def justify(
    problem: Problem,
    results: Sequence[RankResult],
    weights: Sequence[float] | pd.Series,
    *,
    sensitivity: Any = None,
    imputations: Sequence[Any] = (),
    thresholds: Mapping[str, float | None] | None = None,
) -> Justification:
    """The facts of every cluster's justification, best first under ``results[0]``.

    Parameters
    ----------
    problem : Problem
        The ranked problem (after the missing-value policy).
    results : sequence of RankResult
        The main method first; the others are quoted as "rank under each method".
    weights : sequence or Series
        The weights of the run (criterion order or labelled).
    sensitivity : mcda.robustness.Sensitivity, optional
        Gives the firmness figures and the critical weight changes; without it
        the critical changes are computed here (no Monte Carlo).
    imputations : sequence of mcda.missing.Imputation
        Values filled in by the missing-value policy.
    thresholds : mapping, optional
        Risk thresholds overriding the session's (``None`` switches a rule off).
    """
    main = results[0]
    w = weights.reindex(problem.criterion_ids).astype(float) if isinstance(weights, pd.Series) else pd.Series(
        np.asarray(weights, dtype=float), index=problem.criterion_ids)
    contrib = contributions(problem, main, w)
    crossings = _crossings(problem, main, w, sensitivity)
    flags: dict[str, list[RiskFlag]] = {}
    for f in risk_flags(problem, thresholds):
        flags.setdefault(f.cluster, []).append(f)
    names = {c.id: c.name for c in problem.clusters}
    out = []
    for cid in main.order:
        rank = int(main.ranks[cid])
        lifts = tuple(contrib.lifting(cid, LIFTS))
        holds = tuple(contrib.holding_back(cid, HOLDS))
        others = tuple((r.method, None if cid not in r.ranks.index or pd.isna(r.ranks[cid]) else int(r.ranks[cid]))
                       for r in results[1:])
        out.append(ClusterFacts(
            id=cid, name=names.get(cid, cid), rank=rank, count=len(main.ranks), score=float(main.scores[cid]),
            method=main.method, tied_with=tuple(o for o in main.order if o != cid and int(main.ranks[o]) == rank),
            lifts=lifts, holds=holds, above=contrib.above_count(cid), criteria=len(problem.criteria),
            margin=_margin(cid, main, crossings.get(cid)), firmness=_firmness(cid, rank, sensitivity),
            other_ranks=others, risks=tuple(flags.get(cid, ())),
            data=_data_note(problem, cid, [c for c, _ in lifts + holds], imputations),
            policy=_suggestion(problem, contrib, cid),
            note=problem.settings.get(NOTE_PREFIX + cid, ""),
        ))
    return Justification(main.method, tuple(out), contrib, problem)
