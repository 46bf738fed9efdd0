"""Headlines that announce a change of people with no verb of moving: 'Acme Reconfigures Its
Model Leadership', 'Acme Strengthens Its AI Push With New Leadership Appointment', 'The chip
giant welcomes a new president', 'Personnel Shake-Up at Acme: ...'. The headline says only that
people changed; the summary's lede says who, read by the summary's own move verbs."""

from __future__ import annotations

import re

from jobs.language.lexicon import word_set

# Nouns that make a change one of people, not of products ("reshuffles its model lineup" is no
# move; "reshuffles its leadership" is).
PEOPLE_NOUNS = word_set("leadership management executive executives personnel c-suite")
# Nouns of a change, right before or after a people noun ("leadership shake-up", "new
# leadership appointment", "personnel changes").
CHANGE_NOUNS = word_set(
    """shake shake-up shakeup shake-ups shakeups reshuffle reshuffles overhaul change changes shift
    appointment appointments adjustment adjustments revamp transition transitions shuffle
    shuffles"""
)
# Verbs of changing a people noun a few words after them ("Acme reconfigures Gemini
# leadership", "revamps its executive team").
CHANGE_VERBS = word_set(
    """reconfigures reconfigured reshuffles reshuffled revamps revamped overhauls overhauled
    restructures restructured reorganizes reorganized reorganises reorganised shakes"""
)
CHANGE_VERB_REACH = 3  # "reconfigures its Gemini leadership"
# "<Company> welcomes a new president", "gets a new CEO": the company receiving a newcomer.
RECEIVING = word_set("welcomes welcomed gets got receives received")
RECEIVED_LEADS = word_set("a its their new")
NEWCOMER_POSTS = word_set(
    """ceo cto cfo coo cpo president chairman chairwoman chair head chief director boss leader
    leadership"""
)
# Words that make the change one weighed, not made ("Acme weighs a leadership shake-up").
WEIGHING = word_set(
    """weighs weighing considers considering mulls mulling plans planning may might eyes eyeing
    rumored rumoured rumor rumour rumors rumours reportedly expected"""
)
# Every word a cue can hold (a cheap pre-check before a scan of the tokens).
CUE_WORDS = PEOPLE_NOUNS | RECEIVING
# "Acme has strengthened its AI push with the appointment of X as director": the noun of an
# appointment said as the means of what the subject did, read as its verb. Only under a
# headline announcing the change (elsewhere 'with the appointment of X in 2019' may retell).
HEADLINE_WORD_RE = re.compile(r"[\w-]+")
MEANS_APPOINTMENT_RE = re.compile(r"\b(?:with|through|by) the appointment of\b", re.IGNORECASE)


def announces_staff_change(lowers: list[str]) -> bool:
    """Whether a headline's lower-case words announce a change of people: a people noun next
    to a noun of change, a verb of change shortly before a people noun, or a company
    receiving a newcomer to a post; not a change weighed or planned."""
    words = set(lowers)
    if words.isdisjoint(CUE_WORDS) or not words.isdisjoint(WEIGHING):
        return False
    return any(
        _people_changed(lowers, k) or _newcomer_received(lowers, k) for k in range(len(lowers))
    )


def _people_changed(lowers: list[str], k: int) -> bool:
    """'leadership shake-up', 'new leadership appointment', 'reconfigures Gemini leadership'."""
    if lowers[k] not in PEOPLE_NOUNS:
        return False
    beside = lowers[max(0, k - 1) : k + 2]
    if not CHANGE_NOUNS.isdisjoint(beside):
        return True
    return not CHANGE_VERBS.isdisjoint(lowers[max(0, k - CHANGE_VERB_REACH) : k])


def _newcomer_received(lowers: list[str], k: int) -> bool:
    """'welcomes a new president', 'gets its new CEO': 'new' and a post after the verb."""
    if lowers[k] not in RECEIVING:
        return False
    m = k + 1
    while m < len(lowers) and lowers[m] in RECEIVED_LEADS:
        m += 1
    return "new" in lowers[k + 1 : m] and m < len(lowers) and lowers[m] in NEWCOMER_POSTS


def appointment_as_verb(title: str, summary: str) -> str:
    """The summary with 'with the appointment of X' read as 'by appointing X', when the
    headline announces a change of people."""
    if "ppointment of" not in summary:
        return summary
    if not announces_staff_change(HEADLINE_WORD_RE.findall(title.lower())):
        return summary
    return MEANS_APPOINTMENT_RE.sub("by appointing", summary)
