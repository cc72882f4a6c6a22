"""Which of the steps' cheap-test strings a text holds, all found in one pass.

Most steps first test the text for a string they need ("master", "he north")
and skip a text without it. A plain ``in`` reads the whole text each time:
some sixty times an article, 8% of ``annotate`` in ``perf``. Each step
registers its strings once (:func:`register`); :func:`contains` finds every
registered string in one pass of an Aho-Corasick automaton the first time it is
asked about a text, and answers from a set after that (for the text it saw
last: the stages of one article ask in turn).

>>> _ = register("dotard", "lunatic")
>>> contains("the dotard Trump", "dotard"), contains("the dotard Trump", "lunatic")
(True, False)
>>> contains("the dotard Trump", "traitor")
Traceback (most recent call last):
...
ValueError: 'traitor' is no registered needle (see nkwatch.analysis.needles.register)
"""

from nkwatch.analysis.automata import Automaton

_index: dict[str, int] = {}  # needle -> its index in the automaton's keys
_matcher: Automaton | None = None
# the text seen last, the automaton that read it, the indexes of the needles it holds
_last: tuple[str, Automaton | None, frozenset[int]] = ("", None, frozenset())


def register(*needles: str) -> tuple[str, ...]:
    """Add strings that :func:`contains` may be asked about; return them."""
    global _matcher
    for needle in needles:
        if needle not in _index:
            _index[needle] = len(_index)
            _matcher = None  # built again, with the new needle, on the next question
    return needles


def contains(text: str, needle: str) -> bool:
    """``needle in text``, for a registered ``needle``."""
    global _matcher, _last
    index = _index.get(needle)
    if index is None:
        raise ValueError(f"{needle!r} is no registered needle "
                         "(see nkwatch.analysis.needles.register)")
    matcher = _matcher
    if matcher is None:
        matcher = _matcher = Automaton(dict.fromkeys(_index))  # (every match)
    last = _last  # (one read: another thread may put its own text there meanwhile)
    if last[0] is not text or last[1] is not matcher:
        last = (text, matcher, frozenset([i for i, _, _ in matcher.find(text)]))
        _last = last
    return index in last[2]


def contains_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``needles`` (registered).

    >>> insults = register("dotard", "lunatic")
    >>> contains_any("the lunatic", insults), contains_any("the king", insults)
    (True, False)
    """
    return any(contains(text, needle) for needle in needles)
