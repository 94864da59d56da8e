"""The audit trail of the committee's judgments, hash-chained.

Every judgment change is one row: sequence number, time, member, sheet,
level, pair ``a / b``, old and new value (as text: ``3``, ``1/5``, empty when
missing), round, event (``import``, ``edit``, ``repair``, ``questionnaire``,
``undo``, ``redo`` ...), the reason the member gave, the source file, the
previous row's hash and the row's own hash.  The trail starts with the
judgments as imported (event ``import``, source ``file!sheet``), so every
export that holds judgments has audit rows.

Hash chain: ``hash_k = SHA-256(hash_{k-1} + "\\n" + JSON(content_k))`` with
``hash_0`` = 64 zeros and ``content_k`` the row's fields as text, in column
order.  Editing, inserting or deleting a row changes every later hash;
:func:`mcda.committee.integrity.verify` recomputes the chain and compares the
head with the one recorded in the ``Integridad`` sheet.  (Without a secret
key this detects changes made after the export, not a forger who recomputes
every hash.)

Examples
--------
>>> t = AuditTrail().record(member="M1", sheet="AHP M1", level="criteria", a="I1", b="I2",
...                         old=math.nan, new=3.0, time="2024-05-01T10:00:00-05:00")
>>> t.entries[0].new, t.entries[0].prev_hash == GENESIS, len(t.head)
('3', True, 64)
>>> t.verify_chain()
[]
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from mcda.ahp_incomplete import complete_reciprocal
from mcda.errors import Issue
from mcda.problem import Judgments, Problem

AUDIT_SHEET = "Auditoria"
GENESIS = "0" * 64
#: Column headers of the ``Auditoria`` sheet (stable keys; the hash covers the values, not the headers).
COLUMNS: tuple[str, ...] = ("n", "fecha", "miembro", "hoja", "nivel", "par_a", "par_b", "anterior", "nuevo",
                            "ronda", "evento", "motivo", "archivo", "hash_anterior", "hash")
EVENTS = ("import", "external", "edit", "repair", "questionnaire", "undo", "redo", "member_removed")


def format_value(value: float) -> str:
    """A judgment as canonical text.

    >>> format_value(3.0), format_value(0.2), format_value(math.nan), format_value(2.4662120743)
    ('3', '1/5', '', '2.466212074')
    """
    if value is None or math.isnan(value):
        return ""
    if abs(value - round(value)) < 1e-9 and round(value) >= 1:
        return str(int(round(value)))
    inv = 1.0 / value
    if abs(inv - round(inv)) < 1e-9 and round(inv) >= 2:
        return f"1/{int(round(inv))}"
    return f"{value:.10g}"


def parse_value(text: str) -> float:
    """Inverse of :func:`format_value` (``""`` -> NaN).

    >>> parse_value("1/5"), parse_value("3"), math.isnan(parse_value(""))
    (0.2, 3.0, True)
    """
    text = text.strip()
    if not text:
        return math.nan
    if "/" in text:
        num, den = text.split("/", 1)
        return float(num) / float(den)
    return float(text)


def now() -> str:
    """Local time with offset, to the second."""
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def canonical(value: Any) -> str:
    """A cell value as the text the hash covers (integral floats as integers).

    >>> canonical(3.0), canonical(None), canonical("AHP M1"), canonical(2)
    ('3', '', 'AHP M1', '2')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    return str(value)


def chain_hash(prev: str, content: Sequence[str]) -> str:
    """``SHA-256(prev + "\\n" + JSON(content))`` in hex."""
    payload = prev + "\n" + json.dumps(list(content), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    """One row of the trail."""

    seq: int
    time: str
    member: str
    sheet: str
    level: str
    a: str
    b: str
    old: str
    new: str
    round: int
    event: str
    reason: str
    source: str
    prev_hash: str
    hash: str

    def content(self) -> list[str]:
        """The fields the hash covers, as text, in column order."""
        return [canonical(x) for x in (self.seq, self.time, self.member, self.sheet, self.level, self.a, self.b,
                                       self.old, self.new, self.round, self.event, self.reason, self.source)]

    def row(self) -> list[Any]:
        return [self.seq, self.time, self.member, self.sheet, self.level, self.a, self.b, self.old, self.new,
                self.round, self.event, self.reason, self.source, self.prev_hash, self.hash]


@dataclass(frozen=True)
class Change:
    """A judgment that differs between two problems."""

    member: str | None
    level: str
    a: str
    b: str
    old: float
    new: float
    sheet: str


@dataclass(frozen=True)
class AuditTrail:
    """An immutable, hash-chained list of :class:`AuditEntry`."""

    entries: tuple[AuditEntry, ...] = ()

    @property
    def head(self) -> str:
        return self.entries[-1].hash if self.entries else GENESIS

    def __len__(self) -> int:
        return len(self.entries)

    def record(self, *, member: str | None, sheet: str, level: str, a: str, b: str, old: float | str,
               new: float | str, round: int = 0, event: str = "edit", reason: str = "", source: str = "",
               time: str | None = None) -> AuditTrail:
        """The trail with one more row."""
        old_t = old if isinstance(old, str) else format_value(old)
        new_t = new if isinstance(new, str) else format_value(new)
        draft = AuditEntry(len(self.entries) + 1, time or now(), member or "", sheet, level, a, b, old_t, new_t,
                           int(round), event, reason, source, self.head, "")
        return AuditTrail(self.entries + (replace(draft, hash=chain_hash(self.head, draft.content())),))

    def record_changes(self, changes: Iterable[Change], *, round: int = 0, event: str = "edit", reason: str = "",
                       source: str = "", time: str | None = None) -> AuditTrail:
        trail = self
        stamp = time or now()
        for c in changes:
            trail = trail.record(member=c.member, sheet=c.sheet, level=c.level, a=c.a, b=c.b, old=c.old,
                                 new=c.new, round=round, event=event, reason=reason, source=source, time=stamp)
        return trail

    def verify_chain(self) -> list[int]:
        """Sequence numbers of the rows whose hash does not match (empty = intact)."""
        bad, prev = [], GENESIS
        for e in self.entries:
            if e.prev_hash != prev or e.hash != chain_hash(prev, e.content()):
                bad.append(e.seq)
            prev = e.hash
        return bad

    def final_values(self) -> dict[tuple[str, str, str, str], str]:
        """The last value recorded per (member, level, a, b), oriented ``a < b`` in the row order given."""
        out: dict[tuple[str, str, str, str], str] = {}
        for e in self.entries:
            out[(e.member, e.level, e.a, e.b)] = e.new
        return out

    def to_frame(self) -> pd.DataFrame:
        """The ``Auditoria`` sheet."""
        return pd.DataFrame([e.row() for e in self.entries], columns=list(COLUMNS))

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[Any]]) -> AuditTrail:
        """Rows as read back from the sheet (no check here: see :meth:`verify_chain`)."""
        entries = []
        for r in rows:
            cells = [canonical(x) for x in list(r) + [None] * (len(COLUMNS) - len(r))]
            seq = int(float(cells[0])) if cells[0] else 0
            rnd = int(float(cells[9])) if cells[9] else 0
            entries.append(AuditEntry(seq, cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7],
                                      cells[8], rnd, cells[10], cells[11], cells[12], cells[13], cells[14]))
        return cls(tuple(entries))


def given_pairs(j: Judgments) -> list[tuple[int, int, float]]:
    """``(i, j, a_ij)`` of every entered judgment, upper triangle in label order."""
    full = complete_reciprocal(np.asarray(j.matrix, dtype=float))
    n = len(j.labels)
    return [(i, k, float(full[i, k])) for i in range(n) for k in range(i + 1, n) if not math.isnan(full[i, k])]


def sheet_name(j: Judgments) -> str:
    if j.sheet:
        return j.sheet
    return " ".join(["AHP"] + ([j.member] if j.member else []) + (["grupos"] if j.level == "groups" else []))


def initial_trail(problem: Problem, source: str = "", *, time: str | None = None, round: int = 0) -> AuditTrail:
    """The trail of a problem as imported: one ``import`` row per judgment given."""
    trail = AuditTrail()
    stamp = time or now()
    for j in problem.judgments:
        sheet = sheet_name(j)
        where = f"{source}!{sheet}" if source else sheet
        for i, k, v in given_pairs(j):
            trail = trail.record(member=j.member, sheet=sheet, level=j.level, a=j.labels[i], b=j.labels[k],
                                 old=math.nan, new=v, round=round, event="import", source=where, time=stamp)
    return trail


def diff_judgments(before: Problem, after: Problem) -> list[Change]:
    """Every judgment that differs between two problems (pairs in the ``after``
    matrix's label order; a removed matrix shows as its judgments cleared)."""
    out: list[Change] = []
    keys = list(dict.fromkeys((j.member, j.level) for j in (*after.judgments, *before.judgments)))
    for member, level in keys:
        old_j, new_j = before.judgments_for(member, level), after.judgments_for(member, level)
        ref = new_j if new_j is not None else old_j
        assert ref is not None
        labels = list(ref.labels) + [x for x in (old_j.labels if old_j else ()) if x not in ref.labels]
        old_m, new_m = _dense(old_j, labels), _dense(new_j, labels)
        sheet = sheet_name(ref)
        for i in range(len(labels)):
            for k in range(i + 1, len(labels)):
                o, n = old_m[i, k], new_m[i, k]
                same = (math.isnan(o) and math.isnan(n)) or (not math.isnan(o) and not math.isnan(n)
                                                             and abs(o - n) <= 1e-12 * max(abs(o), 1.0))
                if not same:
                    out.append(Change(member, level, labels[i], labels[k], float(o), float(n), sheet))
    return out


def _dense(j: Judgments | None, labels: Sequence[str]) -> np.ndarray:
    n = len(labels)
    out = np.full((n, n), math.nan)
    if j is None:
        return out
    full = complete_reciprocal(np.asarray(j.matrix, dtype=float))
    idx = {x: k for k, x in enumerate(j.labels)}
    for r, a in enumerate(labels):
        for c, b in enumerate(labels):
            if a in idx and b in idx:
                out[r, c] = full[idx[a], idx[b]]
    return out


def trail_issues(trail: AuditTrail, sheet: str = AUDIT_SHEET, first_row: int = 2) -> list[Issue]:
    """``verify.audit_row_changed`` for the first row whose hash breaks the chain."""
    bad = trail.verify_chain()
    if not bad:
        return []
    pos = next(k for k, e in enumerate(trail.entries) if e.seq == bad[0])
    return [Issue("verify.audit_row_changed", sheet=sheet, cell=f"A{first_row + pos}",
                  params={"row": first_row + pos, "seq": bad[0], "count": len(bad)})]
