"""Sentences of a justification, in Spanish or English, from :class:`~.facts.ClusterFacts`.

The templates are in ``resources/messages/justification.json`` (codes
``just.*``).  A sentence with several wordings has variants ``<code>.1``,
``<code>.2`` ...; the variant is chosen from a hash of the code and the
cluster id, so the same cluster always reads the same (reproducible exports)
while the list as a whole varies.  Counts choose ``.one`` / ``.other`` forms
("1 criterio", "2 criterios"); criterion names get their article, contraction
and adjective agreement from :mod:`.grammar`; numbers follow :mod:`.numbers`
(``1,234.5``).

The parts, in order: ``position``, ``strengths``, ``weaknesses``, ``margin``,
``firmness``, ``methods``, ``risks``, ``data``, ``policy``.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from mcda.justification import grammar
from mcda.justification.facts import ClusterFacts, Justification
from mcda.justification.numbers import number, percent, signed, smart
from mcda.problem import Problem
from mcda.text import catalogue, message

PARTS = ("position", "strengths", "weaknesses", "margin", "firmness", "methods", "risks", "data", "policy")
#: The parts of the main "justificacion" text (risks, data and policy have their own columns).
MAIN_PARTS = PARTS[:6]

METHOD_LABELS = {"ahp": "AHP", "topsis": "TOPSIS", "vikor": "VIKOR", "promethee2": "PROMETHEE II",
                 "wsm": "WSM", "copras": "COPRAS"}


def method_label(method: str) -> str:
    return METHOD_LABELS.get(method, method.upper())


def variant_count(code: str) -> int:
    n = 0
    while f"{code}.{n + 1}" in catalogue():
        n += 1
    return n


def variant_code(code: str, key: str) -> str:
    """``code.N`` chosen by a stable hash of ``code`` and ``key`` (``code`` itself without variants)."""
    n = variant_count(code)
    if n == 0:
        return code
    return f"{code}.{zlib.crc32(f'{code}|{key}'.encode()) % n + 1}"


def _score(value: float) -> str:
    return number(value, 4) if abs(value) < 10 else smart(value, 5)


def _diff(value: float) -> str:
    return number(value, 4) if value >= 1e-4 or value == 0 else smart(value, 2)


def weight_pair(w0: float, w1: float) -> tuple[str, str]:
    """Two weights with enough decimals (3 to 6) to tell them apart: ``0.0600`` / ``0.0605``.

    >>> weight_pair(0.06, 0.106), weight_pair(0.0600, 0.06049)
    (('0.060', '0.106'), ('0.0600', '0.0605'))
    """
    for decimals in range(3, 7):
        a, b = number(w0, decimals), number(w1, decimals)
        if a != b:
            return a, b
    return a, b


def percent_signed(share: float, lang: str) -> str:
    """A relative change as a signed whole percentage: ``+77 %``, ``−12 %`` (``+0.4 %`` below 1 %)."""
    text = percent(share, lang, 0 if abs(share) >= 0.01 else 1)
    return text if text.startswith("\u2212") else "+" + text


class Renderer:
    """Writes the parts of each cluster's justification in one language."""

    def __init__(self, problem: Problem, lang: str = "es") -> None:
        self.problem = problem
        self.lang = lang
        self.names = {c.id: c.name for c in problem.clusters}
        self._criteria = {c.id: c.name for c in problem.criteria}
        self._cost = {c.id for c in problem.criteria if c.direction.sign < 0}

    # -- helpers ---------------------------------------------------------------
    def t(self, code: str, **params: object) -> str:
        return message(code, self.lang, **params)

    def crit(self, cid: str, preposition: str = "", role: str = "") -> str:
        """A criterion by name with its article (Spanish), or a group name as it is.

        ``role`` ``"lift"`` / ``"hold"`` qualifies a cost criterion, whose plain name
        would read the wrong way round: *la baja* dependencia lifts a cluster,
        *la alta* dependencia holds it back.
        """
        name = self._criteria.get(cid, cid)
        adjective = ""
        if role and cid in self._cost:
            adjective = self.t("just.adj.low" if role == "lift" else "just.adj.high")
        return grammar.with_article(name, self.lang, preposition, adjective)

    def crit_of(self, cid: str) -> str:
        """``del empleo directo`` / ``of Empleo directo``."""
        return self.crit(cid, "de" if self.lang == "es" else "of")

    def _cluster(self, cid: str) -> str:
        return self.names.get(cid, cid)

    def _items(self, pairs: Sequence[tuple[str, float]], role: str) -> str:
        return grammar.join([f"{self.crit(c, role=role)} ({signed(d, 3)})" for c, d in pairs], self.lang)

    def _plural(self, ids: Sequence[str]) -> bool:
        """Whether a list of criteria is grammatically plural ("las exportaciones" alone is)."""
        return len(ids) > 1 or (len(ids) == 1 and self.lang == "es"
                                and grammar.gender_number(self._criteria.get(ids[0], ids[0]))[1])

    def _verb(self, ids: Sequence[str]) -> str:
        return self.t(f"just.verb.be.{'other' if self._plural(ids) else 'one'}")

    # -- parts -------------------------------------------------------------------
    def position(self, f: ClusterFacts) -> str:
        """Rank and score; for a method where a lower score is better (VIKOR) a sentence of its own says so."""
        label = method_label(f.method)
        common = dict(rank=f.rank, count=f.count, method=label, score=_score(f.score))
        if f.tied_with:
            others = grammar.join([self._cluster(o) for o in f.tied_with], self.lang)
            text = self.t("just.position_tied", others=others, **common)
        else:
            text = self.t(variant_code("just.position", f.id), **common)
        if self._lower_better(f):
            text += " " + self.t("just.lower_better", method=label)
        return text

    def _lower_better(self, f: ClusterFacts) -> bool:
        from mcda.methods import method_info

        try:
            return method_info(f.method).better == "lower"
        except Exception:  # noqa: BLE001 - an unknown method id simply gets no note
            return False

    def strengths(self, f: ClusterFacts) -> str:
        if f.above == 0 or not f.lifts:
            return self.t("just.strengths.none")
        common = dict(n=f.above, total=f.criteria, items=self._items(f.lifts, "lift"),
                      verb=self._verb([c for c, _ in f.lifts]))
        if f.above == 1:
            return self.t("just.strengths.one", **common)
        return self.t(variant_code("just.strengths.other", f.id), **common)

    def weaknesses(self, f: ClusterFacts) -> str:
        if not f.holds:
            return self.t("just.weaknesses.none")
        form = "other" if self._plural([c for c, _ in f.holds]) else "one"
        n = variant_count(f"just.weaknesses.{form}")
        k = int(variant_code("just.weaknesses.one", f.id).rsplit(".", 1)[1]) if n else 1  # same wording for both forms
        return self.t(f"just.weaknesses.{form}.{k}", items=self._items(f.holds, "hold"))

    def margin(self, f: ClusterFacts) -> str:
        m = f.margin
        if m is None:
            return self.t("just.margin.last")
        nxt = self._cluster(m.next_id)
        if m.tied:
            return self.t("just.margin.tied", next=nxt)
        common = dict(next=nxt, next_rank=m.next_rank, diff=_diff(m.difference))
        if m.line is None:
            return self.t("just.margin.no_swap", **common)
        direction = "increase" if m.change > 0 else "decrease"
        rel = m.relative
        w0, w1 = weight_pair(m.weight, m.threshold)
        return self.t(
            variant_code("just.margin.swap", f.id), **common,
            crit=self.crit(m.line), of_crit=self.crit_of(m.line), w0=w0, w1=w1,
            rel=signed(m.change, 3) if rel is None else percent_signed(rel, self.lang),
            beyond=self.t(f"just.beyond.{direction}"), move=self.t(f"just.move.{direction}"),
            approx="" if m.exact else self.t("just.approx"),
        )

    def firmness(self, f: ClusterFacts) -> str:
        fm = f.firmness
        if fm is None:
            return ""
        lo, hi = fm.interval
        interval = self.t("just.interval.single", lo=lo) if lo == hi else self.t("just.interval.range", lo=lo, hi=hi)
        text = self.t(variant_code("just.firmness", f.id), level=self.t(f"just.level.{fm.level}"),
                      share=percent(fm.share, self.lang), samples=number(fm.samples), interval=interval, rank=f.rank)
        p = percent(fm.top_k_probability, self.lang)
        if f.rank <= fm.top_k:
            from mcda.robustness.agreement import ROBUST_LEVEL

            code = "just.topk.robust" if fm.robust else "just.topk.not_robust"
            text += " " + self.t(code, k=fm.top_k, p=p, level=percent(ROBUST_LEVEL, self.lang))
        elif fm.top_k_probability >= 0.005:
            text += " " + self.t("just.topk.outside", k=fm.top_k, p=p)
        return text

    def methods(self, f: ClusterFacts) -> str:
        if not f.other_ranks:
            return ""
        labels = [method_label(m) for m, _ in f.other_ranks]
        one = "_one" if len(labels) == 1 else ""  # "el otro método", not "todos los demás métodos"
        if all(r == f.rank for _, r in f.other_ranks):
            return self.t(f"just.methods.same{one}", methods=grammar.join(labels, self.lang))
        items = [self.t("just.methods.item", rank=r, method=method_label(m)) if r is not None
                 else self.t("just.methods.item_missing", method=method_label(m)) for m, r in f.other_ranks]
        return self.t(f"just.methods.list{one}", items=grammar.join(items, self.lang))

    def risks(self, f: ClusterFacts) -> str:
        out = []
        for flag in f.risks:
            name = self._criteria.get(flag.criterion, flag.criterion)
            if flag.percent:
                value, limit = percent(flag.value / 100, self.lang), percent(flag.threshold / 100, self.lang)
            else:
                value, limit = smart(flag.value), smart(flag.threshold)
            high = self.t("just.adj.high")
            out.append(self.t(f"just.risk.{flag.kind}", crit=self.crit(flag.criterion),
                              high=grammar.agree(high, name) if self.lang == "es" else high, value=value,
                              threshold=limit))
        return " ".join(out)

    def data(self, f: ClusterFacts) -> str:
        d = f.data
        out = []
        if d.source_criterion is not None:
            if d.source:
                year = self.t("just.data.year", year=d.year) if d.year else ""
                out.append(self.t("just.data.source", of_crit=self.crit_of(d.source_criterion),
                                  source=d.source.rstrip(". "), year=year))
            else:
                out.append(self.t("just.data.no_source", of_crit=self.crit_of(d.source_criterion)))
        if d.old:
            from mcda.justification.facts import OLD_DATA_YEARS

            prep = "de" if self.lang == "es" else ""
            items = grammar.join([f"{self.crit(c, prep)} ({y})" for c, y in d.old], self.lang)
            out.append(self.t(f"just.data.old.{grammar.plural_key(len(d.old))}", items=items, years=OLD_DATA_YEARS))
        if d.imputed:
            prep = "de" if self.lang == "es" else ""
            items = grammar.join([f"{self.crit(c, prep)} ({self.t(f'just.data.policy.{p}')})" for c, p in d.imputed],
                                 self.lang)
            out.append(self.t(f"just.data.imputed.{grammar.plural_key(len(d.imputed))}", items=items))
        return " ".join(out)

    def policy(self, f: ClusterFacts) -> str:
        s = f.policy
        if s.edited:
            return self.t("just.policy.edited", text=s.text.strip())
        if s.criterion is None:
            return self.t("just.policy.none")
        goals = grammar.join([self.t(f"just.goal.{g}") for g in s.goals], self.lang)
        if s.group is None:
            return self.t("just.policy.no_group", crit=self.crit(s.criterion, role="hold"), goals=goals,
                          verb=self._verb([s.criterion]))
        return self.t(variant_code("just.policy", f.id), group=s.group, crit=self.crit(s.criterion, role="hold"),
                      goals=goals)

    # -- whole -------------------------------------------------------------------
    def parts(self, f: ClusterFacts) -> dict[str, str]:
        return {name: getattr(self, name)(f) for name in PARTS}

    def text(self, f: ClusterFacts, parts: Sequence[str] = MAIN_PARTS) -> str:
        rendered = self.parts(f)
        return " ".join(rendered[p] for p in parts if rendered[p])


def render_all(justification: Justification, lang: str = "es") -> dict[str, dict[str, str]]:
    """``{cluster id: {part: text}}`` for every cluster, best first."""
    r = Renderer(justification.problem, lang)
    return {f.id: r.parts(f) for f in justification.clusters}
