"""The one-pass substring tests the analysis steps make before their patterns."""

import gzip
import json
import threading

import pytest

from conftest import kcna_file
from nkwatch.analysis import needles
from nkwatch.analysis.needles import contains, contains_any, register
from nkwatch.analysis.pipeline import annotate


def test_a_registered_needle_is_found_as_in_finds_it():
    register("he north", "north'", "olo")
    text = "the north's \"north' colours"
    assert [contains(text, n) for n in ("he north", "north'", "olo")] == [True, True, True]
    assert not contains("the south", "he north")


def test_overlapping_needles_are_each_found():
    register("he south", "south Korea", "Korea")
    text = "the south Korean"
    assert contains(text, "he south") and contains(text, "south Korea")
    assert contains(text, "Korea")


def test_an_unregistered_needle_is_an_error_not_a_silent_false():
    with pytest.raises(ValueError, match="no registered needle"):
        contains("the dotard", "a needle nobody registered")


def test_another_text_with_the_same_content_is_read_again():
    register("master")
    first = "".join(["their ", "master"])
    assert contains(first, "master")
    assert not contains("their servant", "master")
    assert contains("".join(["his ", "master"]), "master")


def test_a_needle_registered_after_a_question_is_found_in_the_same_text():
    text = "a needle registered late, after the text was read"
    register("master")
    assert not contains(text, "master")
    register("registered late")
    assert contains(text, "registered late")


def test_contains_any():
    words = register("group", "clique")
    assert contains_any("the traitor clique", words)
    assert not contains_any("the traitor", words)


def test_threads_asking_about_different_texts_get_their_own_answers():
    register("dotard", "lunatic")
    texts = ["the dotard " * (i % 7) + "x" for i in range(200)] + ["the lunatic"] * 50
    errors = []

    def ask(chunk: list[str]) -> None:
        for text in chunk * 20:
            if contains(text, "dotard") != ("dotard" in text):
                errors.append(text)

    threads = [threading.Thread(target=ask, args=(texts[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_every_registered_needle_agrees_with_in_on_real_articles():
    annotate("Trump met Kim Jong Un.", date="2018-06-12")  # (every step has registered)
    registered = list(needles._index)
    assert len(registered) > 40
    with gzip.open(kcna_file(2017), "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["content"] for _, line in zip(range(400), lines, strict=False)]
    for text in texts:
        assert [n for n in registered if contains(text, n)] == [
            n for n in registered if n in text]
