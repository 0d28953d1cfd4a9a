"""Closed vocabularies of the domain."""

from __future__ import annotations

from enum import StrEnum


class PartyKind(StrEnum):
    STATE = "state"
    ORGANISATION = "organisation"


class PartyRole(StrEnum):
    MEMBER = "member"
    PARTNER = "partner"
    BENEFICIARY = "beneficiary"
    ADVERSARY = "adversary"
    OBSERVER = "observer"


class Domain(StrEnum):
    LAND = "land"
    SEA = "sea"
    AIR = "air"
    SUPPORT = "support"
    TRAINING = "training"
    FUNDING = "funding"


class Unit(StrEnum):
    BATTALION = "battalion"
    COMPANY = "company"
    BRIGADE = "brigade"
    SQUADRON = "squadron"
    AIRCRAFT = "aircraft"
    SHIP = "ship"
    BATTERY = "battery"
    TEAM = "team"
    HEADQUARTERS = "headquarters"
    PERSONNEL = "personnel"
    EUR = "EUR"


class Layer(StrEnum):
    """The four layers of the guarantee, from the partner's own forces outwards."""

    REGENERATE = "regenerate"
    REASSURE = "reassure"
    SUPPORT = "support"
    BACKSTOP = "backstop"


class ReadinessLevel(StrEnum):
    """Readiness in the spirit of the UN PCRS ladder (level 1 lowest, RDL highest)."""

    LEVEL_1 = "L1"
    LEVEL_2 = "L2"
    LEVEL_3 = "L3"
    RAPID = "RDL"


class PledgeStatus(StrEnum):
    ANNOUNCED = "announced"
    COMMITTED = "committed"
    ALLOCATED = "allocated"
    DELIVERED = "delivered"
    DEPLOYED = "deployed"
    WITHDRAWN = "withdrawn"


class ConditionStatus(StrEnum):
    UNKNOWN = "unknown"
    MET = "met"
    FAILED = "failed"


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class Level(StrEnum):
    """Level of representation at a meeting, highest first."""

    HEAD = "head_of_state_or_government"
    MINISTER = "minister"
    CHIEF_OF_DEFENCE = "chief_of_defence"
    ENVOY = "envoy"
    ADVISER = "adviser"
    OFFICIAL = "official"


class DocumentKind(StrEnum):
    DECLARATION = "declaration"
    DECLARATION_OF_INTENT = "declaration_of_intent"
    DECISION = "decision"
    FRAMEWORK = "framework"
    DRAFT = "draft"
    STATEMENT = "statement"


class ClauseStatus(StrEnum):
    AGREED = "agreed"
    OPEN = "open"
    DISPUTED = "disputed"
    DROPPED = "dropped"


class Stance(StrEnum):
    """A party's position on an issue."""

    SUPPORT = "support"
    CONDITIONAL = "conditional"
    NEUTRAL = "neutral"
    OPPOSE = "oppose"


class SourceKind(StrEnum):
    ARTICLE = "article"
    OFFICIAL = "official"
    REPORT = "report"
    DATASET = "dataset"
    ASSUMPTION = "assumption"
