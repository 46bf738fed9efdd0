"""The labelled sets: the development set item by item, and quality figures on our own sets."""

from __future__ import annotations

import dataclasses
import itertools
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.config import DEFAULTS_FILE, parse_toml
from jobs.language.classify import Analysis, classify
from jobs.language.events import Event
from jobs.language.han_names import has_han, romanised
from jobs.stories.stage import analyze_pending
from jobs.watch.lists import WatchLists, watch_from_settings
from storage.db import Database
from storage.models import Entry, Source

DATA = Path(__file__).parent / "data"


def default_watch() -> WatchLists:
    """The starter config's watch lists, as `labwatch run` would use them."""
    raw = parse_toml(DEFAULTS_FILE.read_text(encoding="utf-8"), DEFAULTS_FILE)
    people = [(p.name, p.aliases) for p in raw.watch.people_named()]
    return watch_from_settings(people, raw.watch.keywords, None)


def load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]


def same_person(got: str | None, want: str | None) -> bool:
    """Entry-level person check: the surname must match (a headline may give only 'Brundage'),
    or a full name be the same words in the other order: labellers write a Chinese name as the
    headline does ('Luo Fuli') or given name first ('Yuandong Tian'), and labwatch reports it
    given name first (jobs/language/chinese_names.py). A label in Chinese characters ('俞栋',
    as sets L and O write the movers of Chinese headlines) is first written in pinyin by the
    function labwatch writes names in characters with (jobs/language/han_names.romanised:
    'Dong Yu'), then compared the same way."""
    if not got or not want:
        return got == want
    if has_han(want):
        want = romanised(want)
    if " " in got and sorted(got.lower().split()) == sorted(want.lower().split()):
        return True
    return got.split()[-1].lower() == want.split()[-1].lower()


def same_org(got: str | None, want: str) -> bool:
    """One organisation, its leading article aside: sets write "The New York Times" (set N)
    and "New York Times" (set S) for one paper, as the clusterer treats them
    (jobs/stories/movers.py same_lab)."""
    return got is not None and got.removeprefix("The ") == want.removeprefix("The ")


def quality(rows: list[dict[str, Any]], watch: WatchLists) -> dict[str, float]:
    """Move precision/recall (ambiguous rows, move null, are scored by nobody), and among the
    moves found: right person, right destination and origin (where labelled), right action."""
    tp = fp = fn = 0
    right = {"person": [0, 0], "to": [0, 0], "from": [0, 0], "action": [0, 0]}
    for row in rows:
        label, got = row["label"], classify(row["title"], row["summary"], watch)
        if label["move"] is None:
            continue
        tp += label["move"] and got.is_move
        fp += got.is_move and not label["move"]
        fn += label["move"] and not got.is_move
        if not (label["move"] and got.event):
            continue
        checks = {
            "person": same_person(got.event.person, label["person"]),
            "action": got.event.action == label["action"],
            "to": same_org(got.event.to_lab, label["to"]) if label["to"] else None,
            "from": same_org(got.event.from_lab, label["from"]) if label["from"] else None,
        }
        for key, ok in checks.items():
            if ok is not None:
                right[key][0] += ok
                right[key][1] += 1
    figures = {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
    }
    figures |= {key: ok / n if n else 1.0 for key, (ok, n) in right.items()}
    return figures


DEV = load("news-dev.jsonl")


@pytest.mark.parametrize("row", DEV, ids=[r["id"] for r in DEV])
def test_dev_item(row: dict[str, Any]) -> None:
    label = row["label"]
    got: Analysis = classify(row["title"], row["summary"], default_watch())
    assert got.is_move == label["move"], got.reasons
    if not label["move"]:
        assert got.event is None
        return
    assert got.event is not None
    assert got.event.action == label["action"]
    assert same_person(got.event.person, label["person"])
    assert got.event.to_lab == label["to"]
    # "from" only where the text says it (d2's "Planet Labs" is not in its words)
    if label["from"] and label["from"] in row["title"] + row["summary"]:
        assert got.event.from_lab == label["from"]


def store_rows(db: Database, rows: list[dict[str, Any]]) -> None:
    """The rows as entries of one source per feed."""
    with db.transaction() as s:
        sources: dict[str, int] = {}
        for row in rows:
            if row["feed"] not in sources:
                source = Source(name=row["feed"], url=f"https://{row['feed']}.example.com/rss")
                s.add(source)
                s.flush()
                sources[row["feed"]] = source.id
            s.add(
                Entry(
                    source_id=sources[row["feed"]],
                    key=row["id"],
                    url=row["link"],
                    canonical_url=row["link"],
                    title=row["title"],
                    summary=row["summary"],
                    published_at=datetime.fromisoformat(row["published"].replace("Z", "+00:00")),
                )
            )


def pairwise(rows: list[dict[str, Any]], story_of: dict[str, str | None]) -> dict[str, float]:
    """Pairwise clustering precision, recall and F1 over the labelled moves."""
    gold = {r["id"]: r["label"]["event"] for r in rows if r["label"].get("event")}
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_got = story_of[a] is not None and story_of[a] == story_of[b]
        tp += same_gold and same_got
        fp += same_got and not same_gold
        fn += same_gold and not same_got
    return {
        "cluster P": tp / (tp + fp) if tp + fp else 1.0,
        "cluster R": tp / (tp + fn) if tp + fn else 1.0,
        "cluster F1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0,
    }


def cluster(database: Database, rows: list[dict[str, Any]]) -> dict[str, str | None]:
    """Each row's story id after one analysis pass over all of them."""
    store_rows(database, rows)
    with database.transaction() as s:
        analyze_pending(s, default_watch(), datetime(2027, 1, 1, tzinfo=UTC))
    with database.session() as s:
        return {key: sid for key, sid in s.query(Entry.key, Entry.story_id)}


# Floors per set: move precision and recall, right person / destination / action, clustering
# F1. The written sets hold near 1.0 (their action labels count "leaves to start X" as a
# founding; the classifier reports the departure, with X as where it goes). The real-headline
# sets hold what the rules reach on them (the targets are P 0.97, R 0.95, person 0.95,
# destination 0.93, action 0.90, clustering F1 0.92; docs/stories.md has the figures).
WRITTEN = {"P": 0.95, "R": 0.95, "person": 0.95, "to": 0.9, "action": 0.75, "cluster F1": 0.88}
SETS = {
    "news-dev.jsonl": WRITTEN | {"P": 1.0, "R": 1.0},
    "headlines.jsonl": WRITTEN | {"P": 0.97, "R": 0.97},
    "headlines-fresh.jsonl": WRITTEN,
    "headlines-blind.jsonl": WRITTEN,
    "headlines-blind2.jsonl": WRITTEN,
    "headlines-clusters.jsonl": WRITTEN,
    "headlines-blind3.jsonl": WRITTEN,
    "headlines-blind4.jsonl": WRITTEN,
    "headlines-blind5.jsonl": WRITTEN,
    "headlines-blind6.jsonl": WRITTEN,
    "headlines-blind7.jsonl": WRITTEN,
    "headlines-blind8.jsonl": WRITTEN,
    "headlines-blind9.jsonl": WRITTEN,
    # action 0.902 -> 0.922 when a founder taking the top post of their own company became
    # an appointment, not a join (jobs/language/classify.py founder_role)
    "news-real-dev.jsonl": {
        "P": 1.0,
        "R": 0.96,
        "person": 0.96,
        "to": 0.95,
        "action": 0.94,
        "cluster F1": 0.99,
    },
    "real-blind-a.jsonl": {
        "P": 0.98,
        "R": 0.98,
        "person": 0.99,
        "to": 0.9,
        "action": 0.97,
        "cluster F1": 1.0,
    },
    # held out until the classifier's rules were done, then scored once (docs/stories.md):
    # its move floors are what those rules reached; the clustering rules of
    # jobs/stories/scoring.py were written with its misses in view, so its cluster floor is
    # a development figure
    "real-blind-b.jsonl": {
        "P": 1.0,
        "R": 0.94,
        "person": 0.91,
        "to": 1.0,
        "action": 0.95,
        "cluster F1": 0.98,
    },
    # scored once on main before any change (docs/stories.md), then used for development
    # (its one Japanese headline names its mover only in katakana: a move found, nobody named)
    "real-blind-c.jsonl": {
        "P": 1.0,
        "R": 0.92,
        "person": 0.97,
        "to": 0.99,  # 0.952 -> 1.000: a hirer on no list told by an apposition (destinations)
        "action": 0.95,
        "cluster F1": 0.96,
    },
    # held out until the issue 12 rules were done (scored on main before them, then once on
    # them: docs/stories.md); its floors are what those rules reach, not the targets
    "real-blind-d.jsonl": {
        "P": 0.97,
        "R": 0.93,
        "person": 1.0,  # 0.976 -> 1.000: 'Who moves', docs/stories.md
        "to": 0.84,
        "action": 0.92,
        "cluster F1": 0.95,
    },
    # collected after every issue 12 rule had landed and scored once on them: a second held-out
    # figure (30 of its titles were rebuilt from the article's URL, docs/stories.md)
    # Its person, destination and action are shares of the moves found: the glossed headlines
    # in other languages (jobs/language/gloss.py) add six moves, three of them read as the
    # English rules read the same words where the labels differ (a founder the summary names
    # where the label says none, 'anuncia X como CPO' appointed where it says join, an
    # internal move read as leaving), so those three floors are below the first run's.
    # clustering F1 0.844 -> 0.896 with retold moves and the latest report's time (Deitke's
    # and Yi Tay's reports weeks apart one story each; docs/stories.md)
    "real-blind-e.jsonl": {
        "P": 1.0,  # 0.978 before the director's seat (docs/stories.md)
        "R": 0.88,
        "person": 0.97,
        "to": 0.96,
        "action": 0.93,
        "cluster F1": 0.93,  # 0.896 -> 0.935: "Vaguer, later and other-language reports", docs/stories.md
    },
    # collected after the rules above, verbatim titles only, scored on main before and after the
    # last held-out rules: the same figures both times (docs/stories.md). D, E and F floors
    # since raised to what the English recall rules (jobs/language/deals.py and the shapes of
    # tests/test_real_moves_recall.py) reach, with their misses read: development figures now
    # R 0.868 -> 0.895, action 0.939 -> 0.941, clustering F1 0.889 -> 0.958 with set P's
    # rules (a counted group of a paper's authors leaving Meta, many joining Mistral: a raid)
    "real-blind-f.jsonl": {
        "P": 1.0,
        "R": 0.89,
        "person": 1.0,
        "to": 0.96,
        "action": 0.94,
        "cluster F1": 0.95,
    },
    # collected blind; first run on main at 29a13e1: P 0.976 R 0.788 person 0.829 to 0.767
    # from 0.483 action 0.829 clustering F1 0.769; scored again held out at 2c97fbd (P 0.977
    # R 0.808 person 0.810 to 0.767 from 0.500 action 0.833 clustering P 0.971 / R 0.607 /
    # F1 0.747); then used for development (docs/stories.md), so these floors are development
    # figures. Its labels write "Google" where labwatch says Google DeepMind (13 items), and
    # four movers only the article body names.
    "real-blind-g.jsonl": {
        "P": 1.0,
        "R": 0.94,
        "person": 0.85,
        "to": 0.99,
        "action": 0.95,
        "cluster F1": 0.96,
    },
    # collected blind and sealed while this round's rules were written; first scored, by a
    # helper that had not seen the code, on main at 2c97fbd (P 0.976 R 0.741 person 0.750 to
    # 0.880 from 0.800 action 0.850 clustering P 1.000 / R 0.740 / F1 0.851), and the same
    # once more after set G's rules (c719650): its held-out figures. Then its misses were read
    # ("What set H showed", docs/stories.md), so these floors are development figures. Left:
    # movers only the article body names (7 items), label conventions (6), no move verb (4).
    "real-blind-h.jsonl": {
        "P": 1.0,
        "R": 0.87,  # 0.852 -> 0.870: "Group moves worded as a lab's gain", docs/stories.md
        "person": 0.78,
        "to": 0.93,
        "action": 0.89,
        "cluster F1": 0.93,
    },
    # collected blind with H and sealed the same way; first scored on main at 2c97fbd (P 0.907
    # R 0.750 person 0.615 to 0.923 from 0.667 action 0.923 clustering F1 0.699), then once
    # more after set G's rules, at c719650 (person 0.641, action 0.949, clustering F1 0.714):
    # its held-out figures. Then its misses were read and fixed by class ("What set I showed",
    # docs/stories.md; tests/test_real_moves_i.py), so these floors are development figures.
    # Left: movers only the article body names (8 items), label conventions (5), no move verb
    # or a government as the destination (5), "XAI" (1), a German noun of leaving (1).
    "real-blind-i.jsonl": {
        "P": 1.0,
        "R": 0.88,
        "person": 0.78,
        "to": 1.0,
        "action": 0.95,
        "cluster F1": 0.90,  # 0.863 -> 0.875: "Vaguer, later and other-language reports", docs/stories.md; 0.909 (a launch told)
    },
    # collected blind (US AI companies and government AI posts, 2024-2026, a few rows in
    # Chinese, Korean and German); first run on main at 68457ce: P 0.941 R 0.627 person 0.812
    # to 0.966 from 0.560 action 0.812 clustering P 1.000 / R 0.524 / F1 0.688; then used for
    # development (docs/stories.md), so these floors are development figures
    "real-blind-j.jsonl": {
        "P": 1.0,
        "R": 0.94,
        "person": 0.91,
        "to": 1.0,
        "action": 1.0,
        "cluster F1": 0.99,  # 0.950 -> 0.994: "Vaguer, later and other-language reports", docs/stories.md
    },
    # collected blind (outside the largest US labs: autonomous driving and robotics, Chinese,
    # Korean, European and Canadian labs and institutes, academia; rows in Chinese, Korean,
    # German, French, Hindi and Icelandic) and sealed while the rules of sets H, I and J were
    # written. First run on main at 68457ce: P 0.962 R 0.455 person 0.600 to 0.600 from 0.520
    # action 0.720 clustering P 1.000 / R 0.397 / F1 0.568; held out after those rules, at
    # 05cf075: P 0.963 R 0.473 person 0.577 to 0.583 from 0.520 action 0.769 clustering F1
    # 0.568: its held-out figures. Then its misses were read and fixed by class ("What set K
    # showed", docs/stories.md; tests/test_real_moves_k.py), so it is a development set now
    # and these floors are development figures (P 1.000 R 0.745 person 0.707 to 0.963 from
    # 0.846 action 0.780 clustering F1 0.828, with set L's rules). Left: label conventions
    # (17 items), movers only the article body names or written in characters (15), Korean
    # government posts (6).
    # clustering F1 0.828 -> 0.876 with retold moves and the latest report's time (Wu's four
    # reports over 21 days one story)
    "real-blind-k.jsonl": {
        "P": 1.0,
        "R": 0.87,  # 0.782 -> 0.855: "Korean and Japanese moves", docs/stories.md
        "person": 0.81,  # 0.762 -> 0.786: 'Who moves' -> 0.791: 'Moves told in other languages', docs/stories.md -> 0.809
        "to": 0.96,
        "action": 0.85,
        "cluster F1": 0.93,  # 0.876 -> 0.903: "Vaguer, later and other-language reports", docs/stories.md -> 0.929
    },
    # collected blind (2023-2024 events, outlets worldwide: 7 Chinese rows, German, Portuguese
    # and Spanish rows; public AI bodies, Cruise, Kai-Fu Lee, Intel). First run on main at
    # 44fb02f: P 0.800 R 0.465 person 0.900 to 0.167 from 0.579 action 0.900 clustering P
    # 1.000 / R 0.383 / F1 0.554; then used for development ("What set L showed",
    # docs/stories.md; tests/test_real_moves_l.py), so these floors are development figures.
    # Left: Chinese rows, a founding told as funding in Spanish or with no move verb, an
    # acquisition with no move words, movers and companies only the article body names, and
    # label conventions: a former employee named CEO is a join here; "U.S. AI Safety
    # Institute" as the earlier sets write it, where L writes "US" (4 destinations).
    "real-blind-l.jsonl": {
        "P": 1.0,
        "R": 0.83,  # 0.814 -> 0.837: l008 (跑了), docs/stories.md "Chinese: ran off"
        "person": 0.88,
        "to": 0.6,
        "action": 0.94,
        "cluster F1": 0.96,  # 0.929 -> 0.966: "Vaguer, later and other-language reports", docs/stories.md
    },
    # collected blind (2025-2026 events: chip makers' and Apple's chiefs, a raid on Cursor by
    # xAI, Ai2's researchers to Microsoft, a firing at OpenAI; 80 rows, French, Chinese and
    # Spanish rows) and sealed while the rules of sets K and L were written. First run on main
    # at 44fb02f: P 0.926 R 0.595 person 0.800 to 0.950 from 0.421 action 0.720 clustering P
    # 1.000 / R 0.528 / F1 0.691; held out after those rules, at bcdac59: P 0.929 R 0.619
    # person 0.808 to 0.952 from 0.421 action 0.731 clustering F1 0.691: its held-out figures.
    # Then its misses were read and fixed by class ("What set M showed", docs/stories.md;
    # tests/test_real_moves_m.py), so it is a development set now and these floors are
    # development figures (P 0.973 R 0.857 person 0.694 to 1.000 from 0.704 action 0.861
    # clustering F1 0.875). Person fell below the held-out figure although more movers are
    # named right (21 to 25 of 26 to 36 moves found): ten moves found, seven of them new,
    # have a mover no headline or summary names (a firing told four ways, "Intel hires
    # Qualcomm vet", "exit of star AI researcher"). Left: label conventions (Cursor where the
    # other sets write Anysphere, 6 origins; Ai2 where set O writes Allen Institute for AI, 4
    # origins; a group's raid labelled `poach` with its first named member, where the other
    # sets label `join` with the person or `poach` with none, 5 actions; an internal post at
    # Meta as no move; the outlets' spellings "Ternes" and "Nicholls"), a French apposition,
    # "after executive dismissal", nouns of hiring ("appointment of new CEO Tan" is read since
    # "Teaser headlines that tell a hire", docs/stories.md: R 0.881, person 0.703).
    "real-blind-m.jsonl": {
        "P": 0.97,
        "R": 0.88,
        "person": 0.70,
        "to": 1.0,
        "action": 0.86,
        "cluster F1": 0.9,  # 0.901 -> 0.909: "Vaguer, later and other-language reports", docs/stories.md
    },
    # collected blind (2023-2026: chip and cloud companies' AI leaders at AMD, Intel,
    # Qualcomm, Arm, Oracle, AWS and Google Cloud; Ai2, Stanford; Tencent, Naver, Sarvam,
    # Krutrim; government AI posts in France, Canada, the UK and the US CDAO; 93 rows, some
    # in Chinese, French, German, Japanese, Hindi, Tamil, Italian, Portuguese and Icelandic).
    # First run on main at 14ee84e: P 1.000 R 0.527 person 0.862 to 0.647 from 0.600 action
    # 0.759 clustering P 1.000 / R 0.340 / F1 0.508; then used for development ("What set O
    # showed", docs/stories.md; tests/test_real_moves_o.py), so these floors are development
    # figures (P 1.000 R 0.927 person 0.863 to 0.938 from 0.865 action 0.980 clustering P
    # 1.000 / R 0.872 / F1 0.932). Left: movers written in characters or katakana (5 items),
    # the UK's tech secretary labelled with its department, "Google Cloud", an internal
    # "special projects" role labelled an appointment (3), and three singletons. Person 0.941
    # since names in characters are written in pinyin (jobs/language/han_names.py; J 0.915 and
    # K 0.756 with it too).
    "real-blind-o.jsonl": {
        "P": 1.0,
        "R": 0.92,
        "person": 0.98,  # 0.961 -> 0.980: 'Who moves', docs/stories.md
        "to": 0.93,
        "action": 1.0,
        "cluster F1": 0.96,  # 0.944 -> 0.967: "Vaguer, later and other-language reports", docs/stories.md
    },
    # collected blind in two parts (35 rows on AI startups and big-tech AI groups, 2024-2026;
    # 56 on chief AI officers and heads of AI outside the labs: banks, media, industry,
    # consultancies, a government department) and sealed while this round's rules were
    # written. First run on main at 14ee84e: P 1.000 R 0.245 person 0.667 to 0.636 from 0.000
    # action 0.500 clustering P 1.000 / R 0.111 / F1 0.200; held out after every rule of the
    # round (a219354): the same figures. Then read for development ("What set N showed",
    # docs/stories.md): AI posts at organisations on no lab list, a listed lab's person given a
    # public post, acqui-hires told as nouns, "steps down at <company>": P 1.000 R 0.796
    # person 0.897 to 0.684 from 0.556 action 0.872 clustering P 1.000 / R 0.444 / F1 0.615
    # action 0.872 -> 0.897 with set P's rules ("first" is no company before a role)
    # R 0.816 with companies on no list read as hirers (docs/stories.md, "Companies on no list")
    "real-blind-n.jsonl": {
        "P": 1.0,
        "R": 0.81,
        "person": 1.0,
        "to": 0.92,
        "action": 0.97,
        "cluster F1": 0.90,  # 0.846 -> 0.902: "Vaguer, later and other-language reports", docs/stories.md
    },
    # collected blind in two parts (44 rows on moves between the AI labs and AI startups in
    # 2023-2024, 44 on 2025-2026; 47 moves in 22 events, 37 non-moves, 4 ambiguous; a few rows
    # in Chinese, German, French and Korean) and sealed all round. First run on main at
    # 7279d03, scored by a helper that had not seen the code: P 0.818 R 0.766 person 0.833
    # to 1.000 from 0.824 action 0.861 clustering P 1.000 / R 0.773 / F1 0.872; held out after
    # every rule of the round (9a5dd65): P 0.822 R 0.787 person 0.838 to 1.000 from 0.771
    # action 0.865 clustering F1 0.872: its held-out figures. Then read for development
    # ("What set P showed", docs/stories.md; tests/test_real_moves_p.py), so these floors are
    # development figures: P 1.000 R 0.915 person 0.953 to 1.000 from 0.927 action 1.000
    # clustering P 1.000 / R 0.977 / F1 0.989. Left: movers or origins only the article body
    # gives (4), two label conventions, three shapes not attempted. (Its splits were read too
    # by the clustering round, "One event written differently": 0.872 -> 0.952 before the
    # classifier's P rules.)
    "real-blind-p.jsonl": {
        "P": 1.0,
        "R": 0.93,  # 0.915 -> 0.936: "Plain English the gates refused", docs/stories.md
        "person": 0.95,
        "to": 1.0,
        "action": 1.0,
        "cluster F1": 1.0,  # 0.989 -> 1.000: "Vaguer, later and other-language reports", docs/stories.md
    },
    # collected blind (87 rows, 2024-2026 talent moves as a reader's feeds show them: tech and
    # business press, aggregators, press releases, outlets in India, Europe and Asia; rows in
    # Japanese, Chinese, Korean, French, German and Spanish). First run on main at 7279d03,
    # scored by a helper that had not seen the code: P 1.000 R 0.712 person 0.865 to 0.821
    # from 0.629 action 0.784 clustering P 1.000 / R 0.500 / F1 0.667; a development set
    # from then on (docs/stories.md). After its misses were read (set Q's rules): P 1.000
    # R 0.808 person 0.976 to 1.000 from 0.947 action 0.881 clustering P 1.000 / R 0.700 /
    # F1 0.824
    "real-blind-q.jsonl": {
        "P": 1.0,
        "R": 0.88,  # 0.865 -> 0.885: "Korean and Japanese moves", docs/stories.md
        "person": 0.97,
        "to": 1.0,
        "action": 0.91,
        # 0.864 -> 0.913 on main at cc2383a: "One event written differently"; 0.925 with an
        # unnamed hire told by a report naming its two labs ("Reports told apart")
        "cluster F1": 0.95,
    },
    # collected blind in two parts (44 rows on 2023-2024, 44 on 2025-2026, eight in Chinese,
    # Japanese, French, German, Spanish and Italian; 50 moves in 22 events, 38 non-moves of
    # which 20 hard: board seats, a sabbatical, lawsuits, pay, hiring talks, trends). First run
    # on main at 85f5313, scored by a helper that had not seen the code: P 0.976 R 0.820
    # person 0.976 to 0.852 from 0.780 action 0.951 clustering P 1.000 / R 0.872 / F1 0.932;
    # a development set from then on (docs/stories.md, "What set S showed"). After its
    # misses were read (set S's rules, tests/test_real_moves_s.py): P 1.000 R 0.880
    # person 1.000 to 0.893 from 0.818 action 0.955 clustering P 1.000 / R 0.872 / F1 0.932
    "real-blind-s.jsonl": {
        "P": 1.0,
        "R": 0.88,
        "person": 1.0,
        "to": 0.89,
        "action": 0.95,
        "cluster F1": 0.94,  # 0.932 -> 0.946 (an unnamed telling of an untitled story)
    },
    # collected blind in three parts (28 rows and 40 rows on January 2023 - June 2025, 44 on
    # July 2025 - 2026 with eleven in Korean, Chinese, Japanese, Spanish, French and Dutch; 61
    # moves in 25 events, 51 non-moves) and sealed all round. First run on main at 85f5313,
    # scored by a helper that had not seen the code: P 0.957 R 0.738 person 0.844 to 1.000
    # from 0.838 action 0.956 clustering P 1.000 / R 0.743 / F1 0.852; held out after every
    # rule of the round (fac4174): P 0.957 R 0.738 person 0.822 action 0.956 clustering F1
    # 0.824; with the outlet-source fix that one held-out miss showed (docs/stories.md, "Set R:
    # held out"): person 0.844, clustering F1 0.862. Then a development set (docs/stories.md,
    # "What set R showed"): P 1.000 R 0.803 person 0.878 to 1.000 from 0.900 action 0.959
    # clustering P 1.000 / R 0.829 / F1 0.906; R 0.836 with a teaser headline's lede and
    # Japanese 'から ... が退社' and Dutch read (docs/stories.md, "Teaser headlines ..."): floors
    # R 0.852 person 0.885 with names in Hangul read (docs/stories.md, "Names in Hangul"); its
    # one newly found row, a resignation whose destination is only a rumour (내정설) the label
    # takes for one, lowers to 1.000 -> 0.969
    # R 0.885 with companies on no list read as hirers (docs/stories.md, "Companies on no
    # list"); action 0.981 -> 0.963 there: r003 ("Eli Lilly appoints first chief AI officer",
    # the appointee "currently the Dean ... at Mount Sinai") is labelled join, where set N
    # labels the same shape appointed (n137, "currently dean ... at Carnegie Mellon"), as set
    # R's own r001/r002 label the same appointment
    "real-blind-r.jsonl": {
        "P": 1.0,
        "R": 0.93,
        "person": 0.91,
        "to": 0.97,
        "action": 0.96,
        # 0.906 -> 0.955: "Vaguer, later and other-language reports"; 0.963 -> 0.993 with
        # 旗下 read as the owner's possessive ("Headlines in other languages"), docs/stories.md
        "cluster F1": 0.99,
    },
    # collected blind in three parts in the December 7 round (36 rows on AI start-ups, 37 on
    # academia, policy, robotics and chips, 24 on Chinese, Korean, Japanese and European
    # companies and non-tech companies' AI heads, some in Korean, Japanese, Chinese and
    # Spanish; 53 moves in 26 events, 44 non-moves). First run on main at 39da6dd, scored by
    # a helper that had not seen the code: P 0.970 R 0.604 person 0.562 to 0.870 from 0.594 action 0.812 clustering
    # P 1.000 / R 0.325 / F1 0.491; a development set from then on (docs/stories.md, "What set
    # U showed")
    # P 1.000 person 0.688 action 0.844 clustering F1 0.596 with "Who moves" (docs/stories.md);
    # R 0.679 person 0.750 to 0.889 action 0.889 clustering F1 0.644 with names in Hangul read;
    # R 0.811 to 0.900 action 0.907 clustering F1 0.788 with companies on no list read as
    # hirers and origins and an owner's post + infinitive as an announced move; person 0.750
    # -> 0.744 there only by the moves newly found: 5 of the 7 with their person, u202 and
    # u320 naming nobody in headline or summary (no row found before changes its person);
    # clustering F1 0.841 with vaguer, later and other-language reports merged (fe6c26d)
    "real-blind-u.jsonl": {
        "P": 1.0,
        "R": 0.86,  # 0.849 -> 0.868: headline idioms of one hire (docs/stories.md)
        "person": 0.76,
        "to": 0.90,
        "action": 0.91,
        # 0.491 first run; 0.841 after the round; 0.873 with reports told apart (docs/stories.md)
        "cluster F1": 0.88,  # 0.873 -> 0.889: a mover's own name before a same-surname story
    },
    # collected blind in three parts in the December 7 round (39 rows on the big labs' moves of
    # 2023 - 2024, 37 on the big labs and big tech's AI groups of 2025 - 2026, 36 on smaller,
    # Chinese, Korean, Japanese and European labs and non-tech companies' AI heads, nine rows
    # in other languages; 63 moves in 26 events, 49 non-moves) and sealed all round. First run
    # on main at 39da6dd, scored by a helper that had not seen the code: P 0.872 R 0.540
    # person 0.676 to 0.864 from 0.444 action 0.676 clustering P 1.000 / R 0.571 / F1 0.727;
    # held out after every rule of the round (fe6c26d): person 0.706, clustering F1 0.765, the
    # rest the same (docs/stories.md, "Set T: held out"), these floors
    # R 0.603 person 0.737 to 0.885 from 0.516 action 0.684 clustering F1 0.800 with teaser
    # headlines that tell a hire (units led by former outsiders, appointment nouns, fronted posts);
    # R 0.635 person 0.750 to 0.893 from 0.545 action 0.700 clustering F1 0.811 with a bank
    # "seen" recruiting leadership from another (on main at 0944f97: R 0.619 -> 0.651, person
    # 0.769 -> 0.780, to 0.889 -> 0.897, from 0.500 -> 0.529, action 0.718 -> 0.732, F1 0.855);
    # P 1.000 once its first-run false positives' shapes were read (docs/stories.md, "Real hard
    # negatives")
    "real-blind-t.jsonl": {
        "P": 1.0,
        # 0.651 -> 0.683, person 0.780 -> 0.791: "Plain English the gates refused"; 0.698 with
        # "Group moves worded as a lab's gain"
        "R": 0.71,
        "person": 0.82,  # 0.737 -> 0.763, action 0.684 -> 0.711: "Fields by grammar", docs/stories.md
        "to": 0.93,  # 0.897 -> 0.931, action 0.732 -> 0.756 on 2fff326: a later arrival (same)
        "action": 0.84,  # 0.756 -> 0.805 on 860404d: no "Political" company (same section)
        # 0.765 -> 0.811: "Teaser headlines that tell a hire"; 0.844 with "Reports told apart";
        # 0.855 with both; 0.885 with "Splits of found moves" (a surname alone); 0.904 with
        # "Group moves worded as a lab's gain"
        "cluster F1": 0.90,
    },
    # collected blind in three parts in the V and W round (the big labs and big tech; AI
    # start-ups, academia and government posts; companies outside the US and non-tech AI heads,
    # 40 rows in other languages; 103 rows: 56 moves in 29 events, 47 non-moves), labelled to
    # the written conventions of tests/data/LABELLING.md, and sealed all round. First run on
    # main at 1dc2db7, scored by a helper that had not seen the code: P 0.960 R 0.429 person
    # 0.625 to 0.762 from 0.632 action 0.833 clustering P 1.000 / R 0.243 / F1 0.391; held out
    # after the round's first rules (4a2b141) and after all of them (966bad2): the same figures,
    # no row classified differently (docs/stories.md, "Sets V and W: held out"). These floors
    # are the held-out figures. After its misses were read (organisations on no list hiring,
    # docs/stories.md "Organisations on no list that hire"): P 0.963 R 0.464 person 0.654 to
    # 0.783 from 0.667 action 0.846 cluster F1 0.426. Then other languages (docs/stories.md,
    # "Founding, returns and leavings read after sets V and W": Japanese founding and 移籍 with a
    # quoted subject, Korean 복귀 after a span and an adverb): P 0.967 R 0.518 person 0.655 to
    # 0.808 from 0.667 action 0.828 cluster F1 0.458. Action fell by one label-convention
    # conflict: v304 (the founding of Sakana AI) is labelled `leave`, v303 (the same) `found`.
    # Then posts taken at organisations on no list (docs/stories.md "Posts taken at
    # organisations on no list": sworn in, a role assumed, the post's owner): P 0.970 R 0.571
    # person 0.688 to 0.862 from 0.640 action 0.844 cluster F1 0.490. Then a counted group of
    # AI posts (v228; docs/stories.md "Organisations on no list naming AI officials"): R 0.589
    # person 0.697 to 0.867 action 0.848.
    "real-blind-v.jsonl": {
        "P": 1.0,
        "R": 0.74,  # 0.696 -> 0.714: "Korean and Japanese moves"; 0.732: KT a lab (docs/stories.md)
        "person": 0.78,
        "to": 0.88,
        "action": 0.9,
        "cluster F1": 0.76,  # 0.458 -> 0.490 (a run-in surname) -> 0.520 (with the posts above) -> 0.702 (a naming told) -> 0.724 (a Western name in Hangul)
    },
    # collected with V, in three parts (the big labs and big tech, English outlets; start-ups,
    # infrastructure companies, academia and non-tech chief AI officers; Europe, India, China,
    # Japan, Korea, Canada and the Middle East; 24 rows in other languages, 7 titles rebuilt
    # from the article's address; 104 rows: 59 moves in 22 events, 45 non-moves) and sealed the
    # same way. First run on 1dc2db7: P 0.900 R 0.610 person 0.611 to 0.789 from 0.643 action
    # 0.806 clustering P 1.000 / R 0.410 / F1 0.581; held out on 4a2b141 and 966bad2: the same.
    # After its misses were read (docs/stories.md "Organisations on no list that hire"): P 0.902
    # R 0.627 person 0.622 to 0.900 from 0.621 action 0.838 cluster F1 0.581. Then German "hat
    # das Unternehmen verlassen, um ... zu gründen" (w334): P 0.905 R 0.644 person 0.632 to
    # 0.900 from 0.633 action 0.842 cluster F1 0.598. Then the summary's subject its apposition
    # calls a company (w212): P 0.907 R 0.661 person 0.641 to 0.905 from 0.613 action 0.846.
    # Then a Chinese name in quotes after a post ("百度副总裁“景鲲”离职", w318): person 0.641 ->
    # 0.667. Then Russian (w102 found, its mover romanised "Tobi Polen" for the label's Toby
    # Pohlen: a name written by its sound): P 0.909 R 0.678 person 0.650 from 0.625 action 0.850.
    # Then foundings in French and German (w325, w207; docs/stories.md "Foundings with no
    # departure"): P 0.913 R 0.712 person 0.667 to 0.913 action 0.857.
    # Refusals for answers to reports, hiring drives, described groups, guides (v115, w107,
    # w125, w321): V P 0.967 -> 1.000, W P 0.909 -> 0.976.
    # A summary's "<Org>'s appointment of X as <AI post>" under an AI headline (w217; docs/
    # stories.md "Organisations on no list naming AI officials"): R 0.729 person 0.674 to 0.917
    # action 0.860 (from 0.625 -> 0.606: w217's origin is one the text never names).
    "real-blind-w.jsonl": {
        "P": 0.97,
        "R": 0.77,
        "person": 0.71,
        "to": 0.95,
        "action": 0.91,
        "cluster F1": 0.83,  # 0.598 -> 0.614 -> 0.702: "Splits of found moves" (posts, co-founders) -> 0.804 (a headline telling the story's move)
    },
    # collected blind in three parts at the start of the X round (English tech and business
    # press; other languages, 33 rows in all; regional outlets and press releases on AI posts in
    # governments, universities and banks; 114 rows: 64 moves in 34 events, 49 non-moves, one
    # undecidable), labelled to tests/data/LABELLING.md and sealed all round. First run on main
    # at 9e3b828, scored by a helper that had not seen the code: P 0.906 R 0.453 person 0.828 to
    # 0.778 from 0.769 action 0.759 clustering P 1.000 / R 0.417 / F1 0.588; held out after every
    # rule of the round (c20722b): P 0.909 R 0.469 person 0.800 to 0.778 from 0.786 action 0.767
    # clustering F1 0.588 (docs/stories.md, "Set X: held out"). The floors were the held-out
    # figures; raised after "Moves told in other languages" (docs/stories.md).
    "real-blind-x.jsonl": {
        "P": 0.98,  # 0.962 -> 0.981 with a hiring spree read as a trend (docs/stories.md)
        "R": 0.79,  # 0.672 -> 0.719: "Korean and Japanese moves"; 0.766: headline idioms;
        # 0.797 with "joins MIT" read (docs/stories.md "Nameless waves, founders' labs, ...")
        "person": 0.92,
        "to": 0.91,
        "action": 0.92,
        "cluster F1": 0.76,  # 0.703: an appointment told again naming the post (docs/stories.md)
    },
    # collected blind in three parts at the start of the Y round (frontier labs in English
    # outlets; outlets outside the US, 29 rows in Korean; AI posts outside the labs: public
    # bodies, institutes, universities; 120 rows: 64 moves in 26 events, 55 non-moves, one
    # undecidable), labelled to tests/data/LABELLING.md and sealed all round. First run on main
    # at b831333, scored by a helper that had not seen the code: P 0.933 R 0.438 person 0.500
    # to 0.357 from 0.750 action 0.893 clustering P 1.000 / R 0.290 / F1 0.450; held out after
    # every rule of the round, at 63e289e: P 0.903 R 0.438, the rest the same (one false move
    # more, a first-person retrospective). Then opened ("Set Y: held out", docs/stories.md)
    # and used for development, so these floors are development figures: person 0.607 once
    # "Horace He" kept his surname; P 0.966 person 0.679 to 0.429 action 0.929 after "Counts
    # of none, retrospectives and circumstances"; then bodies naming their heads and Korean
    # posts taken on (docs/stories.md). Person fell 0.710 -> 0.647 with three Korean rows
    # found: 정석근 romanised "Jung Suk-keun" where the label writes "Jeong Seok-geun", and
    # one mover written only in Hangul.
    # Then news of a change of people told with no verb of moving (docs/stories.md "Changes of
    # people told without a verb of moving"): R 0.531 -> 0.547, person 0.647 -> 0.657.
    "real-blind-y.jsonl": {
        "P": 0.97,
        "R": 0.59,
        "person": 0.76,
        "to": 0.68,
        "action": 0.94,
        "cluster F1": 0.7,
    },
    # collected blind in three parts halfway through the Y round (AI labs and big-tech AI
    # groups in English outlets; outlets outside the US, in Korean, Japanese, Chinese, Arabic
    # and English; AI posts in US agencies, universities and start-ups; 104 rows: 51 moves in
    # 31 events, 52 non-moves, one undecidable), labelled to tests/data/LABELLING.md and sealed.
    # First run at a294b95 (after the round's first rules), scored by a helper that had not
    # seen the code: P 0.957 R 0.431 person 0.818 to 0.882 from 0.750 action 0.909 clustering
    # P 1.000 / R 0.429 / F1 0.600; held out after the rest of the round, at 8dd9be2: these
    # floors (docs/stories.md "Set Z: held out").
    # Raised after "Changes of people told without a verb of moving" (docs/stories.md): P 0.962
    # R 0.490 person 0.880 to 0.850 action 0.880 (from 0.750 -> 0.667: a join from a company
    # on no list, its origin unread).
    # Raised after "Korean words read as names, and reorganisations" (docs/stories.md): R 0.667.
    # P 1.000 once a nameless wave of leavers is a trend (docs/stories.md "Nameless waves").
    "real-blind-z.jsonl": {
        "P": 1.0,
        "R": 0.66,
        "person": 0.91,
        "to": 0.93,
        "action": 0.94,
        "cluster F1": 0.8,
    },
    # collected blind at the start of the fifteenth round (120 rows: frontier labs in English
    # press, mixed feeds with other languages, start-ups and AI posts outside the labs) and 80
    # more (any English outlet; outlets outside the US, half in other languages), scored at
    # the round's start and held out to its end (docs/stories.md "Sets AA and AB: held out"):
    # AA first run P 0.886 R 0.500 person 0.581 to 0.966 action 0.806 clustering F1 0.368,
    # held out P 0.886 R 0.500 person 0.613 to 0.966 action 0.839 clustering F1 0.410;
    # AB first run and held out alike: P 0.889 R 0.410 person 0.938 to 0.818 action 0.812
    # clustering F1 0.333. Opened, AA's one false join closed (an unnamed hire of another
    # post, docs/stories.md): clustering P 1.000, F1 0.416. P 1.000 on both once speakers'
    # claims, retold exits, shares of a team and seats left are no moves (docs/stories.md
    # "False moves: claims, retold exits, shares of a team").
    "real-blind-aa.jsonl": {
        "P": 1.0,
        "R": 0.75,
        "person": 0.87,
        "to": 0.97,
        "action": 0.91,
        # 0.416 -> 0.456 when a first holder announced with a guessed mover joined the named
        # report (jobs/stories/scoring.py first_filled) -> 0.804 with the round's moves found
        "cluster F1": 0.83,
    },
    "real-blind-ab.jsonl": {
        "P": 1.0,
        "R": 0.48,
        "person": 0.99,
        "to": 0.92,
        "action": 0.99,
        "cluster F1": 0.37,  # 0.333 -> 0.378 (first_filled, as AA)
    },
    # 84 real headlines (business and regional press, Asian and European labs, 10 rows in
    # other languages) and 82 more (tech press and aggregators, founders, academic and
    # government posts, hard non-moves), labelled blind and scored at the sixteenth round's
    # start, then held out to the end of its first half (docs/stories.md "Sets AC and AD: held
    # out"): the same figures both times. AC P 0.912 R 0.646 person 0.710 to 0.556 action
    # 0.903 clustering F1 0.667; AD P 0.941 R 0.711 person 0.750 to 0.643 action 0.906
    # clustering F1 0.702.
    "real-blind-ac.jsonl": {
        "P": 1.0,
        "R": 0.79,
        "person": 0.86,
        "to": 0.86,
        "action": 0.99,
        "cluster F1": 0.84,
    },
    "real-blind-ad.jsonl": {
        "P": 0.97,
        "R": 0.79,
        "person": 0.77,
        "to": 0.87,
        "action": 0.99,
        "cluster F1": 0.82,
    },
    # 80 real headlines (English tech and business press, newsletters, mid-size AI companies;
    # many events of 2014-2019, as the stored pages of later moves were in earlier sets) and 83
    # more (outlets outside the US, professors and research scientists, AI heads at banks and
    # carmakers, 15 rows in other languages), labelled blind during the sixteenth round and held
    # out to its end (docs/stories.md "Sets AE and AF: held out"). AE first run P 0.972 R 0.761
    # person 0.714 to 0.773 action 0.886 clustering F1 0.863, held out P 1.000 and the rest the
    # same; AF first run and held out alike: P 1.000 R 0.354 person 0.765 to 0.400 action 0.941
    # clustering F1 0.508. Floors raised since to what the seventeenth round's rules reach
    # (development figures, docs/stories.md).
    "real-blind-ae.jsonl": {
        "P": 1.0,
        "R": 0.86,
        "person": 0.89,
        "to": 0.84,
        "action": 0.94,
        "cluster F1": 0.86,
    },
    "real-blind-af.jsonl": {
        "P": 1.0,
        "R": 0.60,
        "person": 0.89,
        "to": 0.69,
        "action": 0.96,
        "cluster F1": 0.53,
    },
    # 84 real headlines (any outlet and year, every kind of AI employer) and 80 more (headlines
    # as feeds show them: teasers, questions, wires, reposted announcements; 13 rows in other
    # languages), labelled blind during the sixteenth round's third part and held out to its
    # end (docs/stories.md "Sets AG and AH: held out"). AG first run P 1.000 R 0.680 person
    # 0.676 to 0.684 action 0.912 clustering F1 0.597, held out the same but person 0.706; AH
    # first run P 1.000 R 0.543 person 0.680 to 0.800 action 0.880 clustering F1 0.556, held
    # out the same but person 0.720. Floors raised since to what the seventeenth round's rules
    # reach (development figures, docs/stories.md).
    "real-blind-ag.jsonl": {
        "P": 1.0,
        "R": 0.79,
        "person": 0.74,
        "to": 0.90,
        "action": 0.94,
        "cluster F1": 0.79,
    },
    "real-blind-ah.jsonl": {
        "P": 1.0,
        "R": 0.76,
        "person": 0.79,
        "to": 0.90,
        "action": 0.91,
        "cluster F1": 0.78,
    },
    # 83 real headlines (movers and negatives A-L: self-driving and robotics heads, research
    # institutes, Google Brain and Baidu; 2013-2025) and 83 more (movers and negatives M-Z:
    # public AI posts, Baidu and ByteDance in Chinese, AI institutes, acquisitions of teams),
    # labelled blind during the seventeenth round and held out to its end (docs/stories.md
    # "Sets AI and AJ: held out"). AI first run P 0.919 R 0.694 person 0.824 to 0.762 action
    # 0.882 clustering F1 0.741, held out P 0.927 R 0.776 person 0.842 to 0.762 action 0.895
    # clustering F1 0.828; AJ first run and held out alike: P 0.968 R 0.625 person 0.867 to
    # 0.400 action 0.700 clustering F1 0.609. Floors raised since to what the rules written from
    # their misses reach (docs/stories.md). Their labels carry a "hard" flag (true on the hard
    # negatives).
    "real-blind-ai.jsonl": {
        "P": 0.97,
        "R": 0.79,
        "person": 0.84,
        "to": 0.76,
        "action": 0.97,
        "cluster F1": 0.91,
    },
    "real-blind-aj.jsonl": {
        "P": 0.97,
        "R": 0.70,
        "person": 0.88,
        "to": 0.57,
        "action": 0.76,
        "cluster F1": 0.74,
    },
    # real hard negatives (140 rows: 122 headlines that name labs or AI people with move-ish
    # words and report no move, 18 true moves of the same wording), collected from stored
    # public pages. First run on 7279d03: P 0.750 R 0.833, five false positives of 122
    # negatives (4.1%); after the classes of docs/stories.md ("Real hard negatives"): P 1.000
    # R 0.833 person 1.000 to 0.750 action 0.733 cluster F1 0.706; R 0.889 cluster F1 0.842
    # after the recall gates of docs/stories.md ("Gates that refused true moves"). A
    # development set; every negative staying one is tests/test_real_negatives.py
    "real-negatives.jsonl": {
        "P": 1.0,
        "R": 0.88,
        "person": 1.0,
        "to": 0.88,
        "action": 0.81,
        "cluster F1": 1.0,
    },
}


@pytest.mark.parametrize("name", list(SETS))
def test_quality_report(database: Database, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = load(name)
    story_of = cluster(database, rows)
    figures = quality(rows, default_watch()) | pairwise(rows, story_of)
    with capsys.disabled():
        print(f"\n{name}: " + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()))
    floor = SETS[name]
    assert figures["precision"] >= floor["P"] and figures["recall"] >= floor["R"]
    for key in ("person", "to", "action", "cluster F1"):
        assert figures[key] >= floor[key], key
    for row in rows:  # moves found always get a story; non-moves only as mentions
        if classify(row["title"], row["summary"], default_watch()).is_move:
            assert story_of[row["id"]] is not None, row["title"]


def test_dev_clusters_are_the_labelled_events(database: Database) -> None:
    store_rows(database, DEV)
    with database.transaction() as s:
        analyze_pending(s, default_watch(), datetime(2026, 1, 1, tzinfo=UTC))
    with database.session() as s:
        story_of = {key: sid for key, sid in s.query(Entry.key, Entry.story_id)}
    groups: dict[str, set[str | None]] = {}
    for row in DEV:
        if row["label"]["event"]:
            groups.setdefault(row["label"]["event"], set()).add(story_of[row["id"]])
    assert all(len(ids) == 1 and None not in ids for ids in groups.values())
    assert len({next(iter(ids)) for ids in groups.values()}) == len(groups)


# The clusterer when the classifier's recall rises: every labelled move the classifier misses
# is handed over with its labelled event (as a classifier that missed nothing would find it),
# the moves it finds keep its reading, person, labs and action as they are. Below 1.0 where
# the classifier's reading of a found move is wrong (the announcer as the mover) or the labels
# join reports weeks apart.
LABELLED_EVENTS = {
    "news-real-dev.jsonl": 1.0,
    "real-blind-a.jsonl": 1.0,
    "real-blind-b.jsonl": 1.0,
    "real-blind-c.jsonl": 1.0,
    "real-blind-d.jsonl": 0.98,
    "real-blind-e.jsonl": 0.97,  # 0.887 -> 0.943 with retold moves, 0.979 with retold departures
    "real-blind-f.jsonl": 0.97,
    "real-blind-j.jsonl": 0.96,
    "real-blind-l.jsonl": 0.99,  # 0.974 -> 0.992 with one founding under two names
    "real-blind-u.jsonl": 0.93,  # 0.873 -> 0.919 with reports told apart -> 0.933 (own name)
    "real-blind-o.jsonl": 1.0,  # 0.989 -> 1.000 with short surnames spelled two ways
}


@pytest.mark.parametrize("name", list(LABELLED_EVENTS))
def test_clustering_of_the_labelled_events(
    database: Database,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = load(name)
    labels = {(r["title"], r["summary"]): r["label"] for r in rows}

    def labelled(title: str, summary: str, watch: WatchLists) -> Analysis:
        got = classify(title, summary, watch)
        label = labels.get((title, summary))
        if got.is_move or not (label and label["move"] and label["action"]):
            return got
        event = Event(label["person"], label["action"], label["from"], label["to"])
        labs = [lab for lab in (label["to"], label["from"]) if lab]
        people = [label["person"]] if label["person"] else []
        return dataclasses.replace(
            got,
            is_move=True,
            event=event,
            labs=list(dict.fromkeys([*labs, *got.labs])),
            people=list(dict.fromkeys([*people, *got.people])),
        )

    monkeypatch.setattr("jobs.stories.stage.classify", labelled)
    figures = pairwise(rows, cluster(database, rows))
    with capsys.disabled():
        shown = ", ".join(f"{k} {v:.3f}" for k, v in figures.items())
        print(f"\n{name}, labelled events: {shown}")
    assert figures["cluster P"] == 1.0
    assert figures["cluster F1"] >= LABELLED_EVENTS[name]
