"""Burden sharing: pledge valuation in EUR, shares against GDP and defence budgets, stages."""
