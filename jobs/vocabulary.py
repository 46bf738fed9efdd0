"""The closed sets of words a story carries between stages: what kind of move it reports and
what kind of story it is. Literal types rather than enums: the values are the very strings kept
in the stories table and printed in JSON, so nothing stored or printed changes.

They live in jobs/, not storage/: jobs/language makes them and may not import storage. storage/
keeps them as plain strings, and jobs narrow a row's string with `is_action` when reading it."""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

Action = Literal["join", "leave", "fired", "return", "appointed", "found", "poach"]
StoryKind = Literal["move", "mention"]

ACTIONS: frozenset[str] = frozenset(get_args(Action))
STORY_KINDS: tuple[StoryKind, ...] = get_args(StoryKind)


def story_kind_of(value: str) -> StoryKind:
    """A stored kind as a StoryKind: anything but a move is a mention, as the digest reads it."""
    return "move" if value == "move" else "mention"


def is_action(value: str | None) -> TypeGuard[Action]:
    """Whether a stored string is one of the actions (rows are written from events only)."""
    return value in ACTIONS
