"""Offline questionnaires: one workbook per member, answered in any spreadsheet program.

Layout of a questionnaire (``write_questionnaire``)
---------------------------------------------------
* ``Instrucciones``: how to answer, in the chosen language (Spanish by default).
* ``Cuestionario``: one row per pair of the hierarchy (:func:`mcda.committee.hierarchy.pairs`):
  ``N.º``, the comparison (block), element A, element B, the answer (column E,
  a dropdown of the 17 verbal answers of Saaty's scale; a number such as
  ``3`` or ``1/5`` is accepted too) and an optional comment (column F, kept in
  the audit trail as the reason).  Columns G-I (hidden) hold the level and the
  ids of A and B.  The member's current judgments are pre-filled.
* ``Escala`` (hidden): the answers offered by the dropdown.
* ``_cuestionario`` (very hidden): format, member id and name, mode, number of
  pairs and a SHA-256 signature of the layout.

Every sheet is protected (only the answer and comment cells are unlocked)
and the workbook structure is locked, so sheets cannot be added, removed or
renamed by mistake.  (Protection without a password guards against slips,
not against a determined user; the signature catches an altered layout.)

Reading back (``read_questionnaire``) checks the format, the member (known to
the committee, the one expected), the layout (rows, ids, signature) and each
answer, naming the sheet and cell of every problem; ``merge`` puts the
answers into the problem and the audit trail.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcda.committee.audit import AuditTrail, canonical, format_value, sheet_name
from mcda.committee.hierarchy import GROUPS_BLOCK, Pair, judgment, member_name, mode_of, pairs, with_judgment
from mcda.errors import Issue, Severity
from mcda.problem import Problem
from mcda.text import message

QUESTIONS_SHEET = "Cuestionario"
INSTRUCTIONS_SHEET = "Instrucciones"
SCALE_SHEET = "Escala"
META_SHEET = "_cuestionario"
FORMAT = "clusterprio-cuestionario 1"
ANSWER_COL, COMMENT_COL, LEVEL_COL, A_COL, B_COL = 5, 6, 7, 8, 9
#: Answer values offered, A's side first: 9 ... 2, 1, 1/2 ... 1/9.
SCALE: tuple[float, ...] = tuple([float(k) for k in range(9, 0, -1)] + [1.0 / k for k in range(2, 10)])


def option(value: float, lang: str = "es") -> str:
    """The dropdown text of a scale value.

    >>> option(5.0), option(1.0), option(1 / 3)
    ('A es mucho más importante que B (5)', 'A y B son igual de importantes (1)', 'B es moderadamente más importante que A (1/3)')
    """
    if abs(value - 1.0) < 1e-9:
        return message("committee.q.option.equal", lang)
    k = round(value if value > 1 else 1 / value)
    side = "a" if value > 1 else "b"
    return message(f"committee.q.option.{side}", lang, phrase=message(f"committee.q.verbal.{k}", lang),
                   value=format_value(value))


def signature(member: str, items: Sequence[Pair]) -> str:
    """SHA-256 of the member id and the pairs asked (level, a, b), in order."""
    data = json.dumps([member, [[p.level, p.a, p.b] for p in items]], ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def _label(problem: Problem, p: Pair, item: str) -> str:
    if p.level == "groups":
        return item
    c = problem.criterion(item)
    return f"{c.id} — {c.name}" if c.name and c.name != c.id else c.id


def write_questionnaire(problem: Problem, member: str, path: str | os.PathLike[str], *, mode: str | None = None,
                        lang: str = "es") -> None:
    """Write ``member``'s questionnaire to ``path`` (atomically)."""
    from openpyxl import Workbook
    from openpyxl.styles import Protection
    from openpyxl.workbook.protection import WorkbookProtection
    from openpyxl.worksheet.datavalidation import DataValidation

    from mcda.workbook import styles
    from mcda.workbook.input_sheets import new_sheet, write_row
    from mcda.workbook.sanitize import put_text
    from mcda.workbook.save import save_atomic

    mode = mode or mode_of(problem)
    items = pairs(problem, mode)
    name = member_name(problem, member)
    wb = Workbook()
    wb.remove(wb.active)
    info = new_sheet(wb, INSTRUCTIONS_SHEET)
    lines = [message("committee.q.title", lang, member=name, id=member)]
    lines += message("committee.q.instructions", lang, count=len(items)).split("\n")
    for row, text in enumerate(lines, start=1):
        put_text(info.cell(row=row, column=1), text)
        info.cell(row=row, column=1).alignment = styles.WRAP
    info["A1"].font = styles.HEADER_FONT
    info.column_dimensions["A"].width = 110
    ws = new_sheet(wb, QUESTIONS_SHEET)
    keys = ("n", "block", "a", "b", "answer", "comment", "level", "id_a", "id_b")
    write_row(ws, 1, [message(f"committee.q.col.{k}", lang) for k in keys])
    for r, p in enumerate(items, start=2):
        block = message("committee.q.block.groups" if p.block == GROUPS_BLOCK else "committee.q.block.criteria",
                        lang, group=p.block)
        current = judgment(problem, member, p.level, p.a, p.b)
        write_row(ws, r, [r - 1, block, _label(problem, p, p.a), _label(problem, p, p.b),
                          "" if math.isnan(current) else option(_nearest(current), lang), "", p.level, p.a, p.b])
        for col in (ANSWER_COL, COMMENT_COL):
            ws.cell(row=r, column=col).protection = Protection(locked=False)
    last = len(items) + 1
    scale = new_sheet(wb, SCALE_SHEET)
    for r, v in enumerate(SCALE, start=1):
        put_text(scale.cell(row=r, column=1), option(v, lang))
    scale.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1=f"={SCALE_SHEET}!$A$1:$A${len(SCALE)}", allow_blank=True,
                        showErrorMessage=True, errorTitle=message("committee.q.dv_title", lang),
                        error=message("committee.q.dv_error", lang))
    dv.add(f"E2:E{last}")
    ws.add_data_validation(dv)
    styles.finish_table(ws, COMMENT_COL, freeze="E2", wrap_columns=[2, 3, 4, COMMENT_COL])
    ws.column_dimensions["E"].width = 62
    for letter in ("G", "H", "I"):
        ws.column_dimensions[letter].hidden = True
    meta = new_sheet(wb, META_SHEET)
    meta_rows = (("formato", FORMAT), ("miembro", member), ("nombre", name), ("modo", mode),
                 ("pares", str(len(items))), ("firma", signature(member, items)))
    for line, (key, text) in enumerate(meta_rows, start=1):
        put_text(meta.cell(row=line, column=1), key)
        put_text(meta.cell(row=line, column=2), text)
    meta.sheet_state = "veryHidden"
    for sheet in wb.worksheets:
        sheet.protection.sheet = True
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = wb.worksheets.index(ws)
    save_atomic(wb, path)


def _nearest(value: float) -> float:
    return min(SCALE, key=lambda s: abs(math.log(s) - math.log(value)))


@dataclass(frozen=True)
class Answer:
    """One row answered (``value`` NaN = left blank)."""

    pair: Pair
    value: float
    comment: str
    cell: str


@dataclass(frozen=True)
class QuestionnaireResult:
    """What one questionnaire gave: the member, the answers and every issue."""

    path: str
    member: str | None
    answers: tuple[Answer, ...] = ()
    issues: tuple[Issue, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.member is not None and not any(i.is_error for i in self.issues)


def parse_answer(value: Any) -> float | None:
    """A cell's answer: the value of a dropdown text (Spanish or English), a
    Saaty-scale number or fraction, ``NaN`` when blank, ``None`` when invalid.

    >>> parse_answer("A es mucho más importante que B (5)"), parse_answer("1/3"), parse_answer(7)
    (5.0, 0.3333333333333333, 7.0)
    >>> parse_answer("mucho"), math.isnan(parse_answer(None))
    (None, True)
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return math.nan
    if isinstance(value, str):
        text = value.strip()
        for lang in ("es", "en"):
            for v in SCALE:
                if text == option(v, lang):
                    return v
    from mcda.ahp import parse_judgment
    from mcda.errors import InputError

    try:
        v = parse_judgment(value)
    except (InputError, ValueError):
        return None
    return v if math.isfinite(v) and 1 / 9 - 1e-9 <= v <= 9 + 1e-9 else None


def _issue(code: str, sheet: str | None, cell: str | None, severity: Severity = Severity.ERROR,
           **params: Any) -> Issue:
    return Issue(code, sheet=sheet, cell=cell, params=params, severity=severity)


def read_questionnaire(path: str | os.PathLike[str], problem: Problem, *,
                       expected_member: str | None = None) -> QuestionnaireResult:
    """Read a filled questionnaire and check it against ``problem``."""
    from mcda.workbook.book import Book
    from mcda.workbook.safety import inspect_file

    name = Path(path).name
    check = inspect_file(path)
    if not check.ok:
        return QuestionnaireResult(name, None, (), tuple(check.issues))
    book = Book(check, name)
    if not book.ok:
        return QuestionnaireResult(name, None, (), tuple(book.issues))
    issues: list[Issue] = []
    meta_grid = book.grid(META_SHEET, issues) if META_SHEET in book.sheet_names else None
    meta = {str(r[0]): str(r[1]) for r in (meta_grid or []) if len(r) >= 2 and r[0] is not None}
    if meta.get("formato") != FORMAT or QUESTIONS_SHEET not in book.sheet_names:
        return QuestionnaireResult(name, None, (), (_issue("committee.q.not_questionnaire", None, None, file=name),))
    member = meta.get("miembro", "")
    known = {m.id for m in problem.members} | {j.member for j in problem.judgments if j.member}
    if member not in known:
        issues.append(_issue("committee.q.unknown_member", META_SHEET, "B2", member=member, file=name))
    if expected_member is not None and member != expected_member:
        issues.append(_issue("committee.q.wrong_member", META_SHEET, "B2", member=member, expected=expected_member,
                             file=name))
    grid = book.grid(QUESTIONS_SHEET, issues) or []
    answers, asked = _rows(grid, problem, issues)
    if signature(member, asked) != meta.get("firma") or str(len(asked)) != meta.get("pares"):
        issues.append(_issue("committee.q.altered", QUESTIONS_SHEET, "A1", file=name))
    return QuestionnaireResult(name, member if member in known else None, tuple(answers), tuple(issues))


def _rows(grid: list[list[Any]], problem: Problem, issues: list[Issue]) -> tuple[list[Answer], list[Pair]]:
    valid = {(p.level, p.a, p.b): p for mode in ("hierarchical", "flat") for p in pairs(problem, mode)}
    answers: list[Answer] = []
    asked: list[Pair] = []
    for r, line in enumerate(grid[1:], start=2):
        cells = list(line) + [None] * (B_COL - len(line))
        if all(c in (None, "") for c in cells[:B_COL]):
            continue
        key = tuple("" if c is None else str(c) for c in cells[LEVEL_COL - 1:B_COL])
        pair = valid.get(key)  # type: ignore[arg-type]
        if pair is None:
            issues.append(_issue("committee.q.bad_row", QUESTIONS_SHEET, f"A{r}", row=r))
            continue
        asked.append(pair)
        cell = f"E{r}"
        value = parse_answer(cells[ANSWER_COL - 1])
        if value is None:
            issues.append(_issue("committee.q.invalid_answer", QUESTIONS_SHEET, cell,
                                 value=canonical(cells[ANSWER_COL - 1]), a=pair.a, b=pair.b))
            continue
        if math.isnan(value):
            issues.append(_issue("committee.q.missing_answer", QUESTIONS_SHEET, cell, Severity.WARNING,
                                 a=pair.a, b=pair.b))
        comment = "" if cells[COMMENT_COL - 1] is None else str(cells[COMMENT_COL - 1])
        answers.append(Answer(pair, value, comment, cell))
    return answers, asked


def merge(problem: Problem, result: QuestionnaireResult, trail: AuditTrail | None = None, *, round: int = 0,
          time: str | None = None) -> tuple[Problem, AuditTrail | None]:
    """The problem with the member's answers (a blank answer clears the pair) and,
    when a trail is given, one ``questionnaire`` row per judgment that changed
    (reason = the member's comment, source = ``file!Cuestionario!E<row>``)."""
    if not result.ok or result.member is None:
        return problem, trail
    for ans in result.answers:
        before = judgment(problem, result.member, ans.pair.level, ans.pair.a, ans.pair.b)
        after_problem = with_judgment(problem, result.member, ans.pair.level, ans.pair.a, ans.pair.b, ans.value)
        same = (math.isnan(before) and math.isnan(ans.value)) or (
            not math.isnan(before) and not math.isnan(ans.value) and abs(before - ans.value) <= 1e-12 * before)
        if trail is not None and not same:
            j = after_problem.judgments_for(result.member, ans.pair.level)
            assert j is not None
            trail = trail.record(member=result.member, sheet=sheet_name(j), level=ans.pair.level, a=ans.pair.a,
                                 b=ans.pair.b, old=before, new=ans.value, round=round, event="questionnaire",
                                 reason=ans.comment, source=f"{result.path}!{QUESTIONS_SHEET}!{ans.cell}", time=time)
        problem = after_problem
    return problem, trail
