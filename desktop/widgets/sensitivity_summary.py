"""The plain-language reading of a sensitivity analysis, sentence by sentence.

* **Firm places**: the leading places whose cluster keeps exactly that place
  in at least 90 % of the weight samples (the robust-top-k level).
* **Robust top-k**: the clusters in the top-k under every method and in at
  least 90 % of the samples.
* **The two most fragile pairs** of adjacent places in the top-k: the single
  weight whose smallest change swaps them, how much and in which direction.
* **Methods**: the range of Spearman's correlation between the chosen method
  and the others, and the methods that could not run on the data.
* **Rank reversal**: whether removing a cluster changes the order of others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop import fmt, methods_text, settings
from desktop.widgets.sensitivity_canvas import points
from desktop.widgets.sensitivity_tornado import ordinal

if TYPE_CHECKING:
    from desktop.widgets.sensitivity_data import SensitivityRun

#: How many of the most fragile adjacent pairs the summary names.
FRAGILE_PAIRS = 2
DEFAULT_LEVEL = 0.90


def join_names(names: list[str], lang: str | None = None) -> str:
    """``A, B y C`` (``e`` before an /i/ sound in Spanish: ``A e Ica``); ``A, B and C`` in English.

    >>> join_names(["Cacao", "Café", "Ica"], "es")
    'Cacao, Café e Ica'
    >>> join_names(["Cacao"], "en"), join_names(["A", "B"], "en")
    ('Cacao', 'A and B')
    """
    lang = lang or settings.language()
    if len(names) <= 1:
        return "".join(names)
    last = names[-1]
    if lang == "en":
        word = "and"
    else:
        low = last.lower()
        word = "e" if (low.startswith(("i", "í", "hi", "hí")) and not low.startswith(("hia", "hie", "hio", "hiu")))\
            else "y"
    return f"{', '.join(names[:-1])} {word} {last}"


class SummaryWriter(QObject):
    """Builds the sentences (translated through Qt, context ``SummaryWriter``)."""

    def sentences(self, run: SensitivityRun) -> list[str]:
        out = [*self._firm_places(run), self._robust(run), *self._fragile_pairs(run), *self._methods(run),
               self._reversal(run)]
        return [s for s in out if s]

    # -- places ---------------------------------------------------------------
    def level(self, run: SensitivityRun) -> float:
        a = run.result.agreement
        return a.level if a is not None else DEFAULT_LEVEL

    def _firm_places(self, run: SensitivityRun) -> list[str]:
        result = run.result
        shares = result.acceptability.shares
        ranks = result.base.ranks
        level = self.level(run)
        k = result.top_k
        held = [(cid, float(shares.loc[cid, int(ranks[cid])])) for cid in result.order[:k]]
        firm = 0
        for _cid, p in held:
            if p < level - 1e-12:
                break
            firm += 1
        names = [run.cluster(c) for c, _p in held[:firm]]
        out: list[str] = []
        if firm == 0:
            first, p = held[0]
            firsts = shares[1].drop(first)
            rival = str(firsts.idxmax())
            out.append(self.tr("El primer lugar no es firme: %1 lo ocupa en el %2 de las muestras y %3 en el %4.")
                       .replace("%1", run.cluster(first)).replace("%2", fmt.percent(p, 0))
                       .replace("%3", run.cluster(rival)).replace("%4", fmt.percent(float(firsts[rival]), 0)))
            return out
        if firm == 1:
            out.append(self.tr("El primer lugar es firme: %1 lo conserva en el %2 de las muestras.")
                       .replace("%1", names[0]).replace("%2", fmt.percent(held[0][1], 0)))
        else:
            out.append(self.tr("Los %1 primeros lugares son firmes: %2 (cada uno conserva su lugar en al menos el "
                               "%3 de las muestras).").replace("%1", str(firm)).replace("%2", join_names(names))
                       .replace("%3", fmt.percent(level, 0)))
        if firm < len(held):
            cid, p = held[firm]
            out.append(self.tr("El %1 lugar no es firme: %2 lo ocupa solo en el %3 de las muestras.")
                       .replace("%1", ordinal(firm + 1)).replace("%2", run.cluster(cid))
                       .replace("%3", fmt.percent(p, 0)))
        return out

    def _robust(self, run: SensitivityRun) -> str:
        result = run.result
        if result.agreement is None:
            return ""
        level = fmt.percent(self.level(run), 0)
        robust = [run.cluster(c) for c in result.robust_top_k]
        if not robust:
            return self.tr("Ningún clúster queda en los %1 primeros con todos los métodos y en al menos el %2 de "
                           "las muestras.").replace("%1", str(result.top_k)).replace("%2", level)
        return self.tr("Firmes en los %1 primeros (con todos los métodos y en al menos el %2 de las muestras): %3.") \
            .replace("%1", str(result.top_k)).replace("%2", level).replace("%3", join_names(robust))

    # -- critical changes -----------------------------------------------------
    def _weight_of(self, run: SensitivityRun, line: str, kind: str) -> str:
        if kind == "group":
            return self.tr("el peso del grupo %1").replace("%1", line)
        return self.tr("el peso de «%1»").replace("%1", run.criterion(line))

    def _fragile_pairs(self, run: SensitivityRun) -> list[str]:
        th = run.result.thresholds
        critical = sorted(run.top_critical(), key=lambda c: abs(c.change))
        out: list[str] = []
        ties = set(th.ties)
        pairs = run.top_pairs()
        for position, upper, lower in pairs:
            if (upper, lower) not in ties:
                continue
            out.append(self.tr("El %1 y el %2 lugar están empatados (%3).").replace("%1", ordinal(position))
                       .replace("%2", ordinal(position + 1))
                       .replace("%3", join_names([run.cluster(upper), run.cluster(lower)])))
        if not critical and pairs and not any((a, b) in ties for _p, a, b in pairs):
            out.append(self.tr("Ningún cambio de un solo peso altera el orden de los %1 primeros.").replace(
                "%1", str(run.result.top_k)))
        for c in critical[:FRAGILE_PAIRS]:
            verb = self.tr("baja") if c.change < 0 else self.tr("sube")
            out.append(self.tr("El %1 y el %2 lugar (%3) se intercambian si %5 %6 %7 puntos (de %8 a %9).")
                       .replace("%1", ordinal(c.position)).replace("%2", ordinal(c.position + 1))
                       .replace("%3", join_names([run.cluster(c.upper), run.cluster(c.lower)]))
                       .replace("%5", self._weight_of(run, c.line, c.kind)).replace("%6", verb)
                       .replace("%7", points(abs(c.change))).replace("%8", fmt.number(100 * c.weight, 1) + " %")
                       .replace("%9", fmt.number(100 * c.threshold, 1) + " %"))
        return out

    # -- methods and reversal -------------------------------------------------
    def _methods(self, run: SensitivityRun) -> list[str]:
        a = run.result.agreement
        if a is None:
            return []
        out: list[str] = []
        main = run.result.method
        others = [m for m in a.methods if m != main]
        corr = a.correlations["spearman"]
        values = [(float(corr.loc[main, m]), m) for m in others if corr.loc[main, m] == corr.loc[main, m]]
        if values:
            lo, hi = min(values), max(values)
            out.append(self.tr("Con los demás métodos, la correlación de Spearman con el orden de %1 va de %2 "
                               "(%3) a %4 (%5).").replace("%1", methods_text.short(main))
                       .replace("%2", fmt.number(lo[0], 2)).replace("%3", methods_text.short(lo[1]))
                       .replace("%4", fmt.number(hi[0], 2)).replace("%5", methods_text.short(hi[1])))
        failed = list(dict.fromkeys(str(i.params.get("method", "")) for i in a.failed if i.params.get("method")))
        if failed:
            out.append(self.tr("No se pudo comparar con %1: no admite estos datos.").replace(
                "%1", join_names([methods_text.short(m) for m in failed])))
        return out

    def _reversal(self, run: SensitivityRun) -> str:
        r = run.result.reversal
        if r is None:
            return ""
        method = methods_text.short(r.method)
        strict = [c for c in r.changes if c.strict]
        if not r.changes:
            return self.tr("Con %1, quitar cualquier clúster no cambia el orden de los demás.").replace("%1", method)
        if not strict:
            return self.tr("Con %1, quitar un clúster solo crea o deshace empates (%2 casos).").replace(
                "%1", method).replace("%2", str(len(r.changes)))
        c: Any = strict[0]
        return (self.tr("Con %1, quitar un clúster invierte el orden de otros dos en %2 casos; por ejemplo, sin "
                        "%3, %4 pasa detrás de %5.")
                .replace("%1", method).replace("%2", str(len(strict))).replace("%3", run.cluster(c.removed))
                .replace("%4", run.cluster(c.first)).replace("%5", run.cluster(c.second)))
