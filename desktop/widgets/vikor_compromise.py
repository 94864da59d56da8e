"""VIKOR's compromise solution in plain words, under the method row of Resultados.

Shown only when VIKOR is the main method: the compromise set (one cluster, or
several when a condition fails) and Opricovic & Tzeng's (2004) two
conditions — C1 acceptable advantage, C2 acceptable stability — each with
its figures and what it means for the set.  The numbers come from
:func:`mcda.methods.vikor.compromise_solution`.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop import colors, fmt
from mcda.analysis import Analysis
from mcda.methods.vikor import Compromise, compromise_solution


def fill(text: str, *args: str) -> str:
    """``%1``, ``%2`` … of a translated text replaced in one pass (an argument's own ``%2`` stays)."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0),
                  text)


class CompromiseLabel(QLabel):
    """The compromise set and the two conditions of the main VIKOR result (hidden otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vikorCompromise")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(self.tr(
            "VIKOR (Opricovic y Tzeng, 2004): S es la utilidad de grupo (suma ponderada de las distancias a "
            "lo mejor), R el arrepentimiento individual (la mayor de esas distancias) y Q los combina; un Q "
            "menor es mejor. DQ = 1/(m − 1), con m clústeres."))
        self.compromise: Compromise | None = None
        self.hide()

    def show_analysis(self, analysis: Analysis | None) -> None:
        """Show the compromise of ``analysis``'s main result when it is VIKOR; hide otherwise."""
        main = analysis.main if analysis is not None else None
        self.compromise = compromise_solution(main) if main is not None else None
        if analysis is None or self.compromise is None:
            self.clear()
            self.hide()
            return
        names = {c.id: c.name for c in analysis.problem.clusters}
        self.setText(self.describe(self.compromise, names))
        self.show()

    def describe(self, c: Compromise, names: dict[str, str]) -> str:
        """The label's rich text: the set, then C1 and C2 with their consequence."""
        def who(cid: str) -> str:
            name = names.get(cid, "")
            return escape(f"{cid} ({name})" if name and name != cid else cid)

        solutions = ", ".join(f"<b>{who(i)}</b>" for i in c.solutions)
        if len(c.solutions) == 1:
            head = self.tr("Solución de compromiso de VIKOR: %1. Cumple las dos condiciones de Opricovic y "
                           "Tzeng.").replace("%1", solutions)
        else:
            head = self.tr("Conjunto de compromiso de VIKOR: %1. Ninguno se impone claramente a los demás.").replace(
                "%1", solutions)
        advantage, dq = fmt.number(c.advantage, 4), fmt.number(c.dq, 4)
        if c.c1:
            c1 = self.tr("Ventaja aceptable (C1): sí. El primero aventaja al segundo en Q por %1, al menos el "
                         "mínimo DQ = %2.")
        else:
            c1 = self.tr("Ventaja aceptable (C1): no. El primero aventaja al segundo en Q solo por %1, menos que "
                         "el mínimo DQ = %2; por eso se proponen todos los clústeres cuyo Q está a menos de DQ "
                         "del primero.")
        c1 = c1.replace("%1", advantage).replace("%2", dq)
        if c.best_s and c.best_r:
            c2 = self.tr("Estabilidad aceptable (C2): sí. %1 también es el mejor por S (utilidad de grupo) y por "
                         "R (arrepentimiento individual).")
        elif c.best_s:
            c2 = self.tr("Estabilidad aceptable (C2): sí. %1 también es el mejor por S (utilidad de grupo).")
        elif c.best_r:
            c2 = self.tr("Estabilidad aceptable (C2): sí. %1 también es el mejor por R (arrepentimiento "
                         "individual).")
        elif c.c1:
            c2 = self.tr("Estabilidad aceptable (C2): no. %1 no es el mejor ni por S (utilidad de grupo) ni por R "
                         "(arrepentimiento individual); por eso el segundo, %2, también forma parte del "
                         "conjunto.")
        else:
            c2 = self.tr("Estabilidad aceptable (C2): no. %1 no es el mejor ni por S (utilidad de grupo) ni por R "
                         "(arrepentimiento individual).")
        c2 = fill(c2, who(c.a1), who(c.a2))
        mark = {True: colors.CR_GOOD, False: colors.CR_WARN}
        return (f"{head}<br><span style='color:{mark[c.c1]}'>{c1}</span>"
                f"<br><span style='color:{mark[c.c2]}'>{c2}</span>")
