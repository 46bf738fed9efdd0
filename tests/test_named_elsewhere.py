"""A lab's loss whose headline names the post the person takes elsewhere ("Acme loses another
executive as its AI chief named Initech CEO"): a join to that company
(jobs/language/endpoints.py unlisted_destination), and the summary's "X tapped to replace Y"
names X as the one tapped, not Y (endpoints.acts_as_lab). Worded apart from the labelled
sets' rows, with near misses."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Oracle loses another executive as cloud AI chief named Zendesk CEO",
            "Maria Chen tapped to replace Tom Eggers at the software firm.",
            ("Maria Chen", "join", "Oracle", "Zendesk"),
        ),
        (
            "Anthropic loses product chief as she becomes Notion CEO",
            "Jane Roe starts at the note-taking company in June.",
            ("Jane Roe", "join", "Anthropic", "Notion"),
        ),
    ],
)
def test_a_post_named_elsewhere_is_where_the_loss_goes(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # near misses: a title-case post with no company, another company's appointment, and a
        # passive with no 'to' or 'as' after it
        (
            "Oracle Loses Cloud AI Chief As He Is Named Interim CEO",
            "Maria Chen will stay on.",
            ("Maria Chen", "leave", "Oracle", None),
        ),
        (
            "Oracle loses AI chief as rival Zendesk names new CEO",
            "Maria Chen leaves after ten years.",
            ("Maria Chen", "leave", "Oracle", None),
        ),
        (
            "Oracle's AI chief steps down",
            "Maria Chen, named to the post in 2019, will leave in May.",
            ("Maria Chen", "leave", "Oracle", None),
        ),
    ],
)
def test_no_post_elsewhere(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected
