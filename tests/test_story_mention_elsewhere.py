"""A mention of a watched person in another language's outlet, telling the story's move in
its own words ("migra para", "saída de"): it joins the move's story as an English mention
with a word of moving does (jobs/stories/placing.py told_move, scoring.tells_elsewhere).
Near misses stay apart: a mention with no word of moving, and one days past the window.
Worded apart from the labelled sets' rows."""

from __future__ import annotations

from datetime import datetime, timedelta

from storage.db import Database
from tests.test_stories import T0, stories_of_two

HOUR = timedelta(hours=1)

MOVE = (
    "a",
    "Jan Leike leaves OpenAI for Anthropic",
    "The safety researcher joins Anthropic.",
    T0,
    "https://a/move",
)


def mention(
    title: str, summary: str, when: timedelta = 3 * HOUR
) -> tuple[str, str, str, datetime, str]:
    return ("b", title, summary, T0 + when, "https://b/mention")


def test_a_portuguese_mention_telling_the_move_joins_it(database: Database) -> None:
    told = mention(
        "Jan Leike: o que muda na Anthropic",
        "A saída de Leike da OpenAI coincide com licença prolongada do presidente da empresa",
    )
    first, second = stories_of_two(database, MOVE, told)
    assert first is not None and first == second


def test_a_mention_with_no_word_of_moving_stays_apart(database: Database) -> None:
    talk = mention(
        "Jan Leike fala sobre segurança de IA em São Paulo",
        "Leike, que lidera a equipe de alinhamento, comentou os riscos da superinteligência",
    )
    first, second = stories_of_two(database, MOVE, talk)
    assert first is not None and first != second


def test_a_mention_past_the_follow_up_days_stays_apart(database: Database) -> None:
    late = mention(
        "Jan Leike: o que muda na Anthropic",
        "A saída de Leike da OpenAI coincide com licença prolongada do presidente da empresa",
        12 * 24 * HOUR,
    )
    first, second = stories_of_two(database, MOVE, late)
    assert first is not None and first != second
