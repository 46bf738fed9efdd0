"""AI posts and executive hires at organisations on no list, and the action of an internal
appointment (sets AA and AB's misses): "taps" with no origin told, and "X to lead <lab>'s
unit", are appointments as "names" is; a city written with its state and a county name the
organisation; a description calling a name an AI company makes it one; an appointee may follow
a description of who they were; a second verb after a comma or a dash goes on with the
headline's subject; one person taken on for AI gets the post the summary names; a post
widened to take in AI is an appointment; a reaction to a named hire tells it as done.
Worded apart from the labelled rows (other organisations, people and posts), with near misses
that must keep their reading or stay no moves: a pick from a named rival is a join, job
openings, a firm or a supplier engaged, posts that are no AI posts, plural posts, a founder's
own lab, a participle's clause, an activity ("for hiring engineers"), an allegation."""

from __future__ import annotations

import pytest

from tests.test_real_shapes import Move, event_of, no_move


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a lab picks one of its own for a post: no origin told
            "Mistral AI taps Lorien Vasquez as head of applied research",
            "",
            ("Lorien Vasquez", "appointed", None, "Mistral AI"),
        ),
        (  # the summary names the company; still no origin
            "Halcyon Games taps Oren Battista as chief AI officer",
            "Halcyon Games, the Finnish gaming company behind Frostline, named Oren Battista its "
            "first chief AI officer.",
            ("Oren Battista", "appointed", None, "Halcyon Games"),
        ),
        (  # a chief executive picks for the lab the summary names
            "Hassabis taps Ilya Moreau to lead Gemini post-training",
            "Google DeepMind chief Demis Hassabis has moved Ilya Moreau to a new role running "
            "the Gemini post-training group.",
            ("Ilya Moreau", "appointed", None, "Google DeepMind"),
        ),
        (  # someone put at the head of a lab's unit, nothing saying they come from elsewhere
            "Priya Raman to lead Anthropic's new interpretability group",
            "",
            ("Priya Raman", "appointed", None, "Anthropic"),
        ),
        (
            "Tomas Ferreira to head Mistral AI robotics project",
            "",
            ("Tomas Ferreira", "appointed", None, "Mistral AI"),
        ),
        (  # "the former Vice President of its ... division": a rank inside the lab
            "Anthropic names Dana Okafor to lead enterprise AI products",
            "Anthropic has appointed Dana Okafor, the former Vice President of its consumer "
            "division, to run enterprise products.",
            ("Dana Okafor", "appointed", None, "Anthropic"),
        ),
    ],
)
def test_picks_with_no_origin_are_appointments(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a pick from a named rival is a hire from there
            "Mistral AI taps former Meta researcher Lorien Vasquez to lead post-training",
            "",
            ("Lorien Vasquez", "join", "Meta", "Mistral AI"),
        ),
        (  # a unit's new head from a named rival is a hire from there
            "Former Meta researcher Priya Raman to lead Anthropic's new interpretability group",
            "",
            ("Priya Raman", "join", "Meta", "Anthropic"),
        ),
        (  # a plain hire stays a join
            "Mistral AI hires Lorien Vasquez as head of applied research",
            "",
            ("Lorien Vasquez", "join", None, "Mistral AI"),
        ),
    ],
)
def test_near_misses_keep_their_action(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Mistral AI taps Nvidia for its next training cluster", ""),
        ("Halcyon Games taps generative AI to speed up level design", ""),
    ],
)
def test_picks_of_things_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


def test_a_founder_leading_their_own_lab_stays_no_move() -> None:
    no_move("Demis Hassabis to lead AI research at Google in the future")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a city written with its state's abbreviation, between commas
            "Gilbert, Ariz., names first chief AI officer",
            "",
            (None, "appointed", None, "Gilbert"),
        ),
        (  # with no comma after the abbreviation's dot
            "Tacoma, Wash. appoints Reza Lindqvist as its first AI officer",
            "",
            ("Reza Lindqvist", "appointed", None, "Tacoma"),
        ),
        (  # a county: its last word makes it no person's name
            "Luzerne County, Pa., hires first chief AI officer",
            "Luzerne County, Pa., has appointed Vito Marchetti to serve as chief AI officer.",
            ("Vito Marchetti", "join", None, "Luzerne County"),
        ),
        (  # the mayor who announces the post is no appointee; nobody else is named
            "Dayton, Ohio, appoints AI chief, launches chatbot pilot",
            "Dayton, Ohio, Mayor Rhea Castellanos on Tuesday announced the appointment of the "
            "city's first chief artificial intelligence officer.",
            (None, "appointed", None, "Dayton"),
        ),
        (  # an assistant raised to an AI post: "elevates" gives it as "promotes" does
            "Tempe, Ariz., elevates Noor Haddad to chief AI strategy officer",
            "",
            ("Noor Haddad", "appointed", None, "Tempe"),
        ),
        (  # a state the tagger reads as a name inside the summary's university is no appointee
            "UNC Names New AI Vice Provost",
            "The University of North Carolina at Chapel Hill said it will merge two schools.",
            (None, "appointed", None, "University of North Carolina at Chapel Hill"),
        ),
    ],
)
def test_local_governments_name_ai_officials(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Portland, Ore., is hiring a chief AI officer", ""),
        ("Dayton, Ohio, seeks its first chief AI officer", ""),
        ("Gilbert, Ariz., names new police chief", ""),
        ("Tacoma, Wash., appoints consultancy to draft AI policy", ""),
        ("Tempe, Ariz., elevates AI to the top of its agenda", ""),
    ],
)
def test_local_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a description with an AI word and a company noun right before the name
            "Robotics AI startup Veltrix appoints ex-Intel boss Maren Holt as its CEO",
            "Shareholders cheered the news on Tuesday.",
            ("Maren Holt", "join", "Intel", "Veltrix"),
        ),
        (  # a "player" of the trade, and a former employer before the one hired
            "Generative AI player Veltrix hires former Adobe executive Maren Holt as CEO",
            "The company confirmed the hire on Tuesday.",
            ("Maren Holt", "join", "Adobe", "Veltrix"),
        ),
        (  # a description of who the appointee was, before their name
            "Kestrel Bank names former marketing chief Ines Duarte as head of AI",
            "",
            ("Ines Duarte", "appointed", None, "Kestrel Bank"),
        ),
    ],
)
def test_described_companies_and_appointees(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # a company of no AI trade: its new chief need be no AI news, and it is no mover
            "Chipmaker Veltrix names ex-Intel boss Maren Holt as its CEO",
            "Shareholders cheered the news on Tuesday.",
        ),
        ("AI startup Veltrix taps Nvidia for its next chips", "The deal covers two years."),
        ("AI startup Veltrix is hiring a CEO", "The search started in May."),
        ("Jordan appoints ex-Intel boss Maren Holt as CEO", ""),
    ],
)
def test_described_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a second verb after a dash goes on with the headline's subject
            "Lumora.ai Makes Big Bet — Appoints Snap Veteran as Chief AI Officer",
            "The company has hired Tomas Ferreira, a former research lead at Snap, as its new "
            "Chief AI Officer.",
            ("Tomas Ferreira", "join", "Snap", "Lumora.ai"),
        ),
        (  # and after a comma, in sentence case
            "Kestrel Bank expands its data team, names Ines Duarte head of AI",
            "",
            ("Ines Duarte", "appointed", None, "Kestrel Bank"),
        ),
        (  # title case, the post only named
            "Ridgeview University Opens Two Institutes, Names New AI Vice Provost",
            "",
            (None, "appointed", None, "Ridgeview University"),
        ),
    ],
)
def test_second_verbs_of_the_headlines_subject(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Banks rush into AI, name new heads of AI", ""),
        ("Kestrel Bank expands its data team, names new CFO", ""),
        ("Ridgeview University Opens AI Institute, Seeks Chief AI Officer", ""),
        ("Why AI matters, names aside", ""),
    ],
)
def test_second_verb_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # one person taken on for AI, the post in the summary
            "Tacoma hires first-ever artificial intelligence employee",
            "Mira Castell has been hired as Tacoma's first artificial intelligence officer.",
            ("Mira Castell", "join", None, "Tacoma"),
        ),
        (
            "Tacoma names first AI staffer",
            "Mira Castell has been named the city's first chief AI officer.",
            ("Mira Castell", "appointed", None, "Tacoma"),
        ),
    ],
)
def test_ai_workers_whose_post_the_summary_names(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Tacoma hires AI employees", "The city has hired three AI engineers."),
        (  # no AI post in the summary: an employee of anything
            "Tacoma hires first-ever artificial intelligence employee",
            "The city will post the job next month.",
        ),
        ("Tacoma hires first-ever sustainability employee", "Mira Castell starts Monday."),
    ],
)
def test_ai_worker_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a participle's clause after the post is no one's name
            "Montana Appoints First Chief AI Officer, Signaling Statewide Push",
            "Montana appoints its inaugural Chief Artificial Intelligence Officer.",
            (None, "appointed", None, "Montana"),
        ),
        (
            "Kestrel Bank Names First Head of AI, Underscoring Generative Ambitions",
            "Kestrel Bank appoints its first head of AI.",
            (None, "appointed", None, "Kestrel Bank"),
        ),
    ],
)
def test_participle_clauses_name_no_one(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a reaction to a named hire tells the hire as done
            "Anthropic faces backlash for hiring former NSA director Coleman Pryce",
            "",
            ("Coleman Pryce", "join", "NSA", "Anthropic"),
        ),
        (  # the company a description calls an AI startup is the one left
            "AI startup Veltrix loses its CTO",
            "Maren Holt will leave the company.",
            ("Maren Holt", "leave", "Veltrix", None),
        ),
    ],
)
def test_reactions_and_described_companies(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Anthropic criticised for hiring engineers from Tesla", ""),
        ("Meta faces criticism for poaching OpenAI researchers", ""),
        ("Meta accused of poaching OpenAI researcher Coleman Pryce", ""),
        ("Anthropic faces questions over hiring plans for 2026", ""),
    ],
)
def test_reaction_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (  # a holder's post widened to take in AI, the holder in the summary
            "Boise expands CTO role to include AI",
            "Boise is among the first cities to put AI in its top technology post, with Rafael "
            "Ortiz's role expanded from Chief Technology Officer to Chief Technology and AI "
            "Officer.",
            ("Rafael Ortiz", "appointed", None, "Boise"),
        ),
        (  # the same, told in the passive; the summary's "will serve as"
            "Boise CTO's role expanded to include AI",
            "Rafael Ortiz will serve as Boise's chief technology and AI officer.",
            ("Rafael Ortiz", "appointed", None, "Boise"),
        ),
        (
            "Kestrel Bank broadens chief data officer's role to cover AI",
            "Ines Duarte, the bank's chief data officer, will now also run its AI programme.",
            ("Ines Duarte", "appointed", None, "Kestrel Bank"),
        ),
    ],
)
def test_posts_widened_to_ai(title: str, summary: str, expected: Move) -> None:
    assert event_of(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Boise expands CTO role to include cybersecurity",
            "Rafael Ortiz will serve as Boise's chief security officer.",
        ),
        ("Boise expands AI pilot program", "The city will test chatbots."),
        ("Kestrel Bank expands role of AI in lending", "The bank will score loans with AI."),
    ],
)
def test_widened_near_misses_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (  # a post created, no one named in the headline or the summary
            "Tacoma, Wash., creates its first chief AI officer post",
            "The position will be filled in the spring.",
        ),
        (  # what the post holder does, not a move
            "What does a chief AI officer actually do?",
            "Kestrel Bank's chief AI officer Ines Duarte explains the job.",
        ),
        (
            "Kestrel Bank's chief AI officer on building trust in generative AI",
            "Ines Duarte says banks must move carefully.",
        ),
        (  # a firm or a vendor appointed
            "Kestrel Bank appoints Accenture to build its AI platform",
            "The consultancy will deliver by 2027.",
        ),
        ("Kestrel Bank names AI vendor for customer service", "The bank picked Veltrix."),
    ],
)
def test_posts_created_described_or_given_to_firms_stay_no_moves(title: str, summary: str) -> None:
    no_move(title, summary)
