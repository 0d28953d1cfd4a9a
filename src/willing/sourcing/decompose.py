"""Turn arc flows of the compressed graph back into (pledge, requirement, units) lines.

Flow is paired first-in first-out at each shared node: slots, then phase chains (in phase
order, so a unit entering at phase k only leaves at phase k or later), then groups. Each
pairing is one vectorised merge of two cumulative sums, never a loop over units.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from willing.sourcing.network import Arc, Network
from willing.sourcing.problem import FloatArray, IntArray, weighted_count

EPS = 1e-7


def pair_flows(
    in_key: IntArray,
    in_amount: npt.NDArray[np.float64] | IntArray,
    out_key: IntArray,
    out_amount: npt.NDArray[np.float64] | IntArray,
    in_order: IntArray | None = None,
    out_order: IntArray | None = None,
) -> tuple[IntArray, IntArray, FloatArray]:
    """Match inflows to outflows of equal total per key, first in first out.

    Returns (index into the inflows, index into the outflows, amount) for every piece.
    """
    ins = np.flatnonzero(in_amount > EPS)
    outs = np.flatnonzero(out_amount > EPS)
    if len(ins) == 0 or len(outs) == 0:
        empty = np.zeros(0, np.int64)
        return empty, empty, np.zeros(0)
    in_sort = in_order[ins] if in_order is not None else np.zeros(len(ins), np.int64)
    out_sort = out_order[outs] if out_order is not None else np.zeros(len(outs), np.int64)
    ins = ins[np.lexsort((in_sort, in_key[ins]))]
    outs = outs[np.lexsort((out_sort, out_key[outs]))]
    cum_in = np.cumsum(np.asarray(in_amount[ins], np.float64))
    cum_out = np.cumsum(np.asarray(out_amount[outs], np.float64))
    if not np.issubdtype(np.asarray(in_amount).dtype, np.integer):
        cum_in, cum_out = np.round(cum_in, 6), np.round(cum_out, 6)
    ends = np.union1d(cum_in, cum_out)
    starts = np.concatenate([[0.0], ends[:-1]])
    a = ins[np.minimum(np.searchsorted(cum_in, ends, side="left"), len(ins) - 1)]
    b = outs[np.minimum(np.searchsorted(cum_out, ends, side="left"), len(outs) - 1)]
    amount = ends - starts
    keep = (amount > EPS) & (in_key[a] == out_key[b])
    return a[keep], b[keep], amount[keep]


def allocate(
    network: Network, flow: npt.NDArray[np.float64] | IntArray
) -> tuple[IntArray, IntArray, FloatArray]:
    """(pledge, requirement, units) for every pledge serving a line, duplicates summed."""
    kind, tail, head, ref = network.kind, network.tail, network.head, network.ref
    flow = np.asarray(flow, np.float64)

    # slots: feeds from chains -> uncapped lines
    feeds = np.flatnonzero(kind == Arc.FEED)
    pools = np.flatnonzero(kind == Arc.POOL)
    f_i, p_i, s_amount = pair_flows(head[feeds], flow[feeds], tail[pools], flow[pools])
    s_arc, s_line = feeds[f_i], ref[pools[p_i]]

    # chains: entries (in chain units) -> direct, share and slot pieces, in phase order
    entries = np.flatnonzero(kind == Arc.ENTRY)
    outs = np.flatnonzero((kind == Arc.DIRECT) | (kind == Arc.SHARE))
    out_tail = np.concatenate([tail[outs], tail[s_arc]])
    out_line = np.concatenate([ref[outs], s_line])
    out_amount = np.concatenate([flow[outs], s_amount])
    e_i, o_i, c_amount = pair_flows(
        network.chain_of(head[entries]),
        flow[entries] * network.gain[entries],
        network.chain_of(out_tail),
        out_amount,
        in_order=network.phase_of(head[entries]),
        out_order=network.phase_of(out_tail),
    )
    c_entry = entries[e_i]
    c_line = out_line[o_i]
    c_units = c_amount / network.gain[c_entry]

    # groups: pledges -> chain pieces (in the group's own units)
    pledges = np.flatnonzero(kind == Arc.PLEDGE)
    g_i, x_i, units = pair_flows(head[pledges], flow[pledges], tail[c_entry], c_units)
    pledge = ref[pledges[g_i]]
    line = c_line[x_i]
    if len(pledge) == 0:
        return pledge, line, units
    key = pledge * (int(line.max()) + 1) + line
    unique, inverse = np.unique(key, return_inverse=True)
    total = weighted_count(inverse.reshape(-1), units, len(unique))
    width = int(line.max()) + 1
    return (unique // width).astype(np.int64), (unique % width).astype(np.int64), total
