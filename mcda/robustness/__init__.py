"""Robustness of a ranking: weight sampling, rank acceptability, critical weight changes,
one-at-a-time sweeps, method agreement and rank reversal (issue 5)."""
