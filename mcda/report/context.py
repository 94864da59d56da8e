"""What every section of the PDF report reads: the run, its robustness, its justification, the words.

The report's prose is in ``resources/messages/report.json`` (codes
``report.*``); :meth:`ReportContext.t` fetches a code in the report's language.
Dates are written in words ("25 de noviembre de 2026", "November 25, 2026").
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from mcda.justification import Justification
from mcda.justification.render import Renderer
from mcda.problem import Problem
from mcda.report.style import Styles
from mcda.text import message

#: Settings keys the cover reads when no title or region is given.
TITLE_SETTING = "report.title"
REGION_SETTING = "report.region"


def date_words(day: _dt.date, lang: str) -> str:
    """``25 de noviembre de 2026`` / ``November 25, 2026``.

    >>> date_words(_dt.date(2026, 11, 5), "es"), date_words(_dt.date(2026, 11, 5), "en")
    ('5 de noviembre de 2026', 'November 5, 2026')
    """
    month = message(f"report.month.{day.month}", lang)
    return message("report.date", lang, day=day.day, month=month, year=day.year)


def default_region(problem: Problem, lang: str) -> str:
    """The clusters' regions for the cover: all of them up to four, else the three with most clusters and a count.

    >>> from mcda.problem import Cluster
    >>> def p(*regions):
    ...     return Problem(tuple(Cluster(f"K{i}", f"K{i}", r) for i, r in enumerate(regions)), (), [[]] * len(regions))
    >>> default_region(p("Cusco", "Cusco / Puno"), "es")
    'Cusco y Puno'
    >>> default_region(p("Lima", "Piura", "Lima", "Ica", "Cusco", "Ica", "Puno", "Lima"), "es")
    'Lima, Ica, Piura y otras 2 regiones'
    >>> default_region(p("Lima", "Piura", "Lima", "Ica", "Cusco", "Ica", "Puno", "Lima"), "en")
    'Lima, Ica, Piura and 2 other regions'
    """
    from mcda.justification.grammar import join

    count: dict[str, int] = {}
    for c in problem.clusters:
        for part in (c.region or "").split("/"):
            name = part.strip()
            if name:
                count[name] = count.get(name, 0) + 1
    if not count:
        return message("report.cover.no_region", lang)
    if len(count) <= 4:
        return join(list(count), lang)
    first = sorted(count, key=lambda r: -count[r])[:3]  # stable: ties keep the order of appearance
    return message("report.cover.regions", lang, first=", ".join(first), count=len(count) - 3)


@dataclass
class ReportContext:
    """The inputs of the report and shared helpers."""

    analysis: Any
    sensitivity: Any
    justification: Justification
    lang: str
    title: str
    region: str
    date: _dt.date
    methodology: dict[str, Any]
    input_sha256: str = ""
    styles: Styles = field(default_factory=Styles)

    def __post_init__(self) -> None:
        self.renderer = Renderer(self.problem, self.lang)

    @property
    def problem(self) -> Problem:
        return self.justification.problem

    @property
    def main(self) -> Any:
        return self.analysis.main

    def t(self, code: str, **params: Any) -> str:
        """The text of ``report.<code>`` in the report's language."""
        return message(f"report.{code}", self.lang, **params)

    def name(self, cluster_id: str) -> str:
        return self.problem.cluster(cluster_id).name

    def method_label(self, method: str) -> str:
        from mcda.justification.render import method_label

        return method_label(method)
