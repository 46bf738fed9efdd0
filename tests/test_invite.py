"""`labwatch invite`: the permission integer from named bits, the id from the token, the link."""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.cli import main
from bot.commands.invite import application_id_from_token, invite_url, permission_integer

APP_ID = 1234567890123456789
TOKEN = base64.b64encode(str(APP_ID).encode()).decode().rstrip("=") + ".GaBcDe." + "x" * 38


@pytest.fixture
def config(tmp_path: Path) -> str:
    path = tmp_path / "config.toml"
    path.write_text("")
    return str(path)


def test_permissions_are_exactly_view_send_embed_attach() -> None:
    # View Channel 1<<10, Send Messages 1<<11, Embed Links 1<<14, Attach Files 1<<15
    assert permission_integer() == 1024 + 2048 + 16384 + 32768 + 2**35 + 2**38 == 309237697536


def test_application_id_from_a_bot_token() -> None:
    assert application_id_from_token(TOKEN) == APP_ID
    # ids of 17 or 18 digits encode to base64 without padding, often with - or _
    short = base64.urlsafe_b64encode(b"81384788765712384").decode().rstrip("=")
    assert application_id_from_token(short + ".abc.def") == 81384788765712384
    assert application_id_from_token("not a token") is None
    assert application_id_from_token(base64.b64encode(b"hello").decode() + ".x.y") is None


def test_invite_url_shape() -> None:
    parts = urlsplit(invite_url(APP_ID))
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "discord.com", "/oauth2/authorize")
    assert parse_qs(parts.query) == {
        "client_id": [str(APP_ID)],
        "permissions": ["309237697536"],
        "scope": ["bot applications.commands"],
    }


def test_cli_reads_the_token_from_the_environment(
    config: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    assert main(["invite", "--config", config]) == 0
    out = capsys.readouterr().out
    assert f"client_id={APP_ID}&permissions=309237697536&scope=bot+applications.commands" in out
    assert "Attach Files" in out and "Read Message History" not in out
    assert main(["invite", "--config", config, "--client-id", "42", "--url-only"]) == 0
    assert capsys.readouterr().out.strip() == invite_url(42)


def test_cli_without_id_or_token_says_what_to_do(
    config: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert main(["invite", "--config", config]) == 1
    assert "pass --client-id ID" in capsys.readouterr().err
    monkeypatch.setenv("DISCORD_TOKEN", "garbage")
    assert main(["invite", "--config", config]) == 1
    assert "does not look like a bot token" in capsys.readouterr().err
