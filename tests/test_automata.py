"""The Aho-Corasick automata behind the matcher, the tone stage and the event coder."""

from nkwatch.analysis.automata import Automaton


def spans(automaton: Automaton, text: str, start: int = 0, stop: int | None = None):
    return [(automaton.values[i], a, b) for i, a, b in automaton.find(text, start, stop)]


def test_longest_takes_the_longest_key_from_the_leftmost_start():
    auto = Automaton({"Kim": "k", "Kim Jong Un": "kju", "Jong Un": "ju"}, longest=True)
    assert spans(auto, "Kim Jong Un and Kim") == [("kju", 0, 11), ("k", 16, 19)]


def test_every_match_overlaps_and_comes_in_order_of_ends():
    auto = Automaton({" not ": "not", " not at all ": "never", " at ": "at"})
    assert spans(auto, " not at all ") == [("not", 0, 5), ("at", 4, 8), ("never", 0, 12)]


def test_offsets_count_characters_not_bytes():
    auto = Automaton({"트럼프": "trump", "Moon": "moon"}, longest=True)
    assert spans(auto, "é 트럼프는 Moon") == [("trump", 2, 5), ("moon", 7, 11)]


def test_a_window_gives_offsets_in_the_whole_text():
    auto = Automaton({"ab": 1})
    assert spans(auto, "abxab", 1) == [(1, 3, 5)]
    assert spans(auto, "abxabxab", 1, 5) == [(1, 3, 5)]
    assert spans(auto, "abxab", 0, 2) == [(1, 0, 2)]


def test_a_key_given_twice_keeps_its_last_value():
    words = {"war": "first"}
    words["war"] = "second"
    auto = Automaton(words)
    assert spans(auto, "war") == [("second", 0, 3)]
    assert auto.get("war") == "second" and auto.get("peace") is None


def test_no_match_is_an_empty_list():
    assert Automaton({"dotard": 1}, longest=True).find("the U.S. president") == []
