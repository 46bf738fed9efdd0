"""Parsing of durations ("10m", "24h", "7d") and points in time for the CLI and config."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 365 * 86400}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdwy])\s*$", re.IGNORECASE)
UNITS_HELP = "s (seconds), m (minutes), h (hours), d (days), w (weeks), y (365 days)"
MAX_DURATION = timedelta(days=36500)  # far beyond any sensible window, far below overflow


def shown(text: str, limit: int = 60) -> str:
    """`text` quoted for an error message, cut short: a message never echoes a huge input."""
    return (
        repr(text)
        if len(text) <= limit
        else repr(text[:limit]) + f" (and {len(text) - limit:,} more characters)"
    )


def parse_duration(text: str | int | float) -> timedelta:
    """Turn "90s", "10m", "24h", "7d", "2w", "1y" or a number of seconds into a timedelta."""
    if isinstance(text, bool):
        raise ValueError("expected a duration like '10m', '24h' or '7d'")
    if isinstance(text, int | float):
        seconds = float(text)
    else:
        match = _DURATION.match(text)
        if not match:
            raise ValueError(
                f"{shown(text)} is not a duration like '10m', '24h' or '7d' (units: {UNITS_HELP})"
            )
        seconds = float(match.group(1)) * _UNITS[match.group(2).lower()]
    if seconds <= 0:
        raise ValueError("a duration must be positive")
    if not seconds <= MAX_DURATION.total_seconds():  # also NaN and inf
        raise ValueError("a duration must be at most 100 years")
    return timedelta(seconds=seconds)


def config_duration(minimum: timedelta) -> Callable[[object], timedelta]:
    """A config validator: a duration with its unit ("10m"), at least `minimum`.

    A bare number is refused: `poll_every = 10` could mean seconds or minutes.
    """

    def check(value: object) -> timedelta:
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ValueError(
                f'{value} has no unit: write it with one, like "{value:g}m" (units: {UNITS_HELP})'
            )
        if not isinstance(value, str):
            raise ValueError("expected a duration like '10m', '24h' or '7d'")
        duration = parse_duration(value)
        if duration < minimum:
            raise ValueError(f"{shown(value)} is too short: at least {words(minimum)}")
        return duration

    return check


def words(duration: timedelta) -> str:
    """A duration the way the config writes it: "30s", "10m", "24h", "7d"."""
    seconds = int(duration.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def parse_when(text: str, now: datetime) -> datetime:
    """A duration back from `now` ("24h") or an ISO date/time ("2025-07-08", "...T09:00Z")."""
    try:
        return now - parse_duration(text)
    except ValueError:
        pass
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{shown(text)} is neither a duration (24h, 7d) nor an ISO date/time "
            "(2025-07-08T09:00Z)"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_clock(text: str) -> tuple[int, int]:
    """ "09:00" → (9, 0)."""
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text.strip())
    if not match:
        raise ValueError(f"{shown(text)} is not a time of day like '09:00'")
    return int(match.group(1)), int(match.group(2))
