"""`labwatch invite`: the link that adds the bot to a server, with exactly the permissions it uses."""

from __future__ import annotations

import argparse
import base64
import binascii
import sys
from urllib.parse import urlencode

from bot.config import Settings

AUTHORIZE_URL = "https://discord.com/oauth2/authorize"
SCOPES = ("bot", "applications.commands")  # the bot user, and its slash commands
# (name in Discord's settings, bit, what labwatch uses it for); nothing else is asked for.
# Every channel subscription needs these; bot.doctor checks them per channel.
IN_CHANNEL = (
    ("View Channel", 10, "see the channels it posts to"),
    ("Send Messages", 11, "post digests and alerts"),
    ("Embed Links", 14, "digests and alerts are embeds"),
    ("Attach Files", 15, "the talent-flow chart picture"),
)
# only forum channels and subscriptions with thread = true need these
STARTS_THREADS = (("Create Public Threads", 35, "a digest's thread (thread = true)"),)
IN_THREADS = (("Send Messages in Threads", 38, "forum posts and digest threads"),)
PERMISSIONS = IN_CHANNEL + STARTS_THREADS + IN_THREADS
PORTAL = "https://discord.com/developers/applications"


def permission_integer() -> int:
    """The permissions labwatch needs, as the integer Discord's invite link takes."""
    value = 0
    for _name, bit, _why in PERMISSIONS:
        value |= 1 << bit
    return value


def application_id_from_token(token: str) -> int | None:
    """The application (bot user) id a bot token starts with: base64 of the id; None if not one."""
    first = token.strip().split(".", 1)[0]
    try:
        decoded = base64.b64decode(first + "=" * (-len(first) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        return None
    text = decoded.decode("ascii", errors="replace")
    return int(text) if text.isdigit() and 15 <= len(text) <= 21 else None


def invite_url(application_id: int, permissions: int | None = None) -> str:
    """The OAuth2 link that adds the bot with its slash commands to a server."""
    query = {
        "client_id": str(application_id),
        "permissions": str(permission_integer() if permissions is None else permissions),
        "scope": " ".join(SCOPES),
    }
    return f"{AUTHORIZE_URL}?{urlencode(query)}"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--client-id",
        type=int,
        metavar="ID",
        help="the application id (default: read from the bot token in the environment)",
    )
    parser.add_argument("--url-only", action="store_true", help="print only the link")


def main(args: argparse.Namespace, settings: Settings) -> int:
    application_id = args.client_id or _id_from_environment(settings)
    if application_id is None:
        return 1
    url = invite_url(application_id)
    if args.url_only:
        print(url)
        return 0
    print("Open this link, pick your server and press Authorize:\n")
    print(f"  {url}\n")
    print(f"Permissions asked for ({permission_integer()}), and why:")
    for name, _bit, why in PERMISSIONS:
        print(f"  {name:<14} {why}")
    print("Scopes: bot, applications.commands (the slash commands)")
    print("Then, in the channel that should get the digest, type /subscribe")
    return 0


def _id_from_environment(settings: Settings) -> int | None:
    env = settings.discord.token_env
    token = settings.discord_token()
    if token is None:
        print(
            f"labwatch: no application id: pass --client-id ID (the Application ID on {PORTAL}) "
            f"or set {env} to the bot token",
            file=sys.stderr,
        )
        return None
    application_id = application_id_from_token(token)
    if application_id is None:
        print(
            f"labwatch: {env} does not look like a bot token (copy it again from {PORTAL} → "
            "Bot → Reset Token), or pass --client-id ID",
            file=sys.stderr,
        )
    return application_id
