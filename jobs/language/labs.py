"""The built-in list of AI labs: the name shown, then aliases and sub-brands (matched case-sensitively).

Decisions, so that results are predictable:
- "Google", "Google Brain", "DeepMind" and "Google Research" all mean Google DeepMind: in AI-lab
  news a person joining or leaving "Google" is nearly always joining or leaving its AI work.
  Where the headline tells work outside AI (a search chief, a marketer), the move is reported
  at "Google" (MAKER_REPORTED below), of Google DeepMind's family when labs are compared.
- "Facebook", "FAIR", "Meta AI", "Meta Superintelligence Labs" and "MSL" mean Meta; Instagram
  and WhatsApp do not (they are products, and their alumni are not Meta AI staff).
- "AWS" and "Amazon AGI" mean Amazon; "Cursor" means Anysphere; "Windsurf" and "Codeium" are one.
  "Ai2" is "Allen Institute for AI" when labs are compared, and reported as "Ai2" where the
  text names it only so (REPORTED_AS below); the labelled sets name Cursor's maker Anysphere,
  as this list does (set M writes "Cursor").
- Matching is case-sensitive so that "fair", "figure" or "cursor" as words never count.
- Abbreviations are aliases only where AI news uses them for one lab and nothing else in that
  news does: "GDM" (Google DeepMind), "OAI" (OpenAI), "MSR" (Microsoft Research), "TML"
  (Thinking Machines Lab), "TBD Lab" and "Superintelligence Labs" (Meta), "Ai2". Not "MAI"
  (also a word and a model prefix), "HF" (high frequency), "XAI" (explainable AI) or "DM".
- Common mis-capitalisations ("Deepmind", "Deepseek", "Bytedance") are aliases too, and a
  lab's short name where that name is no everyday word ("Sakana", "Skild"; not "Scale",
  "Figure", "Moonshot", "Liquid" or "Luma").
"""

from __future__ import annotations

import re

LAB_TABLE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("OpenAI", ("Open AI", "OAI")),
    ("Anthropic", ()),
    (
        "Google DeepMind",
        (
            "DeepMind",
            "Google Brain",
            "Google Research",
            "Google AI",
            "Google",
            "Alphabet",
            "GDM",
            "Deepmind",
            "Google Deepmind",
            # Alphabet's anti-ageing lab, reported by its own name (REPORTED_AS)
            "Calico",
            "Calico Labs",
        ),
    ),
    (
        "Meta",
        (
            "Meta AI",
            "FAIR",
            "Meta Superintelligence Labs",
            "Meta Superintelligence Lab",
            "Superintelligence Labs",
            "MSL",
            "TBD Lab",
            "Facebook",
            "Facebook AI Research",
        ),
    ),
    ("xAI", ("X.AI", "X.ai")),
    ("Microsoft", ("Microsoft AI", "Microsoft Research", "MSR")),
    ("Apple", ("Apple Intelligence",)),
    ("Amazon", ("AWS", "Amazon AGI", "Amazon Web Services")),
    ("Nvidia", ("NVIDIA",)),
    ("Mistral AI", ("Mistral",)),
    ("Safe Superintelligence", ("SSI", "Safe Superintelligence Inc")),
    ("Thinking Machines Lab", ("Thinking Machines", "TML")),
    ("Character.AI", ("Character AI", "Character.ai")),
    ("Inflection AI", ("Inflection",)),
    ("Scale AI", ()),
    ("Cohere", ()),
    ("Perplexity", ("Perplexity AI",)),
    ("Hugging Face", ("HuggingFace",)),
    ("Stability AI", ()),
    ("Midjourney", ()),
    ("Adept", ("Adept AI",)),
    ("Reka", ("Reka AI",)),
    ("AI21 Labs", ("AI21",)),
    ("DeepSeek", ("Deepseek",)),
    ("Moonshot AI", ()),
    ("Zhipu AI", ("Zhipu",)),
    ("Alibaba", ("Qwen", "Alibaba Cloud")),
    ("Baidu", ()),
    ("ByteDance", ("Bytedance",)),
    ("Tencent", ()),
    ("Kuaishou", ("Kling AI",)),
    ("Xiaomi", ()),
    # Alibaba's fintech sister, renamed from Ant Financial in 2020; its AI leaders move on
    ("Ant Group", ("Ant Financial",)),
    ("Huawei", ()),
    ("MiniMax", ()),
    ("StepFun", ()),
    ("01.AI", ()),
    ("Tesla", ()),
    ("Anysphere", ("Cursor",)),
    ("Windsurf", ("Codeium",)),
    ("Figure AI", ()),
    ("Physical Intelligence", ()),
    ("Eureka Labs", ()),
    ("Runway", ("Runway ML",)),
    ("Databricks", ("MosaicML",)),
    ("Salesforce", ()),
    ("IBM", ("IBM Research",)),
    ("Samsung", ("Samsung Electronics", "Samsung Research")),
    ("Intel", ()),
    ("AMD", ()),
    # chip and cloud companies whose AI leaders move to and from the labs above ("Arm" is the
    # company only capitalised, as every name here; "arms" and "Arms" are other words)
    ("Qualcomm", ()),
    ("Arm", ("Arm Holdings",)),
    ("Oracle", ()),
    ("Poolside", ()),
    ("Magic", ("Magic.dev",)),
    ("Sakana AI", ("Sakana", "Sakana.ai")),
    ("Liquid AI", ()),
    ("Black Forest Labs", ()),
    ("Periodic Labs", ()),
    ("Reflection AI", ()),
    ("World Labs", ()),
    ("Essential AI", ()),
    ("Imbue", ()),
    ("Harvey", ()),
    ("Cognition", ("Cognition AI",)),
    ("Replit", ()),
    ("GitHub", ()),
    (
        "Allen Institute for AI",
        (
            "Ai2",
            "AI2",
            "AllenAI",
            "Allen Institute for Artificial Intelligence",
            "Allen Institute of Artificial Intelligence",
        ),
    ),
    ("EleutherAI", ("Eleuther AI",)),
    ("Nous Research", ()),
    ("Together AI", ()),
    ("Groq", ()),
    ("Cerebras", ()),
    ("ElevenLabs", ()),
    ("Luma AI", ()),
    ("Skild AI", ("Skild",)),
    ("Anduril", ()),
    ("Aleph Alpha", ()),
    ("Helsing", ()),
    ("Mila", ("Mila - Quebec AI Institute", "Mila-Quebec AI Institute")),
    ("Vector Institute", ()),
    # US national laboratories, whose directors and scientists AI companies hire
    ("Oak Ridge National Laboratory", ("Oak Ridge", "ORNL")),
    ("Argonne National Laboratory", ("Argonne",)),
    ("Lawrence Livermore National Laboratory", ("Lawrence Livermore", "LLNL")),
    ("Los Alamos National Laboratory", ("Los Alamos",)),
    ("Sandia National Laboratories", ("Sandia",)),
    # autonomous driving and robotics: their AI leaders move between them and the labs above
    ("Waymo", ()),
    # Uber's AI research (its AI Labs, its self-driving group) is reported as Uber
    ("Uber", ("Uber AI Labs", "Uber AI", "Uber ATG", "Uber Technologies")),
    ("Cruise", ()),
    ("Zoox", ()),
    ("Aurora", ("Aurora Innovation",)),
    ("Wayve", ()),
    ("Xpeng", ("XPeng", "XPENG", "XPeng Motors", "Xpeng Motors")),
    ("Boston Dynamics", ()),
    ("General Motors", ("GM",)),
    # Korean labs, as their English names are written
    ("Naver", ("NAVER", "Naver Cloud")),
    ("Kakao", ()),
    ("LG AI Research", ("LG AI",)),
    ("SK Telecom", ()),
    ("KT", ("KT Corp", "KT Corporation")),
    ("NCSOFT", ("NCSoft",)),
    # game makers whose AI units Korean outlets report on (gloss.py writes 넷마블, 크래프톤 so)
    ("Netmarble", ()),
    ("Krafton", ("KRAFTON",)),
    # NCSOFT's AI company since 2025
    ("NC AI", ()),
    ("Ministry of Science and ICT", ()),
    ("Office of the President of South Korea", ()),
)

# The name a lab is reported by where the text writes it only by an alias that names another
# organisation of its family (jobs/language/classify.py reported_labs): "Ai2" is the
# institute's own short name. A text that also writes the shown name or another alias of it
# ("Allen Institute for AI") reports the shown name. Clustering, watch lists, digests and route
# filters treat each reported name as its family's lab (lab_family, family_key). "Google" for
# Google DeepMind and "Cursor" for Anysphere would be entries here too, but the labelled sets
# write both ways for the same texts (docs/stories.md, "How labs are named").
# A business unit named for its maker ("Google Cloud", "Alibaba Cloud") is reported by its own
# name too: the labelled sets write a cloud executive's origin as the unit, never as the AI lab.
REPORTED_AS: dict[str, dict[str, str]] = {
    "Allen Institute for AI": {"Ai2": "Ai2", "AI2": "Ai2", "AllenAI": "Ai2"},
    "Google DeepMind": {
        "Google Cloud": "Google Cloud",
        "Calico Labs": "Calico",
        "Calico": "Calico",
    },
    "Alibaba": {"Alibaba Cloud": "Alibaba Cloud"},
    # reported by the name the text gives it (news before the 2020 renaming says Ant Financial)
    "Ant Group": {"Ant Financial": "Ant Financial"},
    # Korean outlets name the company by its full name (삼성전자, glossed so), labelled so; a
    # headline's research unit is named before it, as the post headed
    "Samsung": {
        "Samsung Research": "Samsung Research",
        "Samsung Electronics": "Samsung Electronics",
    },
}
# A lab's maker, reported by its own name where the texts write only the maker's name and tell
# the mover's work outside AI (tests/data/LABELLING.md: "Google DeepMind" for
# "Google" only when the person's work is AI): a search chief, a dealmaker, a marketer leave or
# join Google. Data centres are left out: the sets write an AI infrastructure chief's
# "data-center systems" at Google DeepMind.
MAKER_REPORTED = {"Google DeepMind": "Google"}
NON_AI_WORK = re.compile(
    r"""\b(?:corporate\ development|deal\ ?maker|marketing|marketer|CMO|internet\ of\ things|IoT
    |search\ (?:chief|head|boss|division|business|and\ ads)|(?:head|chief)\ of\ search
    |Google\ Search)\b""",
    re.IGNORECASE | re.VERBOSE,
)
AI_WORD = re.compile(r"\b(?:AI\b|A\.I\.|artificial intelligence\b)", re.IGNORECASE)
# Makers' bare names, which their units' names begin with: in a text about the unit the bare
# name is the unit's employer ("after three years at Google"), not a name of the lab itself.
UNIT_MAKERS = frozenset(["Google", "Alphabet"])
# A unit's name counts where the headline writes it: a summary may name the unit only as a
# product or a client ("advised Google Cloud customers") of someone who left the lab. The
# summary's name counts where it holds a post ("chief executive of Google Cloud", "director
# of AI for Google Cloud."): a preposition before it, no noun of its own after it.
UNIT_NAMES = frozenset(["Google Cloud", "Alibaba Cloud", "Samsung Research"])
UNIT_POST_BEFORE = re.compile(r"\b(?:at|of|for|joining|joins|joined)\s+$")
UNIT_POST_AFTER = re.compile(r"^(?:\s*[^\w\s'’]|\s*$|\s+(?:to|as|in|and|on|from|since|after)\b)")
# Makers' cloud businesses, which news names by the maker and the business ("Google's cloud
# business", "chief of its cloud unit", "Alibaba Takes Blow in Cloud Business"): a post there
# is the unit's, as the labelled sets write it (tests/data/LABELLING.md).
CLOUD_UNITS = {"Google DeepMind": "Google Cloud", "Alibaba": "Alibaba Cloud"}
# (not "cloud AI": AI work is Google DeepMind's, tests/data/LABELLING.md, whoever runs it)
CLOUD_BUSINESS = re.compile(
    r"\bcloud(?:[- ]computing)?\s+(?:business|unit|division|arm|scientist)\b", re.IGNORECASE
)
CLOUD_MAKERS = frozenset(["Alibaba"])  # shown names that are their maker's bare name too
CLOUD_OWNER_REACH = 3  # words before "cloud" that may name its owner ("Google's giant cloud")
# Each cloud maker's own names, which may own "cloud business" in its texts
CLOUD_OWN_NAMES = {
    lab: frozenset((lab, *aliases)) for lab, aliases in LAB_TABLE if lab in CLOUD_UNITS
}
# The words that name each family's shown lab itself, written anywhere in the text
FAMILY_WORDS: dict[str, tuple[str, ...]] = {
    lab: tuple(a for a in (lab, *aliases) if a not in REPORTED_AS[lab] and a not in UNIT_MAKERS)
    for lab, aliases in LAB_TABLE
    if lab in REPORTED_AS
}
FAMILY_OF: dict[str, str] = {
    name: lab for lab, names in REPORTED_AS.items() for name in names.values()
} | {maker: lab for lab, maker in MAKER_REPORTED.items()}


# Lab aliases that are also a post's abbreviation ("GM": general manager): after a unit's
# noun and before a name they are the post (jobs/language/people.py tag_labs).
TITLE_ABBREVIATIONS = frozenset(["GM"])

# Every name of every listed lab, for telling whose a business is
LAB_NAMES = frozenset(name for lab, aliases in LAB_TABLE for name in (lab, *aliases))

FAMILY_FOLDED: dict[str, str] = {name.casefold(): lab for name, lab in FAMILY_OF.items()}


def lab_family(name: str) -> str:
    """The lab a reported name belongs to ("Ai2" -> "Allen Institute for AI"); any other name
    as is."""
    return FAMILY_OF.get(name, name)


def family_key(name: str) -> str:
    """A lab name folded for comparing, case aside, its family's where it has one: watch lists,
    digests and route filters treat a lab and its family's other names as one."""
    folded = name.casefold()
    return FAMILY_FOLDED.get(folded, folded).casefold()


def reported_lab(lab: str, texts: tuple[str, ...]) -> str:
    """The name to report `lab` by, as the texts write it: its shown name where they write it
    or an alias of its own, else the organisation the alias they write names, else its maker
    where they tell the mover's work outside AI (maker_for_work)."""
    names = REPORTED_AS.get(lab)
    if names is None:
        return lab
    # (the shown name read outside the aliases: "Samsung" is a word of "Samsung Electronics")
    headed = next((alias for alias in names if unit_headed(alias, texts)), None)
    if headed:
        return names[headed]
    bare = tuple(_without_aliases(text, names) for text in texts)
    cloud = cloud_unit(lab, texts)
    # beside its cloud business a maker's bare name is the unit's employer ("Alibaba Takes
    # Blow in Cloud Business")
    own = FAMILY_WORDS[lab] if cloud is None else tuple(set(FAMILY_WORDS[lab]) - CLOUD_MAKERS)
    if any(word in text for text in bare for word in own):
        return lab
    unit = next(
        (name for alias, name in names.items() for t in texts if _names_unit(alias, t, texts)),
        None,
    )
    return unit or cloud or maker_for_work(lab, texts) or lab


def cloud_unit(lab: str, texts: tuple[str, ...]) -> str | None:
    """The cloud unit of `lab`'s maker (CLOUD_UNITS) where the texts put the post in its cloud
    business ("new chief of its cloud business", "Google's chief cloud scientist"); not a
    cloud business another company's name owns ("hires Oracle's cloud chief")."""
    unit = CLOUD_UNITS.get(lab)
    # ("loud" of "Cloud" and "cloud": a substring test in either case before the regex, which
    # most texts would run for nothing)
    if unit is None or not any("loud" in t for t in texts):
        return None
    own = CLOUD_OWN_NAMES[lab]
    for text in texts:
        for m in CLOUD_BUSINESS.finditer(text):
            before = text[: m.start()].split()[-CLOUD_OWNER_REACH:]
            owners = {w.removesuffix("'s").removesuffix("’s") for w in before}
            if all(w in own or w not in LAB_NAMES for w in owners):
                return unit
    return None


def _names_unit(alias: str, text: str, texts: tuple[str, ...]) -> bool:
    """Whether `text` names the unit `alias`: anywhere, or for a unit's name (UNIT_NAMES) in
    the headline or at a post in the summary."""
    if alias not in text:
        return False
    if alias not in UNIT_NAMES or text is texts[0]:
        return True
    return any(
        UNIT_POST_BEFORE.search(text[: m.start()]) and UNIT_POST_AFTER.match(text[m.end() :])
        for m in re.finditer(re.escape(alias), text)
    )


def maker_for_work(lab: str, texts: tuple[str, ...]) -> str | None:
    """The maker `lab` is reported by (MAKER_REPORTED) when the texts tell the mover's work
    outside AI: as the headline tells it; a headline silent on AI leaves it to the summary
    ("Google poaches Acme's technology chief" + "... its internet of things business"), one
    telling AI work keeps the lab ("takes over as AI chief" + a predecessor's "head of
    search")."""
    if lab not in MAKER_REPORTED:
        return None
    told = texts if AI_WORD.search(texts[0]) is None else texts[:1]
    return MAKER_REPORTED[lab] if any(NON_AI_WORK.search(t) for t in told) else None


# A headline's unit written by its kind alone ("to head research division"), which the summary
# names ("as the new head of Samsung Research"): the unit's last word, then one of these.
UNIT_KIND_RE = re.compile(
    r"\b(?:head|heads|lead|leads|run|runs)\s+(?:its\s+|the\s+)?(\w+)\s+(?:division|unit|arm)\b",
    re.IGNORECASE,
)


def unit_headed(alias: str, texts: tuple[str, ...]) -> bool:
    """'<Maker> names X to head research division' + 'as the new head of <Maker> Research': the
    unit (UNIT_NAMES) the headline says X heads by its kind, which the summary writes."""
    if alias not in UNIT_NAMES or len(texts) < 2 or alias not in texts[1]:
        return False
    m = UNIT_KIND_RE.search(texts[0])
    return m is not None and m.group(1).lower() == alias.split()[-1].lower()


def _without_aliases(text: str, names: dict[str, str]) -> str:
    for alias in names:
        text = text.replace(alias, " ")
    return text


# Founders who have led their lab since it began, by the lab's shown name. A founder does not
# "join" the company they founded: a headline that reads so ("X to lead AI research at
# Google", of DeepMind's founder) tells of a new remit inside it. Only founders who never
# left are listed: one who left and came back returns, which is news (jobs/language/classify.py).
LAB_FOUNDERS: dict[str, frozenset[str]] = {
    lab: frozenset(name.lower() for name in names)
    for lab, names in (
        ("Google DeepMind", ("Demis Hassabis", "Shane Legg")),
        (
            "Anthropic",
            (
                "Dario Amodei",
                "Daniela Amodei",
                "Jared Kaplan",
                "Jack Clark",
                "Chris Olah",
                "Tom Brown",
                "Sam McCandlish",
                "Benjamin Mann",
            ),
        ),
        ("Meta", ("Mark Zuckerberg",)),
        ("xAI", ("Elon Musk",)),
        ("Nvidia", ("Jensen Huang",)),
        ("Mistral AI", ("Arthur Mensch", "Guillaume Lample", "Timothée Lacroix")),
        ("Safe Superintelligence", ("Ilya Sutskever", "Daniel Levy")),
        ("Thinking Machines Lab", ("Mira Murati",)),
        ("Perplexity", ("Aravind Srinivas", "Denis Yarats")),
        ("DeepSeek", ("Liang Wenfeng",)),
        ("Allen Institute for AI", ("Paul Allen",)),
    )
}


# Founders' surnames that name them alone in AI news ("Hassabis to lead ..."); a common
# surname ("Huang", "Brown", "Clark") alone may be anyone, and needs the full name.
SURNAME_ALONE = frozenset(
    ["hassabis", "amodei", "zuckerberg", "musk", "mensch", "sutskever", "murati", "srinivas"]
)


def founder_of(person: str, lab: str | None) -> bool:
    """Whether `person` (a full name, or a distinctive surname alone) founded `lab` and has
    led it since."""
    founders = LAB_FOUNDERS.get(lab or "")
    if not founders:
        return False
    name = person.lower()
    if " " in name:
        return name in founders
    return name in SURNAME_ALONE and any(f.split()[-1] == name for f in founders)


def lab_founded_by(person: str) -> str | None:
    """The lab `person` founded and has led ("Mira Murati's startup"), as founder_of reads
    the name."""
    return next((lab for lab in LAB_FOUNDERS if founder_of(person, lab)), None)
