"""People on no watch list: capitalised name runs in person contexts, and nicknames."""

from __future__ import annotations

from jobs.lexicon import GROUP_WORDS, ORG_ENDINGS, PARTICLES, ROLE_WORDS, SKIP_WORDS, TRIGGER_FIRST
from jobs.tokens import Tagged, Tok, is_name_word, mark_person


def name_runs(tagged: Tagged) -> list[tuple[int, int]]:
    """Maximal runs of name words (particles like 'van' allowed inside)."""
    toks = tagged.toks
    runs: list[tuple[int, int]] = []
    free = 0  # tokens before this are in a run already
    # a run starts at a capitalised word: most tokens are not, and need no closer look
    for i in [i for i, word in enumerate(tagged.texts) if word[0].isupper()]:
        if i < free or toks[i].person is not None or not is_name_word(toks[i]):
            continue
        j = i + 1
        while j < len(toks) and toks[j].person is None and _continues_run(toks, j):
            if toks[j - 1].poss:
                break
            j += 1
        runs.append((i, j))
        free = j
    return runs


def _continues_run(toks: list[Tok], j: int) -> bool:
    if is_name_word(toks[j]):
        return True
    return toks[j].lower in PARTICLES and j + 1 < len(toks) and is_name_word(toks[j + 1])


def tag_unlisted(tagged: Tagged) -> None:
    """People on no list: 2–3 name words, or one after a role word ('CTO Murati')."""
    toks = tagged.toks
    full: dict[str, str] = {}
    tag_nicknames(tagged, full)
    for start, end in name_runs(tagged):
        size = end - start
        if _is_org(toks, end):
            continue  # "Boston Dynamics CTO", "Enfabrica CEO": a company before a role
        if 2 <= size <= 3:
            name = " ".join(tagged.texts[start:end])
            full[toks[end - 1].lower] = name
            mark_person(tagged, start, end, name)
        elif size == 1 and _single_is_person(toks, start):
            mark_person(tagged, start, end, toks[start].text)
    for start, end, name in list(tagged.people):
        if " " not in name and name.lower() in full:
            resolved = full[name.lower()]
            tagged.people.remove((start, end, name))
            mark_person(tagged, start, end, resolved)


def _is_org(toks: list[Tok], end: int) -> bool:
    last = toks[end - 1]
    if last.poss:
        return False
    if last.lower in ORG_ENDINGS:
        return True
    k = end
    while k < len(toks) and toks[k].lower in ROLE_WORDS:
        k += 1
    return k > end and k < len(toks) and is_name_word(toks[k])


def tag_nicknames(tagged: Tagged, full: dict[str, str]) -> None:
    """'Diederik (Durk) Kingma' is Durk Kingma."""
    toks = tagged.toks
    if "(" not in tagged.texts:
        return
    for i in range(len(toks) - 4):
        if (
            toks[i + 1].text == "("
            and toks[i + 3].text == ")"
            and toks[i].person is None
            and all(is_name_word(toks[k]) for k in (i, i + 2, i + 4))
        ):
            name = f"{toks[i + 2].text} {toks[i + 4].text}"
            full[toks[i + 4].lower] = name
            mark_person(tagged, i, i + 5, name)


def _single_is_person(toks: list[Tok], i: int) -> bool:
    """One capitalised word is a person after a role/group word or before 'says'/a list."""
    before = toks[i - 1].lower if i > 0 else ""
    after = toks[i + 1].lower if i + 1 < len(toks) else ""
    if before in ROLE_WORDS or before in GROUP_WORDS:
        return True
    if before in {",", "and"} and i >= 2 and toks[i - 2].person:
        return True
    if after in {"says", "said", "tells", "told"}:
        return True
    return i == 0 and (after in TRIGGER_FIRST or after in SKIP_WORDS) and after != ","
