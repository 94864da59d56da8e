"""Agregación (each member's weights beside the committee's, CRs, voting weights, AIJ/AIP) and
Consenso (Goepel's indicator, the pairs the members disagree on most, rounds side by side)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from desktop import colors, fmt, saaty
from desktop.models.committee_models import FrameModel, block_title, cr_color

if TYPE_CHECKING:
    from desktop.committee_session import CommitteeSession

AGGREGATIONS = ("aij", "aip")
WORDS = {"very_low": QT_TRANSLATE_NOOP("ConsensusPanel", "muy bajo"),
         "low": QT_TRANSLATE_NOOP("ConsensusPanel", "bajo"),
         "moderate": QT_TRANSLATE_NOOP("ConsensusPanel", "moderado"),
         "high": QT_TRANSLATE_NOOP("ConsensusPanel", "alto"),
         "very_high": QT_TRANSLATE_NOOP("ConsensusPanel", "muy alto")}


def level_word(key: str) -> str:
    return QCoreApplication.translate("ConsensusPanel", WORDS[key])


def table(model: FrameModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _pct(v: Any) -> str:
    return fmt.percent(float(v)) if isinstance(v, float) and not math.isnan(v) else ""


class AggregationPanel(QWidget):
    """Members' weights side by side with the committee's, and their consistency ratios."""

    def __init__(self, session: CommitteeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.aggregation = QComboBox()
        self.aggregation.setObjectName("aggregation")
        self.aggregation.addItem(self.tr("AIJ: media geométrica ponderada de los juicios"), "aij")
        self.aggregation.addItem(self.tr("AIP: media geométrica ponderada de las prioridades"), "aip")
        self.aggregation.setToolTip(self.tr("AIJ si el comité actúa como una unidad; AIP si cada miembro opina por "
                                            "su cuenta (Forman y Peniwati, 1998)"))
        self.aggregation.activated.connect(self._on_aggregation)
        self.use_button = QPushButton(self.tr("Ordenar con los pesos del &comité"))
        self.use_button.setObjectName("useCommitteeWeights")
        self.use_button.clicked.connect(self.use_committee_weights)
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Agregación:")))
        top.addWidget(self.aggregation, 1)
        top.addWidget(self.use_button)
        self.weights_model = FrameModel(self)
        self.weights_view = table(self.weights_model, "memberWeights")
        self.hierarchy_model = FrameModel(self)
        self.hierarchy_view = table(self.hierarchy_model, "hierarchyWeights")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.weights_view)
        splitter.addWidget(self.hierarchy_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        session.changed.connect(self.refresh)
        session.document.problemChanged.connect(self.update_status)
        self.refresh()

    def refresh(self) -> None:
        problem = self.session.document.problem
        result = self.session.result
        if problem is None:
            return
        agg = str(problem.settings.get("ahp.aggregation", "aij"))
        self.aggregation.setCurrentIndex(max(0, self.aggregation.findData(agg)))
        if result is None:
            self.weights_model.set_table([], [])
            self.hierarchy_model.set_table([], [])
            self.status.setText(self.tr("Todavía no hay juicios del comité."))
            self.use_button.setEnabled(False)
            return
        people = [*result.members, result.group]
        vote = self.tr("%1 (voto %2)")
        headers = [self.tr("Criterio"), self.tr("Grupo")] + [
            vote.replace("%1", m.member or "AHP").replace("%2", fmt.smart(m.vote)) for m in result.members] + [
            self.tr("Comité")]
        tips = ["", ""] + [m.name for m in result.members] + [self.tr("El resultado agregado del comité")]
        rows: list[list[Any]] = []
        names = {c.id: c.name for c in problem.criteria}
        for c in problem.criteria:
            rows.append([f"{c.id} — {names[c.id]}", c.group] + [float(m.weights.get(c.id, math.nan)) for m in people])
        first_cr = len(rows)
        for b in result.blocks:
            rows.append([self.tr("RC %1").replace("%1", block_title(b.name)), ""]
                        + [m.nodes[b.name].cr if b.name in m.nodes else math.nan for m in people])
        self.weights_model.formatter = lambda r, c, v: (fmt.number(v, 3) if r >= first_cr and isinstance(v, float)
                                                         and not math.isnan(v) else _pct(v) if c >= 2 else str(v))
        self.weights_model.background = lambda r, c, v: (cr_color(v) if r >= first_cr and isinstance(v, float)
                                                          else (colors.light(colors.CR_GOOD, 30) if c == len(headers) - 1
                                                                and r < first_cr else None))
        self.weights_model.set_table(headers, rows, header_tips=tips)
        t = result.hierarchy_table(problem)
        self.hierarchy_model.formatter = lambda r, c, v: _pct(v) if c >= 2 else str(v)
        self.hierarchy_model.set_table(
            [self.tr("Criterio"), self.tr("Grupo"), self.tr("Peso del grupo"), self.tr("Peso local"),
             self.tr("Peso global")],
            [[f"{cid} — {names[cid]}", row["group"], row["group_weight"], row["local_weight"], row["global_weight"]]
             for cid, row in t.iterrows()])
        self.update_status()

    def update_status(self, *_: Any) -> None:
        """Which weights rank the results (cheap: runs on every change of the problem)."""
        from desktop import session as prefs

        problem = self.session.document.problem
        result = self.session.result
        if problem is None or result is None:
            return
        used = prefs.weight_mode(problem) == "ahp"
        self.use_button.setEnabled(not used and result.group.ok)
        text = self.tr("Los resultados se ordenan con los pesos del comité.") if used else self.tr(
            "Los resultados se ordenan con otros pesos (paso Pesos); puede usar los del comité.")
        bad = [m.name for m in result.members if not m.ok]
        if bad:
            text += " " + self.tr("Sin pesos completos: %1 (faltan juicios).").replace("%1", ", ".join(bad))
        self.status.setText(text)

    def _on_aggregation(self) -> None:
        value = str(self.aggregation.currentData())
        problem = self.session.document.problem
        if problem is None or problem.settings.get("ahp.aggregation", "aij") == value:
            return

        def change(p: Any) -> Any:
            return p.replace(settings={**dict(p.settings), "ahp.aggregation": value})

        self.session.apply(self.tr("Agregación del comité: %1").replace("%1", value.upper()), change)

    def use_committee_weights(self) -> bool:
        from desktop import session as prefs
        from desktop.operations import set_weights

        result = self.session.result
        if result is None or not result.group.ok:
            return False
        weights = {str(k): float(v) for k, v in result.weights.items()}
        return self.session.document.apply(set_weights(self.tr("Usar los pesos del comité"), weights,
                                                       {prefs.WEIGHT_MODE: "ahp"}))


class ConsensusPanel(QWidget):
    """Goepel's consensus per block and overall, the disagreement table, and rounds compared."""

    def __init__(self, session: CommitteeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overall = QLabel()
        self.overall.setObjectName("consensusOverall")
        self.overall.setWordWrap(True)
        self.blocks_model = FrameModel(self)
        self.blocks_view = table(self.blocks_model, "consensusBlocks")
        self.disagreement_model = FrameModel(self)
        self.disagreement_view = table(self.disagreement_model, "disagreement")
        self.round_label = QLineEdit()
        self.round_label.setPlaceholderText(self.tr("Nombre de la ronda (por ejemplo «Primera votación»)"))
        self.save_round_button = QPushButton(self.tr("&Guardar ronda"))
        self.save_round_button.setObjectName("saveRound")
        self.save_round_button.clicked.connect(self.save_round)
        self.round_a, self.round_b = QComboBox(), QComboBox()
        self.round_a.setObjectName("roundA")
        self.round_b.setObjectName("roundB")
        for combo in (self.round_a, self.round_b):
            combo.currentIndexChanged.connect(self.compare)
        self.compare_label = QLabel()
        self.compare_label.setWordWrap(True)
        self.compare_model = FrameModel(self)
        self.compare_view = table(self.compare_model, "roundComparison")
        rounds_top = QHBoxLayout()
        rounds_top.addWidget(self.round_label, 1)
        rounds_top.addWidget(self.save_round_button)
        pick = QFormLayout()  # one round per line: their names stay readable beside the wide disagreement table
        pick.addRow(self.tr("Comparar"), self.round_a)
        pick.addRow(self.tr("con"), self.round_b)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.overall)
        left_layout.addWidget(self.blocks_view, 1)
        left_layout.addWidget(QLabel(self.tr("Pares en los que los miembros más difieren (dispersión de los "
                                             "logaritmos de sus juicios)")))
        left_layout.addWidget(self.disagreement_view, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        rounds_intro = QLabel(self.tr("Rondas: guarde el estado, discutan, vuelvan a votar y compare."))
        rounds_intro.setWordWrap(True)  # no minimum width: the disagreement table keeps its columns in view
        right_layout.addWidget(rounds_intro)
        right_layout.addLayout(rounds_top)
        right_layout.addLayout(pick)
        right_layout.addWidget(self.compare_label)
        right_layout.addWidget(self.compare_view, 1)
        for view in (self.compare_view, self.disagreement_view):
            view.verticalHeader().hide()  # each row names its criterion or pair; the width goes to the columns
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 350])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        session.changed.connect(self.refresh)
        session.roundsChanged.connect(self._fill_rounds)
        self.refresh()
        self._fill_rounds()

    # -- consensus ------------------------------------------------------------------------
    def refresh(self) -> None:
        from mcda.committee.consensus import disagreement

        problem = self.session.document.problem
        cc = self.session.consensus
        if problem is None or cc is None:
            self.overall.setText(self.tr("Hacen falta al menos dos miembros con juicios para medir el consenso."))
            self.blocks_model.set_table([], [])
            self.disagreement_model.set_table([], [])
        else:
            level = level_word(cc.word)
            self.overall.setText(self.tr("Consenso del comité (indicador de Goepel, 0 a 100 %): %1, %2.").replace(
                "%1", fmt.percent(cc.overall)).replace("%2", level))
            rows = [[block_title(k), c.s_star, level_word(c.word), cc.node_weights.get(k, math.nan)]
                    for k, c in cc.nodes.items()]
            self.blocks_model.formatter = lambda r, c, v: _pct(v) if c in (1, 3) else str(v)
            self.blocks_model.set_table([self.tr("Bloque"), self.tr("Consenso"), self.tr("Nivel"),
                                         self.tr("Peso del bloque")], rows)
            self._fill_disagreement(disagreement(problem))
        self.compare()

    def _fill_disagreement(self, frame: Any) -> None:
        if frame.empty:
            self.disagreement_model.set_table([], [])
            return
        members = [c for c in frame.columns if c not in ("block", "a", "b", "answered", "geometric_mean", "log_sd",
                                                           "log_range", "opposed")]
        problem = self.session.document.problem
        ids = {m.name: m.id for m in problem.members} if problem is not None else {}
        headers = [self.tr("Bloque"), self.tr("A"), self.tr("B"), *[ids.get(m, m) for m in members],
                   self.tr("Media geométrica"), self.tr("Dispersión"), self.tr("Opuestos")]
        tips = ["", "", "", *members, "", self.tr("Desviación estándar de los logaritmos de los juicios: 0 si todos "
                                                  "coinciden; 1 equivale a un factor de 2,7 en la escala de Saaty"), ""]
        rows = [[block_title(r["block"]), r["a"], r["b"], *[r[m] for m in members], r["geometric_mean"],
                 r["log_sd"], self.tr("sí") if r["opposed"] else ""] for _, r in frame.iterrows()]
        judged = range(3, 3 + len(members))
        gm = 3 + len(members)
        self.disagreement_model.formatter = lambda r, c, v: (saaty.as_text(v) if c in judged or c == gm
                                                              else fmt.number(v, 2) if c == gm + 1 else str(v))
        top = sorted((r[gm + 1] for r in rows if isinstance(r[gm + 1], float) and not math.isnan(r[gm + 1])),
                     reverse=True)[:3]
        self.disagreement_model.background = lambda r, c, v: (
            colors.light(colors.CR_WARN, 50) if c == gm + 1 and isinstance(v, float) and v in top else None)
        self.disagreement_model.set_table(headers, rows, header_tips=tips)

    # -- rounds ---------------------------------------------------------------------------
    def save_round(self) -> bool:
        r = self.session.save_round(self.round_label.text().strip())
        self.round_label.clear()
        return r is not None

    def _fill_rounds(self) -> None:
        """Refill the round choices: the last round saved against the current state by default."""
        items = [(-1, self.tr("Estado actual"))] + [
            (r.number, self.tr("Ronda %1").replace("%1", str(r.number)) + (f" — {r.label}" if r.label else ""))
            for r in self.session.rounds]
        last = self.session.rounds[-1].number if self.session.rounds else -1
        for combo, default in ((self.round_a, last), (self.round_b, -1)):
            combo.blockSignals(True)
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(default)))
            combo.blockSignals(False)
        self.compare()

    def _round(self, combo: QComboBox) -> Any:
        from mcda.committee.rounds import take_round

        number = combo.currentData()
        if number is None:
            return None
        if number == -1:
            problem = self.session.document.problem
            return take_round(problem, self.session.round_number, self.tr("Estado actual")) if problem else None
        return next((r for r in self.session.rounds if r.number == number), None)

    def compare(self) -> None:
        from mcda.committee.rounds import compare

        a, b = self._round(self.round_a), self._round(self.round_b)
        if a is None or b is None or a.number == b.number:
            self.compare_model.set_table([], [])
            self.compare_label.setText(self.tr("Guarde una ronda para compararla con el estado actual.")
                                       if not self.session.rounds else "")
            return
        c = compare(a, b)
        self.compare_label.setText(self.tr("Consenso: %1 → %2. Juicios cambiados: %3.").replace(
            "%1", _pct(c.consensus_before)).replace("%2", _pct(c.consensus_after)).replace("%3", str(len(c.changes))))
        rows = [[cid, float(r["before"]), float(r["after"]), float(r["change"])] for cid, r in c.weights.iterrows()]
        self.compare_model.formatter = lambda r, col, v: (_pct(v) if col in (1, 2) else (
            ("+" if v > 0 else "") + fmt.number(100 * v, 1) + " pp" if col == 3 and isinstance(v, float)
            and not math.isnan(v) else str(v)))
        self.compare_model.background = lambda r, col, v: (
            QColor(colors.light(colors.CR_GOOD if v > 0 else colors.CR_BAD, 40)) if col == 3 and isinstance(v, float)
            and abs(v) >= 0.005 else None)
        self.compare_model.set_table([self.tr("Criterio"), a.label or self.tr("Ronda %1").replace("%1", str(a.number)),
                                      b.label or self.tr("Ronda %1").replace("%1", str(b.number)), self.tr("Cambio")],
                                     rows)
