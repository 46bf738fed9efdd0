"""A destination's message style: compact lines or an admin's template, colours, role pings.

Placeholders are filled with strangers' text made safe exactly as the embeds make it (one
line, markdown escaped, mentions broken); the template's own text gets its mentions broken
too. Every message stays within Discord's 2,000 characters and pings nobody, except the role
ids a destination names for alerts, which `allowed_mentions` then lists and nothing else.
"""

from __future__ import annotations

import re
import string
from typing import Any

from bot.render import (
    CONTENT_MAX,
    EMPTY_TEXT,
    MENTION_COLOR,
    MOVE_COLOR,
    NO_MENTIONS,
    clean_line,
    counts_words,
    link,
    neutralise_mentions,
    render_messages,
    safe_text,
    shorten,
    story_embed,
    timestamp_link,
    window_words,
)
from jobs.digest.assemble import Digest, DigestStory, event_in_words
from jobs.vocabulary import STORY_KINDS, StoryKind
from storage.errors import ConfigError

PLACEHOLDERS = (
    "title",
    "person",
    "from",
    "to",
    "action",
    "sources",
    "moments",
    "date",
    "url",
    "kind",
    "summary",
)
TEMPLATE_MAX = 500
LINE_MAX = 1000  # one story's line: two always fit in a message with its header
_SNOWFLAKE = re.compile(r"\d{15,21}")
_COLOR = re.compile(r"#?([0-9a-fA-F]{6})")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
FORBIDDEN_WORDS = ("discord", "clyde")  # Discord refuses webhook names containing these
FORBIDDEN_NAMES = ("everyone", "here")  # ... and these as the whole name
ROLES_MAX = 10


class StyleError(ConfigError, ValueError):
    """A style setting that cannot be used; the message is one sentence."""


def check_template(template: str) -> str:
    """The template if every placeholder is known and it fits; StyleError says what is wrong."""
    if len(template) > TEMPLATE_MAX:
        raise StyleError(f"the template is longer than {TEMPLATE_MAX} characters.")
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise StyleError(
            f"the template is not valid ({exc}); write {{{{ for a literal {{."
        ) from None
    for _text, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            raise StyleError(
                f"unknown placeholder {{{name[:40]}}} in the template; use "
                + " ".join(f"{{{p}}}" for p in PLACEHOLDERS)
                + "."
            )
    return template


def check_snowflake(value: Any) -> str:
    """A Discord id (as text); StyleError otherwise."""
    text = str(value).strip().removeprefix("<@&").removesuffix(">")
    if isinstance(value, bool) or not _SNOWFLAKE.fullmatch(text):
        raise StyleError(f"{str(value)[:40]!r} is not a Discord id (a number of 15 to 21 digits).")
    return text


def check_roles(values: Any) -> tuple[str, ...]:
    """Role ids to ping; @everyone and @here are refused, whatever the spelling."""
    out: list[str] = []
    for value in values or ():
        if str(value).strip().lstrip("@").casefold() in ("everyone", "here"):
            raise StyleError("ping_roles never pings @everyone or @here; give role ids.")
        role = check_snowflake(value)
        if role not in out:
            out.append(role)
    if len(out) > ROLES_MAX:
        raise StyleError(f"ping at most {ROLES_MAX} roles.")
    return tuple(out)


def check_roles_in_guild(roles: tuple[str, ...], guild_id: int | None) -> tuple[str, ...]:
    """The roles, refusing the guild's own id (Discord's @everyone role)."""
    if guild_id is not None and str(guild_id) in roles:
        raise StyleError("that role is @everyone; ping_roles never pings everyone.")
    return roles


def check_username(name: str) -> str:
    """A webhook display name Discord accepts (1-80 characters, no reserved words)."""
    name = clean_line(name)
    if not name or len(name) > 80:
        raise StyleError("a webhook username has 1 to 80 characters.")
    if (
        any(word in name.casefold() for word in FORBIDDEN_WORDS)
        or name.casefold() in FORBIDDEN_NAMES
    ):
        raise StyleError(
            "Discord refuses webhook names containing discord or clyde, or named everyone or here."
        )
    return name


def parse_color(value: Any) -> int:
    """ "#e67e22", "e67e22" or an integer → the colour as Discord's integer."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 0xFFFFFF:
        return value
    match = _COLOR.fullmatch(str(value).strip())
    if not match:
        raise StyleError(f'{str(value)[:20]!r} is not a colour like "#e67e22".')
    return int(match.group(1), 16)


def color_for(kind: StoryKind, options: dict[str, Any]) -> int:
    """A story kind's embed colour: the destination's own, else the default."""
    colors = options.get("colors") or {}
    default = MOVE_COLOR if kind == "move" else MENTION_COLOR
    return int(colors.get(kind, default))


# --- rendering ---------------------------------------------------------------------------


def story_values(story: DigestStory) -> dict[str, str]:
    """Each placeholder's text for one story, already safe for Discord."""
    event = story.event
    person = (event.person if event else None) or (story.people[0] if story.people else "")
    first_url = story.sources[0].url if story.sources else None
    sources = ", ".join(link(safe_text(s.source, 60), s.url) for s in story.sources[:4])
    moments = ", ".join(
        link(f"{safe_text(m.video_title, 60)} at {timestamp_link(m.start)}", m.url)
        for m in story.moments[:2]
    )
    return {
        "title": safe_text(story.title or "(untitled)", 256),
        "person": safe_text(person or "", 100),
        "from": safe_text((event.from_lab if event else None) or "", 100),
        "to": safe_text((event.to_lab if event else None) or "", 100),
        "action": safe_text((event.action if event else None) or "", 20),
        "sources": sources,
        "moments": moments,
        "date": story.published.strftime("%Y-%m-%d"),
        "url": link("link", first_url) if first_url else "",
        "kind": story.kind,
        "summary": safe_text(story.summary or "", 300),
    }


def compact_line(story: DigestStory) -> str:
    """ "• **move** · [title](url) — event · Outlet, Outlet"."""
    values = story_values(story)
    first_url = story.sources[0].url if story.sources else None
    words = event_in_words(story.event)
    event = f" — {safe_text(words, 200)}" if story.event and words else ""
    outlets = f" · {values['sources']}" if values["sources"] else ""
    return fit_line(f"• **{story.kind}** · {link(values['title'], first_url)}{event}{outlets}")


def template_line(template: str, story: DigestStory) -> str:
    """One story through the admin's template; the template's own text pings nobody either."""
    values = story_values(story)
    out: list[str] = []
    for text, name, _spec, _conversion in string.Formatter().parse(template):
        out.append(neutralise_mentions(_CONTROL.sub(" ", text)))
        if name is not None:
            out.append(values.get(name, ""))
    return fit_line("".join(out))


def fit_line(line: str) -> str:
    """A line cut to LINE_MAX without leaving a dangling escape."""
    line = line.strip() or "(empty)"
    if len(line) <= LINE_MAX:
        return line
    return shorten(line, LINE_MAX).rstrip("\\")


def line_of(story: DigestStory, options: dict[str, Any]) -> str:
    """A story as the destination's compact or template line."""
    template = options.get("template")
    return template_line(template, story) if template else compact_line(story)


def render_lines(
    digest: Digest, options: dict[str, Any], *, send_empty: bool
) -> list[dict[str, Any]]:
    """A digest as text messages, one line per story, packed into 2,000 characters each."""
    header = f"**labwatch digest** · {window_words(digest)} · {counts_words(digest)}"
    if not digest.stories:
        if not send_empty:
            return []
        return [
            {"content": f"{EMPTY_TEXT} ({window_words(digest)}).", "allowed_mentions": NO_MENTIONS}
        ]
    messages: list[list[str]] = [[header]]
    size = len(header)
    for story in digest.stories:
        line = line_of(story, options)
        if size + 1 + len(line) > CONTENT_MAX:
            messages.append([])
            size = -1
        messages[-1].append(line)
        size += 1 + len(line)
    return [{"content": "\n".join(m), "allowed_mentions": NO_MENTIONS} for m in messages]


def ping_payload(payload: dict[str, Any], roles: tuple[str, ...]) -> dict[str, Any]:
    """The payload with the roles mentioned first and allowed to ping, nothing else."""
    if not roles:
        return payload
    mentions = " ".join(f"<@&{r}>" for r in roles)
    content = f"{mentions} {payload.get('content') or ''}".strip()
    return {
        **payload,
        "content": shorten(content, CONTENT_MAX),
        "allowed_mentions": {"parse": [], "roles": list(roles)},
    }


def allowed_mentions_of(payload: dict[str, Any]) -> dict[str, Any]:
    """What a sender passes on: no parsing ever, and only role ids that look like ids."""
    roles = (payload.get("allowed_mentions") or {}).get("roles") or []
    safe = [str(r) for r in roles if _SNOWFLAKE.fullmatch(str(r))][:100]
    return {"parse": [], "roles": safe} if safe else dict(NO_MENTIONS)


def thread_title(text: str) -> str:
    """A forum post's or thread's name: one clean line of 1-100 characters."""
    return shorten(clean_line(text), 100) or "labwatch"


def render_digest(
    digest: Digest, options: dict[str, Any], *, send_empty: bool
) -> list[dict[str, Any]]:
    """A digest in the destination's style: embeds (full), or lines (compact, template)."""
    if options.get("template") or options.get("style") == "compact":
        return render_lines(digest, options, send_empty=send_empty)
    colors = {k: color_for(k, options) for k in STORY_KINDS}
    return render_messages(digest, send_empty=send_empty, colors=colors)


def alert_head(story: DigestStory, matched: str) -> str:
    """ "**labwatch alert** · Jan Leike: OpenAI → Anthropic · watched: Jan Leike"."""
    what = safe_text(event_in_words(story.event) or story.title, 300)
    why = f" · watched: {safe_text(matched, 200)}" if matched else ""
    return shorten(f"**labwatch alert** · {what}{why}", 1000)


def render_instant(
    story: DigestStory, options: dict[str, Any], *, alert: bool, matched: str = ""
) -> list[dict[str, Any]]:
    """One story found just now: an alert (a watched mover, roles pinged) or a live post.

    An alert says what happened and which watch entry it matched ("watched: Jan Leike").
    """
    head = alert_head(story, matched) if alert else "**labwatch** · new story"
    if options.get("template") or options.get("style") == "compact":
        payload: dict[str, Any] = {
            "content": f"{head}\n{line_of(story, options)}",
            "allowed_mentions": NO_MENTIONS,
        }
    else:
        embed = story_embed(story, color_for(story.kind, options))
        payload = {"content": head, "embeds": [embed], "allowed_mentions": NO_MENTIONS}
    roles = tuple(options.get("ping_roles") or ()) if alert else ()
    return [ping_payload(payload, roles)]
