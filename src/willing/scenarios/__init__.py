"""Scenarios, Monte Carlo over uncertain conditions, criticality and sensitivity.

A scenario fixes conditions, withdraws nations or pledges, adds hypothetical pledges and
changes requirement lines. Sweeps solve each distinct set of available pledges once and
run on a local process pool, or on Ray or Dask when asked.
"""
