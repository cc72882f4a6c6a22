"""Aho-Corasick automata: every key of a dictionary found in a text in one pass.

The matching is Rust's ``aho-corasick`` crate (the ``ahocorasick_rs`` package):
one call per text returns every match as (key index, start, end), and the
values stay in a Python list. Two kinds:

- ``longest``: leftmost-longest and not overlapping (the registry's names and
  phrases, see :mod:`nkwatch.analysis.matcher`);
- every match, overlapping (tone cues and event triggers: their keys carry the
  spaces around a word, so neighbouring words share a space; the callers choose
  among the matches).

>>> names = Automaton({"U.S.": "us", "U.S. army": "army"}, longest=True)
>>> [(names.values[i], start) for i, start, _ in names.find("the U.S. army and the U.S.")]
[('army', 4), ('us', 22)]
>>> words = Automaton({" not ": "not", " not at all ": "never", " all ": "all"})
>>> [(words.values[i], start, end) for i, start, end in words.find(" not at all ", 0)]
[('not', 0, 5), ('never', 0, 12), ('all', 7, 12)]
"""

from typing import Any

from ahocorasick_rs import AhoCorasick, MatchKind


class Automaton:
    """The keys of ``words``; ``values[i]`` is the value of the key of index ``i``.

    A key given twice keeps its first place and its last value. ``longest``:
    leftmost-longest matches that do not overlap; else every match. The crate
    chooses the kind of automaton (a DFA, asked for, was faster alone but no faster
    among the other steps, and took 0.1 s more to build).
    """

    def __init__(self, words: dict[str, Any], longest: bool = False) -> None:
        self.words = words
        self.values: list[Any] = list(words.values())
        kind = MatchKind.LeftmostLongest if longest else MatchKind.Standard
        self._overlapping = not longest
        self._matcher = AhoCorasick(list(words), matchkind=kind)

    def find(self, haystack: str, start: int = 0, stop: int | None = None
             ) -> list[tuple[int, int, int]]:
        """(key index, start, end) of the matches in ``haystack[start:stop]``, ordered by
        where they end (overlapping) or begin (longest); offsets are ``haystack``'s.

        >>> Automaton({"ab": 1}).find("abab", 1)
        [(0, 2, 4)]
        """
        if start == 0 and stop is None:
            return self._matcher.find_matches_as_indexes(haystack, self._overlapping)
        part = haystack[start:stop]
        return [(index, first + start, end + start) for index, first, end
                in self._matcher.find_matches_as_indexes(part, self._overlapping)]

    def get(self, key: str) -> Any:
        """The value of ``key``, or None."""
        return self.words.get(key)
