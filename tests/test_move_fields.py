"""The fields of moves found: a business unit named for its maker ("Google Cloud") is where a
move comes from or goes, by the unit's own name where the headline writes it ("Samsung
Research" too) (jobs/language/
labs.py REPORTED_AS, UNIT_MAKERS, UNIT_NAMES). Worded apart from the sets' rows, with near
misses: a text naming the lab itself, or the unit only in the summary, keeps the lab's name."""

from __future__ import annotations

import pytest

from jobs.language.labs import family_key, lab_family
from jobs.stories.movers import same_lab
from tests.test_real_shapes import Move, event_of


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the maker's bare name in the summary is the unit's employer too
            "Anthropic hires Google Cloud's data center chief Rosa Delgado",
            "Delgado spent nine years at Google, most recently running its server fleet.",
            ("Rosa Delgado", "join", "Google Cloud", "Anthropic"),
        ),
        (
            "Google Cloud veteran Rosa Delgado departs after a decade",
            "",
            ("Rosa Delgado", "leave", "Google Cloud", None),
        ),
        (  # the parent's name is no name of the lab either
            "Former Google Cloud executive Rosa Delgado to run infrastructure at Mistral",
            "Delgado worked at Alphabet for a decade.",
            ("Rosa Delgado", "join", "Google Cloud", "Mistral AI"),
        ),
        (  # a research unit headed: the maker's fuller name in the summary is no unit
            "Stanford robotics professor to head Samsung Research",
            "Samsung Electronics said Rosa Delgado will lead its research arm from March.",
            ("Rosa Delgado", "appointed", None, "Samsung Research"),
        ),
    ],
)
def test_a_unit_named_for_its_maker_keeps_its_name(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the lab itself named: the unit is only where the mover worked before
            "Rosa Delgado leaves Google DeepMind to run Anthropic's research",
            "She earlier built Google Cloud's TPU service.",
            ("Rosa Delgado", "join", "Google DeepMind", "Anthropic"),
        ),
        (  # the unit only in the summary, as something served
            "Anthropic hires former Google engineer Rosa Delgado",
            "Delgado also advised Google Cloud customers.",
            ("Rosa Delgado", "join", "Google DeepMind", "Anthropic"),
        ),
        (
            "Google hires Rosa Delgado as cloud AI chief",
            "",
            ("Rosa Delgado", "join", None, "Google DeepMind"),
        ),
        (  # the unit only in the summary: the company the headline names
            "Samsung names Rosa Delgado to lead robotics research",
            "Delgado will report to the head of Samsung Research.",
            ("Rosa Delgado", "appointed", None, "Samsung"),
        ),
    ],
)
def test_the_lab_keeps_its_name_without_the_unit_in_the_headline(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


def test_the_unit_is_of_its_makers_family() -> None:
    assert lab_family("Google Cloud") == "Google DeepMind"
    assert family_key("Google Cloud") == family_key("Google DeepMind") == "google deepmind"
    assert same_lab("Google Cloud", "Google DeepMind")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the perfect is active: its subject fires, those fired go unnamed
            "Turmoil at Mistral",
            "Arthur Mensch has reportedly ousted two Mistral AI cofounders over strategy.",
            (None, "fired", "Mistral AI", None),
        ),
        (  # the one fired, named as the object
            "Shake-up at Cohere",
            "Aidan Gomez has fired Cohere's research chief Priya Nair, citing performance.",
            ("Priya Nair", "fired", "Cohere", None),
        ),
        (  # a lab firing: as before
            "Shake-up at Cohere",
            "Cohere has fired its research chief.",
            (None, "fired", "Cohere", None),
        ),
    ],
)
def test_who_fires_is_not_the_one_fired(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_a_title_case_adjective_opens_no_name() -> None:
    # "Over Controversial Remarks": what the departure is over, not who departs
    title = "Google Head Of Ads Loses Job Over Controversial Remarks"
    summary = "Google's head of ads has left the company after remarks about staff."
    assert event_of(title, summary) == (None, "leave", "Google DeepMind", None)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # words describing the post stand between its owner and the post
            "Cohere hires physicist Tomas Berg",
            "Tomas Berg, Princeton University's youngest tenured professor of physics, has "
            "joined Cohere.",
            ("Tomas Berg", "join", "Princeton University", "Cohere"),
        ),
        (
            "Cohere hires policy lead Tomas Berg",
            "Tomas Berg, Mistral AI's former global head of policy, has joined Cohere.",
            ("Tomas Berg", "join", "Mistral AI", "Cohere"),
        ),
        (  # a founder's employer is left, not the company built
            "Vision scientist Tomas Berg builds $300m start-up in a year",
            "Princeton University's computer vision leader Tomas Berg has built a "
            "three-hundred-million-dollar start-up in a year.",
            ("Tomas Berg", "found", "Princeton University", None),
        ),
    ],
)
def test_a_post_owned_past_its_description_is_the_origin(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a CEO's company may be the one founded: no origin
            "Vision scientist Tomas Berg builds $300m start-up in a year",
            "Kestrel Robotics CEO Tomas Berg has launched the company out of stealth.",
            ("Tomas Berg", "found", None, None),
        ),
        (  # a unit of the company whose new unit the mover leads: a post inside
            "Paramount forms AI unit",
            "Paramount plans a new AI business unit. It will be led by Paramount Pictures' "
            "chief technology officer Tomas Berg.",
            ("Tomas Berg", "appointed", None, "Paramount"),
        ),
        (  # a school studied at is no post; the former employer is
            "Cohere hires Tomas Berg",
            "Tomas Berg, Princeton University alumnus and former Mistral AI engineer, has "
            "joined Cohere.",
            ("Tomas Berg", "join", "Mistral AI", "Cohere"),
        ),
    ],
)
def test_posts_that_are_no_origin_stay_so(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the owner of a leading post among the people taken
            "Mistral AI snaps up voice talent",
            "Mistral AI brings Kestrel Voice's CEO and engineers into its audio work through a "
            "licensing deal.",
            (None, "poach", "Kestrel Voice", "Mistral AI"),
        ),
        (  # the lab whose group they formed, past words describing the group
            "Meta hires Atlas team, an Apple robotics research group",
            "",
            (None, "poach", "Apple", "Meta"),
        ),
    ],
)
def test_a_raids_people_come_from_their_owner(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the hirer's own CEO and team
            "Mistral AI snaps up voice talent",
            "Mistral AI's CEO said the hires will join its audio team.",
            (None, "poach", None, "Mistral AI"),
        ),
        (  # a lab that hired others: its verb stands between
            "Meta poaches AI researchers",
            "Meta has poached the researchers that Google hired engineers from last year.",
            (None, "poach", None, "Meta"),
        ),
    ],
)
def test_no_owner_no_origin(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the maker's cloud business, owned by a possessive: the unit (jobs/language/labs.py
            # CLOUD_UNITS)
            "Google names former SAP executive Tomas Berg head of its cloud business",
            "",
            ("Tomas Berg", "join", "SAP", "Google Cloud"),
        ),
        (
            "Google's chief cloud scientist Rosa Delgado departs",
            "",
            ("Rosa Delgado", "leave", "Google Cloud", None),
        ),
        (  # the maker's bare name beside the cloud business is the unit's employer
            "Alibaba says Tomas Berg steps down from cloud business",
            "",
            ("Tomas Berg", "leave", "Alibaba Cloud", None),
        ),
        (  # the unit in the summary, at a post
            "Rosa Delgado leaves Amazon for Google",
            "Delgado is now technical director of AI for Google Cloud.",
            ("Rosa Delgado", "join", "Amazon", "Google Cloud"),
        ),
        (  # Alphabet's research unit, by its own name
            "Alphabet loses AI chief Rosa Delgado at ageing unit Calico",
            "",
            ("Rosa Delgado", "leave", "Calico", None),
        ),
        (  # the Chinese name of Alibaba's cloud unit
            "阿里云首席科学家离职",
            "",
            (None, "leave", "Alibaba Cloud", None),
        ),
    ],
)
def test_a_post_in_a_makers_unit_is_the_units(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # another company's cloud business: the lab keeps its name
            "Google hires Oracle's cloud chief Tomas Berg",
            "",
            ("Tomas Berg", "join", "Oracle", "Google DeepMind"),
        ),
        (  # the unit in the summary as the owner of a business of its own
            "Alibaba VP Tomas Berg resigns to start AI venture",
            "Berg, head of Alibaba Cloud's computing platform unit, has resigned.",
            ("Tomas Berg", "leave", "Alibaba", None),
        ),
        (  # no cloud business named
            "Alibaba AI scientist Tomas Berg resigns",
            "",
            ("Tomas Berg", "leave", "Alibaba", None),
        ),
    ],
)
def test_the_lab_keeps_its_name_outside_its_cloud_business(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a team inside a company is no organisation left (jobs/language/triggers.py
            # team_named)
            "AI researcher Delgado to join startup",
            "The former head of Trustworthy AI group will join Cohere as research lead.",
            ("Delgado", "join", None, "Cohere"),
        ),
        (
            "AI researcher Delgado to join startup",
            "The former head of the Responsible AI team will join Cohere as research lead.",
            ("Delgado", "join", None, "Cohere"),
        ),
        (  # near miss: a company named after the role is left
            "AI researcher Delgado to join startup",
            "The former head of Kestrel Robotics, she will join Cohere as research lead.",
            ("Delgado", "join", "Kestrel Robotics", "Cohere"),
        ),
    ],
)
def test_a_team_after_a_past_role_is_no_origin(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # Uber's AI research is reported as Uber (jobs/language/labs.py)
            "Uber AI Labs director Tomas Berg steps down",
            "",
            ("Tomas Berg", "leave", "Uber", None),
        ),
        (
            "Uber's head of AI Labs Tomas Berg steps down after four months",
            "",
            ("Tomas Berg", "leave", "Uber", None),
        ),
        (
            "Cohere names Tomas Berg interim CEO",
            "Berg, the former head of Uber AI Labs, takes over from the founder.",
            ("Tomas Berg", "join", "Uber", "Cohere"),
        ),
        (  # near miss: a post held now before the former one (jobs/language/actions.py
            # holds_post_too) is a promotion
            "Cohere names Tomas Berg interim CEO",
            "Berg, Cohere's chief strategy officer and a former Uber executive, takes over from "
            "the founder.",
            ("Tomas Berg", "appointed", None, "Cohere"),
        ),
    ],
)
def test_ubers_ai_labs_are_uber(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # the object of replacing is the predecessor, not the newcomer the headline hires
            # (jobs/language/endpoints.py REPLACING)
            "Cohere just named a former Oracle exec as the head of its research unit",
            "Cohere will replace Rosa Delgado as research chief in January.",
            (None, "join", "Oracle", "Cohere"),
        ),
        (
            "Cohere hires former Oracle executive to run research",
            "The newcomer will succeed Rosa Delgado, who retires in January.",
            (None, "join", "Oracle", "Cohere"),
        ),
        (  # near misses: a departure's mover is the one replaced; the newcomer named first
            "Cohere research chief departs",
            "Cohere will replace Rosa Delgado as research chief in January.",
            ("Rosa Delgado", "leave", "Cohere", None),
        ),
        (
            "Cohere names new research chief",
            "Tomas Berg will succeed Rosa Delgado as research chief in January.",
            ("Tomas Berg", "appointed", None, "Cohere"),
        ),
    ],
)
def test_the_one_replaced_is_not_the_newcomer(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


def test_googles_cloud_ai_is_ai_work() -> None:
    # near miss of the cloud units: AI work at Google is Google DeepMind's, whoever runs it
    title = "Siemens hires Google's cloud AI chief Tomas Berg"
    assert event_of(title, "") == ("Tomas Berg", "join", "Google DeepMind", "Siemens")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a headline opening "Fired From <lab>" says where the summary's joiner comes from
            # (jobs/language/events.py ousted_origin), the summary naming only a team there
            "Ousted From OpenAI Over Safety Memo, Researcher Delgado to Join Startup",
            "Former co-lead of Superalignment team will join Anthropic to build evaluation tools.",
            ("Delgado", "join", "OpenAI", "Anthropic"),
        ),
        (
            "Fired From Google After Critical Work, AI Researcher Delgado to Join Startup",
            "Former co-head of Responsible AI group will join Hugging Face to create tools for "
            "AI fairness",
            (None, "join", "Google DeepMind", "Hugging Face"),
        ),
        (  # near miss: a lab the headline names otherwise is no origin
            "Researcher Delgado, Who Criticised Google, to Join Startup",
            "Former co-head of Responsible AI group will join Hugging Face to create tools for "
            "AI fairness",
            ("Delgado", "join", None, "Hugging Face"),
        ),
    ],
)
def test_a_headline_opening_fired_from_a_lab_gives_the_origin(
    title: str, summary: str, expected: Move
) -> None:
    assert event_of(title, summary) == expected
