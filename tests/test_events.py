"""Move extraction: the issue's traps and positives, and the reasons given."""

from __future__ import annotations

import pytest

from jobs.language.classify import classify
from jobs.watch.lists import watch_from_settings

WATCH = watch_from_settings(
    [("Jan Leike", ["Leike"]), ("Diederik Kingma", ["Durk Kingma"]), ("Sam Altman", [])],
    ["superalignment"],
    None,
)


def event_fields(title: str, summary: str) -> tuple[str | None, str, str | None, str | None]:
    """The event's person, action, from and to (the entry must be a move)."""
    event = classify(title, summary, WATCH).event
    assert event is not None, classify(title, summary, WATCH).reasons
    return event.person, event.action, event.from_lab, event.to_lab


NOT_MOVES = [
    ("xAI joins forces with Oracle", "partnership"),
    ("Google leaves the Bard name behind", "not a person moving"),
    ("Mistral's founders raise €600 million", "no move verb"),
    ("Demis Hassabis says AGI is five years away", "no move verb"),
    ("A former Google researcher's startup ships its first model", "no move verb"),
    ("Meta joins the smart glasses race", "partnership or a market entry"),
    ("Former OpenAI staff join in criticism of the company", "idiom"),
    ("Greg Brockman takes leave of absence from OpenAI", "leave of absence"),
    ("Jan Leike is on parental leave", "leave of absence"),
    ("Mira Murati could leave OpenAI", "only a possibility"),
    ("Is Jan Leike about to join Anthropic?", "only a possibility"),
    ("Sam Altman denies he is leaving OpenAI", "negated"),
    ("Amazon doubles down on Anthropic", "no move verb"),
    ("OpenAI launches ChatGPT Pro at $200 a month", "product launch"),
    ("Sam Altman unveils GPT-5 in a livestream", "not a company"),
    ("Anthropic names AWS its primary training partner", "company"),
    ("OpenAI taps Broadcom to build its first chip", "no person"),
    ("Sam Altman says Meta offered $100 million bonuses to poach staff", "purpose"),
    ("Cognition buys Windsurf days after Google hired its CEO", "background clause"),
    ("Ilya Sutskever speaks for the first time since leaving OpenAI", "background clause"),
    ("Jensen Huang joins Elon Musk in praising xAI", "followed by a person"),
    ("Ex-DeepMind researchers unveil Reka Core model", "product"),
    ("OpenAI loses $5 billion on $3.7 billion in revenue", "no person"),
    ("Meta is in talks to hire Nat Friedman", "only a possibility"),
]


@pytest.mark.parametrize(("title", "why"), NOT_MOVES)
def test_not_a_move(title: str, why: str) -> None:
    analysis = classify(title, "", WATCH)
    assert not analysis.is_move
    assert why in " ".join(analysis.reasons)


MOVES = [
    # title, summary, person, action, from, to
    (
        "Google DeepMind hires the ex-OpenAI video lead",
        "Tim Brooks co-led Sora.",
        "Tim Brooks",
        "join",
        "OpenAI",
        "Google DeepMind",
    ),
    ("PyTorch co-creator departs Meta", "", None, "leave", "Meta", None),
    ("xAI lures a dozen Tesla engineers", "", None, "poach", "Tesla", "xAI"),
    (
        "Karpathy starts an AI education company",
        "It is called Eureka Labs.",
        "Karpathy",
        "found",
        None,
        "Eureka Labs",
    ),
    (
        "Anthropic hires Instagram co-founder Mike Krieger",
        "",
        "Mike Krieger",
        "join",
        "Instagram",
        "Anthropic",
    ),
    (
        "Daniel Gross leaves SSI to join Meta",
        "",
        "Daniel Gross",
        "join",
        "Safe Superintelligence",
        "Meta",
    ),
    (
        "Noam Shazeer returns to Google a year after leaving Character.AI",
        "",
        "Noam Shazeer",
        "return",
        "Character.AI",
        "Google DeepMind",
    ),
    ("OpenAI fires CEO Sam Altman", "", "Sam Altman", "fired", "OpenAI", None),
    ("Sam Altman ousted as OpenAI CEO", "", "Sam Altman", "fired", "OpenAI", None),
    ("OpenAI brings back Sam Altman", "", "Sam Altman", "return", None, "OpenAI"),
    (
        "Diederik (Durk) Kingma is joining Anthropic",
        "",
        "Diederik Kingma",
        "join",
        None,
        "Anthropic",
    ),
    ("D. Kingma joins Anthropic", "", "Diederik Kingma", "join", None, "Anthropic"),
    (
        "OpenAI loses another lead: Sora co-creator Tim Brooks heads to Google",
        "",
        "Tim Brooks",
        "join",
        "OpenAI",
        "Google DeepMind",
    ),
    (
        "John Schulman departs OpenAI",
        "The co-founder is joining Anthropic.",
        "John Schulman",
        "join",
        "OpenAI",
        "Anthropic",
    ),
    (
        "Meta names Scale AI's Alexandr Wang chief AI officer",
        "",
        "Alexandr Wang",
        "join",
        "Scale AI",
        "Meta",
    ),
    (
        "OpenAI promotes Mark Chen to chief research officer",
        "",
        "Mark Chen",
        "appointed",
        None,
        "OpenAI",
    ),
]


@pytest.mark.parametrize(("title", "summary", "person", "action", "frm", "to"), MOVES)
def test_move(
    title: str, summary: str, person: str | None, action: str, frm: str | None, to: str | None
) -> None:
    assert event_fields(title, summary) == (person, action, frm, to)


def test_speculative_moves_are_kept_and_marked() -> None:
    analysis = classify("Jan Leike plans to leave OpenAI", "", WATCH)
    assert analysis.is_move and analysis.speculative
    reported = classify("Meta reportedly hires OpenAI's Jiahui Yu", "", WATCH)
    assert reported.is_move and reported.speculative


def test_people_surnames_possessives_and_other_first_names() -> None:
    analysis = classify(
        "Leike's new team at Anthropic", "Jan Leike said the work continues.", WATCH
    )
    assert analysis.watched_people == ["Jan Leike"]
    assert classify("Josh Altman opens a bakery", "", WATCH).watched_people == []
    assert classify("Altman's OpenAI is not for sale", "", WATCH).watched_people == ["Sam Altman"]


def test_products_places_and_labs_are_not_people() -> None:
    analysis = classify("Claude Code leads return to Anthropic from Cursor", "", WATCH)
    assert "Claude Code" not in analysis.people
    moved = classify("Former Boston Dynamics CTO Aaron Saunders joins Google DeepMind", "", WATCH)
    assert moved.people == ["Aaron Saunders"]


def test_keywords_are_whole_words_case_insensitive() -> None:
    assert classify("The Superalignment team is gone", "", WATCH).keywords == ["superalignment"]
    assert classify("superalignments", "", WATCH).keywords == []


# Look like moves and are not: each class with words of its own (not the labelled sets').
TRAPS = [
    # a bank, law or consulting firm engaged for a deal
    ("OpenAI taps JPMorgan to lead its share sale", "deal ('sale')"),
    ("Mistral hires investment bank Lazard to find a buyer", "the object is a bank"),
    ("Perplexity brings in consultancy Bain & Company", "the object is a consultancy"),
    ("Cohere picks Citigroup for its bond offering", "deal ('bond')"),
    ("Perplexity hires Qatalyst Partners as takeover interest grows", "a bank or a law"),
    # a job opening: progressive or infinitive 'hire' + an indefinite or bare plural object
    ("OpenAI is hiring a chief economist", "job opening"),
    ("Meta is hiring engineers for its glasses team", "job opening"),
    ("Apple wants to hire a head of AI safety", "job opening"),
    # a seat on a committee or board is not a job at the lab
    ("Larry Summers resigns from OpenAI's board", "a seat on a board"),
    ("Zico Kolter joins Anthropic's long-term benefit committee", "a seat on a committee"),
    ("Reid Hoffman steps down from the Microsoft board", "a seat on a board"),
    # lawsuits and allegations
    ("Apple sues Rivos, alleging it lured away chip engineers", "lawsuit or an allegation"),
    ("Meta accused of poaching Scale AI engineers", "names an activity"),
    ("Tesla files lawsuit claiming ex-staff joined xAI with secrets", "lawsuit"),
    # conditions and hypotheticals
    ("Mira Murati would rejoin OpenAI only under a new board", "hypothetical"),
    ("Sam Altman says he will step down if the board asks", "condition"),
    ("Why would Demis Hassabis leave Google?", "hypothetical"),
    ("Will Demis Hassabis leave Google?", "only a possibility"),
]


@pytest.mark.parametrize(("title", "why"), TRAPS)
def test_trap_is_not_a_move(title: str, why: str) -> None:
    analysis = classify(title, "", WATCH)
    assert not analysis.is_move, analysis.event
    assert why in " ".join(analysis.reasons)


KEPT = [
    # the same verbs with a person and a role stay moves
    (
        "Anthropic hires former Goldman Sachs banker Jane Whitmore as CFO",
        "Jane Whitmore",
        "join",
        "Anthropic",
    ),
    ("OpenAI hires Sarah Friar as finance chief ahead of IPO", "Sarah Friar", "join", "OpenAI"),
    ("Meta is hiring Google DeepMind researchers", None, "poach", "Meta"),
    ("Jan Leike resigns from OpenAI after safety committee clash", "Jan Leike", "leave", None),
    ("Why did John Schulman leave OpenAI?", "John Schulman", "leave", None),
    ("How Meta lured Apple's Ruoming Pang", "Ruoming Pang", "join", "Meta"),
]


@pytest.mark.parametrize(("title", "person", "action", "to"), KEPT)
def test_near_trap_is_still_a_move(
    title: str, person: str | None, action: str, to: str | None
) -> None:
    event = classify(title, "", WATCH).event
    assert event is not None
    assert (event.person, event.action, event.to_lab) == (person, action, to)


ARRIVALS = [
    # newer arrival verbs and 'to return as': title, person, action, from, to
    (
        "Former Tesla autopilot chief Priya Nair is heading to OpenAI",
        "Priya Nair",
        "join",
        "Tesla",
        "OpenAI",
    ),
    (
        "Ex-Cohere researcher Tom Becker resurfaces at Perplexity",
        "Tom Becker",
        "join",
        "Cohere",
        "Perplexity",
    ),
    ("Ex-Meta scientist Ana Ruiz resurfaced at xAI", "Ana Ruiz", "join", "Meta", "xAI"),
    ("Jakub Wolski to return as Cohere CTO", "Jakub Wolski", "return", None, "Cohere"),
    ("Greg Brockman comes back as OpenAI president", "Greg Brockman", "return", None, "OpenAI"),
    (
        "Stability AI board removes Emad Mostaque as CEO",
        "Emad Mostaque",
        "fired",
        "Stability AI",
        None,
    ),
]


@pytest.mark.parametrize(("title", "person", "action", "frm", "to"), ARRIVALS)
def test_arrival_verbs(
    title: str, person: str | None, action: str, frm: str | None, to: str | None
) -> None:
    assert event_fields(title, "") == (person, action, frm, to)


@pytest.mark.parametrize(
    "title",
    [
        "OpenAI removes GPT-4o from ChatGPT",
        "Meta is heading to court over Llama licensing",
        "Sam Altman wants to return as a hands-on engineer",
        "OpenAI's GPT-4o returns as a legacy option in ChatGPT",
        "Google's Gemini resurfaces at the top of the App Store",
    ],
)
def test_arrival_verbs_need_a_person_and_a_lab(title: str) -> None:
    assert not classify(title, "", WATCH).is_move


SHAPES = [
    # headlines with no move verb whose shape reports a move; the summary says who:
    # title, summary, person, action, from, to
    (
        "Cohere has a new chief scientist",
        "Lena Hartmann, formerly a principal researcher at Google DeepMind, starts in May.",
        "Lena Hartmann",
        "join",
        "Google DeepMind",
        "Cohere",
    ),
    (
        "Perplexity gets a new CTO",
        "Ravi Menon, previously Databricks' head of platform, starts Monday.",
        "Ravi Menon",
        "join",
        "Databricks",
        "Perplexity",
    ),
    (
        "Mistral has a new head of research",
        "Claire Dubois, who led Mistral's pretraining team, was promoted on Monday.",
        "Claire Dubois",
        "appointed",
        None,
        "Mistral AI",
    ),
    (
        "xAI's latest hire comes from OpenAI",
        "Dmitri Volkov led reasoning evaluations there for three years.",
        "Dmitri Volkov",
        "join",
        "OpenAI",
        "xAI",
    ),
    (
        "'We were never short of compute,' says outgoing Anthropic policy chief",
        "Marcus Hale, who steps down on Friday, spoke at a conference in Berlin.",
        "Marcus Hale",
        "leave",
        "Anthropic",
        None,
    ),
    (
        "Meta's departing AI chief warns of hype",
        "Joelle Varga gave her last talk as head of the lab.",
        "Joelle Varga",
        "leave",
        "Meta",
        None,
    ),
    (
        "Karpathy's new startup will teach AI with AI tutors",
        "The former OpenAI and Tesla researcher calls the company Eureka Labs.",
        "Karpathy",
        "found",
        "OpenAI",
        "Eureka Labs",
    ),
    (
        "Murati's next move: an AI lab of her own",
        "Mira Murati, who left OpenAI in September, has founded Thinking Machines Lab.",
        "Mira Murati",
        "found",
        "OpenAI",
        "Thinking Machines Lab",
    ),
]


@pytest.mark.parametrize(("title", "summary", "person", "action", "frm", "to"), SHAPES)
def test_shape_reports_a_move(
    title: str, summary: str, person: str | None, action: str, frm: str | None, to: str | None
) -> None:
    assert event_fields(title, summary) == (person, action, frm, to)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("OpenAI has a new model that can reason about images", "Mark Chen presented it."),
        ("Anthropic has a new team studying model welfare", "Kyle Fish leads it."),
        ("Does Anthropic have a new CTO?", "Rahul Patil is rumoured to be the pick."),
        ("Meta's new hire bonus tops $100 million", "Andrew Tulloch turned it down."),
        ("Departing employees at OpenAI must sign NDAs", "Daniel Kokotajlo refused."),
        ("Outgoing calls: OpenAI's voice mode gets a phone number", ""),
        ("Murati's new startup raises $2 billion", "Thinking Machines Lab is valued at $10B."),
        ("Karpathy's new startup ships its first course", "Eureka Labs opened LLM101n."),
        ("Sutskever's next act remains a mystery", "Safe Superintelligence says little."),
    ],
)
def test_shape_traps(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


CLAUSES = [
    # the subject across an aside or a coordinated verb: title, summary, person, action, from, to
    (
        "Lena Park, a senior researcher at Google DeepMind, is leaving for Anthropic",
        "",
        "Lena Park",
        "join",
        "Google DeepMind",
        "Anthropic",
    ),
    (
        "Amazon invests $4 billion in Anthropic, hires its head of policy",
        "",
        None,
        "join",
        "Anthropic",
        "Amazon",
    ),
    (
        "Google licenses Character.AI's models and hires its founders",
        "",
        None,
        "poach",
        "Character.AI",
        "Google DeepMind",
    ),
    ("Jane Doe leaves xAI, joins OpenAI", "", "Jane Doe", "join", "xAI", "OpenAI"),
    (
        "A month of hiring at Nvidia",
        "Omar Haddad, who ran Apple's Siri language models, has joined Nvidia.",
        "Omar Haddad",
        "join",
        "Apple",
        "Nvidia",
    ),
    (
        "Microsoft AI raids Google DeepMind for Gemini talent",
        "",
        None,
        "poach",
        "Google DeepMind",
        "Microsoft",
    ),
]


@pytest.mark.parametrize(("title", "summary", "person", "action", "frm", "to"), CLAUSES)
def test_subject_across_asides_and_coordination(
    title: str, summary: str, person: str | None, action: str, frm: str | None, to: str | None
) -> None:
    assert event_fields(title, summary) == (person, action, frm, to)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("xAI poaches enterprise customers from OpenAI with a cheaper API", ""),
        ("Meta raids OpenAI's playbook with a free tier", ""),
        ("Anthropic ships Claude 5", "The model, which Jane Roe has joined as tester, is fast."),
        ("Nvidia's robotics team, led by Jim Fan, joins forces with Apple", ""),
    ],
)
def test_clause_traps(title: str, summary: str) -> None:
    assert not classify(title, summary, WATCH).is_move


WHO = [
    # who moved: not an owner in the possessive, not whom a group joins, across an apposition
    ("Geoffrey Hinton's former student Nitish Srivastava joins xAI", "", "Nitish Srivastava"),
    ("Hinton, the 'godfather of AI', quits Google", "", "Hinton"),
    # a surname with particles in the headline is the summary's full name
    (
        "Van der Berg departs Cohere",
        "Anouk van der Berg led its retrieval team.",
        "Anouk van der Berg",
    ),
    ("De la Cruz quits Mistral", "Ana de la Cruz said she will take time off.", "Ana de la Cruz"),
    (
        "Sutskever's co-founder heads to Meta",
        "Daniel Gross's exit from SSI was confirmed on Thursday.",
        "Daniel Gross",
    ),
    ("xAI lures three OpenAI researchers", "The trio will join Jimmy Ba's reasoning group.", None),
    ("Meta poaches a dozen Apple engineers", "They will report to Ruoming Pang.", None),
    (
        "Google DeepMind hires a dozen Anthropic engineers",
        "They will report to Koray Kavukcuoglu; Maya Lind is among the hires.",
        "Maya Lind",
    ),
]


@pytest.mark.parametrize(("title", "summary", "person"), WHO)
def test_who_moved(title: str, summary: str, person: str | None) -> None:
    event = classify(title, summary, WATCH).event
    assert event is not None
    assert event.person == person


MORE_VERBS = [
    # succession, short 'out as', idioms of leaving and taking charge, retirement, passives:
    # title, summary, person, action, from, to
    (
        "Nat Ruiz succeeds Ada Kim as Cohere chief scientist",
        "",
        "Nat Ruiz",
        "appointed",
        None,
        "Cohere",
    ),
    (
        "Omar Haddad replaces Lee Wong as head of xAI engineering",
        "",
        "Omar Haddad",
        "appointed",
        None,
        "xAI",
    ),
    ("Ada Kim out as Cohere CEO", "", "Ada Kim", "leave", "Cohere", None),
    ("Lee Wong calls it quits at Perplexity", "", "Lee Wong", "leave", "Perplexity", None),
    ("Mistral confirms Paul Marin's departure", "", "Paul Marin", "leave", "Mistral AI", None),
    ("Hugo Lenz to retire from Nvidia", "", "Hugo Lenz", "leave", "Nvidia", None),
    ("Tara Bell takes the helm at Cohere", "", "Tara Bell", "appointed", None, "Cohere"),
    (
        "Tara Bell tapped as Perplexity chief scientist",
        "",
        "Tara Bell",
        "appointed",
        None,
        "Perplexity",
    ),
    ("Tara Bell hired as Cohere's head of policy", "", "Tara Bell", "join", None, "Cohere"),
    ("Apple's Omar Haddad poached from Meta", "", "Omar Haddad", "join", "Meta", "Apple"),
    (
        "Board ousts Stability AI CEO Prem Akkaraju",
        "",
        "Prem Akkaraju",
        "fired",
        "Stability AI",
        None,
    ),
    ("Sam Altman is back as OpenAI CEO", "", "Sam Altman", "return", None, "OpenAI"),
]


@pytest.mark.parametrize(("title", "summary", "person", "action", "frm", "to"), MORE_VERBS)
def test_more_move_verbs(
    title: str, summary: str, person: str | None, action: str, frm: str | None, to: str | None
) -> None:
    assert event_fields(title, summary) == (person, action, frm, to)


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Helen Toner speaks out on Paul Marin's departure from Mistral", "topic"),
        ("Researchers argue over Ada Kim's resignation", "topic"),
        ("Cohere retires its Command R model", "not a person moving"),
        ("Noam Brown leaves no doubt about OpenAI's lead", "idiom"),
        ("Jan Leike, who joined Anthropic last year, talks about alignment", "background"),
        ("Claude replaces ChatGPT as the top app in Japan", "neither a person nor a role"),
        ("Meta succeeds in cutting Llama's training costs", "not a person"),
    ],
)
def test_more_verb_traps(title: str, why: str) -> None:
    analysis = classify(title, "", WATCH)
    assert not analysis.is_move, analysis.event
    assert why in " ".join(analysis.reasons)


@pytest.mark.parametrize(
    ("title", "why"),
    [
        # hiring plans and openings, with no one named
        ("Cohere will hire 200 engineers in Montreal", "hiring plan"),
        ("Perplexity is hiring for a new browser team", "job opening"),
        ("Apple is said to be hiring engineers for its Siri revamp", "job opening"),
        # a trend about nobody in particular
        ("Why Google keeps losing its Gemini researchers", "trend"),
        ("Meta keeps poaching engineers", "trend"),
    ],
)
def test_plans_and_trends_are_not_moves(title: str, why: str) -> None:
    analysis = classify(title, "", WATCH)
    assert not analysis.is_move, analysis.event
    assert why in " ".join(analysis.reasons)


@pytest.mark.parametrize(
    ("title", "summary", "person", "action", "frm", "to"),
    [
        # the board as the agent is no seat; a suit about the person does not hide the move
        ("Ada Kim fired by Cohere board", "", "Ada Kim", "fired", "Cohere", None),
        (
            "Lee Wong, who was sued by Musk, joins xAI",
            "",
            "Lee Wong",
            "join",
            None,
            "xAI",
        ),
        # a noun of leaving goes only where it points at once
        (
            "What Paul Marin's departure means for Mistral",
            "",
            "Paul Marin",
            "leave",
            None,
            None,
        ),
        (
            "Tom Hale's exit from Cohere for Perplexity is official",
            "",
            "Tom Hale",
            "join",
            "Cohere",
            "Perplexity",
        ),
        ("Nvidia is hiring Intel's chip architects", "", None, "poach", "Intel", "Nvidia"),
    ],
)
def test_near_plans_and_agents(
    title: str, summary: str, person: str | None, action: str, frm: str | None, to: str | None
) -> None:
    assert event_fields(title, summary) == (person, action, frm, to)


def test_creators_and_customers_are_not_staff() -> None:
    assert not classify("Meta recruits influencers to seed its AI video app", "", WATCH).is_move
    assert not classify("OpenAI lures enterprise customers from Anthropic", "", WATCH).is_move


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Mustafa Suleyman quits Twitter after backlash", "not an AI lab"),
        ("Jan Leike leaves comment on alignment paper", "idiom"),
        ("Andrej Karpathy on why he left OpenAI, again", "interview"),
        ("Mira Murati on how she quit OpenAI", "interview"),
        ("Microsoft taps Helion Energy for fusion power", "no person"),
        ("Google DeepMind lures developers with a free Gemini tier", "no person"),
        ("Grok 5 is out with better reasoning", "neither a person"),
        ("Jan Leike is out with a new alignment paper", "is out with"),
        ("Meta moves on from Llama 4", "not a person moving"),
        ("Anthropic takes a role at the heart of UK AI policy", "not a person moving"),
    ],
)
def test_leaving_something_else(title: str, why: str) -> None:
    analysis = classify(title, "", WATCH)
    assert not analysis.is_move, analysis.event
    assert why in " ".join(analysis.reasons)


@pytest.mark.parametrize(
    ("title", "person", "action", "frm", "to"),
    [
        ("Another one: Cohere's Ada Kim is out", "Ada Kim", "leave", "Cohere", None),
        (
            "The xAI exodus continues: Lee Wong and Tara Bell leave",
            "Lee Wong",
            "leave",
            "xAI",
            None,
        ),
        (
            "Tara Bell tapped to co-lead Meta superintelligence lab",
            "Tara Bell",
            "appointed",  # a post at the lab, no origin told
            None,
            "Meta",
        ),
        ("Lee Wong quits Stripe to join Anthropic", "Lee Wong", "join", "Stripe", "Anthropic"),
        ("Ada Kim takes a job at Perplexity", "Ada Kim", "join", None, "Perplexity"),
        ("Cohere's Ada Kim accepts a role at xAI", "Ada Kim", "join", "Cohere", "xAI"),
        ("Tara Bell steps away from Mistral", "Tara Bell", "leave", "Mistral AI", None),
        ("Tara Bell moves on from Nvidia after six years", "Tara Bell", "leave", "Nvidia", None),
    ],
)
def test_leaving_forms(
    title: str, person: str | None, action: str, frm: str | None, to: str | None
) -> None:
    assert event_fields(title, "") == (person, action, frm, to)


def test_a_departing_board_member_is_no_departing_employee() -> None:
    assert not classify("Outgoing OpenAI board member criticizes Altman", "", WATCH).is_move
    assert not classify("Departing Anthropic trust chair speaks out", "", WATCH).is_move
    event = classify("Departing Cohere research director speaks out", "", WATCH).event
    assert event is not None and (event.action, event.from_lab) == ("leave", "Cohere")


def test_a_role_of_a_unit_is_the_subject() -> None:
    event = classify(
        "Cohere's head of retrieval engineering departs for Perplexity",
        "Lina Osei, who built its rerank models, starts next month.",
        WATCH,
    ).event
    assert event is not None
    assert (event.person, event.action, event.from_lab, event.to_lab) == (
        "Lina Osei",
        "join",
        "Cohere",
        "Perplexity",
    )
    assert not classify("Meta's suite of AI tools leaves rivals behind", "", WATCH).is_move
