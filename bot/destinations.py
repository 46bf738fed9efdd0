"""A channel subscription's routing and style from /subscribe and /subscription edit inputs.

Lists are typed as comma-separated text ("Anthropic, OpenAI"); "-" clears a list or a setting.
Every input is checked the way the config checks `[[webhooks]]`, so a bad one is refused
with one sentence before anything is saved.
"""

from __future__ import annotations

import re
from typing import Any

from bot.render import safe_text
from bot.styles import StyleError, check_roles, check_roles_in_guild, check_template
from jobs.digest.routing import (
    LIST_KEYS,
    RoutingError,
    check_kinds,
    check_pattern,
    clean_list,
)
from storage.errors import ConfigError

CLEAR = "-"
LIST_INPUTS = LIST_KEYS[1:]  # every list but kinds, which /subscribe takes as one choice
ITEM_MAX = 200
ITEMS_MAX = 50


class OptionsError(ConfigError, ValueError):
    """An input that cannot be saved; the message is one sentence for the user."""


def split_list(text: str) -> list[str]:
    """ "Anthropic, OpenAI" → ["Anthropic", "OpenAI"]; "-" → []."""
    if text.strip() == CLEAR:
        return []
    items = list(clean_list(text.split(",")))
    if len(items) > ITEMS_MAX or any(len(i) > ITEM_MAX for i in items):
        raise OptionsError(f"give at most {ITEMS_MAX} names of at most {ITEM_MAX} characters.")
    return items


def options_from_inputs(inputs: dict[str, Any], guild_id: int | None) -> dict[str, Any]:
    """The options the given inputs set (None: not given); a cleared one maps to None."""
    out: dict[str, Any] = {}
    try:
        for key in LIST_INPUTS:
            if inputs.get(key) is not None:
                out[key] = split_list(inputs[key]) or None
        if inputs.get("kinds") is not None:
            kinds = inputs["kinds"]
            out["kinds"] = None if kinds in ("all", CLEAR) else list(check_kinds([kinds]))
        if inputs.get("match") is not None:
            out["match"] = None if inputs["match"] == CLEAR else check_pattern(inputs["match"])
        if inputs.get("template") is not None:
            template = None if inputs["template"] == CLEAR else check_template(inputs["template"])
            out["template"] = template
            out["style"] = "template" if template else None
        elif inputs.get("style") is not None:
            out["style"] = None if inputs["style"] == "full" else inputs["style"]
            out["template"] = None
        if inputs.get("ping_roles") is not None:
            text = inputs["ping_roles"]
            roles = [] if text.strip() == CLEAR else re.split(r"[\s,]+", text.strip())
            out["ping_roles"] = list(check_roles_in_guild(check_roles(roles), guild_id)) or None
    except (RoutingError, StyleError) as exc:
        raise OptionsError(str(exc)) from None
    return out


def describe_options(options: dict[str, Any]) -> str:
    """ "kinds move · labs Anthropic · compact" for replies and /subscriptions."""
    parts: list[str] = []
    for key in ("kinds", *LIST_INPUTS):
        if options.get(key):
            parts.append(f"{key} {safe_text(', '.join(options[key]), 200)}")
    if options.get("match"):
        parts.append(f"match {safe_text(options['match'], 100)}")
    if options.get("style") in ("compact", "template"):
        parts.append(options["style"])
    if options.get("ping_roles"):
        parts.append("pings " + " ".join(f"<@&{r}>" for r in options["ping_roles"]))
    if options.get("forum"):
        parts.append("forum posts")
    if options.get("thread"):
        parts.append("digest in a thread")
    return " · ".join(parts)
