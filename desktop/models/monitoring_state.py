"""What the Seguimiento step has loaded and what it computes from it (no widgets).

The baseline is the open session or a file; the later rounds are files, plus
the open session when the baseline is a file.  :meth:`MonitoringState.compute`
turns that into :class:`mcda.monitoring.rounds.Rounds`, the comparison of the
baseline with the chosen round and the progress of the session's targets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mcda.errors import Issue
    from mcda.monitoring.baseline import Snapshot
    from mcda.problem import Problem

SESSION, FILE = "session", "file"


@dataclass(frozen=True)
class Computed:
    """Rounds, the comparison with the chosen round, the targets' progress and any errors."""

    rounds: Any = None
    comparison: Any = None
    progress: list[Any] = field(default_factory=list)
    errors: tuple[Issue, ...] = ()


@dataclass
class MonitoringState:
    """The sources of the step."""

    mode: str = SESSION
    base_file: Snapshot | None = None
    base_targets: list[Any] = field(default_factory=list)
    followups: list[Snapshot] = field(default_factory=list)

    def read(self, path: str | Path) -> Any:
        """A snapshot of a workbook (``mcda.monitoring.baseline.SnapshotRead``)."""
        from mcda.monitoring.baseline import read_snapshot

        return read_snapshot(Path(path))

    def set_base_file(self, snap: Snapshot) -> None:
        from mcda.monitoring.targets import load_targets

        self.base_file, self.mode = snap, FILE
        self.base_targets = load_targets(Path(snap.source), snap.problem)[0]

    def add_followup(self, snap: Snapshot) -> None:
        self.followups = [s for s in self.followups if s.source != snap.source] + [snap]

    def remove_followup(self, source: str) -> None:
        self.followups = [s for s in self.followups if s.source != source]

    def baseline(self, session: Snapshot | None) -> Snapshot | None:
        return self.base_file if self.mode == FILE else session

    def later(self, session: Snapshot | None) -> list[Snapshot]:
        later = list(self.followups)
        if self.mode == FILE and session is not None:
            later.append(session)
        return later

    def compute(self, session: Snapshot | None, problem: Problem | None, chosen: int = -1) -> Computed:
        """Everything the step shows; ``chosen`` is the index of the later round to compare (-1: latest)."""
        from mcda.errors import McdaError
        from mcda.monitoring.compare import compare
        from mcda.monitoring.rounds import Rounds
        from mcda.monitoring.targets import evaluate, targets_from_settings

        base = self.baseline(session)
        if base is None:
            return Computed()
        rounds = Rounds(base, tuple(self.later(session)))
        targets = targets_from_settings(problem) if problem is not None else []
        progress = evaluate(targets, rounds.baseline, rounds.latest)
        if not rounds.later:
            return Computed(rounds, None, progress)
        index = chosen if 0 <= chosen < len(rounds.later) else len(rounds.later) - 1
        try:
            comparison = compare(rounds.baseline, rounds.later[index])
        except McdaError as exc:
            return Computed(rounds, None, progress, tuple(exc.issues))
        return Computed(rounds, comparison, progress)


def followup_report(path: Path, comparison: Any, progress: list[Any], lang: str, analysis: Any = None,
                    cancelled: Any = None) -> tuple[Issue, ...]:
    """Write the later round's PDF report with its Seguimiento section (in a worker thread).

    ``analysis`` is the round's run when the round is the open session;
    a round read from a file is ranked here.  Returns the problems that
    prevented it (empty when the file was written).
    """
    from mcda import session
    from mcda.errors import McdaError
    from mcda.monitoring.report_section import FollowUp
    from mcda.report import build_report
    from mcda.workbook.reader import read_workbook

    try:
        sha = ""
        if analysis is None:
            read = read_workbook(Path(comparison.new.source), missing_policy=None)
            problem = read.raise_for_errors()
            analysis = session.run(problem, policy=read.missing_policy, input_sha256=read.sha256,
                                       resolved=read)
            sha = read.sha256
        build_report(analysis, path, lang=lang, input_sha256=sha or None,
                     followup=FollowUp(comparison, tuple(progress)))
    except McdaError as exc:
        return tuple(exc.issues)
    return ()
