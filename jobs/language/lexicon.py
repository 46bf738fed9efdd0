"""Word lists for move extraction: triggers, role words, and capitalised words that are no names."""

from __future__ import annotations

from collections.abc import Iterable


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a text (word lists stay readable in the source)."""
    return frozenset(text.split())


# Words that make a post or a text about AI ("AI policy", "A.I. czar", "artificial
# intelligence"): jobs/language/public_posts.py, org_posts.py, triggers.py.
AI_WORDS = word_set("ai a.i artificial")


def about_ai(*texts: Iterable[str]) -> bool:
    """Whether any of the texts' lower-cased words is an AI word (AI_WORDS): an organisation on
    no list gives an AI move only in a text about AI."""
    return any(not AI_WORDS.isdisjoint(words) for words in texts)


MONEY_SIGNS = ("$", "€", "£", "₹")


def amount(text: str) -> bool:
    """An amount of money written as one word ('$64M', '€2bn'): a sign, then a digit."""
    return text.startswith(MONEY_SIGNS) and text[1:2].isdigit()


# Verbs of a person leaving a post, in any tense: what a pause from work may come before
# ("leaving company after sabbatical", jobs/language/clauses.py) and what lets a summary's
# past-tense join tell where a departure went ("left his post and joined Y",
# jobs/language/destinations.py). Not the bare 'leave', as often the noun ("on leave after
# sabbatical").
DEPARTING = word_set(
    """leaves leaving left quit quits quitting exits exiting exited departs departing departed
    resigns resigning resigned"""
)


# A role word before a capitalised name makes it a person ("researcher Daniel Kokotajlo").
ROLE_WORDS = word_set(
    """co-founder cofounder founder researcher scientist engineer executive exec chief head lead
    co-lead leader ceo cto cfo coo cpo cso cro cmo president vp director adviser advisor veteran
    alum alumnus pioneer co-creator creator officer manager designer staffer employee investor
    entrepreneur godfather professor prof boss chair chairman chairwoman member architect developer
    programmer expert star legend whistleblower insider trustee co-author inventor
    technologist scientist mathematician physicist economist official aide banker lawyer
    counsel strategist analyst journalist editor diplomat coordinator ex-ceo ex-cto head-of cofounders
    co-founders founders leads researchers engineers scientists staffers executives execs
    employees veterans members gründer gründerin mitgründer mitgründerin chef chefin forscher
    forscherin worker guru co-head co-ceo person c.e.o vet svp evp
    champion evangelist luminary visionary specialist heavyweight godmother maven"""
)
# Plural or collective nouns: the subject or object of a raid ("three OpenAI researchers").
GROUP_WORDS = word_set(
    """researchers engineers scientists staffers employees executives execs leaders leads founders
    co-founders cofounders trio duo pair team members talent staff people dozen dozens veterans
    alumni workers colleagues architects directors chiefs heads vps technologists
    mathematicians physicists economists experts specialists personnel professionals talents
    minds designers programmers managers authors co-authors coauthors professors profs academics
    scholars innovators"""
)
# Head counts of a group ("three researchers", "a dozen engineers").
COUNT_WORDS = word_set("two three four five six seven eight nine ten dozen dozens")
# Plural nouns that are a lab's staff right after the lab or its product ("Claude Code
# developers", "OpenAI developers"); alone they are as often its customers ("lures developers").
MAKER_STAFF = word_set("developers creators builders")
QUOTES = frozenset(["'", '"'])  # quote marks as tokens
# Words that may stand between a subject and its verb without changing who the subject is.
SKIP_WORDS = word_set(
    """is are was were has have had will would be been being officially reportedly formally
    quietly also now just finally abruptly suddenly set expected plans plan planning to who
    decided decides
    he she they says said confirms confirmed announces announced apparently already then soon
    ultimately effectively both all and , also too himself herself themselves in turn could may
    might should can reportedly allegedly prepares preparing readies keep keeps continue continues"""
)
PRONOUNS = word_set("he she they who")
# Verbs of saying after a name: the one who tells the news.
SPEAKING = word_set("says said writes wrote tells told reports confirms")
OWN_PRONOUNS = word_set("his her their")  # whose move a noun after them is

# Capitalised words that are never (part of) a person's name: function words, verbs and nouns
# common in headlines, roles, products, places, and companies that are not on the lab list.
NON_NAME_WORDS = word_set(
    """a an the and or but nor of in on at to for from by with without about after before over
    under into onto as than then that this these those there here his her their its our your my
    we you they he she it who whom whose which what when where why how not no yes all any some
    each every both few more most many much one two three four five six seven eight nine ten
    dozen first second third new old former ex top senior junior chief head lead co-lead leads
    says said say tells told report reports reported reportedly allegedly exclusive breaking update
    analysis opinion review interview podcast video watch live inside meet why how what
    gmbh ggmbh sarl plc
    joins join joined joining leaves leave left leaving departs depart quits quit resigns
    resign steps step exits exit hires hire hired poaches poach taps tap lures lure recruits
    recruit snags nabs names named appoints appointed promotes promoted returns return rejoins
    launches launch starts start founds unveils unveil fires fired ousts ousted defects defect
    moves move heads lands signs brings adds loses lose raises raise ships ship releases
    release debuts debut welcomes welcome bags boots chooses dismisses elevates installs picks
    removes replaces rehires reinstates sacks selects snares steals succeeds grabs cofounds
    confirmed confirms
    while whilst although though because unless whereas instead meanwhile however moreover so
    co-founds acqui-hire acquihire acqui-hires acquihires forms retires announces announce announced
    plans plan could may might will would should can
    reveals reveal warns warn thinks believes wants expects calls predicts sues sued buys
    acquires acquired invests partners teams doubles rattles beats tops hits gets makes takes
    goes comes sees shows builds build open opens opening agi ai ml llm llms gpu gpus api
    startup startups company companies lab labs team teams board group unit division office
    research science safety policy product products model models chatbot agent agents
    officer scientist researcher engineer executive founder co-founder cofounder president
    director ceo cto cfo coo vice vp chairman chair professor associate deputy dr mr ms mrs
    sir
    chatgpt gpt gpt-4 gpt-4o gpt-5 claude gemini bard grok llama sora copilot siri alexa orion
    code pro max mini opus sonnet haiku vision studio assistant operator codex o1 o3 dall-e
    midjourney stable diffusion cursor windsurf devin flux kimi qwen ernie pytorch tensorflow
    jax transformer transformers superintelligence superalignment alignment preparedness
    frontier reasoning voice search glasses robot robots robotics humanoid chip chips
    san francisco york new london paris zurich beijing shanghai shenzhen hangzhou china chinese
    us u.s uk eu europe european america american americans silicon valley washington
    california seattle toronto montreal tokyo japan india riyadh davos brussels britain
    british france french germany german canada canadian israel korea texas singapore dubai
    abu dhabi saudi arabia uae hong kong taiwan bay area united states kingdom nations emirates
    instagram twitter x nextdoor stripe uber netflix oracle twitch dropbox airbnb coinbase
    palantir stanford mit berkeley harvard oxford cambridge congress senate pentagon
    house reuters bloomberg information verge techcrunch wired axios semafor cnbc nyt times
    journal post guardian financial ft wsj youtube tiktok linkedin reddit spacex neuralink
    broadcom qualcomm arm tsmc softbank sequoia andreessen horowitz a16z y combinator yc
    planet instacart shopify salesforce sap oracle dell hp cisco ibm
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december week weeks month months year years
    today yesterday tomorrow morning night day days
    billion million trillion valuation funding round deal deals partnership lawsuit
    superintelligent general artificial intelligence machine learning deep
    global world worlds big tech giant rival rivals industry market markets stock stocks
    ethics governance nonprofit profit mission vision memo letter blog essay paper papers
    exodus departure departures hiring spree talent war wars raid raids poaching
    people product technology operating financial marketing revenue communications design
    interface hardware software engineering operations strategy investment firm fund capital
    ventures partners dynamics systems intelligence labs investors shareholders
    health logistics analytics therapeutics technologies networks holdings biosciences
    semiconductor semiconductors aerospace industries pharmaceuticals insurance solutions
    is are was were be been being has have had do does did get gets got out up down off back now
    just still again also only even soon here there its it's it's
    behind across against around among via per within toward towards like near beyond amid
    inside outside during despite
    mr. dr. st sr jr inc llc ltd corp co
    another ally allies shakeup shake-up drain brain untold helped helps power shift own
    keep keeps continue continues begin begins
    according chose choose chosen leadership exodus freeze sabbatical boomerang boomerangs rumour rumours rumor rumors
    signals sparks fuels highlights underscores suggests faces loses gains seeks eyes weighs
    signaling signalling sparking fueling fuelling highlighting underscoring suggesting
    boosts bolsters expands intensifies deepens widens escalates heats shakes
    prepares preparing readies gears aims vows agrees hopes looks focuses discarded
    several various multiple numerous founding ongoing eventful following visionary
    rising key legal security business commercial data
    digital growth risk compliance privacy brand content creative customer experience
    infrastructure hello hi greetings flock flocks flocking flocked
    role roles position positions job seat feds sworn sworn-in assumes assumed
    newly recently freshly"""
)

# Triggers: phrase → (kind, who is the subject). Kinds: join, return, leave, fire, found,
# appoint, hire (lab hires person), raid (lab lures a group), lose (lab loses person to lab),
# lead ("to lead": join from another lab, else appointed), helm (a post at the lab named after),
# reins (the person after the phrase takes the post at the lab in the clause).
# subject: "person", "lab", or "either" (decided by what stands before the trigger).
TRIGGERS: dict[str, tuple[str, str]] = {}


def _add(kind: str, subject: str, phrases: str) -> None:
    for phrase in phrases.split(","):
        TRIGGERS[" ".join(phrase.split())] = (kind, subject)


_add(
    "join",
    "person",
    """joins, join, joined, joining, moves to, move to, moved to, moving to, heads to,
    head to, headed to, defects to, defect to, defected to, defecting to, jumps to, jump to,
    jumped to, jumps ship to, jump ship to, jumped ship to, jumps ship for, jump ship for,
    jumped ship for, jumping ship for, signs on with, signs with,
    lands at, land at, landed at, landing at, decamps to, decamp to, decamped to, decamping to,
    switches to, is headed to, heading to, embarks on a new chapter at, embarked on a new chapter
    at, begins a new chapter at, began a new chapter at, starts a new chapter at, started a new
    chapter at, embarks on new chapter at, begins new chapter at, starts new chapter at, jumping to, jumping ship to, resurfaces at,
    resurfaced at, resurfacing at, takes a job at, took a job at, takes a role at, took a role
    at, takes a position at, took a position at, accepts a role at, accepted a role at, goes to
    work for, to work at, hired by, poached by, recruited by, lured by,
    snapped up by, nabbed by, snagged by, scooped up by, tapped by, snatched by, snatched up by,
    swiped by, poached from, lured from, lured away from, hired away from,
    recruited from, hired as, recruited as, brought in as""",
)
# "X now working at DeepMind": a headline's present for a move just made ("X, who now works at
# Y," is a background clause and refused as one).
_add("join", "person", "now working at, now works at")
_add(
    "return",
    "person",
    """returns to, return to, returned to, returning to, returns as, return as, returned as,
    returning as, rejoins, rejoin, rejoined, rejoining, is back at, are back at, comes back to,
    come back to, coming back to, comes back as, come back as, heads back to, head back to,
    heading back to, goes back to, go back to, reinstated, reinstated as, back at, back as,
    is back as, restored as, restored to, is restored as, jumps back to, jump back to, jumped back to, jumping back to, boomerangs to,
    boomerangs back to, boomerang back to, boomeranged back to, boomeranged to, moves back to,
    moved back to, moving back to, re-joins, re-join, re-joined, re-joining""",
)
_add(
    "return",
    "lab",
    """brings back, bring back, brought back, rehires, rehire, rehired, reinstates, re-hires,
    re-hire, re-hired""",
)
_add("return", "either", "reunites with, reunite with, reunited with, reuniting with")
_add(
    "leave",
    "person",
    """leaves, leave, left, leaving, departs, depart, departed, departing, exits, exit,
    exited, exiting, quits, quit, quitting, resigns, resign, resigned, resigning, steps down,
    step down, stepped down, stepping down, walks away from, walked away from, bows out,
    bows out of, bowed out of, bowing out of,
    says goodbye to, says bye to, bids farewell to, says farewell to, bids goodbye to, steps away from,
    stepping away from, stepped away from, step away from, moves on from, moving on from, moved
    on from, is out at, is out as, departure from, exit from,
    parts ways with, part ways with, parted ways with, parting ways with, part ways, parted ways,
    parting ways, announces his departure,
    announces her departure, announces their departure, announces departure, announces his exit,
    announces her exit, confirms his departure, confirms her departure, confirms departure,
    departure, resignation, out as, out at, calls it quits at, called it quits at, calls it quits,
    call it quits, calling it quits, call it quits at, calling it quits at,
    retires from, retire from, retired from, retiring from, retires, retire, retiring, is out,
    pursues new opportunities, pursue new opportunities, to pursue new opportunities, pursues
    other opportunities, to pursue other opportunities,
    heads for the exit, head for the exit, headed for the exit, heading for the exit""",
)
_add("leave", "lab", "loses, lose, lost, losing")
# "All 11 xAI cofounders are gone", "X is gone from OpenAI": gone from the lab
_add("leave", "person", "are gone, is gone, are now gone, is now gone, are all gone")
# "OpenAI parts ways with X" and "X parts ways with OpenAI": either side may stand first
_add("leave", "either", "parts ways with, part ways with, parted ways with, parting ways with")
# verbs of leaving without a classic move verb ("bolts", "ditches", "walks out of")
_add(
    "leave",
    "person",
    """bolts, bolted, bolts from, bolted from, ditches, ditched, abandons, abandoned, walks out of,
    walked out of, walks out at, walked out at, steps aside, stepped aside, stepping aside,
    step aside, ends his run at, ends her run at, ended his run at, ended her run at, ends his
    tenure at, ends her tenure at, ended his tenure at, ended her tenure at""",
)
_add(
    "join",
    "person",
    """bolts to, bolted to, bolts for, bolted for, moves over to, moved over to, heads for,
    headed for, hired away by, lured away by, poached away by""",
)
# Headlines in other languages are glossed into English before these are looked for
# (jobs/language/gloss.py): their move verbs are there.
_add(
    "join",
    "person",
    """defects from, defected from, defecting from, jumps ship from, jumped ship from, jumping
    ship from""",
)
_add(
    "helm",
    "person",
    """takes over at, took over at, takes over, took over, taking over at, takes the top job at,
    took the top job at, takes top job at, took top job at, lands the top job at, lands top job
    at, gets the top job at, gets top job at""",
)
_add(
    "fire",
    "either",
    """fired, ousted, sacked, dismissed, pushed out, forced out, let go, removed as,
    kicked out, booted, replaced as, dumped, axed, terminated""",
)
# nouns of a firing: "the executive's firing sparks debate", "dismissal at OpenAI"
_add("fire", "either", "firing, dismissal, ouster, termination")
_add(
    "fire",
    "lab",
    """fires, fire, ousts, oust, sacks, dismisses, pushes out, forces out, boots, removes, remove,
    terminates, dumps""",
)
_add(
    "found",
    "person",
    """launches, launch, launched, launching, starts, start, started, starting, founds,
    found, founded, co-founds, co-found, co-founded, cofounds, cofounded, unveils, unveil,
    unveiled, sets up, set up, setting up, forms, formed, spins up, debuts, is starting,
    announces new, is building, builds, is back with, are back with, creates, create, created,
    creating""",
)
_add(
    "hire",
    "lab",
    """hires, hire, hired, hiring, taps, tap, tapped, recruits, recruit, recruited, snags,
    snagged, nabs, nabbed, grabs, grabbed, brings on, brought on, bringing on, brings in, brought
    in, acquires,
    acquired,
    bringing in, adds, added,
    welcomes, scoops up, snaps up, snapped up, hires away, acqui-hires, acquihires, signs,
    wins over, won over, lands, landed, snares, snared, bags, bagged,
    attracts, attracted, brings on board, brought on board, bringing on board, brings aboard,
    brought aboard, bringing aboard, ropes in, roped
    in, roping in, reels in, reeled in, swipes, swiped, snatches, snatched, snatches up,
    snatched up, scooped up""",
)
# Verbs that pick someone for a post rather than hire them ("taps X as next CEO"): with no
# origin told, the one picked may already work there, an appointment, as with "names".
PICKING = word_set("taps tapped picks picked selects selected chooses chose")
_add(
    "raid",
    "lab",
    "poaches, poach, poached, poaching, lures, lure, lured, luring, raids, raided, steals",
)
# Object control: the lab persuades a person to move to it ("convinces X to join", "persuaded
# X to leave Y", "woos X away from Y"); the person is the object, the lab the destination.
_add(
    "raid",
    "lab",
    """woos, wooed, woos away, wooed away, persuades, persuaded, convinces, convinced, coaxes,
    coaxed, talks into, talked into""",
)
_add(
    "appoint",
    "either",
    """appoints, appoint, appointed, names, name, named, promotes, promote, promoted, elevates,
    elevated, picks, picked, chooses, chose, selects, selected, installs, installed, appointing""",
)
_add(
    "appoint",
    "person",
    """becomes, become, became, takes over as, take over as, took over as, taken over as,
    taking over as, promoted to,
    reassigned, reassigned to, moved to a new role, succeeds, succeed, succeeded, to succeed,
    replaces, replace, to replace, tapped as, chosen as, selected as, picked as""",
)
# Taking office: an oath sworn, a role assumed ("X sworn in as Acme's CTO", "X assumes role as
# chief AI officer"); the post's organisation is read by jobs/language/post_owners.py. Not
# "assumes the role of", which as often casts someone as a part ("the role of mediator"); nor
# "takes office as", whose words are too common for the quick path's keywords.
_add(
    "appoint",
    "person",
    """sworn in as, sworn-in as, assumes role as, assumed role
    as, assumes the role as, assumes office as, assumed office as""",
)
_add(
    "helm",
    "person",
    """takes the helm, take the helm, took the helm, taking the helm, takes the reins, take the
    reins, took the reins, taking the reins, to be in charge, will be in
    charge, takes the helm at, take the helm at, took the helm at, taking the helm at, takes the helm of,
    take the helm of, took the helm of, taking the helm of, takes the reins at, take the reins at,
    took the reins at, takes the reins of, take the reins of, took the reins of, taking the reins
    of, returns to helm, returns to the helm of, returns to the helm at, returned to the helm of,
    returned to helm, returns to the helm, return to the helm of, back at the helm of, back at the
    helm at, steps into the ceo role at, stepped into the ceo role at, steps into ceo role at,
    stepped into ceo role at, stepping into the ceo role at, stepping into ceo role at, steps in as ceo of,
    stepped in as ceo of""",
)
# headline style drops the article ("X Takes Helm of Acme", "takes reins at Acme")
_add(
    "helm",
    "person",
    """takes helm, took helm, taking helm, takes helm at, take helm at, took helm at, taking helm
    at, takes helm of, take helm of, took helm of, taking helm of, takes reins at, took reins at,
    taking reins at, takes reins of, take reins of, took reins of, taking reins of""",
)
_add(
    "join",
    "person",
    """moves from, moved from, moving from, switches from, switched from, jumps from, jumped
    from""",
)
# "hands the reins to X": X takes the post; whoever hands it over stays or goes
_add(
    "reins",
    "either",
    """hands reins to, hands the reins to, handed the reins to, handed reins to, hands over the
    reins to, handed over the reins to, hands over the reins of, handed over the reins of, hands
    the reins of, handed the reins of, passes the baton to, passed the baton to, passes the
    torch to, passed the torch to, hands over to, handed over to, reins to""",
)
_add(
    "lead",
    "person",
    """to lead, will lead, to head, will head, to run, will run, tapped to lead, tapped to head,
    tapped to run, picked to lead, picked to head, chosen to lead, named to lead, named to head,
    to co-lead, will co-lead, tapped to co-lead, to chair, will chair, named to chair, tapped to
    chair, to spearhead, will spearhead, tapped to spearhead, named to spearhead, nominated to
    lead, nominated to head, nominated to run, to direct, will direct""",
)

# The content words of every trigger phrase: a text with none of them cannot be a move (a fast
# path; one big alternation regex was ten times slower than a set intersection).
_FUNCTION = word_set("to is are at as with from the a for on in of by will new over into up be")
# Common words that a phrase with a rarer word need not be found by ("calls it quits": quits;
# "re-joins": joins, as the quick path's words split it).
_COMMON = word_set(
    "it calls called takes take took coming goes go back out his her their re office"
)


def _keyword_set(phrase: str) -> list[str]:
    # a hyphen's parts too ("sworn-in": sworn, not "in")
    words = [
        part
        for w in phrase.split()
        if w not in _FUNCTION
        for part in w.split("-")
        if part not in _FUNCTION
    ]
    return [w for w in words if w not in _COMMON] or words


TRIGGER_WORDS = frozenset(w for p in TRIGGERS for w in _keyword_set(p))
assert all(set(p.replace("-", " ").split()) & TRIGGER_WORDS for p in TRIGGERS)
TRIGGER_KEYS = {tuple(p.split()): spec for p, spec in TRIGGERS.items()}  # by token tuple
TRIGGER_FIRST: dict[str, int] = {}  # first word → longest trigger starting with it
_SIZES: dict[str, set[int]] = {}
for _phrase in TRIGGERS:
    _first = _phrase.split()[0]
    TRIGGER_FIRST[_first] = max(TRIGGER_FIRST.get(_first, 0), len(_phrase.split()))
    _SIZES.setdefault(_first, set()).add(len(_phrase.split()))
# first word → the lengths of its phrases, longest first ("says" starts only "says goodbye to")
TRIGGER_SIZES = {first: tuple(sorted(sizes, reverse=True)) for first, sizes in _SIZES.items()}
# The first two words of the phrases of two words or more: most 'to's and 'is'es start none,
# and find_triggers then builds no tuple of words to look up for them.
TRIGGER_PAIRS = frozenset(tuple(p.split()[:2]) for p in TRIGGERS if " " in p)

# "Opinion: ...": a column discusses a move reported elsewhere; it reports none itself.
OPINION_LABELS = word_set("opinion op-ed oped commentary column editorial")

# A headline part marking a talk with the person: "... | Full interview", "Podcast: ...".
INTERVIEW_LABELS = word_set("interview podcast episode")
# Irregular past forms of move verbs (the rest end in -ed).
PAST_FORMS = word_set("left quit lost brought took became chose set led")

# "X joins forces": a verb with these objects is no personnel move.
IDIOMS = {
    "join": word_set(
        """forces force in hands race chorus calls call fight push list ranks growing effort
        efforts crowd bandwagon trend battle wave movement coalition lawsuit suit letter
        criticism critics protest rush parade club queue pact"""
    ),
    "leave": word_set(
        """of behind a an its their it room door open no nothing little questions comment
        comments note message mark stage"""
    ),
    "found": word_set(
        """a an its new the free app api model models product products feature features tool
        tools service chatbot version plan tier subscription program campaign initiative
        investigation probe inquiry review beta preview glasses device phone"""
    ),
}
LEAVE_NOUN_BEFORE = word_set(
    "on of medical parental paternity maternity sick annual unpaid extended takes take took taking"
)
STARTUP_WORDS = word_set(
    """startup start-up company venture firm lab laboratory business outfit nonprofit non-profit
    institute foundation organization organisation"""
)
# Nouns companies end their names with and people never do ("Halberd Health", "Quillon
# Software"): with a capitalised word before them they name a company on no list.
COMPANY_NOUNS = word_set(
    """systems software health logistics analytics therapeutics networks biosciences
    semiconductor semiconductors aerospace industries pharmaceuticals solutions"""
)
ORG_ENDINGS = (
    word_set(
        """labs lab ai intelligence inc technologies systems research robotics machines dynamics
    ventures capital forum"""
    )
    | COMPANY_NOUNS
)
# Universities that news names by two name words without 'University' ("Carnegie Mellon
# prof", "a Johns Hopkins professor"), by their full names: an organisation, never a person.
UNIVERSITY_RUNS = {
    "Carnegie Mellon": "Carnegie Mellon University",
    "Johns Hopkins": "Johns Hopkins University",
}
# Parts of a company a founding verb may set up inside it ("sets up control tower for AI
# business", "forms AI task force", "creates new unit at Nvidia"): no company is founded.
INNER_UNITS = word_set(
    """unit units division divisions department departments team teams force taskforce tower
    council committee office offices hub hubs arm squad centre center"""
)
# Words that end the object of a hiring verb ("poaches staff for Suleyman's unit").
OBJECT_END = frozenset(
    [
        "for",
        "to",
        "in",
        "at",
        "with",
        "after",
        "following",
        "amid",
        "as",
        "on",
        "into",
        "under",
        "over",
        ",",
        "who",
        "that",
        "which",
    ]
)
# Object nouns that make "X to lead ..." an in-house appointment when no other lab is named.
UNIT_WORDS = word_set(
    """team lab group unit division research effort efforts org organization department teams
    units divisions departments"""
)
# "X is set to join", "X plans to leave": a "to" after these is the headline future, not purpose.
TO_HEADS = word_set(
    """set plans plan planning expected poised is are was agrees agreed going due about ready
    decides decided wants hopes aims scheduled slated likely talks prepares preparing readies"""
)
# Nouns of leaving: news when a headline confirms them ("OpenAI confirms X's departure"), a topic
# after a preposition ("speaks out on X's departure").
# Subjects that are nobody in particular: "everyone is leaving" is a trend.
COLLECTIVE_SUBJECTS = word_set("everyone everybody many nobody all")
NOUN_TRIGGERS = word_set("departure resignation exit")
TOPIC_BEFORE = word_set("on about over amid following of with for")
# A background clause ("days after Google hired its CEO") describes an earlier event.
SUBORDINATORS = word_set("after since before when while until because once as")
# Nouns that make a founding verb's object a product, not a company.
PRODUCT_NOUNS = word_set(
    """model models chatbot app apps feature features tool tools product products version chip
    chips glasses device devices api agent agents browser assistant robot benchmark dataset
    project projects initiative program programme"""
)
# Role nouns that make "reassigned to ... job" an appointment.
POST_WORDS = word_set("job role post position seat")
# A product named in an appointment points to its lab ("head of Gemini app").
PRODUCT_LABS = {
    "gemini": "Google DeepMind",
    "bard": "Google DeepMind",
    "chatgpt": "OpenAI",
    "sora": "OpenAI",
    "claude": "Anthropic",
    "grok": "xAI",
    "llama": "Meta",
    "copilot": "Microsoft",
    "azure": "Microsoft",
    "siri": "Apple",
    "alexa": "Amazon",
    "tiktok": "ByteDance",
    # frameworks written by a lab's research team; their creators came from that lab
    "pytorch": "Meta",
    "tensorflow": "Google DeepMind",
}
# Speculation: a move that may not happen. NEGATION refuses; DOUBT refuses (it is news about a
# possible move, kept as a mention); REPORTED keeps the move and marks it speculative.
NEGATION = word_set(
    "not denies deny denied won't isn't aren't never rules dismisses rejects rebuffs"
)
DOUBT = word_set(
    "could may might considering weighs weighing mulls mulling eyes eyeing rumor rumors talks"
)
# A wish for someone else's move ("X wants Y to join"); "wants to hire" is a plan, told apart
# by the traps for job openings and purposes.
WISHES = word_set(
    """wants want hopes hoping urges courts courting woos wooing urge urged urging pressure
    pressures pressured pressuring"""
)
REPORTED = word_set("reportedly allegedly report rumored plans plan planning expected set poised")
# Prepositions and conjunctions that title-case headlines capitalise after a verb.
TITLE_CASE_LINKS = frozenset(
    [
        "after",
        "amid",
        "as",
        "at",
        "before",
        "by",
        "for",
        "from",
        "in",
        "into",
        "on",
        "over",
        "since",
        "to",
        "under",
        "until",
        "when",
        "while",
        "with",
    ]
)
# "OpenAI keeps losing its safety researchers": a trend story about nobody in particular;
# "continues to hire engineers from Apple" is the lab's hiring all the same.
HABITUAL = frozenset(["keeps", "keep", "kept", "continues", "continue", "continued"])
# Words that call a post one the person has left ("former Stripe exec", "ex-Meta researcher").
FORMER = word_set("former formerly ex")


def former_word(word: str) -> bool:
    """Whether a lower-case word says 'former': 'former', 'formerly', 'ex' or 'ex-Meta'."""
    return word in FORMER or word.startswith("ex-")
