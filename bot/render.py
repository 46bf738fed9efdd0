"""A digest as text, markdown, or Discord message payloads within every Discord limit.

Everything here is pure: strangers' text (feed titles, summaries, captions) is made safe
for Discord — markdown escaped, mentions broken, only http(s) links — and every payload
carries `allowed_mentions: {"parse": []}` so that nothing can ping anyone.
"""

from __future__ import annotations

import re
import textwrap
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from jobs.digest.assemble import Digest, DigestStory, event_in_words
from jobs.vocabulary import StoryKind

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
EMBEDS_TOTAL_MAX = 6000
EMBEDS_PER_MESSAGE = 10
CONTENT_MAX = 2000
URL_MAX = 2048

NO_MENTIONS: dict[str, list[str]] = {"parse": []}
EMPTY_TEXT = "No lab moves or watched news"
MOVE_COLOR = 0xE67E22
MENTION_COLOR = 0x3498DB
ZWSP = "\u200b"
MAX_SOURCES = 8
MAX_MOMENTS = 3
CHART_FILE = "talent-flow.png"

_MARKDOWN = re.compile(r"([\\*_~`|\[\]()<])")
_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+(?=\.))")  # headings, quotes, lists: at the start
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#|/)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_line(text: str) -> str:
    """One line of strangers' text: control characters (and terminal escapes) removed."""
    return " ".join(_CONTROL.sub(" ", text or "").split())


def escape_markdown(text: str) -> str:
    """Backslash every character Discord or CommonMark would read as markup."""
    escaped = _MARKDOWN.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, mark = match.group(1), match.group(2)
    return indent + (f"{mark}\\" if mark.isdigit() else f"\\{mark}")  # "1\." but "\#"


def neutralise_mentions(text: str) -> str:
    """Break @everyone, @here, <@id>, <@&id>, <#id> and </cmd:id> with a zero-width space."""
    return _MENTION.sub(lambda m: m.group(0)[0] + ZWSP + m.group(0)[1:], text)


def safe_text(text: str, limit: int | None = None) -> str:
    """Strangers' text for Discord: one line, markdown escaped, mentions broken, cut to `limit`."""
    plain = clean_line(text)
    if limit is not None:
        plain = shorten(plain, limit)
    safe = neutralise_mentions(escape_markdown(plain))
    while limit is not None and len(safe) > limit:  # escapes made it longer: cut more
        plain = shorten(plain, max(1, len(plain) - (len(safe) - limit)))
        safe = neutralise_mentions(escape_markdown(plain))
    return safe


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters: the lines that fit whole, then the next one cut at a word
    boundary with an ellipsis (textwrap.shorten); a word longer than the room is cut inside."""
    if len(text) <= limit:
        return text
    head, newline, _ = text[:limit].rpartition("\n")
    line = text[len(head) + len(newline) :].split("\n", 1)[0]
    room = limit - len(head) - len(newline)
    if room < 1:
        return head
    cut = textwrap.shorten(line, room, placeholder="…")
    if cut == "…" and room > 1:  # textwrap.shorten keeps no part of a word
        cut = line[: room - 1].rstrip() + "…"
    return head + newline + cut


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s) and fits Discord; characters that could end a link escaped."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    url = quote(url, safe="/:?#&=%+,;@!$*'~._-[]")  # spaces, <, >, (, ), quotes encoded
    url = url.replace("(", "%28").replace(")", "%29")
    return url if len(url) <= URL_MAX else None


def link(label: str, url: str | None) -> str:
    """A masked link with a safe label; the label alone when the URL is not usable."""
    target = safe_url(url)
    return f"[{label}]({target})" if target else label


def timestamp_link(start: float) -> str:
    """ "1:02:03" or "4:05" for a moment's start."""
    total = int(start)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def window_words(digest: Digest) -> str:
    """ "2025-07-08 09:00 → 2025-07-09 09:00 UTC"."""
    fmt = "%Y-%m-%d %H:%M"
    since, until = digest.since.astimezone(UTC), digest.until.astimezone(UTC)
    return f"{since.strftime(fmt)} → {until.strftime(fmt)} UTC"


def counts_words(digest: Digest) -> str:
    """ "2 moves, 1 mention"."""
    moves, mentions = len(digest.moves), len(digest.mentions)
    return f"{moves} move{'s' * (moves != 1)}, {mentions} mention{'s' * (mentions != 1)}"


# --- text and markdown -------------------------------------------------------------------


def render_text(digest: Digest) -> str:
    """The digest as plain text for a terminal or a file."""
    lines = [f"labwatch digest · {window_words(digest)} · {counts_words(digest)}"]
    if not digest.stories:
        return f"{lines[0]}\n\n{EMPTY_TEXT} between {window_words(digest)}.\n"
    for heading, stories in (("MOVES", digest.moves), ("MENTIONS", digest.mentions)):
        if stories:
            lines += ["", heading]
            for n, story in enumerate(stories, 1):
                lines += story_text_lines(n, story)
    return "\n".join(lines) + "\n"


def event_line(story: DigestStory) -> str:
    """The event in words, or "" when the title already says exactly that."""
    words = event_in_words(story.event)
    return "" if words.casefold() == story.title.strip().casefold() else words


def story_date(story: DigestStory) -> str:
    """ "2025-07-08": the day of the story's earliest report (UTC)."""
    return f"{story.published.astimezone(UTC):%Y-%m-%d}"


def story_text_lines(n: int, story: DigestStory) -> list[str]:
    """One story as indented plain-text lines, its date after the title."""
    lines = [f"{n}. {clean_line(story.title)} · {story_date(story)}"]
    if event_line(story):
        lines.append(f"   {clean_line(event_line(story))}")
    if story.summary:
        lines.append(f"   {clean_line(story.summary)}")
    for source in story.sources:
        lines.append(f"   - {clean_line(source.source)}: {clean_line(source.url)}")
    for moment in story.moments:
        quote_text = clean_line(shorten(moment.text, 160))
        lines.append(
            f"   ▶ {clean_line(moment.video_title)} at {timestamp_link(moment.start)}: "
            f'"{quote_text}" {clean_line(moment.url)}'
        )
    return lines


def render_markdown(digest: Digest) -> str:
    """The digest as Markdown (headings, lists, links) for files and chat."""
    lines = ["# labwatch digest", "", f"{window_words(digest)} · {counts_words(digest)}"]
    if not digest.stories:
        return "\n".join([*lines, "", f"{EMPTY_TEXT}."]) + "\n"
    for heading, stories in (("Moves", digest.moves), ("Mentions", digest.mentions)):
        if stories:
            lines += ["", f"## {heading}"]
            for story in stories:
                lines += ["", *story_markdown_lines(story)]
    return "\n".join(lines) + "\n"


def story_markdown_lines(story: DigestStory) -> list[str]:
    """One story as a Markdown heading, paragraphs (date and event; summary) and a list."""
    first_url = story.sources[0].url if story.sources else None
    lines = [f"### {link(safe_text(story.title), first_url)}", ""]
    event = f" · **{safe_text(event_line(story))}**" if event_line(story) else ""
    lines += [f"{story_date(story)}{event}", ""]
    if story.summary:  # a paragraph of its own: never run into the event line
        lines += [safe_text(story.summary), ""]
    lines += [f"- {link(safe_text(s.source), s.url)}" for s in story.sources]
    lines += [f"- ▶ {moment_markdown(m)}" for m in story.moments]
    return lines


def moment_markdown(moment: Any) -> str:
    label = f"{safe_text(moment.video_title, 120)} at {timestamp_link(moment.start)}"
    return f'{link(label, moment.url)}: "{safe_text(moment.text, 160)}"'


# --- Discord -----------------------------------------------------------------------------


def render_messages(
    digest: Digest, *, send_empty: bool = True, colors: dict[StoryKind, int] | None = None
) -> list[dict[str, Any]]:
    """Discord message payloads: one embed per story, packed within every limit."""
    header = shorten(f"**labwatch digest** · {window_words(digest)} · {counts_words(digest)}", 300)
    if not digest.stories:
        if not send_empty:
            return []
        return [
            {"content": f"{EMPTY_TEXT} ({window_words(digest)}).", "allowed_mentions": NO_MENTIONS}
        ]
    embeds = [story_embed(s, (colors or {}).get(s.kind)) for s in digest.stories]
    messages = pack_embeds(embeds)
    total = len(messages)
    payloads = []
    for n, group in enumerate(messages, 1):
        content = header if total == 1 else f"{header} · part {n}/{total}"
        payloads.append({"content": content, "embeds": group, "allowed_mentions": NO_MENTIONS})
    return payloads


def chart_embed(moves: int, since: datetime, until: datetime) -> dict[str, Any]:
    """The embed that shows the attached talent-flow chart (`attachment://talent-flow.png`)."""
    period = f"{since.astimezone(UTC):%Y-%m-%d} → {until.astimezone(UTC):%Y-%m-%d}"
    return {
        "title": f"Talent flow · {period}",
        "description": (
            f"{moves} move{'s' * (moves != 1)} between labs: the labs people left on the left, "
            "the labs they joined on the right."
        ),
        "color": MOVE_COLOR,
        "image": {"url": f"attachment://{CHART_FILE}"},
    }


def add_chart(
    payloads: list[dict[str, Any]], embed: dict[str, Any], header: str
) -> tuple[list[dict[str, Any]], int]:
    """The payloads with the chart's embed and attachment; the position of the message carrying it.

    The chart joins the last message when it fits there (10 embeds, 6,000 characters), else it
    is a message of its own under `header`.
    """
    out = [dict(p) for p in payloads]
    last = out[-1] if out else None
    embeds = (last or {}).get("embeds") or []
    fits = sum(embed_length(e) for e in embeds) + embed_length(embed) <= EMBEDS_TOTAL_MAX
    if last is not None and len(embeds) < EMBEDS_PER_MESSAGE and fits:
        last["embeds"] = [*embeds, embed]
    else:
        out.append({"content": shorten(header, CONTENT_MAX), "embeds": [embed]})
        last = out[-1]
    last["attachments"] = [{"id": "0", "filename": CHART_FILE}]
    last["allowed_mentions"] = NO_MENTIONS
    return out, len(out) - 1


def render_alert(story: DigestStory, matched: str = "") -> list[dict[str, Any]]:
    """One message announcing a move as soon as it is found, naming the watch entry it matched."""
    what = safe_text(event_in_words(story.event) or story.title, 300)
    why = f" · watched: {safe_text(matched, 200)}" if matched else ""
    return [
        {
            "content": shorten(f"**labwatch alert** · {what}{why}", CONTENT_MAX),
            "embeds": [story_embed(story)],
            "allowed_mentions": NO_MENTIONS,
        }
    ]


def render_folded_alerts(items: list[tuple[DigestStory, str]]) -> list[dict[str, Any]]:
    """Many alerts at once as one message: a line per move, with its date and watch entry."""
    lines = []
    for story, matched in items:
        what = safe_text(event_in_words(story.event) or story.title, 200)
        first = story.sources[0].url if story.sources else None
        lines.append(
            f"• {link(what, first)} · {story.published.astimezone(UTC):%Y-%m-%d} · "
            f"watched: {safe_text(matched, 100)}"
        )
    shown: list[str] = []
    for n, line in enumerate(lines):
        rest = len(lines) - n
        if len("\n".join([*shown, line])) + 40 > DESCRIPTION_MAX:
            shown.append(f"… and {rest} more")
            break
        shown.append(line)
    count = len(items)
    embed = {
        "title": f"{count} more move{'s' * (count != 1)} of watched people",
        "description": "\n".join(shown),
        "color": MOVE_COLOR,
    }
    content = f"**labwatch alerts** · {count} moves at once, folded into one message"
    return [{"content": content, "embeds": [embed], "allowed_mentions": NO_MENTIONS}]


def story_embed(story: DigestStory, color: int | None = None) -> dict[str, Any]:
    """One story as an embed: title linked to its first source, details in the description."""
    default = MOVE_COLOR if story.kind == "move" else MENTION_COLOR
    embed: dict[str, Any] = {
        "title": safe_text(story.title or "(untitled)", TITLE_MAX),
        "description": story_description(story),
        "color": default if color is None else color,
        "timestamp": story.published.astimezone(UTC).isoformat(),
        "footer": {"text": shorten(footer_text(story), FOOTER_MAX)},
    }
    url = safe_url(story.sources[0].url) if story.sources else None
    if url:
        embed["url"] = url
    return embed


def footer_text(story: DigestStory) -> str:
    names = ", ".join(clean_line(x) for x in (*story.people, *story.keywords))
    return f"{story.kind} · {names}" if names else story.kind


def story_description(story: DigestStory) -> str:
    """Event, summary, sources and moments; lists shortened so the whole fits 4096."""
    head: list[str] = []
    if event_line(story):
        head.append(f"**{safe_text(event_line(story), 300)}**")
    if story.summary:
        head.append(safe_text(story.summary, 600))
    sources = [f"• {link(safe_text(s.source, 100), s.url)}" for s in story.sources]
    moments = [f"▶ {moment_markdown(m)}" for m in story.moments]
    for max_sources, max_moments in ((MAX_SOURCES, MAX_MOMENTS), (4, 1), (2, 0), (1, 0), (0, 0)):
        lines = [
            *head,
            *limited(sources, max_sources, "source"),
            *limited(moments, max_moments, "moment"),
        ]
        text = "\n".join(lines)
        if len(text) <= DESCRIPTION_MAX:
            return text
    return shorten("\n".join(head), DESCRIPTION_MAX)


def limited(lines: list[str], keep: int, noun: str) -> list[str]:
    """The first `keep` lines and a count of the rest."""
    if len(lines) <= keep:
        return lines
    rest = len(lines) - keep
    return [*lines[:keep], f"… and {rest} more {noun}{'s' * (rest != 1)}"]


def embed_length(embed: dict[str, Any]) -> int:
    """The characters Discord counts towards the 6,000 across a message's embeds."""
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    for item in embed.get("fields") or []:
        total += len(item.get("name") or "") + len(item.get("value") or "")
    return total


def pack_embeds(embeds: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split embeds into messages of at most 10 embeds and 6,000 counted characters each."""
    messages: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    size = 0
    for embed in embeds:
        length = embed_length(embed)
        if current and (len(current) == EMBEDS_PER_MESSAGE or size + length > EMBEDS_TOTAL_MAX):
            messages.append(current)
            current, size = [], 0
        current.append(embed)
        size += length
    if current:
        messages.append(current)
    return messages


def limit_problems(payload: dict[str, Any]) -> list[str]:
    """Every Discord limit a payload breaks (empty when it is fine); used by tests and delivery."""
    problems: list[str] = []
    embeds = payload.get("embeds") or []
    if len(payload.get("content") or "") > CONTENT_MAX:
        problems.append("content over 2000")
    if len(embeds) > EMBEDS_PER_MESSAGE:
        problems.append("more than 10 embeds")
    if sum(embed_length(e) for e in embeds) > EMBEDS_TOTAL_MAX:
        problems.append("embeds over 6000 characters")
    for e in embeds:
        checks = [
            (len(e.get("title") or ""), TITLE_MAX, "title"),
            (len(e.get("description") or ""), DESCRIPTION_MAX, "description"),
            (len(e.get("fields") or []), FIELDS_MAX, "fields"),
            (len((e.get("footer") or {}).get("text") or ""), FOOTER_MAX, "footer"),
            (len((e.get("author") or {}).get("name") or ""), AUTHOR_MAX, "author"),
        ]
        for item in e.get("fields") or []:
            checks.append((len(item.get("name") or ""), FIELD_NAME_MAX, "field name"))
            checks.append((len(item.get("value") or ""), FIELD_VALUE_MAX, "field value"))
        problems += [f"{what} over {limit}" for size, limit, what in checks if size > limit]
    if not pings_only_roles(payload.get("allowed_mentions")):
        problems.append("allowed_mentions must be {'parse': []} (plus at most role ids)")
    return problems


def pings_only_roles(mentions: Any) -> bool:
    """True for {"parse": []}, optionally with a list of role ids: never users, everyone, here."""
    if not isinstance(mentions, dict) or mentions.get("parse") != []:
        return False
    roles = mentions.get("roles", [])
    return set(mentions) <= {"parse", "roles"} and all(str(r).isdigit() for r in roles)
