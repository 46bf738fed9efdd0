"""The whole command tree builds on a bot that never connects, and every payload is valid for Discord."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import discord
import jsonschema
import pytest
from discord import app_commands

from bot.client import LabwatchBot, build_bot
from bot.cogs import add_cogs
from storage.db import Database
from tests.fakes_discord import make_deps

SCHEMA = Path(__file__).parent / "data" / "discord" / "application_command_create.json"
EXPECTED = {
    "subscribe",
    "unsubscribe",
    "subscriptions",
    "subscription edit",
    "digest",
    "watch person add",
    "watch person remove",
    "watch keyword add",
    "watch keyword remove",
    "watch list",
    "source add",
    "source remove",
    "source list",
    "why",
    "moments",
    "status",
}
CHANGES_SETTINGS = {"subscribe", "unsubscribe"}  # top-level ones; /watch and /source check inside
SUBCOMMAND, GROUP = 1, 2


@pytest.fixture
async def bot(sqlite_db: Database) -> AsyncIterator[LabwatchBot]:
    deps = make_deps(sqlite_db)
    client = build_bot(deps.app, deps)
    await add_cogs(client, deps)  # setup_hook would also sync with Discord: not here
    yield client
    await client.close()


@pytest.fixture
def payloads(bot: LabwatchBot) -> list[dict[str, Any]]:
    return [command.to_dict(bot.tree) for command in bot.tree.get_commands()]


def walk(options: list[dict[str, Any]], prefix: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every subcommand (as its full name) and option below a command payload."""
    for option in options:
        path = f"{prefix} {option['name']}"
        yield path, option
        if option["type"] in (SUBCOMMAND, GROUP):
            yield from walk(option.get("options") or [], path)


def leaf_commands(payload: dict[str, Any]) -> set[str]:
    subs = [o for o in payload.get("options") or [] if o["type"] in (SUBCOMMAND, GROUP)]
    if not subs:
        return {payload["name"]}
    return {
        path
        for path, option in walk(payload["options"], payload["name"])
        if option["type"] == SUBCOMMAND
    }


def valid_name(name: str) -> bool:
    # ^[-_\p{L}\p{N}]{1,32}$, and lowercase where the letter has a lowercase form
    return (
        1 <= len(name) <= 32
        and all(ch in "-_" or ch.isalpha() or ch.isnumeric() for ch in name)
        and name == name.lower()
    )


def test_every_command_is_registered(payloads: list[dict[str, Any]]) -> None:
    found = set().union(*(leaf_commands(p) for p in payloads))
    assert found == EXPECTED


def test_names_descriptions_and_limits(payloads: list[dict[str, Any]]) -> None:
    assert len(payloads) <= 100  # global chat-input commands
    for payload in payloads:
        assert valid_name(payload["name"]), payload["name"]
        assert 1 <= len(payload["description"]) <= 100, payload["name"]
        assert len(payload.get("options") or []) <= 25
        assert command_characters(payload) <= 4000, payload["name"]
        for path, option in walk(payload.get("options") or [], payload["name"]):
            assert valid_name(option["name"]), path
            assert 1 <= len(option["description"]) <= 100, path
            children = option.get("options") or []
            assert len(children) <= 25, path
            assert len(option.get("choices") or []) <= 25, path
            if option["type"] == GROUP:
                assert all(child["type"] == SUBCOMMAND for child in children), path
            if option["type"] == SUBCOMMAND or option["type"] == GROUP:
                continue
            assert not (option.get("choices") and option.get("autocomplete")), path
        assert_required_first(payload.get("options") or [], payload["name"])


def assert_required_first(options: list[dict[str, Any]], path: str) -> None:
    plain = [o for o in options if o["type"] not in (SUBCOMMAND, GROUP)]
    required = [bool(o.get("required")) for o in plain]
    assert required == sorted(required, reverse=True), (
        f"{path}: a required option after an optional one"
    )
    for option in options:
        if option["type"] in (SUBCOMMAND, GROUP):
            assert_required_first(option.get("options") or [], f"{path} {option['name']}")


def command_characters(payload: dict[str, Any]) -> int:
    """Discord's 4,000-character limit: names, descriptions and choice values, all levels."""
    total = len(payload["name"]) + len(payload.get("description") or "")
    for _path, option in walk(payload.get("options") or [], payload["name"]):
        total += len(option["name"]) + len(option["description"])
        total += sum(len(c["name"]) + len(str(c["value"])) for c in option.get("choices") or [])
    return total


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_the_schema_refuses_what_discord_refuses(
    validator: jsonschema.Draft202012Validator, payloads: list[dict[str, Any]]
) -> None:
    bad = dict(payloads[0], name="x" * 33)
    assert not validator.is_valid(bad)
    string_option = {"type": 3, "name": "q", "description": ""}
    assert not validator.is_valid(dict(payloads[0], options=[string_option]))


def test_payloads_match_discords_schema(
    validator: jsonschema.Draft202012Validator, payloads: list[dict[str, Any]]
) -> None:
    for payload in payloads:
        wire = dict(payload)
        # Discord's docs type this as a decimal string, the spec as an integer: check the number
        if isinstance(wire.get("default_member_permissions"), str):
            wire["default_member_permissions"] = int(wire["default_member_permissions"])
        errors = sorted(validator.iter_errors(wire), key=str)
        assert not errors, f"/{payload['name']}: {errors[0].message}"


def test_every_command_is_server_only(payloads: list[dict[str, Any]]) -> None:
    for payload in payloads:
        assert payload.get("contexts") == [0] or payload.get("dm_permission") is False, payload


def test_settings_commands_carry_the_permission_hint(payloads: list[dict[str, Any]]) -> None:
    manage = discord.Permissions(manage_guild=True).value
    for payload in payloads:
        if payload["name"] in CHANGES_SETTINGS:
            assert int(payload["default_member_permissions"]) == manage


def test_autocomplete_where_a_list_exists(bot: LabwatchBot) -> None:
    wanted = {
        ("subscribe", "timezone"),
        ("watch person remove", "name"),
        ("watch keyword remove", "phrase"),
        ("source remove", "name"),
        ("moments", "person"),
    }
    found = set()
    for command in bot.tree.walk_commands():
        if isinstance(command, app_commands.Command):
            for param in command.parameters:
                if param.autocomplete:
                    found.add((command.qualified_name, param.name))
    assert wanted <= found


async def test_client_settings(bot: LabwatchBot) -> None:
    assert bot.allowed_mentions is not None
    assert dict(bot.allowed_mentions.to_dict()) == {"parse": []}
    assert bot.intents.guilds and not bot.intents.message_content and not bot.intents.members


def test_every_command_is_documented(payloads: list[dict[str, Any]]) -> None:
    docs = Path(__file__).parent.parent / "docs"
    pages = "\n".join(p.read_text(encoding="utf-8") for p in docs.glob("*.md"))
    for command in set().union(*(leaf_commands(p) for p in payloads)):
        assert f"`/{command}" in pages, f"no page in docs/ describes /{command}"
