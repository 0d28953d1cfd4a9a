"""Turn arc flows of the compressed graph back into (pledge, requirement, units) lines.

Flow is paired first-in first-out at each shared node: slots, then phase chains (in phase
order, so a unit entering at phase k only leaves at phase k or later), then groups. Each
pairing is one vectorised merge of two cumulative sums, never a loop over units.

Every pairing is done in whole numbers: flows after the entries in 1/q line units (see
lattice.py), pledge units in 1/L where L clears every entry's gain, so a pledge's lines
add up exactly to the units it gives and a whole unit stays whole.
"""

from __future__ import annotations

import math

import numpy as np

from willing.sourcing.lattice import after_entry, scaled_gain
from willing.sourcing.network import Arc, Network
from willing.sourcing.problem import FloatArray, IntArray


def pair_flows(
    in_key: IntArray,
    in_amount: IntArray,
    out_key: IntArray,
    out_amount: IntArray,
    in_order: IntArray | None = None,
    out_order: IntArray | None = None,
) -> tuple[IntArray, IntArray, IntArray]:
    """Match whole-number inflows to outflows of equal total per key, first in first out.

    Returns (index into the inflows, index into the outflows, amount) for every piece.
    """
    ins = np.flatnonzero(in_amount > 0)
    outs = np.flatnonzero(out_amount > 0)
    if len(ins) == 0 or len(outs) == 0:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    in_sort = in_order[ins] if in_order is not None else np.zeros(len(ins), np.int64)
    out_sort = out_order[outs] if out_order is not None else np.zeros(len(outs), np.int64)
    ins = ins[np.lexsort((in_sort, in_key[ins]))]
    outs = outs[np.lexsort((out_sort, out_key[outs]))]
    cum_in = np.cumsum(np.asarray(in_amount[ins], np.int64))
    cum_out = np.cumsum(np.asarray(out_amount[outs], np.int64))
    ends = np.union1d(cum_in, cum_out)
    starts = np.concatenate([np.zeros(1, np.int64), ends[:-1]])
    a = ins[np.minimum(np.searchsorted(cum_in, ends, side="left"), len(ins) - 1)]
    b = outs[np.minimum(np.searchsorted(cum_out, ends, side="left"), len(outs) - 1)]
    amount = ends - starts
    keep = (amount > 0) & (in_key[a] == out_key[b])
    return a[keep], b[keep], amount[keep]


def allocate(
    network: Network, flow: FloatArray | IntArray, q: int = 1
) -> tuple[IntArray, IntArray, FloatArray]:
    """(pledge, requirement, units) for every pledge serving a line, duplicates summed.

    `flow` is in pledge units up to the entries and line units after them, each a whole
    number of 1/q line units (q from `lattice.problem_lattice`).
    """
    kind, tail, head, ref = network.kind, network.tail, network.head, network.ref
    after = after_entry(network)
    scaled = np.round(np.where(after, np.asarray(flow, np.float64) * q, flow)).astype(np.int64)
    gain = scaled_gain(network, q)

    # slots: feeds from chains -> uncapped lines
    feeds = np.flatnonzero(kind == Arc.FEED)
    pools = np.flatnonzero(kind == Arc.POOL)
    f_i, p_i, s_amount = pair_flows(head[feeds], scaled[feeds], tail[pools], scaled[pools])
    s_arc, s_line = feeds[f_i], ref[pools[p_i]]

    # chains: entries (in 1/q line units) -> direct, share and slot pieces, in phase order
    entries = np.flatnonzero(kind == Arc.ENTRY)
    outs = np.flatnonzero((kind == Arc.DIRECT) | (kind == Arc.SHARE))
    out_tail = np.concatenate([tail[outs], tail[s_arc]])
    out_line = np.concatenate([ref[outs], s_line])
    out_amount = np.concatenate([scaled[outs], s_amount])
    e_i, o_i, c_amount = pair_flows(
        network.chain_of(head[entries]),
        scaled[entries] * gain[entries],
        network.chain_of(out_tail),
        out_amount,
        in_order=network.phase_of(head[entries]),
        out_order=network.phase_of(out_tail),
    )
    c_entry = entries[e_i]
    # pieces back in pledge units, counted in 1/L so that they stay whole numbers
    used_gains = np.unique(gain[c_entry]).tolist()
    whole = math.lcm(*used_gains) if used_gains else 1
    c_units = c_amount * (whole // gain[c_entry])
    c_line = out_line[o_i]

    # groups: pledges -> chain pieces (in the group's own units)
    pledges = np.flatnonzero(kind == Arc.PLEDGE)
    g_i, x_i, units = pair_flows(head[pledges], scaled[pledges] * whole, tail[c_entry], c_units)
    pledge = ref[pledges[g_i]]
    line = c_line[x_i]
    if len(pledge) == 0:
        return pledge, line, np.zeros(0)
    width = int(line.max()) + 1
    key = pledge * width + line
    order = np.argsort(key, kind="stable")
    key = key[order]
    starts = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]]))
    total = np.add.reduceat(units[order], starts)
    unique = key[starts]
    return (
        (unique // width).astype(np.int64),
        (unique % width).astype(np.int64),
        np.asarray(total / whole, np.float64),
    )
