"""Assemble the PDF report (reportlab Platypus) and write it atomically.

Pages are A4 portrait, with landscape pages for the data annex; every page
but the cover carries the title and "Página X de Y" (a canvas that counts the
pages before drawing the numbers).  Fonts are embedded (DejaVu Sans), charts
are PNGs drawn in memory: the file needs no network and no browser.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from mcda.report import annex, profiles, sections
from mcda.report.context import REGION_SETTING, TITLE_SETTING, ReportContext, default_region
from mcda.report.fonts import FONTS, register
from mcda.report.style import MUTED, PAGE_MARGIN, RULE

#: Section keys in order (titles: ``report.section.<key>``).
SECTIONS = ("method", "weights", "ranking", "list", "profiles", "sensitivity", "committee", "annex_data",
            "annex_method")


def _numbered_canvas(title: str, page_label: Callable[[int, int], str]) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Keeps every page until the end, then draws "page X of Y" on each."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = FONTS.regular  # never reference Helvetica (not embedded)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(PAGE_MARGIN, height - PAGE_MARGIN + 14, width - PAGE_MARGIN, height - PAGE_MARGIN + 14)
            self.setFont(FONTS.regular, 7.5)
            self.setFillColor(MUTED)
            self.drawString(PAGE_MARGIN, height - PAGE_MARGIN + 18, title)
            self.drawRightString(width - PAGE_MARGIN, PAGE_MARGIN - 22, page_label(self._pageNumber, total))
            self.drawString(PAGE_MARGIN, PAGE_MARGIN - 22, "clusterprio")
            self.restoreState()

    return NumberedCanvas


def _document(buffer: io.BytesIO, ctx: ReportContext) -> BaseDocTemplate:
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN,
                          topMargin=PAGE_MARGIN, bottomMargin=PAGE_MARGIN, title=ctx.title,
                          author="clusterprio", subject=ctx.t("cover.subtitle"), creator="clusterprio")
    portrait = Frame(PAGE_MARGIN, PAGE_MARGIN, A4[0] - 2 * PAGE_MARGIN, A4[1] - 2 * PAGE_MARGIN, id="portrait")
    wide = landscape(A4)
    land = Frame(PAGE_MARGIN, PAGE_MARGIN, wide[0] - 2 * PAGE_MARGIN, wide[1] - 2 * PAGE_MARGIN, id="landscape")
    doc.addPageTemplates([PageTemplate("portrait", [portrait], pagesize=A4),
                          PageTemplate("landscape", [land], pagesize=wide)])
    return doc


def build_report(
    analysis: Any,
    path: str | os.PathLike[str] | None = None,
    *,
    sensitivity: Any = None,
    justification: Any = None,
    lang: str = "es",
    title: str | None = None,
    region: str | None = None,
    date: _dt.date | None = None,
    input_sha256: str | None = None,
    samples: int | None = None,
    seed: int | None = None,
    followup: Any = None,
) -> bytes:
    """The PDF report of a run, for the committee's minutes; written to ``path`` (atomically) when given.

    Parameters
    ----------
    analysis : mcda.analysis.Analysis
        The run (:func:`mcda.session.run`).
    sensitivity : mcda.robustness.Sensitivity, optional
        Default: the export's (:func:`mcda.session.export_sensitivity`, ``samples``
        weight samples, fixed ``seed``).
    justification : mcda.justification.Justification, optional
        Default: computed from the run and the sensitivity analysis.
    lang : {"es", "en"}
    title, region : str, optional
        Cover texts; default the session settings ``report.title`` / ``report.region``,
        then a generic title and the clusters' regions.
    date : datetime.date, optional
        Default today.
    followup : mcda.monitoring.compare.Comparison or mcda.monitoring.report_section.FollowUp, optional
        A baseline compared with a later round: adds the "Seguimiento" section
        (:mod:`mcda.monitoring.report_section`), which also appears without it
        when the session is marked as a baseline or holds targets.

    Returns
    -------
    bytes
        The PDF.

    Raises
    ------
    mcda.workbook.save.WriteError
        When ``path`` cannot be written (coded ``write.*`` issue naming it).
    """
    from mcda import session
    from mcda.justification import justify_analysis
    from mcda.monitoring.report_section import followup_section

    register()
    if sensitivity is None:
        sensitivity = session.export_sensitivity(
            analysis, samples=session.EXPORT_SAMPLES if samples is None else samples,
            seed=session.EXPORT_SEED if seed is None else seed)
    if justification is None:
        justification = justify_analysis(analysis, sensitivity)
    problem = justification.problem
    from mcda.text import message

    ctx = ReportContext(
        analysis=analysis, sensitivity=sensitivity, justification=justification, lang=lang,
        title=title or problem.settings.get(TITLE_SETTING) or message("report.cover.title", lang),
        region=region or problem.settings.get(REGION_SETTING) or default_region(problem, lang),
        date=date or _dt.date.today(), methodology=session.export_methodology(analysis, sensitivity),
        input_sha256=input_sha256 or "",
    )
    if input_sha256:
        ctx.methodology["input_sha256"] = input_sha256
    story = (sections.cover(ctx) + sections.method(ctx) + sections.weights(ctx) + sections.ranking(ctx)
             + sections.justified_list(ctx) + profiles.profiles(ctx) + sections.sensitivity(ctx)
             + sections.committee(ctx) + followup_section(ctx, followup) + annex.criteria_annex(ctx)
             + annex.data_annex(ctx) + annex.methodology_annex(ctx))
    buffer = io.BytesIO()
    doc = _document(buffer, ctx)
    doc.build(story, canvasmaker=_numbered_canvas(ctx.title, lambda n, total: ctx.t("page", page=n, total=total)))
    data = buffer.getvalue()
    if path is not None:
        from mcda.workbook.save import atomic_write_bytes

        atomic_write_bytes(path, data)
    return data
