"""Rendering: safe strangers' text, Discord limits, splitting instead of cutting stories off."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.render import (
    EMBEDS_TOTAL_MAX,
    embed_length,
    escape_markdown,
    limit_problems,
    neutralise_mentions,
    render_markdown,
    render_messages,
    render_text,
    safe_text,
    safe_url,
)
from jobs.digest.assemble import Digest, DigestStory, Moment, SourceLink
from jobs.language.events import Event
from storage.db import Database

T0 = datetime(2025, 7, 8, 9, 0, tzinfo=UTC)
RAW_MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>|<#\d+>")


def story(
    n: int, *, title: str = "", summary: str = "", sources: int = 2, moments: int = 1
) -> DigestStory:
    return DigestStory(
        id=f"s{n}",
        kind="move" if n % 2 else "mention",
        title=title or f"Person {n} joins Lab {n}",
        summary=summary or f"Summary {n}.",
        event=Event(f"Person {n}", "join", "OpenAI", "Anthropic") if n % 2 else None,
        people=(f"Person {n}",),
        labs=("OpenAI",),
        keywords=(),
        published=T0 + timedelta(minutes=n),
        sources=tuple(
            SourceLink(f"t{i}", f"https://outlet{i}.example/{n}", f"Outlet {i}", T0)
            for i in range(sources)
        ),
        moments=tuple(
            Moment(
                "vid",
                "Video",
                65.0 + i,
                f"https://www.youtube.com/watch?v=vid&t={65 + i}s",
                "quote",
            )
            for i in range(moments)
        ),
    )


def digest_of(*stories: DigestStory) -> Digest:
    return Digest(T0 + timedelta(days=1), T0, T0 + timedelta(days=1), tuple(stories))


def all_text(payload: dict[str, Any]) -> str:
    parts = [payload.get("content") or ""]
    for e in payload.get("embeds") or []:
        parts += [e.get("title") or "", e.get("description") or "", e["footer"]["text"]]
    return "\n".join(parts)


def test_mentions_are_broken_and_markdown_escaped() -> None:
    nasty = "@everyone @here <@123> <@!45> <@&678> <#9> </cmd:1> **bold** [x](https://evil.example) `code`"
    safe = safe_text(nasty)
    assert not RAW_MENTION.search(safe)
    assert not re.search(r"(?<!\\)[*`\[\]()_~|]", safe)  # every markup character escaped
    assert neutralise_mentions("@everyone") == "@\u200beveryone"
    assert escape_markdown("a_b*c") == r"a\_b\*c"


def test_terminal_escapes_are_removed() -> None:
    text = render_text(digest_of(story(1, title="Evil \x1b[31mred\x1b[0m title")))
    assert "\x1b" not in text


def test_only_http_links() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("ftp://x.example/") is None
    assert safe_url("https://x.example/a (b)") == "https://x.example/a%20%28b%29"
    assert safe_url("https://x.example/" + "a" * 3000) is None


def test_masked_link_tricks_in_titles_stay_text() -> None:
    s = story(1, title="[Click me](https://evil.example) now")
    (payload,) = render_messages(digest_of(s))
    embed = payload["embeds"][0]
    assert embed["title"].startswith(r"\[Click me\]\(https")
    assert embed["url"] == "https://outlet0.example/1"


def test_limits_respected_and_long_digest_split() -> None:
    long = "x" * 3000
    stories = [
        story(n, title="T" * 400, summary=long, sources=30, moments=10) for n in range(1, 41)
    ]
    payloads = render_messages(digest_of(*stories))
    assert len(payloads) > 1
    for payload in payloads:
        assert limit_problems(payload) == []
        assert sum(embed_length(e) for e in payload["embeds"]) <= EMBEDS_TOTAL_MAX
        assert payload["allowed_mentions"] == {"parse": []}
    # every story is there, once, in order
    titles = [e["footer"]["text"] for p in payloads for e in p["embeds"]]
    assert len(titles) == 40
    assert "… and 22 more sources" in payloads[0]["embeds"][0]["description"]


def test_many_small_stories_pack_ten_per_message() -> None:
    payloads = render_messages(digest_of(*[story(n) for n in range(1, 24)]))
    assert [len(p["embeds"]) for p in payloads] == [10, 10, 3]
    assert payloads[0]["content"].endswith("part 1/3")


def test_nothing_pings_in_any_rendering() -> None:
    s = story(1, title="@everyone <@123> joins", summary="<@&5> @here")
    for payload in render_messages(digest_of(s)):
        assert not RAW_MENTION.search(all_text(payload))
    assert not RAW_MENTION.search(render_markdown(digest_of(s)))


def test_empty_digest() -> None:
    assert render_messages(digest_of(), send_empty=False) == []
    (payload,) = render_messages(digest_of(), send_empty=True)
    assert payload["content"].startswith("No lab moves or watched news")
    assert "No lab moves or watched news" in render_text(digest_of())


@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_text_renderings_carry_every_story(kind: str) -> None:
    d = digest_of(story(1), story(2))
    out = render_text(d) if kind == "text" else render_markdown(d)
    assert "Person 1: OpenAI → Anthropic" in out.replace("\\", "")
    assert "https://outlet1.example/2" in out
    assert "1:05" in out


def test_docs_show_the_sample_digest_exactly(database: Database) -> None:
    from pathlib import Path

    from jobs.digest.assemble import build_digest
    from tests.digest_samples import T0, sample_stories

    with database.transaction() as s:
        sample_stories(s)
    with database.session() as s:
        digest = build_digest(s, T0, T0 + timedelta(days=1), None, T0 + timedelta(days=1))
    page = (Path(__file__).parent.parent / "docs" / "digests.md").read_text(encoding="utf-8")
    assert f"```text\n{render_text(digest)}```" in page
