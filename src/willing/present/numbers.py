"""Numbers as a reader says them: "€3.5 bn", "46%", "21½ units", "6 January 2026".

Every formatter works from decimal rounding of the value, never from float arithmetic on
the printed digits, so no float noise (0.5999999999999996) reaches a page.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Final

#: Money scales, largest first: the value is printed in the largest unit it reaches.
SCALES: Final = ((Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"), (Decimal(10) ** 3, "k"))

#: The stated precision of `money`: the printed figure is within this share of the value
#: (one decimal below 10 of a unit, whole units above: at worst 0.05 in 1.0).
MONEY_PRECISION: Final = 0.05

#: What a fractional unit count means in a force plan.
FRACTION_MEANS: Final = "a fraction is a unit shared with another line or part of its rotation"

_FRACTIONS: Final = {Decimal("0.25"): "¼", Decimal("0.5"): "½", Decimal("0.75"): "¾"}


def _dec(value: float) -> Decimal:
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    return Decimal(repr(float(value)))


def _plain(value: Decimal) -> str:
    """A decimal with thousands separators and no exponent or trailing zeros."""
    text = f"{value:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def money(eur: float, symbol: str = "€") -> str:
    """EUR in the largest unit it reaches: `money(3.46e9)` is "€3.5 bn", 1e8 is "€100 m".

    One decimal below 10 of a unit, whole units from 10 up, so the figure is within
    `MONEY_PRECISION` of the value. Zero is "€0"; negatives keep their sign in front.
    """
    value = _dec(eur)
    sign = "-" if value < 0 else ""
    value = abs(value)
    for size, unit in SCALES:
        scaled = value / size
        digits = Decimal("1") if scaled >= 10 else Decimal("0.1")
        shown = scaled.quantize(digits, ROUND_HALF_EVEN)
        if shown >= Decimal("0.95") or scaled >= 1:
            if shown >= 1000 and unit != "bn":
                continue  # 999.6 m reads "€1 bn", never "€1,000 m"
            return f"{sign}{symbol}{_plain(shown.normalize())} {unit}"
    return f"{sign}{symbol}{_plain(value.quantize(Decimal(1), ROUND_HALF_EVEN))}"


_MONEY: Final = re.compile(r"^(-?)€([\d,]+(?:\.\d+)?)(?: (bn|m|k))?$")


def parse_money(text: str) -> float:
    """The value `money` printed (to its precision): "€3.5 bn" is 3.5e9."""
    match = _MONEY.match(text)
    if match is None:
        raise ValueError(f"not a money figure: {text!r}")
    sign, digits, unit = match.groups()
    size = {"bn": 10**9, "m": 10**6, "k": 10**3, None: 1}[unit]
    value = float(Decimal(digits.replace(",", "")) * size)
    return -value if sign else value


def money_keur(thousands: float) -> str:
    """Thousands of EUR (the unit pledges and plans count funding in) as `money`."""
    return money(float(_dec(thousands) * 1000))


def percent(share: float, decimals: int = 0) -> str:
    """A share (0.456) as a percentage ("46%"); `decimals` after the point when asked."""
    shown = (_dec(share) * 100).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_EVEN)
    return f"{shown:f}%".replace("-0%", "0%")


def number(value: float, decimals: int = 2) -> str:
    """A plain figure with separators, whole when whole, else at most `decimals` places."""
    shown = _dec(value).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_EVEN)
    return _plain(shown)


def data_value(value: object, places: int = 6) -> str:
    """A value for a data cell (CSV, TSV): numbers to `places` decimals without float noise,
    separators or exponent (0.5999999999999996 -> "0.6", 2.5e9 -> "2500000000"), lists
    joined with "; ", None empty, anything else as its text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = f"{_dec(value).quantize(Decimal(1).scaleb(-places), ROUND_HALF_EVEN):f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    if isinstance(value, list | tuple):
        return "; ".join(data_value(v, places) for v in value)
    return str(getattr(value, "value", value))


def units(count: float, noun: str = "unit") -> str:
    """A unit count: "22 units" when whole, "21½ units" or "21.3 units" when not.

    A fraction means a unit shared with another line or part of its rotation
    (`FRACTION_MEANS`); quarters print as ¼, ½, ¾, anything else to one decimal.
    """
    value = _dec(count).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
    whole = value.to_integral_value(rounding="ROUND_FLOOR")
    frac = value - whole
    plural = noun if value == 1 else f"{noun}s"
    if frac == 0:
        return f"{_plain(whole)} {plural}"
    if frac in _FRACTIONS:
        head = "" if whole == 0 else _plain(whole)
        return f"{head}{_FRACTIONS[frac]} {plural}"
    return f"{_plain(value.quantize(Decimal('0.1'), ROUND_HALF_EVEN))} {plural}"


def date(day: dt.date | None) -> str:
    """A date as people write it in English: "6 January 2026"; "undated" when unknown."""
    if day is None:
        return "undated"
    return f"{day.day} {day:%B %Y}"


def date_range(start: dt.date | None, end: dt.date | None) -> str:
    """ "since 1 June 2026", "until ...", "from ... to ...", or "all dates"."""
    if start and end:
        return f"from {date(start)} to {date(end)}"
    if start:
        return f"since {date(start)}"
    if end:
        return f"until {date(end)}"
    return "all dates"
