"""Paraphrase probes: invented headlines that report a move in the many ways news words one
(verbs of joining, leaving, hiring, appointing, returning, firing, founding; passives, object
control, appositions, possessives, groups, headline styles), and near misses that use the same
verbs for products, deals, rumours and opinions. People and some companies are invented; no row
of tests/data is copied. tests/test_move_paraphrases.py runs them; docs/stories.md "Paraphrase
probes" has the figures."""

from __future__ import annotations

import itertools
from typing import Any

Probe = dict[str, Any]

NAMES = [
    "Marisol Quintero",
    "Tobias Wrenfield",
    "Anneke Voss",
    "Daniel Okafor",
    "Lena Hartwig",
    "Rafael Sandoval",
    "Ingrid Solberg",
    "Kwame Asante",
    "Yelena Markova",
    "Oliver Brandt",
    "Sofia Castellano",
    "Henrik Dahl",
    "Nadia Farouk",
    "Julian Mercer",
    "Camille Roux",
    "Tomasz Kowal",
    "Aisha Bello",
    "Gregor Stein",
    "Paula Ferreira",
    "Mateo Ruiz",
    "Elise Moreau",
    "Victor Lindgren",
    "Hannah Kessler",
    "Samir Haddad",
    "Clara Jensen",
]
LABS = [
    "OpenAI",
    "Anthropic",
    "Google DeepMind",
    "Meta",
    "xAI",
    "Mistral AI",
    "Apple",
    "Microsoft",
    "Nvidia",
    "Cohere",
    "Perplexity",
    "Hugging Face",
    "Amazon",
    "Databricks",
    "Safe Superintelligence",
    "Thinking Machines Lab",
    "Character.AI",
    "Scale AI",
]
OTHERS = [
    "Brightwater Capital",
    "Fernwood Robotics",
    "Corvane Systems",
    "Halberd Health",
    "Northlight Logistics",
    "Quillon Software",
]


def P(
    title: str,
    summary: str,
    person: str,
    action: str | tuple[str, ...],
    to: str | None,
    frm: str | None,
    cls: str,
) -> Probe:
    acts = action if isinstance(action, tuple) else (action,)
    return dict(
        title=title, summary=summary, move=True, person=person, action=acts, to=to, frm=frm, cls=cls
    )


def N(title: str, summary: str, cls: str) -> Probe:
    return dict(title=title, summary=summary, move=False, cls=cls)


def moves() -> list[Probe]:
    out: list[Probe] = []
    n = itertools.cycle(NAMES)
    # --- company-subject hiring verbs: "<Lab> <verb> <from-lab> <role> <Name>"
    hire_verbs = [
        "taps",
        "snags",
        "lands",
        "nabs",
        "brings aboard",
        "adds",
        "welcomes",
        "hires",
        "recruits",
        "poaches",
        "picks",
        "signs",
        "scoops up",
        "grabs",
        "lures",
    ]
    pairs = list(
        itertools.permutations(
            [
                "OpenAI",
                "Anthropic",
                "Google DeepMind",
                "Meta",
                "xAI",
                "Apple",
                "Microsoft",
                "Mistral AI",
            ],
            2,
        )
    )
    for i, v in enumerate(hire_verbs):
        to, frm = pairs[i * 3 % len(pairs)]
        name = next(n)
        out.append(
            P(
                f"{to} {v} {frm} researcher {name}",
                f"{name} spent four years at {frm} working on reinforcement learning.",
                name,
                ("poach", "join"),
                to,
                frm,
                "company-verb+from",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{to} {v} {name} to lead its robotics push",
                f"{name}, who previously ran perception at {frm}, starts next month.",
                name,
                ("poach", "join", "appointed"),
                to,
                frm,
                "company-verb+to-lead",
            )
        )
    # bolsters ... with
    for to, frm in [("Anthropic", "Google DeepMind"), ("Mistral AI", "Meta"), ("Cohere", "OpenAI")]:
        name = next(n)
        out.append(
            P(
                f"{to} bolsters its research bench with former {frm} scientist {name}",
                f"{name} joins after six years at {frm}.",
                name,
                ("poach", "join"),
                to,
                frm,
                "bolsters-with",
            )
        )
    # --- person-subject joining verbs: "<Name> <verb> <Lab>"
    join_verbs = [
        "joins",
        "heads to",
        "lands at",
        "is headed to",
        "decamps to",
        "defects to",
        "moves to",
        "jumps to",
        "signs on with",
        "is joining",
        "will join",
        "has joined",
        "jumps ship to",
        "switches to",
        "goes to",
    ]
    for i, v in enumerate(join_verbs):
        to, frm = pairs[(i * 5 + 1) % len(pairs)]
        name = next(n)
        out.append(
            P(
                f"{frm} researcher {name} {v} {to}",
                f"{name} confirmed the move on social media on Tuesday.",
                name,
                ("join", "poach"),
                to,
                frm,
                "person-verb+from-role",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{name} {v} {to} from {frm}",
                f"The veteran engineer {name} will work on the company's inference stack.",
                name,
                ("join", "poach"),
                to,
                frm,
                "person-verb-from",
            )
        )
    # apposition and possessive subjects
    for to, frm in [
        ("xAI", "OpenAI"),
        ("Anthropic", "Apple"),
        ("Meta", "Google DeepMind"),
        ("Nvidia", "Microsoft"),
        ("Perplexity", "Google DeepMind"),
    ]:
        name = next(n)
        out.append(
            P(
                f"{name}, former {frm} research head, joins {to}",
                f"{name} will report to the chief scientist.",
                name,
                "join",
                to,
                frm,
                "apposition-former",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{frm}'s former CTO {name} joins {to}",
                f"{name} left {frm} last spring.",
                name,
                "join",
                to,
                frm,
                "possessive-former",
            )
        )
        out.append(
            P(
                f"{frm}'s head of research departs for {to}",
                f"{name}, who led research at {frm} since 2021, is moving to {to}.",
                name,
                ("join", "leave", "poach"),
                to,
                frm,
                "role-subject",
            )
        )
    # --- leaving verbs: "<Name> <verb> <Lab>"
    leave_verbs = [
        "is out at",
        "exits",
        "parts ways with",
        "departs",
        "leaves",
        "quits",
        "steps down from",
        "resigns from",
        "bows out of",
        "walks away from",
        "is leaving",
        "has left",
        "will leave",
        "is stepping down at",
        "says goodbye to",
    ]
    for i, v in enumerate(leave_verbs):
        frm = LABS[i % len(LABS)]
        name = next(n)
        out.append(
            P(
                f"{name} {v} {frm}",
                f"{name} had been at {frm} for five years; no next role was announced.",
                name,
                "leave",
                None,
                frm,
                "person-leave",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{frm} chief scientist {name} {v} the company",
                f"{name} announced the decision in a memo to staff.",
                name,
                "leave",
                None,
                frm,
                "role-leave-the-company",
            )
        )
    for frm in ["OpenAI", "Cohere", "Meta"]:
        name = next(n)
        out.append(
            P(
                f"{frm} and {name} part ways",
                f"{name}, who ran the safety team, will leave at the end of the month.",
                name,
                "leave",
                None,
                frm,
                "part-ways",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{name} hands the reins at {frm} to a successor",
                f"{name} is stepping down as chief executive of {frm}.",
                name,
                "leave",
                None,
                frm,
                "hands-reins",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{name} steps aside as {frm} research chief",
                f"{name} will stay on as an adviser.",
                name,
                "leave",
                None,
                frm,
                "steps-aside",
            )
        )
    # --- poaching: passives and "hired away"
    for to, frm in [
        ("Meta", "OpenAI"),
        ("Apple", "Google DeepMind"),
        ("Anthropic", "Microsoft"),
        ("xAI", "Nvidia"),
    ]:
        name = next(n)
        out.append(
            P(
                f"{name} hired away from {frm} by {to}",
                f"{to} offered {name} a multi-year package.",
                name,
                ("poach", "join"),
                to,
                frm,
                "passive-hired-away",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{to} lures {name} away from {frm}",
                f"{name} will lead a new team at {to}.",
                name,
                ("poach", "join"),
                to,
                frm,
                "lured-away",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{frm} loses top researcher {name} to {to}",
                f"{name} is the third senior departure this quarter.",
                name,
                ("poach", "join", "leave"),
                to,
                frm,
                "loses-to",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{to} woos {name} away from {frm}",
                f"{name} had spent a decade at {frm}.",
                name,
                ("poach", "join"),
                to,
                frm,
                "woos-away",
            )
        )
        name = next(n)
        out.append(
            P(
                f"How {to} persuaded {name} to leave {frm}",
                f"{to} convinced {name}, a senior {frm} engineer, to join its model team.",
                name,
                ("poach", "join"),
                to,
                frm,
                "object-control",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{to} convinces {frm} veteran {name} to join",
                f"{name} starts at {to} in January.",
                name,
                ("poach", "join"),
                to,
                frm,
                "object-control",
            )
        )
    # --- appointments
    appoint = [
        ("names", "as chief technology officer"),
        ("appoints", "as CEO"),
        ("elevates", "to chief scientist"),
        ("promotes", "to head of research"),
        ("installs", "as president"),
        ("picks", "as its new CFO"),
        ("taps", "as chief operating officer"),
        ("hires", "as general counsel"),
    ]
    for i, (v, role) in enumerate(appoint):
        to = LABS[(i * 2 + 3) % len(LABS)]
        name = next(n)
        out.append(
            P(
                f"{to} {v} {name} {role}",
                f"{name} previously held senior roles at several startups.",
                name,
                ("appointed", "join"),
                to,
                None,
                "company-appoints",
            )
        )
    passives = [
        "has been named",
        "was named",
        "is named",
        "has been appointed",
        "was appointed",
        "is tapped as",
        "was tapped to lead",
        "has been tapped to run",
    ]
    for i, v in enumerate(passives):
        to = LABS[(i * 3 + 2) % len(LABS)]
        name = next(n)
        role = "" if v.endswith(("lead", "run")) else " chief scientist"
        obj = f" research at {to}" if v.endswith(("lead", "run")) else f" of {to}"
        out.append(
            P(
                f"{name} {v}{role}{obj}",
                "The appointment takes effect immediately, the company said.",
                name,
                ("appointed", "join"),
                to,
                None,
                "passive-appointed",
            )
        )
    for to, frm in [
        ("Cohere", "Google DeepMind"),
        ("Mistral AI", "Meta"),
        ("Hugging Face", "Apple"),
    ]:
        name = next(n)
        out.append(
            P(
                f"{name} set to lead {to}'s new lab",
                f"{name}, formerly of {frm}, will run the team from Paris.",
                name,
                ("appointed", "join"),
                to,
                frm,
                "set-to-lead",
            )
        )
        name = next(n)
        out.append(
            P(
                f"Former {frm} executive {name} to head {to} research",
                f"{to} confirmed the hire on Monday.",
                name,
                ("appointed", "join"),
                to,
                frm,
                "to-head",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{name} takes over as {to} CEO",
                f"{name} arrives from {frm}, where she ran the cloud unit.",
                name,
                ("appointed", "join"),
                to,
                frm,
                "takes-over",
            )
        )
        name, old = next(n), next(n)
        out.append(
            P(
                f"{name} succeeds {old} as {to} chief technology officer",
                f"{name} joins from {frm}.",
                name,
                ("appointed", "join"),
                to,
                frm,
                "succeeds-as",
            )
        )
        name, old = next(n), next(n)
        out.append(
            P(
                f"{to} replaces {old} with {frm} veteran {name}",
                f"{name} becomes chief product officer.",
                name,
                ("appointed", "join"),
                to,
                frm,
                "replaces-with",
            )
        )
    # --- returns
    for to, frm in [("OpenAI", "Anthropic"), ("Google DeepMind", "Character.AI"), ("Meta", "xAI")]:
        name = next(n)
        out.append(
            P(
                f"{name} returns to {to}",
                f"{name} spent two years at {frm} before coming back.",
                name,
                "return",
                to,
                frm,
                "returns",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{name} rejoins {to} after stint at {frm}",
                f"The researcher said {to} felt like home.",
                name,
                "return",
                to,
                frm,
                "rejoins",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{to} brings back {name}",
                f"{name} left for {frm} in 2023.",
                name,
                ("return", "poach"),
                to,
                frm,
                "brings-back",
            )
        )
        name = next(n)
        out.append(
            P(
                f"Boomerang: {name} is back at {to}",
                f"{name} comes back to {to} after a spell at {frm}.",
                name,
                "return",
                to,
                frm,
                "is-back",
            )
        )
    # --- firing
    for frm in ["xAI", "OpenAI", "Scale AI", "Perplexity"]:
        name = next(n)
        out.append(
            P(
                f"{frm} fires {name}",
                f"{name} was dismissed after an internal review.",
                name,
                "fired",
                None,
                frm,
                "fires",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{name} ousted as {frm} president",
                f"The board removed {name} on Friday.",
                name,
                "fired",
                None,
                frm,
                "ousted",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{name} pushed out at {frm}",
                f"{name} was forced out after clashing with the board.",
                name,
                ("fired", "leave"),
                None,
                frm,
                "pushed-out",
            )
        )
    # --- founding
    for frm, new in [
        ("OpenAI", "Lattice Reasoning"),
        ("Google DeepMind", "Tessellate AI"),
        ("Meta", "Orchard Intelligence"),
        ("Anthropic", "Keel Labs"),
    ]:
        name = next(n)
        out.append(
            P(
                f"Former {frm} researcher {name} launches a startup, {new}",
                f"{new} will build agents for scientific work.",
                name,
                ("found", "leave"),
                new,
                frm,
                "launches-startup",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{name} leaves {frm} to start her own company",
                f"{name} is starting a company focused on robotics.",
                name,
                ("leave", "found"),
                None,
                frm,
                "leaves-to-found",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{new} emerges from stealth with ex-{frm} founder {name}",
                f"{name} founded {new} after leaving {frm} last year.",
                name,
                ("found",),
                new,
                frm,
                "emerges-stealth",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{name} is starting a company after {frm} exit",
                f"{name} left {frm} in March.",
                name,
                ("found", "leave"),
                None,
                frm,
                "starting-company",
            )
        )
    # --- headline styles
    for to, frm in [
        ("Anthropic", "OpenAI"),
        ("Meta", "Apple"),
        ("xAI", "Google DeepMind"),
        ("OpenAI", "Meta"),
    ]:
        name = next(n)
        out.append(
            P(
                f"Exclusive: {to} hires {frm}'s {name}",
                f"{name} is joining {to}, people familiar said.",
                name,
                ("poach", "join"),
                to,
                frm,
                "style-exclusive",
            )
        )
        name = next(n)
        out.append(
            P(
                f"Report: {frm} AI Chief {name} Leaving For {to}",
                f"{name} will join {to} later this year.",
                name,
                ("join", "leave", "poach"),
                to,
                frm,
                "style-report-title",
            )
        )
        name = next(n)
        out.append(
            P(
                f"Why did {name} leave {frm} for {to}?",
                f"{name} joined {to} last week after seven years at {frm}.",
                name,
                ("join", "leave"),
                to,
                frm,
                "style-question",
            )
        )
        name = next(n)
        out.append(
            P(
                f"'It was time': {name} on leaving {frm}",
                f"{name} left {frm} this month and has joined {to}.",
                name,
                ("leave", "join"),
                to,
                frm,
                "style-quote",
            )
        )
        name = next(n)
        out.append(
            P(
                "The talent war claims another star",
                f"{name} has left {frm} to join {to}, the company confirmed.",
                name,
                ("join", "leave"),
                to,
                frm,
                "style-teaser",
            )
        )
    # --- groups and relative clauses
    for to, frm in [("Meta", "OpenAI"), ("Anthropic", "Google DeepMind"), ("Apple", "Microsoft")]:
        a, b = next(n), next(n)
        out.append(
            P(
                f"Three engineers who helped build {frm}'s voice model join {to}",
                f"The group, led by {a}, joins {to}'s new audio team.",
                a,
                ("join", "poach"),
                to,
                frm,
                "group-relative",
            )
        )
        out.append(
            P(
                f"{a} and {b} leave {frm} for {to}",
                f"Both researchers worked on {frm}'s reasoning models.",
                a,
                ("join", "leave", "poach"),
                to,
                frm,
                "pair",
            )
        )
        out.append(
            P(
                f"{to} hires a team of {frm} researchers",
                f"The team, including {b}, will work on multimodal models.",
                b,
                ("poach", "join"),
                to,
                frm,
                "group-hire",
            )
        )
    # --- unlisted companies
    for i, co in enumerate(OTHERS):
        frm = LABS[i]
        name = next(n)
        out.append(
            P(
                f"{co} names former {frm} executive {name} as CTO",
                f"{name} led engineering at {frm}.",
                name,
                ("appointed", "join"),
                co,
                frm,
                "unlisted-appoints",
            )
        )
        name = next(n)
        out.append(
            P(
                f"{frm} veteran {name} joins {co}",
                f"{name} becomes head of AI at {co}.",
                name,
                ("join", "appointed"),
                co,
                frm,
                "unlisted-joins",
            )
        )
    return out


def near_misses() -> list[Probe]:
    out: list[Probe] = []
    n = itertools.cycle(reversed(NAMES))
    # same verbs, objects that are products, suppliers, deals
    objs = [
        "TSMC for its next chips",
        "Samsung for memory",
        "a new data center in Ohio",
        "its fastest model yet",
        "a $2 billion credit line",
        "new cloud capacity",
    ]
    for i, v in enumerate(["taps", "snags", "lands", "nabs", "adds", "picks", "signs", "names"]):
        lab = LABS[i]
        out.append(
            N(
                f"{lab} {v} {objs[i % len(objs)]}",
                f"The agreement runs through 2028, {lab} said.",
                "company-verb-object",
            )
        )
    for lab, model in [
        ("Google DeepMind", "Gemini Flash Lite"),
        ("OpenAI", "o5"),
        ("Meta", "Llama 6"),
        ("Anthropic", "Claude Sonnet 6"),
        ("Mistral AI", "Magistral Large"),
    ]:
        out.append(
            N(
                f"{lab} names its new model {model}",
                f"{model} is available in preview today.",
                "names-product",
            )
        )
        out.append(
            N(f"{lab} brings {model} to the EU", "The rollout starts on Monday.", "brings-product")
        )
        out.append(
            N(
                f"{model} lands on {lab}'s API",
                f"Developers can start using {model} today.",
                "lands-product",
            )
        )
        out.append(
            N(
                f"{lab} welcomes developers to its {model} beta",
                "The beta is open to paid accounts.",
                "welcomes-product",
            )
        )
    # rumours, talks, denials
    for i in range(12):
        name = next(n)
        to, frm = LABS[i % 8], LABS[(i + 3) % 8]
        shapes = [
            (f"{name} in talks to join {to}", "No deal has been reached, sources said."),
            (f"{name} denies he is leaving {frm}", f"'I'm staying,' {name} wrote on X."),
            (f"Is {name} about to leave {frm}? Rumours swirl", f"{frm} declined to comment."),
            (f"{to} reportedly courting {name}", "The talks are at an early stage."),
            (f"{name} rules out move to {to}", f"{name} said he remains committed to {frm}."),
            (f"{frm} says {name} is not leaving", "A spokesperson called the report false."),
        ]
        t, s = shapes[i % len(shapes)]
        out.append(N(t, s, "rumour-denial"))
    # opinions, interviews, quotes by people at labs (no move)
    for i in range(12):
        name = next(n)
        lab = LABS[i % len(LABS)]
        shapes = [
            (
                f"{lab}'s {name} on why scaling still works",
                f"{name} spoke at a conference in Lisbon.",
            ),
            (
                f"{name} of {lab}: 'Agents will change everything'",
                "An interview with the researcher.",
            ),
            (
                f"{lab} researcher {name} warns of evaluation gaps",
                f"{name} published a paper on Monday.",
            ),
            (
                f"{name} says {lab} will ship a new model this year",
                f"{name} made the comments on a podcast.",
            ),
        ]
        t, s = shapes[i % len(shapes)]
        out.append(N(t, s, "opinion"))
    # board seats, investments, advisers
    for i in range(10):
        name = next(n)
        lab = LABS[i % len(LABS)]
        co = OTHERS[i % len(OTHERS)]
        shapes = [
            (f"{name} joins {co} board", f"{name} remains chief scientist at {lab}."),
            (f"{lab} invests in {co}", f"The round values {co} at $1 billion."),
            (f"{lab}'s {name} backs {co} in seed round", f"{name} invested personally."),
            (f"{co} adds {lab} as a customer", "The contract covers three years."),
            (f"{lab} joins industry safety pact", "Twelve companies signed the pledge."),
        ]
        t, s = shapes[i % len(shapes)]
        out.append(N(t, s, "board-invest"))
    # deals and acquisitions, partnerships
    for i in range(10):
        a, b = LABS[i % len(LABS)], OTHERS[i % len(OTHERS)]
        shapes = [
            (f"{a} acquires {b}", "Terms were not disclosed."),
            (f"{a} partners with {b} on health models", "The partnership starts in spring."),
            (f"{a} and {b} part ways on cloud deal", "The contract will not be renewed."),
            (f"{b} exits {a} partnership", f"{b} will build its own models instead."),
            (f"{a} takes over {b}'s data centers", "The sale closes next quarter."),
        ]
        t, s = shapes[i % len(shapes)]
        out.append(N(t, s, "deal"))
    # product / market news with move-like verbs
    for i, lab in enumerate(LABS[:12]):
        shapes = [
            (f"{lab} exits the smart glasses market", "The company will focus on software."),
            (f"{lab} launches a startup accelerator", "The program funds ten companies a year."),
            (f"{lab} heads to court over copyright claims", "The trial starts in May."),
            (f"{lab} steps up hiring in Europe", "The company plans 500 new roles."),
            (f"{lab} promotes its coding assistant with free trials", "The trial lasts a month."),
            (f"{lab} departs from its open-weights strategy", "Its next model will be closed."),
        ]
        t, s = shapes[i % len(shapes)]
        out.append(N(t, s, "product-verbs"))
    # hiring in general, job posts, layoffs (no named mover)
    for i, lab in enumerate(LABS[:10]):
        shapes = [
            (f"{lab} is hiring a head of safety", "The job post lists a salary of $400,000."),
            (f"{lab} cuts 200 jobs in restructuring", "The layoffs affect sales teams."),
            (f"{lab} plans to double its research staff", "The company has 900 employees."),
            (
                "Engineers are leaving big tech for startups, survey finds",
                "A survey of 2,000 workers.",
            ),
            (
                f"{lab} launches fellowship for early-career researchers",
                "Fellows join for six months.",
            ),
        ]
        t, s = shapes[i % len(shapes)]
        out.append(N(t, s, "hiring-general"))
    # people staying, promoted in title only? (anniversaries, awards, papers)
    for i in range(10):
        name = next(n)
        lab = LABS[(i + 5) % len(LABS)]
        shapes = [
            (f"{name} wins Turing Award", f"{name} is a researcher at {lab}."),
            (f"{name} celebrates ten years at {lab}", f"{name} joined {lab} in 2016."),
            (f"{lab}'s {name} publishes new scaling paper", "The paper studies data mixtures."),
            (f"{name} to keynote NeurIPS", f"{name} leads the alignment team at {lab}."),
            (f"{name} testifies before Senate on AI safety", f"{name} is {lab}'s policy chief."),
        ]
        t, s = shapes[i % len(shapes)]
        out.append(N(t, s, "person-no-move"))
    # past moves in background, counterfactuals, hypotheticals
    for i in range(10):
        name = next(n)
        to, frm = LABS[i % 6], LABS[(i + 2) % 6]
        shapes = [
            (
                f"{name}, who joined {to} from {frm} in 2019, unveils a new robot",
                "The robot folds laundry.",
            ),
            (f"What if {name} had stayed at {frm}?", "An essay on the paths not taken."),
            (f"{to} would hire {name} if it could, CEO jokes", "The remark drew laughs."),
            (f"Could {to} poach {frm}'s best people?", "Analysts weigh the odds."),
            (
                f"{name} recalls the day he joined {frm}",
                "A long interview on the company's early years.",
            ),
        ]
        t, s = shapes[i % len(shapes)]
        out.append(N(t, s, "background-hypothetical"))
    out += more_near_misses()
    out += persuading_and_company_names()
    return out


def persuading_and_company_names() -> list[Probe]:
    """The verbs of object control and company-name nouns, used for no one's move."""
    out: list[Probe] = []
    for i, lab in enumerate(LABS):
        co = OTHERS[i % len(OTHERS)]
        other = LABS[(i + 7) % len(LABS)]
        rows = [
            (f"{lab} convinces regulators to delay new AI rules", "The pause lasts a year."),
            (f"{lab} woos developers with free API credits", "Credits are worth $10,000."),
            (f"{lab} persuaded a judge to dismiss the lawsuit", "The case was thrown out."),
            (f"{lab} convinces investors to back a $5 billion round", "The round closed Friday."),
            (f"{lab} woos {co} away from {other}'s cloud", "The contract is worth $300 million."),
            (f"{lab} persuades {other} to join its safety pact", "The pact covers model testing."),
            (f"{co} names {lab} its preferred model supplier", "The deal runs for three years."),
            (f"{co} joins {lab}'s partner program", "Partners get early access to models."),
            (f"{co} exits {lab} contract early", "Neither company gave a reason."),
            (f"{lab} hires {co} to build its data centers", "Construction starts in May."),
            (f"{co} taps {lab} for its customer chatbot", "The chatbot launches in autumn."),
            (f"{co} lands {lab} as an anchor customer", "The contract is worth $40 million."),
        ]
        for k in (i % 12, (i + 5) % 12, (i + 9) % 12):
            out.append(N(*rows[k], "persuade-or-company"))
    out += [
        N("Henrik Dahl bows out of the Senate race", "He cited family reasons.", "phrasal"),
        N("OpenAI bows out of bidding for a chip startup", "The auction goes on.", "phrasal"),
        N("Nvidia's Lena Hartwig bows out of GTC keynote", "She is unwell.", "phrasal"),
        N("Anthropic brings aboard new safety features", "They ship next week.", "phrasal"),
        N("Meta brings aboard Arm as a chip partner", "The deal covers servers.", "phrasal"),
        N("Apple and Intel part ways", "Apple now designs its own chips.", "phrasal"),
        N("Meta and Scale AI part ways after data deal sours", "Talks ended.", "phrasal"),
        N("Where OpenAI and its critics part ways", "An essay on safety.", "phrasal"),
        N("Anthropic and the Pentagon part ways over usage rules", "The deal ends.", "phrasal"),
        N("Nvidia and Henrik Dahl's startup part ways", "The contract ended.", "phrasal"),
    ]
    return out


def more_near_misses() -> list[Probe]:
    out: list[Probe] = []
    n = itertools.cycle(NAMES[::2] + NAMES[1::2])
    for i, lab in enumerate(LABS):
        name = next(n)
        other = LABS[(i + 4) % len(LABS)]
        co = OTHERS[i % len(OTHERS)]
        rows = [
            (
                f"{lab} taps {co} to run its customer support",
                f"{co} will handle support in Europe.",
                "company-verb-object",
            ),
            (
                f"{lab} hires {co} to audit its models",
                "The audit will be published in June.",
                "company-verb-object",
            ),
            (
                f"{name} says {lab} is hiring too fast",
                f"{name}, an investor, spoke to reporters.",
                "opinion",
            ),
            (
                f"{lab} researcher {name} explains the new benchmark",
                f"{name} walked through the results in a blog post.",
                "opinion",
            ),
            (
                f"{other} reportedly in talks to hire {name}",
                f"{name} has not decided, people familiar said.",
                "rumour-denial",
            ),
            (
                f"{name} won't join {other}, {lab} says",
                f"{lab} said {name} will stay.",
                "rumour-denial",
            ),
            (
                f"{lab} brings aboard new cloud partner {co}",
                "The deal adds capacity in Asia.",
                "company-verb-object",
            ),
            (
                f"{lab} welcomes {co} into its startup program",
                "The program gives credits and support.",
                "company-verb-object",
            ),
        ]
        for t, s, c in [
            rows[i % 8],
            rows[(i + 3) % 8],
            rows[(i + 5) % 8],
            rows[(i + 6) % 8],
            rows[(i + 7) % 8],
        ]:
            out.append(N(t, s, c))
    return out
