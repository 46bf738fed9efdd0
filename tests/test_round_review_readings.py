"""Readings a review of the round's new rules found wrong, each beside the reading the rule
was written for: a profile's lab taken past the headline's clause or from a past employer
(events.now_leading), English words after 'He' taken for a pinyin given name
(unlisted._family_he), a Mac- surname taken for a coined company (person_moves.coined), 从 as
'since' read as leaving (gloss._FROM_MOVE_RE), a Korean reorganisation weighed or pushed read
as done (gloss._KO_NOT_DONE), a rumoured shake-up (staff_change.WEIGHING), and a headline long
enough to make the language passes slow (classify.TITLE_CHARS). Invented people and wording."""

from __future__ import annotations

import pytest

from jobs.language.classify import TITLE_CHARS, classify
from tests.test_devset import default_watch

Want = tuple[str | None, str, str | None, str | None] | None


@pytest.mark.parametrize(
    ("title", "summary", "want"),
    [
        # the lab of a profile: the one led, or the description's own; nothing past its clause
        (
            "Meet Ada Brandt, Nvidia's robotics head who now leads Omniverse",
            "",
            ("Ada Brandt", "appointed", None, "Nvidia"),
        ),
        ("Meet Ada Brandt, the researcher who now leads nothing. Nvidia stock falls", "", None),
        ("Meet Ada Brandt, who now leads robotics | Cohere news", "", None),
        # He written first before a pinyin given name, as the subject of the news
        ("He Zhiyuan has joined Anthropic", "", ("Zhiyuan He", "join", None, "Anthropic")),
        ("He Wanna Join Anthropic", "", None),
        # a coined company name, not a Mac- surname
        ("Former Google engineer joins MacKenzie", "The engineer will advise on systems.", None),
        # 从 as 'since': joined in 2019, background
        ("阿里通义千问负责人周畅", "周畅从2019年加入阿里巴巴，负责大模型研发。", None),
        (
            "王浩从字节跳动跳槽到阿里巴巴，负责大模型研发",
            "",
            ("Hao Wang", "join", "ByteDance", "Alibaba"),
        ),
        # a reorganisation weighed, and a shake-up rumoured, are no news of a move
        ("네이버, AI 조직 개편을 검토", "Dana Whitfield becomes head of research.", None),
        ("Naver AI leadership shake-up rumored", "Dana Whitfield becomes head of research.", None),
        (
            "Naver AI leadership shake-up",
            "Dana Whitfield becomes head of research.",
            ("Dana Whitfield", "appointed", None, "Naver"),
        ),
    ],
)
def test_the_reading(title: str, summary: str, want: Want) -> None:
    got = classify(title, summary, default_watch())
    if want is None:
        assert not got.is_move, got.event
        return
    assert got.event is not None, got.reasons
    event = got.event
    assert (event.person, event.action, event.from_lab, event.to_lab) == want


def test_a_headline_past_its_cap_is_read_as_its_first_characters() -> None:
    # (the passes' cost grows with the square of the length: the cap bounds it)
    title = "CEO는 Dana Whitfield " * 3000 + "맡"
    whole = classify(title, "", default_watch())
    assert whole == classify(title[:TITLE_CHARS], "", default_watch())
