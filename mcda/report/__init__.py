"""The PDF report for the committee's minutes (acta) (issue 6).

Public API::

    build_report(analysis, path=None, *, sensitivity=None, justification=None, lang="es", title=None,
                 region=None, date=None, input_sha256=None, samples=None, seed=None) -> bytes
    SECTIONS        # section keys, titles in resources/messages/report.json ("report.section.<key>")

Contents: cover (title, region, date, committee with a signature column),
the method in plain words, the weights chart, the ranking chart, the
justified priority list (:mod:`mcda.justification`), a one-page profile per
cluster (criterion groups against the average cluster), the sensitivity
summary, the committee's consistency and consensus, and annexes with the
criteria and their sources, the data and every parameter of the run.

Built with reportlab's Platypus (a well-kept library; no browser) and
matplotlib's Agg canvas for the charts (imported lazily); fonts are DejaVu
Sans from matplotlib's data folder, embedded, so accents and signs such as
``≥`` and ``−`` render in every viewer; no network.
"""

from mcda.report.build import SECTIONS, build_report

__all__ = ["SECTIONS", "build_report"]
