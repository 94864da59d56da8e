"""Indicators computed from raw regional data (issue 7).

Pure formula modules (no I/O):

- :mod:`~mcda.indicators.location` — location quotient and cluster "stars";
- :mod:`~mcda.indicators.shift_share` — shift-share decomposition;
- :mod:`~mcda.indicators.io_linkages` — Leontief / Ghosh linkages, key sectors;
- :mod:`~mcda.indicators.concentration` — HHI, normalized HHI, CR1;
- :mod:`~mcda.indicators.trade` — Balassa RCA and RSCA;
- :mod:`~mcda.indicators.growth` — CAGR and coefficient of variation.

Data and orchestration (what the command line and the desktop call):

- :mod:`~mcda.indicators.raw_workbook` — ``read_raw_workbook(path)`` /
  ``parse_raw_sheets(sheets)`` → ``RawReadResult(data, issues)`` (helpers in
  :mod:`~mcda.indicators.raw_sheets` and :mod:`~mcda.indicators.raw_mapping`);
- :mod:`~mcda.indicators.compute` — ``compute_indicators(raw, IndicatorOptions)``
  → ``IndicatorReport`` (sector and cluster tables, region × cluster LQ map,
  linkages, provenance with formula codes); cluster arithmetic in
  :mod:`~mcda.indicators.clusters`;
- :mod:`~mcda.indicators.criteria` — ``criteria_problem(report, lang, ids)`` →
  a :class:`~mcda.problem.Problem`; ``merge_indicators(problem, report, ...)``
  adds or replaces criteria in an existing problem;
- :mod:`~mcda.indicators.output` — ``write_criteria_workbook(path, report)``;
- :mod:`~mcda.indicators.template` and :mod:`~mcda.indicators.sample_raw`
  (figures in :mod:`~mcda.indicators.sample_raw_data`) — the blank template
  and the illustrative sample.

Formulas follow ``domain.md`` §3; the user guide section is
``docs/indicadores.md``.
"""
