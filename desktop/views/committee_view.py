"""Comité: members, their judgments, aggregation, consensus and rounds, questionnaires, meeting mode.

:func:`install` adds the step to the workspace (after *Criterios*, before
*Pesos*, since the committee's judgments give the weights), a *Comité* menu,
and the committee session (audit trail, rounds) beside the document.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QListWidgetItem, QMenu, QPushButton,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desktop import fmt
from desktop.committee_session import CommitteeSession
from desktop.models.committee_models import MembersModel
from desktop.views.committee_judgments import JudgmentsPanel
from desktop.views.committee_results import AggregationPanel, ConsensusPanel, level_word

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
    from desktop.widgets.meeting_mode import MeetingMode
    from mcda.errors import Issue


class MembersPanel(QWidget):
    """The committee's members (name, role, voting weight), added and removed here."""

    def __init__(self, session: CommitteeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = MembersModel(session, self)
        self.table = QTableView()
        self.table.setObjectName("members")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Agregar miembro"))
        self.add_button.setObjectName("addMember")
        self.add_button.clicked.connect(self.add_member)
        self.remove_button = QPushButton(self.tr("&Quitar miembro"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self.tr("&Exportar cuestionarios…"))
        self.export_button.clicked.connect(self.export_dialog)
        self.import_button = QPushButton(self.tr("&Importar cuestionarios…"))
        self.import_button.clicked.connect(self.import_dialog)
        self.messages = QLabel()
        self.messages.setObjectName("questionnaireMessages")
        self.messages.setWordWrap(True)
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.export_button, self.import_button):
            buttons.addWidget(b)
        intro = QLabel(self.tr("Cada miembro compara primero los grupos de criterios y luego los criterios de cada "
                               "grupo. Edite el nombre, el rol y el peso de voto en la tabla."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.messages)

    def add_member(self) -> str | None:
        """A new member ``M<n>`` with voting weight 1 (edit the name in the table)."""
        from mcda.problem import Member

        problem = self.session.document.problem
        if problem is None:
            return None
        taken = {m.id for m in problem.members} | {j.member for j in problem.judgments if j.member}
        n = len(problem.members) + 1
        while f"M{n}" in taken:
            n += 1
        new = Member(f"M{n}", self.tr("Miembro %1").replace("%1", str(n)), "", 1.0)
        ok = self.session.apply(self.tr("Agregar el miembro %1").replace("%1", new.id),
                                lambda p: p.replace(members=(*p.members, new)))
        if ok:
            self.table.selectRow(self.model.rowCount() - 1)
        return new.id if ok else None

    def remove_selected(self) -> bool:
        from mcda.committee.hierarchy import without_member_judgments

        rows = self.table.selectionModel().selectedRows()
        members = self.model.members()
        if not rows or rows[0].row() >= len(members):
            return False
        member = members[rows[0].row()].id
        return self.session.apply(self.tr("Quitar el miembro %1").replace("%1", member),
                                  lambda p: without_member_judgments(p, member).replace(
                                      members=tuple(m for m in p.members if m.id != member)),
                                  event="member_removed")

    # -- questionnaires -----------------------------------------------------------------
    def export_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta para los cuestionarios"))
        if folder:
            self.export_questionnaires(Path(folder))

    def export_questionnaires(self, folder: Path) -> list[Path]:
        from desktop import settings
        from mcda.errors import McdaError

        try:
            written = self.session.export_questionnaires(folder, lang=settings.language())
        except McdaError as exc:
            self._show_issues(exc.issues)
            return []
        self.messages.setText(self.tr("Se escribieron %1 cuestionarios en %2.").replace("%1", str(len(written)))
                              .replace("%2", str(folder)))
        return written

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Cuestionarios respondidos"), "",
                                                self.tr("Libros de Excel (*.xlsx)"))
        if paths:
            self.import_questionnaires([Path(p) for p in paths])

    def import_questionnaires(self, paths: list[Path]) -> bool:
        ok, issues = self.session.import_questionnaires(paths, self.tr("Importar %1 cuestionarios").replace(
            "%1", str(len(paths))))
        self._show_issues(issues, ok, len(paths))
        return ok

    def _show_issues(self, issues: list[Issue] | tuple[Issue, ...], ok: bool = False, count: int = 0) -> None:
        from desktop import settings
        from mcda.text import render

        lang = settings.language()
        lines = [render(i, lang) for i in issues]
        head = self.tr("Cuestionarios importados: %1.").replace("%1", str(count)) if ok else self.tr(
            "No se importó nada; corrija estos problemas:") if any(i.is_error for i in issues) else ""
        self.messages.setText("\n".join([head, *lines]).strip())


class CommitteeView(QWidget):
    """The Comité step."""

    def __init__(self, session: CommitteeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary = QLabel()
        self.summary.setObjectName("committeeSummary")
        self.summary.setWordWrap(True)
        self.members = MembersPanel(session)
        self.judgments = JudgmentsPanel(session)
        self.aggregation = AggregationPanel(session)
        self.consensus = ConsensusPanel(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("committeeTabs")
        self.tabs.addTab(self.members, self.tr("&Miembros"))
        self.tabs.addTab(self.judgments, self.tr("&Juicios"))
        self.tabs.addTab(self.aggregation, self.tr("A&gregación"))
        self.tabs.addTab(self.consensus, self.tr("C&onsenso y rondas"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.meeting: MeetingMode | None = None
        self.judgments.meetingRequested.connect(self.open_meeting)
        session.changed.connect(self.refresh)
        self.refresh()

    def reload(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        from mcda.committee.hierarchy import HIERARCHICAL, mode_of, pairs

        problem = self.session.document.problem
        if problem is None:
            return
        parts = [self.tr("%1 miembros").replace("%1", str(len(problem.members)))]
        if problem.criteria:
            mode = self.tr("jerárquico") if mode_of(problem) == HIERARCHICAL else self.tr("plano")
            parts.append(self.tr("modo %1, %2 juicios por miembro").replace("%1", mode).replace(
                "%2", str(len(pairs(problem)))))
        cc = self.session.consensus
        if cc is not None:
            parts.append(self.tr("consenso %1 (%2)").replace("%1", fmt.percent(cc.overall)).replace(
                "%2", level_word(cc.word)))
        parts.append(self.tr("ronda %1").replace("%1", str(self.session.round_number)))
        parts.append(self.tr("%1 filas de auditoría").replace("%1", str(len(self.session.trail))))
        self.summary.setText(" · ".join(parts))

    def open_meeting(self, member: str | None = None, start: int = 0) -> MeetingMode | None:
        from desktop.widgets.meeting_mode import MeetingMode

        member = member or self.judgments.member()
        if member is None or self.session.document.problem is None:
            return None
        if self.meeting is not None:
            self.meeting.close()
        self.meeting = MeetingMode(self.session, member, start, self)
        self.meeting.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.meeting.closed.connect(self._meeting_closed)
        self.meeting.showMaximized()
        self.meeting.activateWindow()
        self.meeting.setFocus()
        return self.meeting

    def _meeting_closed(self) -> None:
        self.meeting = None


def install(window: MainWindow) -> CommitteeView:
    """Add the Comité step, its menu and the committee session to the window's workspace."""
    from desktop.views import workspace as steps

    ws = window.workspace
    assert ws is not None
    steps.STEP_TITLES.setdefault("committee", QT_TRANSLATE_NOOP("Workspace", "Comité"))
    steps.STEP_TIPS.setdefault("committee", QT_TRANSLATE_NOOP(
        "Workspace", "Los miembros del comité, sus juicios, la agregación y el consenso"))
    session = CommitteeSession(window.document, ws)
    view = CommitteeView(session)
    view.setObjectName("committeeView")
    index = ws.keys.index("weights") if "weights" in ws.keys else len(ws.keys)
    ws.views["committee"] = view
    ws.keys.insert(index, "committee")
    ws.stack.insertWidget(index, view)
    item = QListWidgetItem()
    item.setToolTip(QCoreApplication.translate("Workspace", steps.STEP_TIPS["committee"]))
    item.setSizeHint(QSize(150, 44))
    ws.sidebar.blockSignals(True)
    ws.sidebar.insertItem(index, item)
    ws.sidebar.blockSignals(False)
    for row in range(ws.sidebar.count()):
        it = ws.sidebar.item(row)
        title = steps.step_title("committee") if row == index else it.text().split(".  ", 1)[-1]
        it.setText(f"{row + 1}.  {title}")
    menu = QMenu(QCoreApplication.translate("CommitteeView", "&Comité"), window)
    window.menuBar().insertMenu(window.menuBar().actions()[2], menu)
    actions: list[tuple[str, Any, str | None]] = [
        (QCoreApplication.translate("CommitteeView", "Ir al &comité"), lambda: ws.go_to("committee"), None),
        (QCoreApplication.translate("CommitteeView", "&Modo reunión"), lambda: view.open_meeting(), "Ctrl+M"),
        (QCoreApplication.translate("CommitteeView", "&Guardar ronda"), view.consensus.save_round, None),
        (QCoreApplication.translate("CommitteeView", "&Exportar cuestionarios…"), view.members.export_dialog, None),
        (QCoreApplication.translate("CommitteeView", "&Importar cuestionarios…"), view.members.import_dialog, None),
    ]
    for text, slot, shortcut in actions:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
    window.committee = view  # type: ignore[attr-defined]
    return view
