"""Parties, people, their roles over time, and reference figures about parties."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, ClassVar

from pydantic import Field, model_validator

from willing.domain.enums import PartyKind, PartyRole
from willing.domain.records import Record, Ref

#: The shape of an ISO 3166-1 alpha-3 code (user-assigned codes such as XKX included).
ALPHA3 = re.compile(r"[A-Z]{3}")


class Party(Record):
    """A state (ISO 3166 alpha-3 id) or an organisation (e.g. EU, NATO, COTW)."""

    kind: ClassVar[str] = "parties"

    name: str = Field(description="English short name.")
    party_kind: PartyKind = Field(description="State or organisation.")
    role: PartyRole = Field(description="Role towards the coalition.")
    member_of: list[Annotated[str, Ref("parties")]] = Field(
        default_factory=list, description="Organisations or groups the party belongs to."
    )
    borders: list[Annotated[str, Ref("parties")]] = Field(
        default_factory=list, description="States it shares a land or sea border with."
    )
    host_nation: bool = Field(
        default=False, description="Hosts support-layer forces next to the beneficiary."
    )

    @model_validator(mode="after")
    def _state_id_is_alpha3(self) -> Party:
        # caveats, conditions (`parliament:DEU`) and viewers (`--as POL`) name states by code
        if self.party_kind is PartyKind.STATE and not ALPHA3.fullmatch(self.id):
            raise ValueError(f"a state's id must be its ISO 3166 alpha-3 code, not {self.id!r}")
        return self


class Person(Record):
    """A person who speaks or acts for a party."""

    kind: ClassVar[str] = "people"

    name: str = Field(description="Full name as usually written in English.")
    party: Annotated[str, Ref("parties")] | None = Field(
        default=None, description="Party the person chiefly acts for."
    )
    aliases: list[str] = Field(default_factory=list, description="Other spellings of the name.")


class Appointment(Record):
    """A role a person holds for a party over a period (e.g. President of France)."""

    kind: ClassVar[str] = "appointments"

    person: Annotated[str, Ref("people")] = Field(description="Who holds the role.")
    party: Annotated[str, Ref("parties")] = Field(description="Party the role is held for.")
    title: str = Field(description="Role, e.g. 'President', 'Special Envoy'.")
    start: dt.date | None = Field(default=None, description="First day in the role.")
    end: dt.date | None = Field(default=None, description="Last day in the role, if over.")


class Indicator(Record):
    """A reference figure about a party (GDP, defence spending), with year and source."""

    kind: ClassVar[str] = "indicators"

    party: Annotated[str, Ref("parties")] = Field(description="Party the figure describes.")
    metric: str = Field(description="What is measured, e.g. 'gdp_eur', 'defence_spending_eur'.")
    year: int = Field(ge=1990, le=2100, description="Year the figure refers to.")
    value: float | None = Field(
        default=None, description="The figure; empty when not publicly known."
    )
    unit: str = Field(default="EUR", description="Unit of the value.")
    note: str | None = Field(default=None, description="Caveats on the figure.")
