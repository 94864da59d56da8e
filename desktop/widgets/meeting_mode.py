"""Meeting mode: one pair at a time, in large type, for the projector; driven by the keyboard.

Keys: ← / → move the answer along the scale (A's side on the left, B's on the
right); 1–9 set the intensity on the side chosen (A when the answer is
"igual" or empty); 0 or Space = equally important; Supr / Retroceso = no
answer; Enter, ↓ or Av Pág = next pair; ↑ or Re Pág = previous pair;
Inicio / Fin = first / last pair; Ctrl+Z / Ctrl+Shift+Z = undo / redo;
Esc = leave.  Every answer is an undoable edit recorded in the audit trail.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from desktop import colors, fmt, saaty

if TYPE_CHECKING:
    from desktop.committee_session import CommitteeSession

#: Positions of the scale, left (A much more important) to right (B much more important).
POSITIONS: tuple[float, ...] = tuple([float(k) for k in range(9, 1, -1)] + [1.0] + [1.0 / k for k in range(2, 10)])
EQUAL = POSITIONS.index(1.0)


def position(value: float) -> int | None:
    """Index in :data:`POSITIONS` of a value on the scale (nearest in log terms), ``None`` if missing."""
    if math.isnan(value):
        return None
    return min(range(len(POSITIONS)), key=lambda k: abs(math.log(POSITIONS[k]) - math.log(value)))


class MeetingMode(QWidget):
    """A window showing one member's pairs, one at a time."""

    closed = Signal()
    pairChanged = Signal(int)

    def __init__(self, session: CommitteeSession, member: str, start: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        from mcda.committee.hierarchy import member_name, pairs

        self.session = session
        self.member = member
        problem = session.document.problem
        assert problem is not None
        self.items = pairs(problem)
        self.index = max(0, min(start, len(self.items) - 1))
        self.setObjectName("meetingMode")
        self.setWindowTitle(self.tr("Modo reunión — %1").replace("%1", member_name(problem, member)))
        self.setMinimumSize(900, 560)

        big, huge = QFont(), QFont()
        big.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.6)
        huge.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 2.6)
        huge.setBold(True)
        self.member_label = QLabel(member_name(problem, member))
        self.member_label.setFont(big)
        self.block_label = QLabel()
        self.block_label.setFont(big)
        self.progress_label = QLabel()
        self.progress_label.setFont(big)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.items))
        self.progress.setTextVisible(True)
        self.question = QLabel(self.tr("¿Cuál de los dos es más importante para priorizar clústeres, y cuánto más?"))
        self.question.setFont(big)
        self.question.setWordWrap(True)
        self.a_label, self.b_label = QLabel(), QLabel()
        for label, align in ((self.a_label, Qt.AlignmentFlag.AlignLeft), (self.b_label, Qt.AlignmentFlag.AlignRight)):
            label.setFont(huge)
            label.setWordWrap(True)
            label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.sentence = QLabel()
        self.sentence.setObjectName("meetingSentence")
        self.sentence.setFont(big)
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cr_label = QLabel()
        self.cr_label.setFont(big)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        scale = QHBoxLayout()
        for k, value in enumerate(POSITIONS):
            text = "1" if value == 1.0 else str(round(value if value > 1 else 1 / value))
            button = QPushButton(text)
            button.setCheckable(True)
            button.setFont(big)
            button.setMinimumWidth(44)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(saaty.sentence(value, "A", "B"))
            self.buttons.addButton(button, k)
            scale.addWidget(button)
        self.buttons.idClicked.connect(lambda k: self.answer(POSITIONS[k]))
        for k, button in enumerate(self.buttons.buttons()):
            side = "0, 114, 178" if k < EQUAL else "230, 159, 0" if k > EQUAL else "150, 150, 150"
            button.setStyleSheet(f"QPushButton {{ background: rgba({side}, 40); }} "
                                 f"QPushButton:checked {{ background: rgb({side}); color: white; font-weight: bold; }}")
        sides = QHBoxLayout()
        self.a_side = QLabel()
        self.b_side = QLabel()
        self.b_side.setAlignment(Qt.AlignmentFlag.AlignRight)
        sides.addWidget(self.a_side, 1)
        sides.addWidget(self.b_side, 1)
        keys = QLabel(self.tr("← → respuesta · 1–9 intensidad · 0 igual · Supr sin respuesta · Enter o ↓ siguiente · "
                              "↑ anterior · Ctrl+Z deshacer · Esc salir"))
        keys.setWordWrap(True)
        keys.setObjectName("meetingKeys")

        top = QHBoxLayout()
        top.addWidget(self.member_label, 1)
        top.addWidget(self.progress_label)
        names = QGridLayout()
        names.addWidget(self.a_label, 0, 0)
        versus = QLabel(self.tr("frente a"))
        versus.setFont(big)
        names.addWidget(versus, 0, 1, Qt.AlignmentFlag.AlignCenter)
        names.addWidget(self.b_label, 0, 2)
        names.setColumnStretch(0, 1)
        names.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.block_label)
        layout.addWidget(self.question)
        layout.addSpacing(12)
        layout.addLayout(names, 1)
        layout.addLayout(scale)
        layout.addLayout(sides)
        layout.addWidget(self.sentence)
        layout.addWidget(self.cr_label)
        layout.addWidget(keys)
        stack = session.document.undo_stack
        QShortcut(QKeySequence.StandardKey.Undo, self, stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, stack.redo)
        session.changed.connect(self.show_pair)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_pair()

    # -- state ----------------------------------------------------------------------
    def current(self) -> float:
        from mcda.committee.hierarchy import judgment

        problem = self.session.document.problem
        if problem is None or not self.items:
            return math.nan
        x = self.items[self.index]
        return judgment(problem, self.member, x.level, x.a, x.b)

    def answered(self) -> int:
        from mcda.committee.hierarchy import judgment

        problem = self.session.document.problem
        if problem is None:
            return 0
        return sum(1 for x in self.items if not math.isnan(judgment(problem, self.member, x.level, x.a, x.b)))

    def _name(self, item: str, level: str) -> str:
        problem = self.session.document.problem
        if problem is None or level == "groups" or item not in problem.criterion_ids:
            return item
        return problem.criterion(item).name or item

    def show_pair(self) -> None:
        from desktop.models.committee_models import block_title

        if not self.items:
            return
        x = self.items[self.index]
        a, b = self._name(x.a, x.level), self._name(x.b, x.level)
        self.a_label.setText(a)
        self.b_label.setText(b)
        self.a_side.setText(self.tr("← %1 más importante").replace("%1", a))
        self.b_side.setText(self.tr("%1 más importante →").replace("%1", b))
        self.block_label.setText(block_title(x.block))
        self.progress_label.setText(self.tr("Par %1 de %2").replace("%1", str(self.index + 1)).replace(
            "%2", str(len(self.items))))
        self.progress.setValue(self.answered())
        self.progress.setFormat(self.tr("%1 de %2 respondidos").replace("%1", str(self.answered())).replace(
            "%2", str(len(self.items))))
        value = self.current()
        pos = position(value)
        self.buttons.setExclusive(False)
        for k, button in enumerate(self.buttons.buttons()):
            button.setChecked(k == pos)
        self.buttons.setExclusive(True)
        self.sentence.setText(saaty.sentence(value, a, b))
        cr = self.session.cr_of(self.member, x.block)
        if math.isnan(cr):
            self.cr_label.setText("")
        else:
            color = colors.CR_GOOD if cr < 0.10 else colors.CR_WARN if cr < 0.20 else colors.CR_BAD
            self.cr_label.setText(self.tr("Consistencia de este bloque: RC = %1 (aceptable si es menor que %2)")
                                  .replace("%1", fmt.number(cr, 3)).replace("%2", fmt.number(0.10, 2)))
            self.cr_label.setStyleSheet(f"color: {color}")
        self.pairChanged.emit(self.index)

    # -- actions --------------------------------------------------------------------
    def answer(self, value: float) -> bool:
        if not self.items:
            return False
        x = self.items[self.index]
        text = self.tr("Juicio de %1: %2 frente a %3").replace("%1", self.member).replace(
            "%2", self._name(x.a, x.level)).replace("%3", self._name(x.b, x.level))
        ok = self.session.set_judgment(self.member, x.level, x.a, x.b, value, text, event="meeting",
                                       merge_key=f"meeting:{self.member}:{x.level}:{x.a}:{x.b}")
        self.show_pair()
        return ok

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.items) - 1))
        self.show_pair()

    def move(self, step: int) -> None:
        pos = position(self.current())
        start = EQUAL if pos is None else pos
        self.answer(POSITIONS[max(0, min(len(POSITIONS) - 1, start + step))])

    def intensity(self, k: int) -> None:
        v = self.current()
        b_side = not math.isnan(v) and v < 1
        self.answer(1.0 / k if b_side else float(k))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        text = event.text()
        if key == Qt.Key.Key_Left:
            self.move(-1)
        elif key == Qt.Key.Key_Right:
            self.move(+1)
        elif text and text in "123456789" and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.intensity(int(text))
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Space):
            self.answer(1.0)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.answer(math.nan)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.go(self.index + 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.items) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:  # noqa: N802
        try:
            self.session.changed.disconnect(self.show_pair)
        except (RuntimeError, TypeError):
            pass
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]
