"""Id namespaces: why creating a record never tells whether a hidden record holds an id.

Record ids are unique per kind across the whole registry, so a new id that clashed with a
record hidden from its writer would tell him the hidden record exists. A writer other than
the administrator therefore names new records inside his own *namespace*: his party's
code and a colon (`POL:P-9`), or `public:` for a user without a party, who writes public
records only. His requested id is put there (`P-9` becomes `POL:P-9`; an id already in his
namespace is kept), and no record his party may not see can hold an id in it:

- an id in a party's namespace belongs to a record that party sees by its label alone:
  PUBLIC, owned by the party, or naming it in `releasable_to` (a group is not enough, so
  that leaving a group hides nothing in the namespace);
- an id in `public:` belongs to a PUBLIC record.

Every write (an import, a single record's create, edit or revert) is held to that rule, the
administrator's included, so every id a writer's new record can clash with is one he sees
("already exists" tells him nothing new). The administrator sees every record and may
name his records anything the rule allows.
"""

from __future__ import annotations

import re

from willing.domain.catalog import Dataset
from willing.domain.errors import Problem
from willing.domain.labels import Classification, Label

#: A party's namespace: its code (upper-case letters and digits) and a colon.
_PARTY = re.compile(r"^([A-Z][A-Z0-9]{1,15}):")
#: The namespace of users without a party, who write public records only.
PUBLIC_NAMESPACE = "public"


def namespace_of(record_id: str) -> str | None:
    """The namespace an id is in (a party code, or `public`), or None."""
    if record_id.startswith(f"{PUBLIC_NAMESPACE}:"):
        return PUBLIC_NAMESPACE
    found = _PARTY.match(record_id)
    return found.group(1) if found else None


def in_namespace(requested: str, party: str | None) -> str:
    """The id a writer of `party` (None: no party) gives a new record he asked to call
    `requested`: unchanged when already in his namespace, else prefixed with it."""
    space = party if party is not None else PUBLIC_NAMESPACE
    if namespace_of(requested) == space:
        return requested
    return f"{space}:{requested}"


def label_fits(record_id: str, label: Label) -> str | None:
    """Why a record labelled `label` may not hold `record_id`, or None when it may."""
    space = namespace_of(record_id)
    if space is None or label.classification is Classification.PUBLIC:
        return None
    if space == PUBLIC_NAMESPACE:
        return f"an id in the '{PUBLIC_NAMESPACE}:' namespace belongs to a PUBLIC record"
    if label.owner == space or space in label.releasable_to:
        return None
    return (
        f"an id in {space}'s namespace ('{space}:') belongs to a record {space} may see: "
        f"label it PUBLIC, owned by {space} or releasable to {space}"
    )


def namespace_problems(dataset: Dataset, where: str) -> list[Problem]:
    """A problem for each record whose id is in a namespace its label does not open to."""
    problems: list[Problem] = []
    for kind, records in dataset.records.items():
        for index, record in enumerate(records):
            message = label_fits(record.id, record.label)
            if message is not None:
                at = f"{where}: {kind}[{index}] id '{record.id}'"
                problems.append(Problem(at, "label", message))
    return problems
