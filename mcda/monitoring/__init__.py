"""Monitoring and evaluation: baselines, follow-up rounds, targets.

The seed's conclusion is that cluster policy works only with continuous
evaluation, and that programmes elsewhere could not show impact because
nobody kept baselines.  This package turns the exports the program already
writes into follow-up:

* :mod:`~mcda.monitoring.baseline` — a prioritization at one date (a
  :class:`~mcda.monitoring.baseline.Snapshot`): read any workbook as one, mark a
  session as the baseline;
* :mod:`~mcda.monitoring.compare` — a later round against the baseline: values
  that changed (better or worse given each criterion's direction), clusters and
  criteria added or removed, and the ranking split into the effect of the new
  data (baseline weights) and the effect of re-weighting;
* :mod:`~mcda.monitoring.targets` — target values and dates per cluster and
  criterion, progress, late and off-track flags, the ``Metas`` sheet;
* :mod:`~mcda.monitoring.rounds` — several rounds: ranks per round, trends;
* :mod:`~mcda.monitoring.export` — the ``Seguimiento`` sheet;
* :mod:`~mcda.monitoring.sample_followup` — the illustrative follow-up sample.

Nothing here ranks by itself: every ranking goes through :func:`mcda.session.run`.
"""
