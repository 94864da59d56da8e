"""Indicators computed from raw regional data (issue 7).

Pure formula modules (no I/O):

- :mod:`~mcda.indicators.location` — location quotient and cluster "stars";
- :mod:`~mcda.indicators.shift_share` — shift-share decomposition;
- :mod:`~mcda.indicators.io_linkages` — Leontief / Ghosh linkages, key sectors;
- :mod:`~mcda.indicators.concentration` — HHI, normalized HHI, CR1;
- :mod:`~mcda.indicators.trade` — Balassa RCA and RSCA;
- :mod:`~mcda.indicators.growth` — CAGR and coefficient of variation.

Data and orchestration:

- :mod:`~mcda.indicators.raw_workbook` — read the raw-data workbook;
- :mod:`~mcda.indicators.compute` — raw data + region → indicator tables
  with provenance;
- :mod:`~mcda.indicators.criteria` — indicators → criteria / :class:`Problem`;
- :mod:`~mcda.indicators.output` — write the criteria as an input workbook;
- :mod:`~mcda.indicators.template` and :mod:`~mcda.indicators.sample_raw` —
  the blank template and the illustrative sample.

Formulas follow ``domain.md`` §3; the user guide section is
``docs/indicadores.md``.
"""
