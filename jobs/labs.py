"""The built-in list of AI labs: the name shown, then aliases and sub-brands (matched case-sensitively).

Decisions, so that results are predictable:
- "Google", "Google Brain", "DeepMind" and "Google Research" all mean Google DeepMind: in AI-lab
  news a person joining or leaving "Google" is nearly always joining or leaving its AI work.
- "Facebook", "FAIR", "Meta AI", "Meta Superintelligence Labs" and "MSL" mean Meta; Instagram
  and WhatsApp do not (they are products, and their alumni are not Meta AI staff).
- "AWS" and "Amazon AGI" mean Amazon; "Cursor" means Anysphere; "Windsurf" and "Codeium" are one.
- Matching is case-sensitive so that "fair", "figure" or "cursor" as words never count.
"""

from __future__ import annotations

LAB_TABLE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("OpenAI", ("Open AI",)),
    ("Anthropic", ()),
    (
        "Google DeepMind",
        ("DeepMind", "Google Brain", "Google Research", "Google AI", "Google", "Alphabet"),
    ),
    (
        "Meta",
        (
            "Meta AI",
            "FAIR",
            "Meta Superintelligence Labs",
            "Meta Superintelligence Lab",
            "MSL",
            "Facebook",
            "Facebook AI Research",
        ),
    ),
    ("xAI", ("X.AI",)),
    ("Microsoft", ("Microsoft AI", "Microsoft Research")),
    ("Apple", ("Apple Intelligence",)),
    ("Amazon", ("AWS", "Amazon AGI", "Amazon Web Services")),
    ("Nvidia", ("NVIDIA",)),
    ("Mistral AI", ("Mistral",)),
    ("Safe Superintelligence", ("SSI", "Safe Superintelligence Inc")),
    ("Thinking Machines Lab", ("Thinking Machines",)),
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
    ("DeepSeek", ()),
    ("Moonshot AI", ()),
    ("Zhipu AI", ("Zhipu",)),
    ("Alibaba", ("Qwen", "Alibaba Cloud")),
    ("Baidu", ()),
    ("ByteDance", ()),
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
    ("Poolside", ()),
    ("Magic", ("Magic.dev",)),
    ("Sakana AI", ()),
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
)
