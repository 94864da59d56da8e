"""The committee's session state beside the document: audit trail, rounds, live results.

The problem (members, judgments) lives in the :class:`~desktop.document.Document`
and every edit is an undoable operation.  What must *not* be undone lives
here: the audit trail (an undo is itself recorded, as event ``undo``) and the
saved rounds.  After every change of the problem the session records the
judgments that changed (member, time, old → new, round, event, reason) and
recomputes each member's and the committee's weights, CRs and consensus
(leniently: a member's unusable block shows its issue instead of stopping
everything).

The trail starts with the judgments as read from the file (or continues the
trail of a workbook clusterprio wrote); it is saved with the session and
exported with the results (``Auditoria``, ``Rondas``, ``Integridad``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.document import Document
from desktop.operations import Operation

if TYPE_CHECKING:
    import pandas as pd

    from mcda.committee.audit import AuditTrail
    from mcda.committee.consensus import CommitteeConsensus
    from mcda.committee.hierarchy import CommitteeResult
    from mcda.committee.rounds import Round
    from mcda.errors import Issue
    from mcda.problem import Problem

_ACTIVE: list[CommitteeSession] = []


def active() -> CommitteeSession | None:
    """The session of the open window (the app has one document)."""
    from shiboken6 import isValid

    _ACTIVE[:] = [s for s in _ACTIVE if isValid(s) and isValid(s.document)]
    return _ACTIVE[-1] if _ACTIVE else None


def export_sheets(problem: Problem, weights: pd.Series) -> dict[str, pd.DataFrame]:
    """Committee sheets for a results export: the session's trail and rounds when they
    belong to this problem's session, else the trail as imported."""
    from mcda.committee.export import committee_sheets
    from mcda.committee.rounds import ROUNDS_SHEET, rounds_frame

    s = active()
    trail = s.trail_for_export(problem) if s is not None else None
    sheets = committee_sheets(problem, weights, trail=trail)
    if s is not None and s.rounds:
        sheets[ROUNDS_SHEET] = rounds_frame(s.rounds)
    return sheets


def session_sheets(problem: Problem) -> dict[str, pd.DataFrame]:
    """Sheets saved with the session workbook: ``Auditoria`` and ``Rondas``."""
    from mcda.committee.audit import AUDIT_SHEET
    from mcda.committee.rounds import ROUNDS_SHEET, rounds_frame

    s = active()
    if s is None:
        return {}
    out = {}
    trail = s.trail_for_export(problem)
    if trail is not None and len(trail):
        out[AUDIT_SHEET] = trail.to_frame()
    if s.rounds:
        out[ROUNDS_SHEET] = rounds_frame(s.rounds)
    return out


def _ahp_settings(problem: Problem) -> dict[str, str]:
    return {k: v for k, v in problem.settings.items() if k.startswith("ahp.")}


def _layout(problem: Problem) -> list[tuple[str, str, str]]:
    return [(c.id, c.name, c.group) for c in problem.criteria]


class CommitteeSession(QObject):
    """Audit trail, rounds and the live committee results of one document."""

    changed = Signal()
    trailChanged = Signal()
    roundsChanged = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from mcda.committee.audit import AuditTrail

        self.document = document
        self.trail: AuditTrail = AuditTrail()
        self.rounds: list[Round] = []
        self.round_number = 1
        self.result: CommitteeResult | None = None
        self.consensus: CommitteeConsensus | None = None
        self.issues: tuple[Issue, ...] = ()
        self._last: Problem | None = None
        self._event: str | None = None
        self._reasons: dict[tuple[str, str, str, str], tuple[str, str]] = {}
        self.reason = ""
        document.loaded.connect(self._on_loaded)
        document.problemChanged.connect(self._on_changed)
        _ACTIVE.append(self)
        if document.problem is not None:
            self._on_loaded(document.problem)

    def close(self) -> None:
        if self in _ACTIVE:
            _ACTIVE.remove(self)

    # -- loading -------------------------------------------------------------------
    def _on_loaded(self, problem: Problem) -> None:
        from mcda.committee.integrity import trail_for
        from mcda.committee.rounds import read_rounds

        path = self.document.path
        self.trail = trail_for(problem, path if path is not None and Path(path).exists() else None)
        self.rounds = read_rounds(path, problem) if path is not None and Path(path).exists() else []
        self.round_number = max((r.number for r in self.rounds), default=0) + 1
        self._last = problem
        self._recompute(problem)
        self.trailChanged.emit()
        self.roundsChanged.emit()

    # -- recording -------------------------------------------------------------------
    def _classify(self) -> str:
        """``undo`` / ``redo`` when the change comes from the undo stack, else the hint or ``edit``."""
        stack = self.document.undo_stack
        problem = self.document.problem
        i = stack.index()
        before = stack.command(i - 1) if i > 0 else None
        after = stack.command(i) if i < stack.count() else None
        if before is not None and getattr(before, "_before", None) is problem:
            return "undo"
        if after is not None and getattr(after, "_after", None) is problem:
            return "redo"
        return self._event or "edit"

    def _on_changed(self, problem: Problem) -> None:
        from mcda.committee.audit import diff_judgments

        last = self._last
        self._last = problem
        if last is None or problem is None:
            return
        if last.judgments != problem.judgments:
            event = self._classify()
            trail = self.trail
            for c in diff_judgments(last, problem):
                reason, source = self._reasons.get((c.member or "", c.level, c.a, c.b), (self.reason, ""))
                trail = trail.record_changes([c], round=self.round_number, event=event, reason=reason,
                                             source=source or self._source())
            self.trail = trail
            self.trailChanged.emit()
        if last.judgments != problem.judgments or last.members != problem.members \
                or _ahp_settings(last) != _ahp_settings(problem) or _layout(last) != _layout(problem):
            self._recompute(problem)  # not on a weight slider's every step

    def _source(self) -> str:
        path = self.document.path
        return Path(path).name if path is not None else ""

    def _recompute(self, problem: Problem) -> None:
        from mcda.committee.consensus import committee_consensus
        from mcda.committee.hierarchy import committee_weights
        from mcda.errors import McdaError

        self.result, self.consensus, self.issues = None, None, ()
        if problem.judgments:
            try:
                self.result = committee_weights(problem, strict=False)
                self.consensus = committee_consensus(self.result)
            except McdaError as exc:
                self.issues = tuple(exc.issues)
        self.changed.emit()

    def trail_for_export(self, problem: Problem) -> AuditTrail | None:
        """The session trail when ``problem`` is (a snapshot of) this session's state."""
        current = self.document.problem
        if current is not None and current.judgments == problem.judgments:
            return self.trail
        return None

    # -- edits -------------------------------------------------------------------------
    def apply(self, text: str, change: Callable[[Problem], Problem], *, event: str = "edit",
              merge_key: str | None = None,
              reasons: dict[tuple[str, str, str, str], tuple[str, str]] | None = None) -> bool:
        """Apply an undoable edit, recording its judgment changes with ``event``."""
        self._event, self._reasons = event, dict(reasons or {})
        try:
            return self.document.apply(Operation(text, change, merge_key))
        finally:
            self._event, self._reasons = None, {}

    def set_judgment(self, member: str, level: str, a: str, b: str, value: float, text: str, *,
                     event: str = "edit", merge_key: str | None = None) -> bool:
        from mcda.committee.hierarchy import with_judgment

        return self.apply(text, lambda p: with_judgment(p, member, level, a, b, value), event=event,
                          merge_key=merge_key)

    # -- rounds --------------------------------------------------------------------------
    def save_round(self, label: str = "") -> Round | None:
        from mcda.committee.rounds import take_round

        problem = self.document.problem
        if problem is None:
            return None
        r = take_round(problem, self.round_number, label)
        self.rounds.append(r)
        self.round_number += 1
        self.roundsChanged.emit()
        return r

    # -- questionnaires ------------------------------------------------------------------
    def export_questionnaires(self, folder: Path, members: list[str] | None = None, lang: str = "es") -> list[Path]:
        from mcda.committee.questionnaire import write_questionnaire

        problem = self.document.problem
        if problem is None:
            return []
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        for m in members or [x.id for x in problem.members]:
            target = folder / f"cuestionario_{m}.xlsx"
            write_questionnaire(problem, m, target, lang=lang)
            out.append(target)
        return out

    def import_questionnaires(self, paths: list[Path], text: str) -> tuple[bool, list[Issue]]:
        """Check every questionnaire; merge them all as one undoable step when none has errors."""
        from mcda.committee.questionnaire import merge, read_questionnaire

        problem = self.document.problem
        if problem is None:
            return False, []
        results = [read_questionnaire(p, problem) for p in paths]
        issues = [i for r in results for i in r.issues]
        if not results or not all(r.ok for r in results):
            return False, issues
        reasons = {(r.member or "", a.pair.level, a.pair.a, a.pair.b): (a.comment, f"{r.path}!Cuestionario!{a.cell}")
                   for r in results for a in r.answers}

        def change(p: Problem) -> Problem:
            for r in results:
                p, _ = merge(p, r)
            return p

        ok = self.apply(text, change, event="questionnaire", reasons=reasons)
        return ok, issues

    # -- reading -------------------------------------------------------------------------
    def cr_of(self, member: str | None, block: str) -> float:
        if self.result is None:
            return math.nan
        m = self.result.member(member) if member is not None else self.result.group
        node = m.nodes.get(block) if m is not None else None
        return node.cr if node is not None else math.nan

    def data(self) -> Any:
        return self.result
