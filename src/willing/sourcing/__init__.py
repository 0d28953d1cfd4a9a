"""Force sourcing and gap analysis: an exact optimiser over whole arrays.

`from_records` (or `from_columns`, or `synthetic.generate`) builds a `SourcingProblem`;
`solve` returns a `SourcingResult` with its proven bound; `explain_gaps` says why each
unfilled line stays unfilled; `solve_coverage` is the cheap path for scenario sweeps.
"""

from willing.sourcing.explain import Gap, Reason, explain_gaps
from willing.sourcing.problem import SourcingProblem, priority_weights
from willing.sourcing.records import from_columns, from_dataset, from_records
from willing.sourcing.result import CoverageRow, SourcingResult
from willing.sourcing.solve import Coverage, solve, solve_coverage

__all__ = [
    "Coverage",
    "CoverageRow",
    "Gap",
    "Reason",
    "SourcingProblem",
    "SourcingResult",
    "explain_gaps",
    "from_columns",
    "from_dataset",
    "from_records",
    "priority_weights",
    "solve",
    "solve_coverage",
]
