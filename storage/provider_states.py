"""Whether YouTube blocks a transcript provider, from the state each saved (Core, no ORM:
`labwatch sources` shows it)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from storage.lite import rows

# no SQLAlchemy import of its own: on a SQLite file `labwatch sources` and `transcripts` read
# this through storage.lite
if TYPE_CHECKING:
    from storage.lite import AnyReader

DOCS = "docs/transcripts.md"


def provider_states(session: AnyReader) -> dict[str, dict[str, str]]:
    """Every provider's saved state: {provider: {what: value}} (block and canary)."""
    states: dict[str, dict[str, str]] = {}
    for key, value in rows(session, "transcript_states"):
        _, provider, what = key.split(".", 2)
        states.setdefault(provider, {})[what] = value
    return states


def provider_status(session: AnyReader, now: datetime | None = None) -> str | None:
    """One line for `labwatch sources` and /status while YouTube blocks a provider, else None:
    its canary failed, or it is backed off after a block."""
    problems = []
    for provider, state in sorted(provider_states(session).items()):
        canary = json.loads(state["canary"]) if "canary" in state else None
        until = datetime.fromisoformat(state["blocked_until"]) if "blocked_until" in state else None
        paused = until is not None and (now is None or until > now)
        if paused and until is not None:
            why = state.get("blocked_reason") or "blocked"
            problems.append(f"{provider}: {why}; paused until {until:%Y-%m-%d %H:%M} UTC")
        elif canary is not None and not canary["ok"]:
            problems.append(f"{provider}: canary video {canary['video_id']}: {canary['reason']}")
    if not problems:
        return None
    return f"YouTube is blocking this server; see {DOCS} ({'; '.join(problems)})"
