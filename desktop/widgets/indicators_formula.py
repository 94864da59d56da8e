"""Side panel of the Indicadores step: what the selected indicator means, its
formula, the sheets and years it comes from and, for a cluster column, the
criterion it becomes in the decision matrix.

The formula texts are the engine's catalogue (``indicators.formula.*``, the
same sentences written into the criteria's description), chosen through the
report's provenance, so the panel never says something the export does not.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:
    from mcda.indicators.compute import IndicatorReport, Provenance


class FormulaPanel(QTextBrowser):
    """Read-only rich text; :meth:`explain` fills it."""

    def __init__(self, lang: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("indicatorFormula")
        self.setOpenLinks(False)
        self.key = ""
        self.kind = ""
        self.clear_panel()

    def clear_panel(self) -> None:
        self.key = self.kind = ""
        self.setHtml("<p>" + html.escape(self.tr(
            "Elija una columna o una celda de las tablas para ver qué mide el indicador, su fórmula y de qué "
            "hojas y años proviene.")) + "</p>")

    def explain(self, report: IndicatorReport, kind: str, key: str, title: str,
                row: str | None = None, value: str | None = None) -> None:
        """Explain column ``key`` of the ``kind`` table ("clusters" or "sectors")."""
        from mcda.text import message

        provenance = report.provenance if kind == "clusters" else report.sector_provenance
        prov: Provenance | None = provenance.get(key)
        self.key, self.kind = key, kind
        parts = [f"<h3>{html.escape(title)}</h3>"]
        if prov is None:
            parts.append("<p>" + html.escape(self.tr("Dato tal como figura en la hoja Mapeo.")) + "</p>")
            self.setHtml("".join(parts))
            return
        formula = message(prov.formula, self.lang, **dict(prov.params))
        parts.append(f"<p>{html.escape(formula)}</p>")
        if row is not None and value is not None:
            parts.append(f"<p><b>{html.escape(row)}</b>: {html.escape(value)}</p>")
        facts = []
        sheets = ", ".join(dict.fromkeys(s for s in prov.sheets if s))
        if sheets:
            facts.append(self.tr("Hojas: %1").replace("%1", sheets))
        if prov.years:
            facts.append(self.tr("Años: %1").replace("%1", prov.years))
        where = report.region if report.region is not None else self.tr("cada clúster en su región")
        if kind == "clusters" or report.region is not None:
            facts.append(self.tr("Región: %1").replace("%1", where))
        if report.source:
            facts.append(self.tr("Archivo: %1").replace("%1", report.source))
        parts.append("<p>" + "<br>".join(html.escape(f) for f in facts) + "</p>")
        if kind == "clusters":
            parts.extend(self._criterion_part(key))
        self.setHtml("".join(parts))

    def _criterion_part(self, key: str) -> list[str]:
        from mcda.indicators.criteria import EXTRA_CRITERIA, INDICATOR_CRITERIA
        from mcda.problem import Direction
        from mcda.text import message

        spec = next((c for c in INDICATOR_CRITERIA + EXTRA_CRITERIA if c.column == key), None)
        if spec is None:
            return ["<p><i>" + html.escape(self.tr("Dato de apoyo: no se lleva a la matriz como criterio.")) + "</i></p>"]
        sense = self.tr("beneficio: más es mejor") if spec.direction is Direction.BENEFIT \
            else self.tr("costo: menos es mejor")
        text = self.tr("En la matriz de decisión: criterio %1 «%2» (%3), unidad: %4.") \
            .replace("%1", spec.id).replace("%2", message(f"indicators.criterion.{spec.id}.name", self.lang)) \
            .replace("%3", sense).replace("%4", message(f"indicators.criterion.{spec.id}.unit", self.lang))
        parts = [f"<p>{html.escape(text)}</p>"]
        parts += [f"<p><i>{html.escape(message(n, self.lang))}</i></p>" for n in spec.notes]
        return parts
