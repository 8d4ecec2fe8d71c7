"""Pydantic models of the inputs: plan files, the indicator catalogue and national programmes."""

from __future__ import annotations

import math
import re
from datetime import date
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from egovcheck.errors import MessageError, msg

Level = Literal["province", "district", "commune", "ministry"]
Scope = Literal["ministry", "province", "district", "commune"]
LEVELS: tuple[str, ...] = ("province", "district", "commune", "ministry")
SCOPES: tuple[str, ...] = ("ministry", "province", "district", "commune")

# Scopes a plan of each level may set targets for (fact sheet, "Indicator ids").
SCOPES_FOR_LEVEL: dict[str, tuple[str, ...]] = {
    "province": ("province", "district", "commune"),
    "district": ("district", "commune"),
    "commune": ("commune",),
    "ministry": ("ministry",),
}

YEAR_MIN, YEAR_MAX = 1990, 2100

# Local government has two tiers, province and commune ("xã, phường, đặc khu"), from 1 July 2025:
# the district tier (cấp huyện) ended that day (fact sheet, "Local government since 1 July 2025").
# A district plan adopted on or after that day, or for a year after the last one, describes a
# tier that no longer exists.
DISTRICT_TIER_ENDED = date(2025, 7, 1)
LAST_DISTRICT_YEAR = 2025


class Qualifier(str, Enum):
    """How a target value is worded: bare, at least, more than, about."""

    EQUAL = "equal"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"


class Evidence(str, Enum):
    """How well a national number is confirmed (fact sheet, "How much to trust each number")."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    SINGLE = "single"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _number(value: Any) -> Any:
    """Accept int or float only: a bool, a string such as "80%" or "85,5" is an error."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        if value is None:
            raise MessageError(msg("value.number_missing"))
        if isinstance(value, str):
            hint = value.strip().rstrip("%").replace(",", ".")
            try:
                number = float(hint)
            except ValueError:
                raise MessageError(msg("value.number", got=repr(value))) from None
            if not math.isfinite(number):
                raise MessageError(msg("value.finite", got=repr(value)))
            raise MessageError(msg("value.number_text", got=value, number=f"{number:g}"))
        raise MessageError(msg("value.number", got=f"{type(value).__name__} {value!r}"))
    try:
        number = float(value)
    except OverflowError:
        raise MessageError(msg("value.size", digits=len(str(value)))) from None
    if not math.isfinite(number):
        raise MessageError(msg("value.finite", got=repr(value)))
    return number


Number = Annotated[float, BeforeValidator(_number)]


def _year(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) <= 8:
            value = int(value.strip())
        else:
            raise MessageError(msg("value.year", got=repr(value)))
    if not YEAR_MIN <= value <= YEAR_MAX:
        raise MessageError(msg("value.year_range", year=value, low=YEAR_MIN, high=YEAR_MAX))
    return value


Year = Annotated[int, BeforeValidator(_year)]

_PERIOD = re.compile(r"^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$")


def parse_period(value: Any) -> tuple[int, int]:
    """Parse ``2017`` or ``"2016-2020"`` into (first year, last year)."""
    if isinstance(value, int) and not isinstance(value, bool):
        first = last = _year(value)
    elif isinstance(value, str) and (m := _PERIOD.match(value)):
        first, last = _year(int(m.group(1))), _year(int(m.group(2)))
    elif isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) <= 8:
        first = last = _year(int(value.strip()))
    else:
        raise MessageError(msg("value.period", got=repr(value)))
    if last < first:
        raise MessageError(msg("value.period_reversed", got=repr(value)))
    return first, last


class Period(_Strict):
    """The years a plan or programme covers, both ends included."""

    first: int
    last: int

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return value
        first, last = parse_period(value)
        return {"first": first, "last": last}

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.first <= year <= self.last

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


def _target_value(value: Any) -> Any:
    """Let a bare number stand for ``{value: N}``."""
    if isinstance(value, dict):
        return value
    return {"value": value}


class TargetValue(_Strict):
    """One value a plan sets (or reports) for a key and a year."""

    value: Number
    qualifier: Literal["at_least", "more_than", "about"] | None = None
    source: str | None = None
    note: str | None = None

    @property
    def qualifier_enum(self) -> Qualifier:
        """The qualifier, with a bare value as EQUAL."""
        return Qualifier(self.qualifier) if self.qualifier else Qualifier.EQUAL


def _empty_if_none(value: Any) -> Any:
    """A key written with no years yet (a template being filled in) is an empty series."""
    return {} if value is None else value


Series = Annotated[
    dict[Year, Annotated[TargetValue, BeforeValidator(_target_value)]],
    BeforeValidator(_empty_if_none),
]


class PlanMeta(_Strict):
    """The ``plan:`` block: who adopted which plan, for which years."""

    title: str = Field(min_length=1)
    issuer: str = Field(min_length=1)
    level: Level
    period: Period
    adopted: date | None = None
    source: str | None = None

    @field_validator("adopted", mode="before")
    @classmethod
    def _date_only(cls, value: Any) -> Any:
        if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise MessageError(msg("value.date", got=repr(value)))
        return value

    @property
    def effective_adoption(self) -> date:
        """The adoption date, or 1 January of the first year when none is given."""
        return self.adopted or date(self.period.first, 1, 1)


class LocalTarget(_Strict):
    """A plan's own target with no catalogue indicator."""

    name: str = Field(min_length=1)
    year: Year
    value: Number
    unit: str = "percent"
    qualifier: Literal["at_least", "more_than", "about"] | None = None
    source: str | None = None


class Waiver(_Strict):
    """A justified exception to one check for one key (and optionally one year)."""

    code: str = Field(min_length=1, description="Check code (LV01) or name (level.below-national)")
    key: str = Field(min_length=1, description="An indicator, or indicator.scope")
    year: Year | None = None
    reason: str = Field(min_length=1)
    expires: date | None = Field(
        default=None, description="Last day in force (inclusive), in Asia/Ho_Chi_Minh time"
    )
    approved_by: str | None = None
    decision: str | None = None

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str) -> str:
        if not value.strip():
            raise MessageError(msg("waiver.reason"))
        return value

    @field_validator("expires", mode="before")
    @classmethod
    def _date_only(cls, value: Any) -> Any:
        # Only a date (YAML reads 2030-12-31 as one) or its text: pydantic would read a number
        # (expires: 0) as a Unix time, 1970-01-01, and a waiver expired for half a century.
        if value is None or isinstance(value, date):
            return value
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return value
        shown = repr(value)
        raise MessageError(msg("value.date", got=shown if len(shown) <= 80 else shown[:79] + "…"))


class WaiverFile(_Strict):
    """A file of waivers given with ``--waivers`` or named in the configuration."""

    waivers: list[Waiver] = Field(default_factory=list)


class Plan(_Strict):
    """A whole plan file."""

    plan: PlanMeta
    targets: dict[str, Series] = Field(default_factory=dict)
    actuals: dict[str, Series] = Field(default_factory=dict)
    local_targets: list[LocalTarget] = Field(default_factory=list)
    waivers: list[Waiver] = Field(default_factory=list)

    @field_validator("targets", "actuals", "local_targets", "waivers", mode="before")
    @classmethod
    def _empty_section(cls, value: Any) -> Any:
        return _empty_if_none(value)


# --- baselines -------------------------------------------------------------------------------


class Text(_Strict):
    """A text in Vietnamese and English."""

    vi: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Indicator(_Strict):
    """One catalogue indicator."""

    name: Text
    unit: Literal["percent"]
    direction: Literal["higher"]
    scopes: list[Scope] = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)


class Catalogue(_Strict):
    """The indicator catalogue (``baselines/indicators.yaml``)."""

    schema_version: Literal[1]
    indicators: dict[str, Indicator] = Field(min_length=1)

    @field_validator("indicators")
    @classmethod
    def _ids(cls, value: dict[str, Indicator]) -> dict[str, Indicator]:
        for key in value:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
                raise ValueError(f"indicator id {key!r} must be lower-case letters, digits, _")
        return value


class Source(_Strict):
    """Where a national number was read: the wording and the references."""

    wording: str = Field(min_length=1)
    refs: list[str] = Field(min_length=1)


class NationalTarget(_Strict):
    """One numeric target of a national programme."""

    indicator: str = Field(min_length=1)
    value: Number
    qualifier: Qualifier = Qualifier.EQUAL
    deadline: Year
    applies: list[Level] = Field(min_length=1)
    location: str = Field(min_length=1)
    evidence: Evidence
    source: Source
    note: str | None = None

    @property
    def indicator_id(self) -> str:
        """The indicator id without a scope."""
        return self.indicator.split(".", 1)[0]

    @property
    def scope(self) -> str | None:
        """The scope, or None for a target on the whole jurisdiction."""
        parts = self.indicator.split(".", 1)
        return parts[1] if len(parts) == 2 else None


# Who issues each kind of document. A Party resolution is the Party's (57-NQ/TW is the
# Politburo's, "Bộ Chính trị"); a Government resolution the Government's; a decision the Prime
# Minister's (fact sheet, "Programmes").
PARTY_BODIES: dict[str, str] = {
    "Bộ Chính trị": "Politburo",
    "Ban Bí thư": "Secretariat of the Party Central Committee",
    "Ban Chấp hành Trung ương": "Party Central Committee",
}
STATE_BODIES: dict[str, str] = {
    "Chính phủ": "Government",
    "Thủ tướng Chính phủ": "Prime Minister",
}
_DOCUMENT_NAMES: dict[str, tuple[str, str]] = {
    "decision": ("Quyết định", "Decision"),
    "resolution": ("Nghị quyết", "Resolution"),
    "party_resolution": ("Nghị quyết", "Resolution"),
}


class Programme(_Strict):
    """A national programme: a decision or resolution (Government or Party) with its targets."""

    schema_version: Literal[1]
    id: str = Field(pattern=r"^[a-z]{2,3}-[0-9a-z]+-\d{4}$")
    number: str = Field(min_length=1)
    kind: Literal["decision", "resolution", "party_resolution", "plan"]
    issued: date
    issuer: str = Field(min_length=1)
    title: Text
    period: Period
    orientation: Year | None = None
    url: str | None = None
    note: str | None = None
    not_targets: list[str] = Field(default_factory=list)
    targets: list[NationalTarget] = Field(min_length=1)

    @field_validator("issuer")
    @classmethod
    def _party_issuer(cls, value: str, info: ValidationInfo) -> str:
        # ``kind`` is declared before ``issuer``, so it is validated first.
        if info.data.get("kind") == "party_resolution" and value not in PARTY_BODIES:
            raise ValueError(
                f"a party_resolution is issued by a Party body ({', '.join(PARTY_BODIES)}),"
                f" got {value!r}"
            )
        return value

    @property
    def is_party(self) -> bool:
        """Whether the document is a Party resolution rather than a State one."""
        return self.kind == "party_resolution"

    @property
    def issuing_body(self) -> Text:
        """The body that issued the document, in Vietnamese and English (e.g. the Politburo)."""
        known = {**PARTY_BODIES, **STATE_BODIES}
        return Text(vi=self.issuer, en=known.get(self.issuer, self.issuer))

    @property
    def document(self) -> str:
        """The document's short Vietnamese name, e.g. ``Quyết định 1819/QĐ-TTg``."""
        return self.document_in("vi")

    def document_in(self, lang: str) -> str:
        """The document's short name in a language (a parent plan: its title)."""
        if self.kind == "plan":
            return self.number
        vi, en = _DOCUMENT_NAMES[self.kind]
        return f"{en if lang == 'en' else vi} {self.number}"
