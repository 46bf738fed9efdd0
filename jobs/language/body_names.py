"""Public AI bodies by name: the EU's AI Office and a government's AI taskforce, tagged as
organisations as labs are (AI Safety and Security Institutes are tagged by tag_institutes in
jobs/language/people.py); what counts as a public AI body (jobs/language/public_bodies.py)."""

from __future__ import annotations

from jobs.language.lexicon import word_set
from jobs.language.tokens import Tagged

EU_OFFICE = "EU AI Office"
UK_TASKFORCE = "UK Foundation Model Taskforce"
TASKFORCE = "AI Taskforce"
# The words a text must hold for an office or a taskforce to be named (a cheap pre-check).
BODY_WORDS = word_set("office taskforce task")
EU_WORDS = word_set("eu european")
# The taskforce is the UK's when the same text says so ("Sunak appoints AI taskforce chair").
UK_WORDS = word_set("uk u.k britain british sunak england")
TASKFORCE_HEADS = word_set("frontier foundation")


def may_name_body(lowers: list[str]) -> bool:
    """Whether a text's lower-case words may name an office or a taskforce (pre-check)."""
    return not BODY_WORDS.isdisjoint(lowers)


def tag_public_bodies(tagged: Tagged) -> None:
    """'AI Office', 'EU AI Office' → EU AI Office; 'AI taskforce', 'Frontier AI Taskforce',
    'Foundation Model Taskforce' → the UK's taskforce where the text says UK (else a taskforce
    of no country): tagged as organisations, as labs are."""
    toks = tagged.toks
    uk = not UK_WORDS.isdisjoint(tagged.lowers)
    for i, tok in enumerate(toks):
        if tok.lab or i == 0:
            continue
        if tok.text == "Office" and toks[i - 1].text == "AI" and not toks[i - 1].lab:
            k = i - 1
            k -= k > 0 and toks[k - 1].lower in EU_WORDS
            _mark(tagged, k, i + 1, EU_OFFICE)
        elif tok.lower == "taskforce" or (tok.lower == "force" and toks[i - 1].lower == "task"):
            k = i - (tok.lower == "force")
            if k < 1 or toks[k - 1].text not in {"AI", "Model"} or toks[k - 1].lab:
                continue
            k -= 1
            while k > 0 and toks[k - 1].lower in TASKFORCE_HEADS | {"model"} | UK_WORDS:
                k -= 1
            heads = {t.lower for t in toks[k:i]}
            name = UK_TASKFORCE if uk or not TASKFORCE_HEADS.isdisjoint(heads) else TASKFORCE
            _mark(tagged, k, i + 1, name)


def _mark(tagged: Tagged, lo: int, hi: int, name: str) -> None:
    for t in tagged.toks[lo:hi]:
        t.lab = name
    tagged.labs.append((lo, hi, name))
    tagged.labs.sort()


def public_body(name: str | None) -> bool:
    """Whether an organisation's name is a public AI body (office, taskforce, AI institute)."""
    if not name:
        return False
    if name in (EU_OFFICE, UK_TASKFORCE, TASKFORCE):
        return True
    words = name.split()
    return (
        words[-1] == "Institute" and "AI" in words and not {"Safety", "Security"}.isdisjoint(words)
    )


# An institute named with no country takes the one its text gives: the U.S. institute is
# written 'U.S.' as tag_institutes writes it.
US_WORDS = word_set("us u.s biden harris commerce nist american washington")
BARE_INSTITUTES = frozenset(["AI Safety Institute", "AI Security Institute"])
BARE_BODIES = BARE_INSTITUTES | {TASKFORCE}


def national_body(lab: str | None, words: set[str]) -> str | None:
    """'AI Safety Institute' in a text that says Biden or Commerce is the U.S. one; that says
    UK or Sunak, the UK's (two reports spelling it either way name one organisation)."""
    if lab == TASKFORCE:  # "Sunak appoints AI taskforce chair": the UK's
        return lab if UK_WORDS.isdisjoint(words) else UK_TASKFORCE
    if lab not in BARE_INSTITUTES:
        return lab
    if not US_WORDS.isdisjoint(words):
        return f"U.S. {lab}"
    if not UK_WORDS.isdisjoint(words):
        return f"UK {lab}"
    return lab


def fuller_body(lab: str | None, summary_labs: set[str]) -> str | None:
    """'AI taskforce' in the headline, the UK's taskforce in the summary: the summary's."""
    if lab == TASKFORCE and UK_TASKFORCE in summary_labs:
        return UK_TASKFORCE
    return lab
