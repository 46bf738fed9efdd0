"""The built-in list of AI labs: the name shown, then aliases and sub-brands (matched case-sensitively).

Decisions, so that results are predictable:
- "Google", "Google Brain", "DeepMind" and "Google Research" all mean Google DeepMind: in AI-lab
  news a person joining or leaving "Google" is nearly always joining or leaving its AI work.
- "Facebook", "FAIR", "Meta AI", "Meta Superintelligence Labs" and "MSL" mean Meta; Instagram
  and WhatsApp do not (they are products, and their alumni are not Meta AI staff).
- "AWS" and "Amazon AGI" mean Amazon; "Cursor" means Anysphere; "Windsurf" and "Codeium" are one.
  "Ai2" is "Allen Institute for AI", as set O labels it (set M writes "Ai2"); the labelled
  sets name Cursor's maker Anysphere, as this list does (set M writes "Cursor").
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
    ("Samsung", ()),
    ("Intel", ()),
    ("AMD", ()),
    # chip and cloud companies whose AI leaders move to and from the labs above ("Arm" is the
    # company only capitalised, as every name here; "arms" and "Arms" are other words)
    ("Qualcomm", ()),
    ("Arm", ("Arm Holdings",)),
    ("Oracle", ()),
    ("Poolside", ()),
    ("Magic", ("Magic.dev",)),
    ("Sakana AI", ("Sakana",)),
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
)

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
