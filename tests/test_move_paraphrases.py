"""Paraphrase probes (tests/paraphrase_probes.py): moves told in the many ways news tells one
must be found with the right person, action and labs, and near misses that use the same verbs
for products, deals, rumours and opinions must be refused. Shapes not handled yet are listed in
KNOWN_MISSES (docs/stories.md "Paraphrase probes"); a probe that starts passing fails as XPASS(strict), so the list is kept true."""

from __future__ import annotations

from typing import Any

import pytest

from jobs.language.classify import classify
from tests.paraphrase_probes import moves, near_misses
from tests.test_devset import default_watch, same_org, same_person

WATCH = default_watch()
MOVES = moves()
NEAR_MISSES = near_misses()
# Shapes not handled yet: teasers whose move is only in the summary, returns whose origin only
# the summary names, "Lab replaces A with B", "emerges from
# stealth with", "goes to", groups whose mover the summary
# names, and "persuaded X to leave Y" (origin).
KNOWN_MISSES = frozenset(
    [
        "Anneke Voss returns to Google DeepMind",
        "Anthropic bolsters its research bench with former Google DeepMind scientist Rafael Sandoval",
        "Anthropic researcher Henrik Dahl goes to Google DeepMind",
        "Boomerang: Oliver Brandt is back at Meta",
        "Boomerang: Rafael Sandoval is back at Google DeepMind",
        "Boomerang: Tobias Wrenfield is back at OpenAI",
        "Brightwater Capital names former OpenAI executive Camille Roux as CTO",
        "Cohere replaces Yelena Markova with Google DeepMind veteran Kwame Asante",
        "How Anthropic persuaded Daniel Okafor to leave Microsoft",
        "How Apple persuaded Hannah Kessler to leave Google DeepMind",
        "How Meta persuaded Aisha Bello to leave OpenAI",
        "How xAI persuaded Oliver Brandt to leave Nvidia",
        "Hugging Face replaces Hannah Kessler with Apple veteran Victor Lindgren",
        "Ingrid Solberg returns to Meta",
        "Keel Labs emerges from stealth with ex-Anthropic founder Henrik Dahl",
        "Lattice Reasoning emerges from stealth with ex-OpenAI founder Clara Jensen",
        "Mistral AI replaces Tomasz Kowal with Meta veteran Camille Roux",
        "Nadia Farouk goes to Google DeepMind from Anthropic",
        "Orchard Intelligence emerges from stealth with ex-Meta founder Kwame Asante",
        "Samir Haddad returns to OpenAI",
        "Tessellate AI emerges from stealth with ex-Google DeepMind founder Daniel Okafor",
        "The talent war claims another star",
        "Three engineers who helped build Google DeepMind's voice model join Anthropic",
        "Three engineers who helped build Microsoft's voice model join Apple",
        "Three engineers who helped build OpenAI's voice model join Meta",
    ]
)


def marked(probes: list[dict[str, Any]]) -> list[Any]:
    return [
        pytest.param(
            p,
            id=f"{i}-{p['cls']}",
            marks=[pytest.mark.xfail(strict=True)] if p["title"] in KNOWN_MISSES else [],
        )
        for i, p in enumerate(probes)
    ]


@pytest.mark.parametrize("probe", marked(MOVES))
def test_move_is_found(probe: dict[str, Any]) -> None:
    got = classify(probe["title"], probe["summary"], WATCH)
    assert got.is_move, got.reasons
    assert got.event is not None
    assert same_person(got.event.person, probe["person"]), got.event
    assert got.event.action in probe["action"], got.event
    # no destination where none is told ("leaves X to start a company", "is out at X")
    assert same_org(got.event.to_lab, probe["to"]) if probe["to"] else not got.event.to_lab
    if probe["frm"]:
        assert same_org(got.event.from_lab, probe["frm"]), got.event


@pytest.mark.parametrize("probe", marked(NEAR_MISSES))
def test_near_miss_is_refused(probe: dict[str, Any]) -> None:
    got = classify(probe["title"], probe["summary"], WATCH)
    assert not got.is_move, got.event


def test_probe_counts() -> None:
    """At least 200 of each, as the probe method asks."""
    assert len(MOVES) >= 200
    assert len(NEAR_MISSES) >= 200
