"""The result of a sensitivity analysis, as JSON and as tables for a ``Sensibilidad`` sheet.

:class:`Sensitivity` gathers what :func:`mcda.robustness.analyze_sensitivity`
computed.  :meth:`Sensitivity.to_json` is the document printed by
``clusterprio-cli sensitivity --json``; :meth:`Sensitivity.to_frames` gives
the tables an exporter writes (column names are stable keys; with ``lang``
they are translated through the message catalogue, codes
``robustness.col.<key>``, and :func:`frame_title` gives each table's title).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, cast

import pandas as pd

from mcda.errors import Issue
from mcda.results import RankResult
from mcda.robustness.acceptability import Acceptability
from mcda.robustness.agreement import Agreement
from mcda.robustness.reversal import ReversalCheck
from mcda.robustness.sweep import Sweep
from mcda.robustness.thresholds import Crossing, Thresholds

#: Tables of :meth:`Sensitivity.to_frames`, in sheet order.
FRAMES = ("parameters", "summary", "acceptability", "critical", "stability", "changes", "methods",
          "correlations", "reversal")


def _num(x: Any, digits: int = 10) -> Any:
    """JSON-safe number: rounded, ``None`` for NaN/inf."""
    if x is None:
        return None
    v = float(x)
    return round(v, digits) if math.isfinite(v) else None


@dataclass(frozen=True)
class Sensitivity:
    """Everything one sensitivity analysis produced.

    Attributes
    ----------
    method, parameters : the main method and its resolved parameters
    weights : Series
        The committee's weights the analysis is centred on.
    weights_method : str
        How they were obtained (``direct``, ``ahp_committee`` ...).
    base : RankResult
        The deterministic ranking.
    sampling : Mapping
        ``scheme``, ``samples``, ``seed`` and the scheme's parameters.
    acceptability : Acceptability
    thresholds : Thresholds
    sweeps : tuple of Sweep
    agreement : Agreement or None
    reversal : ReversalCheck or None
    warnings : tuple of Issue
    """

    method: str
    parameters: Mapping[str, Any]
    weights: pd.Series
    weights_method: str
    base: RankResult
    sampling: Mapping[str, Any]
    acceptability: Acceptability
    thresholds: Thresholds
    sweeps: tuple[Sweep, ...] = ()
    agreement: Agreement | None = None
    reversal: ReversalCheck | None = None
    names: Mapping[str, str] = field(default_factory=dict)
    warnings: tuple[Issue, ...] = ()

    def __post_init__(self) -> None:
        for name in ("parameters", "sampling", "names"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))
        object.__setattr__(self, "sweeps", tuple(self.sweeps))
        object.__setattr__(self, "warnings", tuple(self.warnings))

    # -- convenience --------------------------------------------------------
    @property
    def top_k(self) -> int:
        return self.acceptability.top_k

    @property
    def seed(self) -> int:
        return int(self.sampling["seed"])

    @property
    def order(self) -> list[str]:
        return self.base.order

    @property
    def robust_top_k(self) -> tuple[str, ...]:
        return self.agreement.robust_top_k if self.agreement is not None else ()

    def critical_for(self, cluster_id: str) -> Crossing | None:
        """The smallest weight change that swaps ``cluster_id`` with the next cluster
        (``None`` outside the examined pairs or when no single weight change does it)."""
        found = [c for c in self.thresholds.crossings if c.upper == cluster_id]
        return min(found, key=lambda c: abs(c.change)) if found else None

    def sweep(self, line: str) -> Sweep:
        return next(s for s in self.sweeps if s.line == line)

    def summary(self) -> pd.DataFrame:
        """One row per cluster, best first: rank, score, top-k probability, 90 % interval,
        expected and modal rank, rank under each method, robust top-k flag."""
        acc = self.acceptability
        ids = self.order
        interval = acc.rank_interval()
        df = pd.DataFrame({
            "id": ids,
            "name": [self.names.get(i, "") for i in ids],
            "rank": [int(self.base.ranks[i]) for i in ids],
            "score": [float(self.base.scores[i]) for i in ids],
            "top_k_probability": acc.top_k_probability.reindex(ids).to_numpy(),
            "rank_lo": interval["lo"].reindex(ids).to_numpy(),
            "rank_hi": interval["hi"].reindex(ids).to_numpy(),
            "expected_rank": acc.expected_rank.reindex(ids).to_numpy(),
            "modal_rank": acc.modal_rank.reindex(ids).to_numpy(),
        })
        if self.agreement is not None:
            for m in self.agreement.methods:
                df[f"rank_{m}"] = self.agreement.ranks[m].reindex(ids).to_numpy()
            robust = set(self.agreement.robust_top_k)
            df["robust"] = [i in robust for i in ids]
        return df

    # -- JSON -------------------------------------------------------------
    def to_json(self, lang: str = "es") -> dict[str, Any]:
        """The ``sensitivity --json`` document (deterministic for a given seed)."""
        from mcda.text import render

        acc = self.acceptability
        shares = acc.shares
        interval = acc.rank_interval()
        prob = acc.top_k_probability
        expected = acc.expected_rank
        robust = set(self.robust_top_k)
        clusters = [{
            "id": i,
            "name": self.names.get(i, ""),
            "rank": int(self.base.ranks[i]),
            "score": _num(self.base.scores[i]),
            "acceptability": [_num(v) for v in cast(pd.Series, shares.loc[i]).tolist()],  # ids are unique
            "top_k_probability": _num(prob[i]),
            "rank_interval": [int(interval["lo"].loc[i]), int(interval["hi"].loc[i])],
            "expected_rank": _num(expected[i]),
            "robust": i in robust,
        } for i in self.order]
        critical = [{
            "position": c.position, "upper": c.upper, "lower": c.lower, "criterion": c.line, "kind": c.kind,
            "weight": _num(c.weight), "threshold": _num(c.threshold), "change": _num(c.change),
            "relative": _num(c.relative), "direction": c.direction, "exact": c.exact,
            "tolerance": _num(c.tolerance, 14), "tied": c.tied,
        } for c in sorted(self.thresholds.crossings, key=lambda c: (c.position, abs(c.change)))]
        doc: dict[str, Any] = {
            "method": self.method,
            "parameters": {k: v for k, v in self.parameters.items()},
            "samples": int(self.sampling["samples"]),
            "seed": self.seed,
            "scheme": self.sampling["scheme"],
            "concentration": _num(self.sampling.get("concentration")),
            "spread": _num(self.sampling.get("spread")),
            "top_k": self.top_k,
            "weights": {k: _num(v) for k, v in self.weights.items()},
            "weights_method": self.weights_method,
            "clusters": clusters,
            "critical": critical,
            "stability": [{"criterion": i.line, "kind": i.kind, "weight": _num(i.weight), "lo": _num(i.lo),
                           "hi": _num(i.hi), "exact": i.exact} for i in self.thresholds.intervals],
            "agreement": self._agreement_json(lang),
            "reversal": self._reversal_json(lang),
            "warnings": [render(w, lang) for w in self.warnings],
        }
        if "mode" in self.sampling:
            doc["members"] = {"mode": self.sampling["mode"], "members": list(self.sampling.get("members", []))}
        return doc

    def _agreement_json(self, lang: str) -> dict[str, Any] | None:
        from mcda.text import render

        a = self.agreement
        if a is None:
            return None
        return {
            "methods": list(a.methods),
            "ranks": {m: {i: int(a.ranks[m].loc[i]) for i in self.order} for m in a.methods},
            **{name: [[_num(v) for v in row] for row in a.correlations[name].to_numpy().tolist()]
               for name in a.correlations},
            "robust_top_k": list(a.robust_top_k),
            "level": a.level,
            "failed": [render(i, lang) for i in a.failed],
        }

    def _reversal_json(self, lang: str) -> dict[str, Any] | None:
        from mcda.text import render

        r = self.reversal
        if r is None:
            return None
        return {
            "method": r.method,
            "any_reversal": r.any_reversal,
            "changes": [{"removed": c.removed, "first": c.first, "second": c.second, "before": c.before,
                         "after": c.after, "strict": c.strict} for c in r.changes],
            "failed": [{"removed": k, "reason": render(i, lang)} for k, i in r.failed],
        }

    # -- tables for the Sensibilidad sheet -----------------------------------
    def to_frames(self, lang: str | None = None) -> dict[str, pd.DataFrame]:
        """Tables for an exporter, keyed by :data:`FRAMES` (absent parts are left out).

        ``parameters`` (key, value), ``summary`` (see :meth:`summary`),
        ``acceptability`` (clusters x ranks, shares), ``critical``
        (:meth:`Thresholds.table`), ``stability`` (intervals, tornado order), ``changes``
        (the sweeps' change points that move a cluster of the top-k; the
        :attr:`sweeps` keep all of them), ``methods`` (ranks side by side),
        ``correlations`` (long form: coefficient, method, other, value),
        ``reversal`` (order changes).
        """
        params = [("method", self.method), *((f"{self.method}.{k}", v) for k, v in self.parameters.items()),
                  ("weights_method", self.weights_method),
                  *((f"sampling.{k}", v if not isinstance(v, (list, tuple)) else ", ".join(map(str, v)))
                    for k, v in self.sampling.items()),
                  ("top_k", self.top_k)]
        frames: dict[str, pd.DataFrame] = {
            "parameters": pd.DataFrame(params, columns=["key", "value"]),
            "summary": self.summary(),
            "acceptability": self.acceptability.shares.reindex(self.order).rename_axis("id").reset_index(),
            "critical": self.thresholds.table(),
            "stability": self.thresholds.tornado(),
        }
        if self.sweeps:
            top = set(self.order[: self.top_k])
            changes = pd.concat([s.change_table() for s in self.sweeps], ignore_index=True)
            frames["changes"] = changes[changes["rises"].isin(top) | changes["falls"].isin(top)].reset_index(
                drop=True)
        if self.agreement is not None:
            frames["methods"] = self.agreement.ranks.reindex(self.order).rename_axis("id").reset_index()
            long = [{"coefficient": name, "method": a, "other": b, "value": float(mat.loc[a, b])}
                    for name, mat in self.agreement.correlations.items() for a in mat.index for b in mat.columns]
            frames["correlations"] = pd.DataFrame(long, columns=["coefficient", "method", "other", "value"])
        if self.reversal is not None:
            frames["reversal"] = self.reversal.table()
        if lang is not None:
            frames = {k: v.rename(columns=lambda c: column_title(str(c), lang)) for k, v in frames.items()}
        return frames


def column_title(key: str, lang: str) -> str:
    """Translated header of a frame column (unknown keys, e.g. rank numbers, unchanged)."""
    from mcda.text import catalogue, message

    code = f"robustness.col.{key}"
    if code in catalogue():
        return message(code, lang)
    if key.startswith("rank_") and key[5:]:
        return message("robustness.col.rank_under", lang, method=key[5:])
    return key


def frame_title(name: str, lang: str) -> str:
    """Title of a table of :meth:`Sensitivity.to_frames` (codes ``robustness.table.<name>``)."""
    from mcda.text import message

    return message(f"robustness.table.{name}", lang)
