"""Juicios: one member's judgments on the verbal scale or as numbers, the block's matrix,
its consistency live, and the three judgments that break it most, each with a one-click fix."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from desktop import colors, fmt, saaty
from desktop.models.committee_models import FrameModel, MemberPairsModel, block_title, cr_color
from desktop.widgets.delegates import ChoiceDelegate

if TYPE_CHECKING:
    from desktop.committee_session import CommitteeSession
    from mcda.ahp_consistency import InconsistentJudgment


class JudgmentsPanel(QWidget):
    """Enter and repair one member's judgments."""

    meetingRequested = Signal(str, int)

    def __init__(self, session: CommitteeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("judgmentMember")
        self.member_combo.currentIndexChanged.connect(self._on_member)
        self.block_combo = QComboBox()
        self.block_combo.setObjectName("judgmentBlock")
        self.block_combo.currentIndexChanged.connect(self._on_block)
        self.meeting_button = QPushButton(self.tr("&Modo reunión"))
        self.meeting_button.setToolTip(self.tr("Un par a la vez, en letra grande, con el teclado (para el proyector)"))
        self.meeting_button.clicked.connect(self._meeting)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Motivo del cambio (opcional; queda en la auditoría)"))
        self.reason.textChanged.connect(lambda t: setattr(self.session, "reason", t.strip()))
        form = QFormLayout()
        form.addRow(self.tr("Miembro:"), self.member_combo)
        form.addRow(self.tr("Bloque:"), self.block_combo)
        form.addRow(self.tr("Motivo:"), self.reason)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.meeting_button, 0, Qt.AlignmentFlag.AlignTop)

        self.pairs_model = MemberPairsModel(session, self)
        self.pairs = QTableView()
        self.pairs.setObjectName("memberPairs")
        self.pairs.setModel(self.pairs_model)
        self.pairs.setItemDelegateForColumn(2, ChoiceDelegate(self._choices, parent=self.pairs))
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.pairs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pairs.horizontalHeader().setStretchLastSection(True)
        self.pairs.setColumnHidden(0, True)  # the block is chosen above; the table shows its pairs

        self.matrix_model = FrameModel(self)
        self.matrix = QTableView()
        self.matrix.setObjectName("blockMatrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.matrix.setToolTip(self.tr("Doble clic o F2 en una celda para escribir el juicio de la fila frente a "
                                       "la columna (por ejemplo 3 o 1/5)"))
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cr_label = QLabel()
        self.cr_label.setObjectName("memberCr")
        self.cr_label.setWordWrap(True)
        self.cycles_label = QLabel()
        self.cycles_label.setWordWrap(True)
        self.repair_box = QGroupBox(self.tr("Juicios que más rompen la consistencia"))
        self.repair_layout = QVBoxLayout(self.repair_box)
        self.repair_rows: list[tuple[QLabel, QPushButton]] = []
        for _ in range(3):
            label, button = QLabel(), QPushButton(self.tr("Aplicar"))
            label.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(button)
            self.repair_layout.addLayout(row)
            self.repair_rows.append((label, button))
        self.suggestions: list[InconsistentJudgment] = []
        for k, (_label, button) in enumerate(self.repair_rows):
            button.clicked.connect(lambda _=False, i=k: self.apply_suggestion(i))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Matriz del bloque (con el peso local de cada elemento)")))
        side_layout.addWidget(self.matrix, 1)
        side_layout.addWidget(self.cr_label)
        side_layout.addWidget(self.cycles_label)
        side_layout.addWidget(self.repair_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pairs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 400])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        session.changed.connect(self.reload)
        self.reload()

    # -- choices ------------------------------------------------------------------------
    def _choices(self) -> list[tuple[str, Any]]:
        row = self.pairs.currentIndex().row()
        if row < 0 or row >= len(self.pairs_model.items):
            return saaty.choices("A", "B")
        x = self.pairs_model.items[row]
        return saaty.choices(self.pairs_model.name(x.a, x.level), self.pairs_model.name(x.b, x.level))

    # -- refresh --------------------------------------------------------------------------
    def member(self) -> str | None:
        data = self.member_combo.currentData()
        return str(data) if data else None

    def block(self) -> str | None:
        data = self.block_combo.currentData()
        return str(data) if data else None

    def reload(self) -> None:
        from mcda.committee.hierarchy import blocks

        problem = self.session.document.problem
        if problem is None:
            return
        members = [(m.id, f"{m.id} — {m.name}") for m in problem.members]
        self._fill(self.member_combo, members)
        self._fill(self.block_combo, [(b.name, block_title(b.name)) for b in blocks(problem)] if problem.criteria else [])
        if self.pairs_model.member != self.member():
            self.pairs_model.set_member(self.member())
        if self.pairs_model.block != self.block():
            self.pairs_model.set_block(self.block())
        self.meeting_button.setEnabled(self.member() is not None)
        self.refresh()

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == items:
            return
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        pos = combo.findData(current)
        combo.setCurrentIndex(pos if pos >= 0 else (0 if items else -1))
        combo.blockSignals(False)

    def _on_block(self) -> None:
        self.pairs_model.set_block(self.block())
        self.refresh()

    def _on_member(self) -> None:
        self.pairs_model.set_member(self.member())
        self.meeting_button.setEnabled(self.member() is not None)
        self.refresh()

    def node(self) -> Any:
        result = self.session.result
        member, block = self.member(), self.block()
        if result is None or member is None or block is None:
            return None
        m = result.member(member)
        return m.nodes.get(block) if m is not None else None

    def refresh(self) -> None:
        from mcda.committee.hierarchy import block_matrix, blocks

        problem = self.session.document.problem
        member, name = self.member(), self.block()
        block = next((b for b in blocks(problem) if b.name == name), None) if problem is not None and name else None
        if problem is None or block is None or member is None:
            self.matrix_model.set_table([], [])
            self._show_repairs([])
            self.cr_label.setText("")
            self.cycles_label.setText("")
            return
        node = self.node()
        m = block_matrix(problem, member, block)
        weights = node.weights if node is not None else None
        rows = [[m[i, j] for j in range(block.size)] + [weights.iloc[i] if weights is not None else math.nan]
                for i in range(block.size)]
        self.matrix_model.formatter = lambda r, c, v: (fmt.percent(v) if c == block.size and v == v else "")\
            if c == block.size else ("1" if r == c else (saaty.as_text(v) or "·"))
        self.matrix_model.editable = lambda r, c: r != c and c < block.size
        self.matrix_model.editor = lambda r, c, v: self._edit_cell(member, block, r, c, v)
        self.matrix_model.set_table([*block.labels, self.tr("Peso local")], rows, list(block.labels))
        self._show_consistency(node, block)

    def _edit_cell(self, member: str, block: Any, r: int, c: int, value: Any) -> bool:
        """A judgment typed in the matrix view (``3``, ``1/5``; empty clears it)."""
        from desktop.models.committee_models import parse_judgment_text

        number = parse_judgment_text("" if str(value).strip() in ("", "·") else value)
        if number is None:
            return False
        a, b = block.labels[r], block.labels[c]
        text = self.tr("Juicio de %1: %2 frente a %3").replace("%1", member).replace("%2", a).replace("%3", b)
        return self.session.set_judgment(member, block.level, a, b, number, text)

    def _show_consistency(self, node: Any, block: Any) -> None:
        from mcda.ahp import intransitive_triads, most_inconsistent

        result = node.result if node is not None else None
        issues = node.issues if node is not None else ()
        errors = [i for i in issues if i.is_error]
        if errors:
            from desktop import settings
            from mcda.text import render

            text = "; ".join(render(i, settings.language()) for i in errors)
            self._set_cr(self.tr("No se pueden calcular pesos en este bloque: %1").replace("%1", text), "bad")
            self._show_repairs([])
            self.cycles_label.setText("")
            return
        if result is None:
            self._set_cr(self.tr("Un solo elemento: no hay nada que comparar."), "none")
            self._show_repairs([])
            self.cycles_label.setText("")
            return
        cr = result.cr
        limit = fmt.number(0.10, 2)
        if cr < 0.10:
            text = self.tr("Coherencia aceptable: RC = %1 (menor que %2).").replace("%1", fmt.number(cr, 3))
        else:
            text = self.tr("Coherencia insuficiente: RC = %1 (debería ser menor que %2). Revise los juicios "
                           "señalados abajo.").replace("%1", fmt.number(cr, 3))
        text = text.replace("%2", limit)
        if result.missing:
            gap = (self.tr("Falta 1 de %2 comparaciones; se estima a partir de las demás.") if result.missing == 1
                   else self.tr("Faltan %1 de %2 comparaciones; se estiman a partir de las demás."))
            text += " " + gap.replace("%1", str(result.missing)).replace("%2", str(block.pair_count))
        self._set_cr(text, "good" if cr < 0.10 else "warn" if cr < 0.20 else "bad")
        cycles = intransitive_triads(result.matrix, result.labels)
        self.cycles_label.setText("" if not cycles else self.tr("Contradicción ordinal: %1").replace(
            "%1", "; ".join(f"{a} > {b} > {c} > {a}" for a, b, c in cycles)))
        self._show_repairs(most_inconsistent(result, 3) if cr >= 0.10 or cycles else [])

    def _set_cr(self, text: str, level: str) -> None:
        color = {"good": colors.CR_GOOD, "warn": colors.CR_WARN, "bad": colors.CR_BAD}.get(level, "")
        self.cr_label.setText(text)
        self.cr_label.setProperty("level", level)
        self.cr_label.setStyleSheet(f"color: {color}" if color else "")

    def _show_repairs(self, suggestions: list[InconsistentJudgment]) -> None:
        self.suggestions = list(suggestions)
        self.repair_box.setVisible(bool(suggestions))
        for k, (label, button) in enumerate(self.repair_rows):
            if k >= len(suggestions):
                label.setText("")
                label.hide()
                button.hide()
                continue
            s = suggestions[k]
            a, b = self.pairs_model.name(s.row, "criteria"), self.pairs_model.name(s.col, "criteria")
            label.setText(self.tr("%1 frente a %2: ahora %3, coherente con los demás: %4 (RC quedaría en %5)")
                          .replace("%1", a).replace("%2", b).replace("%3", saaty.as_text(s.current))
                          .replace("%4", saaty.as_text(s.suggested)).replace("%5", fmt.number(s.cr_if_applied, 3)))
            label.show()
            button.show()
            button.setToolTip(saaty.sentence(s.suggested, a, b))
            bg = cr_color(s.cr_if_applied)
            label.setStyleSheet(f"background: rgba({bg.red()}, {bg.green()}, {bg.blue()}, {bg.alpha()})"
                                if bg is not None and k == 0 else "")

    # -- actions --------------------------------------------------------------------------
    def apply_suggestion(self, k: int) -> bool:
        """Replace the k-th most inconsistent judgment by its suggested value (one undoable step)."""
        member, block = self.member(), self.block()
        if member is None or block is None or k >= len(self.suggestions):
            return False
        s = self.suggestions[k]
        level = "groups" if block == "grupos" else "criteria"
        text = self.tr("Corregir %1 frente a %2 (%3): %4").replace("%1", s.row).replace("%2", s.col).replace(
            "%3", member).replace("%4", saaty.as_text(s.suggested))
        return self.session.set_judgment(member, level, s.row, s.col, s.suggested, text, event="repair")

    def _meeting(self) -> None:
        member = self.member()
        if member is None:
            return
        from mcda.committee.hierarchy import pairs

        problem = self.session.document.problem
        items = pairs(problem) if problem is not None else []
        start = next((k for k, x in enumerate(items) if x.block == self.block()), 0)
        self.meetingRequested.emit(member, start)
