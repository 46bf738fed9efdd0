"""Move shapes beyond the plain 'X joins Y': a surname the summary explains, state changes,
appointers, lists of people, exits told as idioms, and interviews (new words, not the blind sets')."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Sam Altman", [])], [], None)


def event_of(title: str, summary: str = "") -> tuple[str | None, str, str | None, str | None]:
    event = classify(title, summary, WATCH).event
    assert event is not None, classify(title, summary, WATCH).reasons
    return event.person, event.action, event.from_lab, event.to_lab


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Cohere's Okafor is leaving to become Anthropic's head of product",
            "Adaeze Okafor, who ran Cohere's platform team, starts in March.",
            ("Adaeze Okafor", "join", "Cohere", "Anthropic"),
        ),
        (
            "xAI lured Nvidia's Halvorsen with a record offer",
            "Pieter Halvorsen's package tops anything Nvidia pays its fellows.",
            ("Pieter Halvorsen", "join", "Nvidia", "xAI"),
        ),
        (
            "Mistral's Delacroix departs for Meta",
            "Camille Delacroix led pre-training at Mistral.",
            ("Camille Delacroix", "join", "Mistral AI", "Meta"),
        ),
    ],
)
def test_a_headline_surname_the_summary_names_in_full(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


def test_a_capitalised_word_no_summary_person_bears_stays_a_word() -> None:
    # 'Cloud' is no surname of anyone the summary names: no person, no move
    analysis = classify(
        "Amazon's Cloud is leaving rivals behind", "Priya Natarajan analyses the market.", WATCH
    )
    assert not analysis.is_move
    # leaving for a purpose names no lab: a plain departure, not a join
    assert event_of(
        "Cohere's Okafor is leaving to spend time with family",
        "Adaeze Okafor ran Cohere's platform team.",
    ) == ("Adaeze Okafor", "leave", "Cohere", None)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Hassabis names Priya Raman head of Google DeepMind's robotics unit",
            "",
            ("Priya Raman", "appointed", None, "Google DeepMind"),
        ),
        (
            "Altman appoints Cohere's Tomas Berg chief of research",
            "The move puts a longtime Cohere engineer in charge at OpenAI.",
            ("Tomas Berg", "join", "Cohere", "OpenAI"),
        ),
        (
            "Musk hires Nvidia's Lena Park for xAI's chip team",
            "",
            ("Lena Park", "join", "Nvidia", "xAI"),
        ),
    ],
)
def test_who_a_person_names_is_who_moved(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


def test_naming_someone_without_a_role_is_no_appointment() -> None:
    analysis = classify("Musk names Sam Altman in new lawsuit over OpenAI", "", WATCH)
    assert not analysis.is_move


def test_an_interview_about_a_move_under_way_is_news() -> None:
    assert event_of("Priya Raman on why she is quitting Cohere | Podcast") == (
        "Priya Raman",
        "leave",
        "Cohere",
        None,
    )
    assert event_of("Tomas Berg on why he's leaving xAI now") == (
        "Tomas Berg",
        "leave",
        "xAI",
        None,
    )


@pytest.mark.parametrize(
    "title",
    [
        "Why Priya Raman quit Cohere for Mistral | Full interview",
        "Podcast: how Tomas Berg left xAI and joined Anthropic",
        "Tomas Berg on why he left xAI",
    ],
)
def test_an_interview_looking_back_on_a_move_is_no_news(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Priya Raman is now chief scientist at Mistral",
            "",
            ("Priya Raman", "appointed", None, "Mistral AI"),
        ),
        ("Tomas Berg is now xAI's president", "", ("Tomas Berg", "appointed", None, "xAI")),
        (
            "Cohere's new research chief hails from Google DeepMind",
            "Lena Park will run the lab's pre-training work from Toronto.",
            ("Lena Park", "join", "Google DeepMind", "Cohere"),
        ),
        (
            "Mistral's new finance boss came from Shopify",
            "Tomas Berg starts on Monday.",
            ("Tomas Berg", "join", "Shopify", "Mistral AI"),
        ),
        (
            "Who is Lena Park, xAI's new head of research?",
            "The former Gemini tech lead joins xAI from Anthropic after four years.",
            ("Lena Park", "join", "Anthropic", "xAI"),
        ),
    ],
)
def test_a_state_change_without_a_move_verb(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Priya Raman is now a billionaire thanks to Anthropic",
        "Tomas Berg is now a board member at OpenAI",
        "Tomas Berg is now Nvidia's biggest investor",
        "Cohere's new research chief comes with a warning",
        "Mistral's new model comes from a tiny team",
    ],
)
def test_state_changes_that_are_no_move(title: str) -> None:
    assert not classify(title, "Lena Park explained the news.", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Another Mistral co-founder heads for the exit",
            "Arthur Dupont said he would take time off.",
            ("Arthur Dupont", "leave", "Mistral AI", None),
        ),
        (
            "A second Cohere researcher heads for the exit: Okafor launches Okafor Capital",
            "Adaeze Okafor will back early robotics startups.",
            ("Adaeze Okafor", "found", "Cohere", "Okafor Capital"),
        ),
        (  # the company started, not the one left; that one is where the founder came from
            "Okafor starts Okafor Labs after leaving Cohere",
            "Adaeze Okafor ran the platform team.",
            ("Adaeze Okafor", "found", "Cohere", "Okafor Labs"),
        ),
    ],
)
def test_an_exit_and_a_venture_named_after_its_founder(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Investors head for the exit as Nvidia stock slides",
        "Nvidia heads for the exit of the Chinese market",
        "Priya Raman launches Raman Fellowship for students",
    ],
)
def test_exits_and_launches_that_are_no_move(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Nvidia brings Lena Park in to lead its robotics push",
            "Park spent a decade at Google DeepMind.",
            ("Lena Park", "join", "Google DeepMind", "Nvidia"),
        ),
        (
            "Cohere's Mistral deal brings Okafor in to lead its agents effort",
            "Adaeze Okafor, a Mistral co-founder, will work on Cohere's agents.",
            ("Adaeze Okafor", "join", "Mistral AI", "Cohere"),
        ),
    ],
)
def test_brought_in_to_lead_is_a_hire(
    title: str, summary: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title, summary) == expected


def test_leading_talks_with_a_lab_goes_nowhere() -> None:
    assert not classify(
        "OpenAI brings Tomas Berg in to lead talks with Microsoft", "", WATCH
    ).is_move
    assert not classify("Anthropic brings Lena Park in to speak at its summit", "", WATCH).is_move


def test_a_lab_rehires_a_list_of_surnames() -> None:
    event = event_of(
        "Anthropic rehires Lindqvist, Osei and Brandt in blow to Okafor's startup",
        "Maja Lindqvist, Kwame Osei and Jonas Brandt left Anthropic in 2024 to found Cohere.",
    )
    assert event == ("Maja Lindqvist", "return", None, "Anthropic")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Anthropic rehires Lindqvist, Osei and Brandt in blow to Okafor's startup",
            ("Lindqvist", "return", None, "Anthropic"),
        ),
        ("OpenAI hires Lindqvist and Osei from Cohere", ("Lindqvist", "join", "Cohere", "OpenAI")),
    ],
)
def test_a_list_of_surnames_after_a_hiring_verb_is_people(
    title: str, expected: tuple[str | None, str, str | None, str | None]
) -> None:
    assert event_of(title) == expected


def test_a_list_of_partners_is_no_hire() -> None:
    assert not classify("Nvidia adds Foxconn and Wistron as partners", "", WATCH).is_move


@pytest.mark.parametrize(
    "title",
    [
        "Stanford's Maria Olsen joins Mistral's board",
        "Former Treasury official Dan Ruiz joins the board of directors at Cohere",
        "Priya Raman joins Hugging Face's board of directors",
    ],
)
def test_joining_a_labs_board_is_a_seat_not_a_move(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


def test_joining_the_lab_itself_is_still_a_move() -> None:
    assert event_of("Stanford's Maria Olsen joins Mistral")[1:] == (
        "join",
        "Stanford University",  # the university described before her (academia)
        "Mistral AI",
    )
    assert not classify("Maria Olsen leaves the board", "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Why are so many researchers quitting Anthropic?", "Pay and pace are blamed."),
        ("Everybody is leaving xAI", "Departures pile up at the startup."),
        ("Why are people leaving Meta's AI lab?", ""),
        (
            "Why is everybody quitting Cohere? A timeline",
            "From the safety team to this month's executive exits, who has gone and where.",
        ),
    ],
)
def test_everyone_leaving_is_a_trend_not_a_move(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


def test_a_counted_group_still_moves() -> None:
    # nobody named, from one lab to another: a raid, as "Anthropic hires three Cohere
    # researchers" is (the labels of sets A and J)
    assert event_of("Three Cohere researchers leave for Anthropic")[1:] == (
        "poach",
        "Cohere",
        "Anthropic",
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Cohere names longtime researcher Ana Ruiz head of research",
            "Ruiz, who joined the Toronto company in 2019, succeeds a chief who left in May.",
            ("Ana Ruiz", "appointed", None, "Cohere"),
        ),
        (
            "Sakana AI names Kenji Mori chief technology officer",
            "",
            ("Kenji Mori", "appointed", None, "Sakana AI"),
        ),
        (
            "Aleph Alpha names Jonas Weber chief executive",
            "Weber has run the company's research since 2021.",
            ("Jonas Weber", "appointed", None, "Aleph Alpha"),
        ),
    ],
)
def test_a_lab_naming_someone_to_a_role_is_an_appointment_there(
    title: str, summary: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    ["Perplexity names Ana Ruiz in its annual report", "Cohere names Tom Ueda as a defendant"],
)
def test_a_lab_naming_someone_without_a_role_is_no_move(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


def test_a_lab_naming_someone_to_lead_is_an_appointment() -> None:
    assert event_of("Reka names Tom Ueda to lead its research")[1:] == ("appointed", None, "Reka")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Nadella bags Okafor for Copilot push",
            "The Cohere researcher moves to Microsoft next month.",
            ("Okafor", "join", "Cohere", "Microsoft"),
        ),
        (
            "Tencent lands coding 'rockstar' after long pursuit",
            "Wei Zhang, formerly of ByteDance, starts Monday.",
            ("Wei Zhang", "join", "ByteDance", "Tencent"),
        ),
        (
            "Apple bags robotics wunderkind after bidding war",
            "Maya Lind left Tesla in May.",
            ("Maya Lind", "join", "Tesla", "Apple"),
        ),
    ],
)
def test_landing_someone_is_a_hire(
    title: str, summary: str, expected: tuple[str, str, str, str]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Scale AI lands Pentagon contract", ""),
        ("Mistral lands Renault for car deal", ""),
        ("OpenAI lands 'historic' deal", "Sam Altman hailed the agreement."),
        ("Anthropic lands in court over lyrics", "Dario Amodei declined to comment."),
    ],
)
def test_landing_a_deal_or_in_court_is_no_hire(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Meta's VP of Llama departs for OpenAI",
            "Ana Ruiz ran the model family for two years.",
            ("Ana Ruiz", "join", "Meta", "OpenAI"),
        ),
        (
            "Cohere's director of AI quits after reorganisation",
            "Jane Doe, who built the applied team, is taking a break.",
            ("Jane Doe", "leave", "Cohere", None),
        ),
    ],
)
def test_a_role_of_a_capitalised_unit_is_the_subject(
    title: str, summary: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert event_of(title, summary) == expected


def test_a_title_of_something_is_no_role() -> None:
    assert not classify("The Lord of Rings leaves Netflix", "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Amodei raids his former employer",
            "Anthropic has hired a dozen researchers from OpenAI this year.",
            (None, "poach", "OpenAI", "Anthropic"),
        ),
        (
            "Hassabis raids old rival for talent",
            "Google DeepMind has hired more than 15 engineers from Meta since May.",
            (None, "poach", "Meta", "Google DeepMind"),
        ),
    ],
)
def test_a_person_raiding_is_the_hirer_not_a_mover(
    title: str, summary: str, expected: tuple[None, str, str, str]
) -> None:
    assert event_of(title, summary) == expected


def test_a_summary_naming_one_mover_keeps_the_headline_person() -> None:
    event = event_of(
        "Who is Jane Doe, Apple's new AI leader?", "The former Gemini head joins Apple."
    )
    assert event == ("Jane Doe", "join", "Google DeepMind", "Apple")  # Gemini's maker


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Ex-Google researcher's new robotics startup aims to build home helpers",
            "Okafor's Physical Intelligence, started with two Stanford colleagues, opens in Berlin.",
            ("Okafor", "found", "Google DeepMind", "Physical Intelligence"),  # the former role
        ),
        (
            "Former Meta chief scientist's new AI lab will open in Paris",
            "LeCun's Reflection AI, co-founded with former students, is hiring.",
            ("LeCun", "found", "Meta", "Reflection AI"),
        ),
    ],
)
def test_a_former_roles_new_company_is_a_founding(
    title: str, summary: str, expected: tuple[str, str, None, str]
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Former Meta chief's new AI company raises $500 million",
            "Jane Doe's Reflection AI grows.",
        ),
        ("OpenAI chief scientist's new AI company will open in London", "Jo Lee's Reka grows."),
        ("Former OpenAI engineer's new AI company will open in Paris", "The startup is hiring."),
    ],
)
def test_a_new_company_without_a_former_role_and_its_founder_is_no_move(
    title: str, summary: str
) -> None:
    assert not classify(title, summary, WATCH).is_move
