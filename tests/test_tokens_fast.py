"""The tokenizer's and the lab search's fast paths give what their plain patterns give."""

from __future__ import annotations

import random
import re

from jobs.language.people import compile_watch, labs_in
from jobs.language.tokens import ASCII_TOKEN_RE, CLOSING_MARKS, _ascii_tokens, tokens_of
from jobs.watch.lists import watch_from_settings

# letters, digits, every mark the token pattern treats on its own or inside a word, and spaces
ALPHABET = "abcXYZ09" + "".join(sorted(CLOSING_MARKS)) + "('-&$_%[]/#" + "  "


def test_ascii_tokens_are_the_token_patterns_on_generated_chunks() -> None:
    rnd = random.Random(12)
    for _ in range(20_000):
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 12)))
        assert _ascii_tokens(text) == ASCII_TOKEN_RE.findall(text), text


def test_a_word_and_its_closing_mark_are_two_tokens() -> None:
    text = 'Okafor quits OpenAI, says "the lab lost its way." (Reuters) 2024; done: yes! why?'
    assert _ascii_tokens(text) == ASCII_TOKEN_RE.findall(text)
    assert tokens_of(text).texts[:4] == ["Okafor", "quits", "OpenAI", ","]


def test_marks_that_belong_to_the_word_keep_the_pattern() -> None:
    for chunk in ["OpenAI's", "Labs'", "co-founder", "AT&T", "U.S.", "$2.5bn,", "snake_case,"]:
        assert _ascii_tokens(chunk) == ASCII_TOKEN_RE.findall(chunk), chunk


def test_lab_search_finds_what_the_pattern_without_its_look_ahead_finds() -> None:
    labs = ["OpenAI", "xAI", "Google DeepMind", "01.AI", "Meta", "Scale AI", "Mistral AI"]
    watch = watch_from_settings([], [], None)
    dicts = compile_watch(watch)
    assert dicts.lab_names is not None
    plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", dicts.lab_names.pattern))
    assert plain.pattern != dicts.lab_names.pattern  # the look-ahead is there
    rnd = random.Random(3)
    words = [*labs, "the", "ex-Meta", "Meta's", "OpenAl", "xAIs", "DeepMind", ",", ".", "-"]
    for _ in range(3_000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 8)))
        assert dicts.lab_names.findall(text) == plain.findall(text), text
    found = labs_in("Meta hires OpenAI's Jane Doe; xAI comments", dicts)
    assert found == ["Meta", "OpenAI", "xAI"]
