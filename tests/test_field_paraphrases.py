"""Fields of clearly told moves, wherever the headline tells each one: the announcer's company
as the destination ("Acme CEO Y says X is joining from Z"), a post of several words before
"is" ("Acme's new head of product is former Z exec X"), a company on no list that hires
someone whose past the summary tells, and plural nouns opening a summary sentence, which are
no one's surname. Invented people and companies; near misses must keep their reading."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", [])], [], None)
Fields = tuple[str | None, str, str | None, str | None]


def fields(title: str, summary: str = "") -> Fields:
    got = classify(title, summary, WATCH)
    assert got.is_move and got.event is not None, got.reasons
    e = got.event
    return e.person, e.action, e.from_lab, e.to_lab


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Cohere CEO Brenda Lasko says Tobias Wend is joining from Mistral",
            "",
            ("Tobias Wend", "join", "Mistral AI", "Cohere"),
        ),
        (
            "Nvidia chief Harold Quist announced that Ama Boateng will join the company from AWS",
            "",
            ("Ama Boateng", "join", "Amazon", "Nvidia"),
        ),
        (
            "Runway says Pavel Ostrom is joining from Midjourney",
            "",
            ("Pavel Ostrom", "join", "Midjourney", "Runway"),
        ),
        (
            "Ines Morata is joining from Anthropic",
            "Morata will run Perplexity's search team.",
            ("Ines Morata", "join", "Anthropic", "Perplexity"),
        ),
    ],
)
def test_joining_from_is_the_origin_and_the_announcer_the_destination(
    title: str, summary: str, expected: Fields
) -> None:
    assert fields(title, summary) == expected


def test_joining_a_lab_from_another_keeps_both_in_place() -> None:
    assert fields("Tobias Wend is joining Cohere from Mistral") == (
        "Tobias Wend",
        "join",
        "Mistral AI",
        "Cohere",
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Databricks' new chief technology officer is former Salesforce exec Rui Matsuda",
            ("Rui Matsuda", "join", "Salesforce", "Databricks"),
        ),
        (
            "Cohere's new head of research is ex-Meta scientist Alba Ruiz",
            ("Alba Ruiz", "join", "Meta", "Cohere"),
        ),
        (
            "Waymo's new perception lead is Tesla veteran Kofi Mensah",
            ("Kofi Mensah", "join", "Tesla", "Waymo"),
        ),
        (
            "Hugging Face's new head of product is Oskar Lind",
            ("Oskar Lind", "appointed", None, "Hugging Face"),
        ),
    ],
)
def test_a_new_post_of_several_words_and_where_its_holder_comes_from(
    title: str, expected: Fields
) -> None:
    assert fields(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Cohere's new product strategy is bold",
        "Cohere's new head of research is hiring",
    ],
)
def test_a_new_thing_that_is_no_post_held_by_a_person(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Tessaly taps Marek Zielinski as CTO",
            "Marek Zielinski previously led research at Apple.",
            ("Marek Zielinski", "join", "Apple", "Tessaly"),
        ),
        (
            "Quorvo hires Leah Adler as chief scientist",
            "Leah Adler, formerly of Anthropic, will build its model team.",
            ("Leah Adler", "join", "Anthropic", "Quorvo"),
        ),
    ],
)
def test_a_company_on_no_list_hires_someone_whose_past_the_summary_tells(
    title: str, summary: str, expected: Fields
) -> None:
    assert fields(title, summary) == expected


def test_a_company_on_no_list_hires_someone_going_to_a_lab_the_summary_names() -> None:
    # near miss: the summary's lab is where the person goes, not where they were
    got = fields(
        "Tessaly taps Marek Zielinski as CTO", "Marek Zielinski will lead research at Apple."
    )
    assert got[3] == "Apple" and got[2] is None


@pytest.mark.parametrize(
    "summary",
    ["Terms were not disclosed.", "Details were not disclosed.", "Analysts are split on the deal."],
)
def test_a_plural_noun_opening_the_summary_is_no_mover(summary: str) -> None:
    person, action, frm, to = fields("Microsoft poaches five Mistral engineers", summary)
    assert (person, action, frm, to) == (None, "poach", "Mistral AI", "Microsoft")


def test_a_surname_opening_the_summary_still_moves() -> None:
    got = fields("Anthropic's head of policy is leaving", "Okonkwo said she will take time off.")
    assert got[0] == "Okonkwo" and got[1] == "leave"


@pytest.mark.parametrize(
    ("title", "summary", "action"),
    [
        (
            "Ravi Menon named head of research at Cohere",
            "Menon joins from Google DeepMind.",
            "join",
        ),
        ("Ravi Menon named head of research at Cohere", "He comes from Google DeepMind.", "join"),
        # near miss: someone else arrives from there
        (
            "Ravi Menon named head of research at Cohere",
            "His deputy comes from Google.",
            "appointed",
        ),
    ],
)
def test_an_appointee_the_summary_says_arrives_from_another_lab(
    title: str, summary: str, action: str
) -> None:
    assert fields(title, summary)[1] == action


@pytest.mark.parametrize(
    ("summary", "action"),
    [
        ("Dana Whitlow has been at Waymo for a decade.", "appointed"),
        ("She has worked at Waymo since 2017.", "appointed"),
        # near miss: another person's tenure
        ("Her predecessor has been at Waymo since 2017.", "join"),
    ],
)
def test_a_hire_the_summary_says_already_works_there_is_an_appointment(
    summary: str, action: str
) -> None:
    # a hire's verb ("tapped to lead" with no origin is an appointment whatever the summary)
    got = fields("Waymo hires Dana Whitlow to lead its planning team", summary)
    assert got[1] == action and got[3] == "Waymo"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Former Anthropic engineer Jun Park founds Lattice Forge", ""),
        (
            "Ex-Nvidia researcher Jun Park launches Lattice Forge",
            "The new startup has raised seed money.",
        ),
    ],
)
def test_a_founder_of_a_company_on_no_list(title: str, summary: str) -> None:
    person, action, _, to = fields(title, summary)
    assert (person, action, to) == ("Jun Park", "found", "Lattice Forge")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Former Anthropic engineer Jun Park launches Lattice Forge", "The app writes songs."),
        ("Former Anthropic Engineer Launches Open Source Robotics Project", "The company's team."),
    ],
)
def test_a_launch_no_text_calls_a_company_founds_nothing(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Bianca Rossi starts at Anthropic after leaving Google DeepMind",
            ("Bianca Rossi", "join", "Google DeepMind", "Anthropic"),
        ),
        (
            "Bianca Rossi starts new company after Apple exit",
            ("Bianca Rossi", "found", "Apple", None),
        ),
        (
            "Bianca Rossi co-founds startup Velomind Robotics after leaving OpenAI",
            ("Bianca Rossi", "found", "OpenAI", "Velomind Robotics"),
        ),
    ],
)
def test_starting_at_a_lab_is_a_job_and_the_lab_left_is_no_company_founded(
    title: str, expected: Fields
) -> None:
    assert fields(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Scale AI hires away Cohere's head of product, Elif Demir",
            ("Elif Demir", "join", "Cohere", "Scale AI"),
        ),
        (
            "Scale AI names Elif Demir, Cohere's head of product, as CTO",
            ("Elif Demir", "join", "Cohere", "Scale AI"),
        ),
        (
            "Scale AI hires Elif Demir, a former Nvidia engineer",
            ("Elif Demir", "join", "Nvidia", "Scale AI"),
        ),
    ],
)
def test_a_role_and_its_holder_told_in_an_apposition(title: str, expected: Fields) -> None:
    assert fields(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Scale AI hires Cohere's head of product, Elif Demir says",
        "Scale AI hires three Cohere engineers, Elif Demir says",
    ],
)
def test_who_tells_a_hire_after_a_comma_is_not_the_one_hired(title: str) -> None:
    assert fields(title)[0] is None


def test_an_apposition_naming_the_hiring_lab_names_no_origin() -> None:
    assert fields("Scale AI hires Elif Demir, Scale AI says")[2] is None


@pytest.mark.parametrize(
    ("summary", "person"),
    [
        # the only one named left the post: the new holder is unnamed
        ("The board picked a successor after Rhea Lindqvist stepped down in May.", None),
        ("Rhea Lindqvist, who led the unit since 2019, has resigned.", None),
        # near misses: the newcomer named, with or without the one who left
        ("Tomas Ekberg takes over from Rhea Lindqvist, who has resigned.", "Tomas Ekberg"),
        ("Tomas Ekberg, a Waymo veteran, starts on Monday.", "Tomas Ekberg"),
    ],
)
def test_who_left_the_post_is_not_its_new_holder(summary: str, person: str | None) -> None:
    assert fields("Waymo names new head of planning", summary)[0] == person
