"""Person recognition on no watch list: particles, titles, initials, surnames alone, lab names."""

from __future__ import annotations

import unicodedata

import pytest

from jobs.language.classify import classify
from jobs.language.people import clean_text, compile_watch, full_names, resolve_name, tag
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings([("Jan Leike", ["Leike"])], [], None)
DICTS = compile_watch(WATCH)


def people(text: str) -> list[str]:
    return [name for _, _, name in tag(clean_text(text), DICTS).people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Robotics lead Pieter van den Berg joins Nvidia", "Pieter van den Berg"),
        ("Ursula von der Leyen praises Mistral", "Ursula von der Leyen"),
        ("Juan Carlos de los Santos joins Cohere", "Juan Carlos de los Santos"),
        ("Chiara della Rosa is leaving Meta", "Chiara della Rosa"),
        ("Apple hires Karim bin Rashid from Google", "Karim bin Rashid"),
        ("Layla al-Hashimi departs xAI", "Layla al-Hashimi"),
        ("Mistral adds Sean O'Riordan to its board", "Sean O'Riordan"),
        ("Nvidia's Aoife Nic Giolla joins OpenAI", "Aoife Nic Giolla"),
        ("Ama Osei-Bonsu leaves Cohere", "Ama Osei-Bonsu"),
    ],
)
def test_names_with_particles_apostrophes_and_hyphens(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Researcher Tomás de la Cruz quits OpenAI. De la Cruz, who led evals, said",
            "Tomás de la Cruz",
        ),
        (
            "Lotte van der Berg leaves Meta | Van der Berg, who built Llama tools, said",
            "Lotte van der Berg",
        ),
        ("Sara Ní Bhriain joins Cohere. Ní Bhriain said she", "Sara Ní Bhriain"),
    ],
)
def test_sentence_initial_particle_surname_resolves_to_the_full_name(text: str, name: str) -> None:
    assert people(text) == [name, name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Safety lead de la Cruz resurfaces at Cohere", "de la Cruz"),
        ("Ex-Meta engineer van Houten lands at xAI", "van Houten"),
        ("Gemini researcher al-Rashid heads to Anthropic", "al-Rashid"),
    ],
)
def test_lower_case_particle_surnames_alone(text: str, name: str) -> None:
    assert people(text) == [name]


def test_capitalised_particle_words_that_are_no_names() -> None:
    # a particle with a lower-case word after it is no name; nor are four title-case words
    assert people("OpenAI's de facto CEO speaks") == []
    assert people("Why the Van Is the New Office") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. Hinton leaves Google", "Hinton"),
        ("Prof. Okonkwo joins Anthropic", "Okonkwo"),
        ("Dame Wendy Hall warns of AI risks", "Wendy Hall"),
        ("Ms. Tanaka to lead Sony AI", "Tanaka"),
        ("Mr. Okafor's lab hires staff", "Okafor"),
        ("Sir Nigel Shadbolt joins the board", "Nigel Shadbolt"),
    ],
)
def test_titles_make_a_person_and_are_no_part_of_the_name(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_title_makes_a_surname_headline_a_move() -> None:
    event = classify("Dr. Okonkwo leaves Google DeepMind", "", WATCH).event
    assert event is not None and event.person == "Okonkwo" and event.action == "leave"
    # without a title or a clause head, a lone capitalised word before the verb is nobody
    assert classify("Rival Okonkwo leaves Google DeepMind", "", WATCH).event is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("K. R. Subramaniam, who led Optimus work, will head robotics", "K. R. Subramaniam"),
        ("Google hires Quoc V. Le back", "Quoc V. Le"),
        ("J.R. Okafor departs Anthropic", "J.R. Okafor"),
        ("Ex-Anthropic researcher J. Tobias Lindqvist launches startup", "J. Tobias Lindqvist"),
    ],
)
def test_initials_belong_to_the_name(text: str, name: str) -> None:
    assert people(text) == [name]


def test_country_abbreviations_are_not_initials() -> None:
    assert people("U.S. Senator Maria Cantwell questions OpenAI") == ["Senator Maria Cantwell"]
    assert "A.I. Pioneer" not in " ".join(people("A.I. Pioneer Hinton quits Google"))


def test_first_word_of_a_lab_name_is_no_person() -> None:
    assert people("The group gave notice; Scale said the departures would not matter") == []
    assert people("Sakana says its model is cheaper") == []
    # a real surname in the same position still is one
    assert people("The group gave notice; Okafor said the departures would not matter") == [
        "Okafor"
    ]


def test_decomposed_accents_stay_one_word() -> None:
    decomposed = unicodedata.normalize("NFD", "Yusuf Demirtaş exits xAI")
    assert people(decomposed) == ["Yusuf Demirtaş"]
    assert people("Priya Raghunathan\u2011Okafor joins Anthropic") == ["Priya Raghunathan-Okafor"]


def test_surname_alone_resolves_across_headline_and_summary() -> None:
    title = tag(clean_text("De la Cruz departs OpenAI after five years"), DICTS)
    summary = tag(clean_text("Tomás de la Cruz led the evals team."), DICTS)
    full = full_names(title, summary)
    assert resolve_name("De la Cruz", full) == "Tomás de la Cruz"
    assert resolve_name("Cruz", full) == "Tomás de la Cruz"
    assert resolve_name("Maria Cruz", full) == "Maria Cruz"  # another first name: someone else
    assert resolve_name("Okafor", full) == "Okafor"


def labs(text: str) -> list[str]:
    return [lab for _, _, lab in tag(clean_text(text), DICTS).labs]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Microsoft AI raids GDM for talent", ["Microsoft", "Google DeepMind"]),
        ("OAI researcher heads to TML", ["OpenAI", "Thinking Machines Lab"]),
        ("MSR veteran joins Meta's TBD Lab", ["Microsoft", "Meta", "Meta"]),
        ("Former Deepmind staffer joins Tencent", ["Google DeepMind", "Tencent"]),
        ("Ai2 loses its CEO to Xiaomi", ["Allen Institute for AI", "Xiaomi"]),
        ("Sakana hires a Skild engineer", ["Sakana AI", "Skild AI"]),
        ("Scale matters, Figure says, as Liquid assets grow", []),
    ],
)
def test_lab_abbreviations_and_more_labs(text: str, found: list[str]) -> None:
    assert labs(text) == found


def test_abbreviations_are_case_sensitive_and_ambiguous_ones_are_left_out() -> None:
    assert labs("gdm and oai in lower case are no labs") == []
    assert labs("XAI methods explain a model's output") == []  # explainable AI, not xAI
    assert labs("MAI-1 is a model; HF radio is a band") == []


def test_a_join_to_a_newly_listed_lab_has_its_destination() -> None:
    event = classify("Former Gemini lead Ana Ruiz joins Tencent", "", WATCH).event
    assert event is not None and event.to_lab == "Tencent"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ex-Googler Priya Nair joins Anthropic", ["Priya Nair"]),
        ("Former Microsoftie Okafor lands at xAI", ["Okafor"]),
        ("Pineau, FAIR's research chief, departs Meta", ["Pineau"]),
        ("Okafor, a former OpenAI researcher, joins xAI", ["Okafor"]),
    ],
)
def test_staff_nicknames_and_appositions_mark_a_surname(text: str, names: list[str]) -> None:
    assert people(text) == names


def test_an_apposition_without_a_role_marks_nobody() -> None:
    assert people("Tessellate, an agent startup, hires staff") == []
    assert people("Lumen, which builds chips, raises money") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Max Okafor Leaves OpenAI For Anthropic", ["Max Okafor"]),
        ("OpenAI Researcher Will Tanaka Joins Anthropic", ["Will Tanaka"]),
        ("Chip Mbeki joins Nvidia", ["Chip Mbeki"]),
        ("Will OpenAI hire more staff?", []),
        ("Max plan users get Claude Opus", []),
        ("Claude Code leads return to Anthropic", []),
    ],
)
def test_given_names_that_are_also_words(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Google DeepMind Veteran Ana Ruiz Heads To Microsoft", ["Ana Ruiz"]),
        ("Robotics Pioneer Ken Abe Joins Tesla", ["Ken Abe"]),
        ("Legendary Coder Ana Ruiz Joins Cursor Maker Anysphere", ["Ana Ruiz"]),
        ("OpenAI Hires Legendary Coder Ana Ruiz As CTO", ["Ana Ruiz"]),
        # a long title-case run with no move verb beside it names nobody
        ("Our Favourite Coding Tools Ever Made", []),
    ],
)
def test_title_case_role_words_and_long_runs(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Exclusive: Okonjo quits Google DeepMind", ["Okonjo"]),
        ("Scoop: Okonjo to join Meta", ["Okonjo"]),
        ("In a surprise, Okonjo departs xAI", ["Okonjo"]),
        ("Why Okonjo left OpenAI", ["Okonjo"]),
        ("Sutskever named SSI chief after Brandt exits", ["Sutskever", "Brandt"]),
        # a clause head without a move verb after it is no person
        ("He led the Answers, Knowledge and Search team", []),
        ("The agent runs in the cloud; Veridian was founded last year", []),
    ],
)
def test_a_surname_at_the_head_of_a_clause_before_its_verb(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe  joins Acme",
        " Jane Doe joins Acme ",
        "Jane\tDoe\njoins\u00a0Acme\u2028now",
        "Jane Doe joins Acme",
        "",
    ],
)
def test_clean_text_leaves_one_space_between_words(text: str) -> None:
    # clean_text returns a text with single spaces unchanged without splitting it again
    assert clean_text(text) == " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title-case verb after a name ends it
        ("From Cohere to Meta: Jane Roe Enhances AI Team", ["Jane Roe"]),
        ("Ex-OpenAI Researcher John Poe Revolutionizes Mistral's Agents", ["John Poe"]),
        ("Jane Roe Advises Anthropic on Policy", ["Jane Roe"]),
        ("How Jane Roe Influences Meta's Robotics Push", ["Jane Roe"]),
        # near misses: names that end so otherwise ('-ances' of Frances, '-ises' of Moises)
        ("Frances Haugen joins Cohere", ["Frances Haugen"]),
        ("Moises Roe joins Cohere", ["Moises Roe"]),
    ],
)
def test_a_title_case_verb_ends_a_name(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Apple hires Carnegie Mellon AI researcher", []),
        ("Johns Hopkins professor Jane Roe joins Cohere", ["Jane Roe"]),
        ("CMU Dean John Poe leaves for Cohere", ["John Poe"]),
        ("Dean Ball joins Anthropic", ["Dean Ball"]),  # near miss: the given name Dean
    ],
)
def test_a_university_or_a_title_is_no_part_of_a_name(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an everyday word before a noun of the news at the head: what the news is like
        ("Fast exit: Cohere's robotics head quits after five months", []),
        ("Quick departure: Mistral's CFO leaves", []),
        # near misses: a surname that is no everyday word, an everyday surname before a verb
        ("Okonkwo exit: what Anthropic loses", ["Okonkwo"]),
        ("Brown joins Meta as robotics chief", ["Brown"]),
    ],
)
def test_an_everyday_word_before_the_news_noun_is_no_surname(text: str, names: list[str]) -> None:
    assert people(text) == names
