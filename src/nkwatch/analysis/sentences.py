"""Sentence segmentation robust to KCNA style.

A sentence ends at a paragraph break, or at ``.``, ``!`` or ``?`` (with any
closing quotes) followed by space and a capital, digit or quote, unless the
full stop belongs to an abbreviation ("U. S.", "Dec.", "Mr.", "e.p.") or an
initial ("George W. Bush").

>>> text = 'The U. S. said on Dec. 3 that Mr. W. Bush left. "Never," they said.\\nNext one.'
>>> [text[s:e] for s, e in split_sentences(text)]
['The U. S. said on Dec. 3 that Mr. W. Bush left.', '"Never," they said.', 'Next one.']
>>> text = "It blamed the U.S. The U.S. denied."
>>> [text[s:e] for s, e in split_sentences(text)]
['It blamed the U.S.', 'The U.S. denied.']
"""

import re

_CANDIDATE = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9\u3131-\ud7a3])|\n+")
_ABBREVIATIONS = frozenset(
    """u.s us s u.n un u.k uk mr mrs ms dr st jr sr gen lt col maj capt sgt adm gov sen rep
    prof rev hon no nos vol pp p jan feb mar apr jun jul aug sep sept oct nov dec mt ft
    co corp inc ltd bros dept univ assn e.p e.g i.e etc vs cf al approx est fig c.c wpk.c
    d.c a.m p.m sec secy pres h.e""".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# After "U.S." or "Japan Inc." a new sentence usually starts with one of these.
_STARTERS = frozenset(
    "The This That These Those It Its He She They We I In On At As If But And Such "
    "There What When Which Who This However Meanwhile Today Now Then Also All".split()
)
_NEXT_WORD = re.compile(r"\s+[\"'“‘(]?([A-Za-z]+)")
_COUNTRY_ABBREVIATIONS = frozenset({"u.s", "us", "u.n", "un", "u.k", "uk", "s"})


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial."""
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not match:
        return False
    word = match.group(1)
    key = word.lower().rstrip(".")
    if key in _COUNTRY_ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        following = _NEXT_WORD.match(text, dot + 1)
        return not (following and following.group(1) in _STARTERS)
    return key in _ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if match.group()[0] == "\n":
            end = match.start()
            nxt = match.end()
        else:
            if match.group()[0] == "." and _is_abbreviation(text, match.start()):
                continue
            end = match.end()
            nxt = end
        _add(text, spans, start, end)
        start = nxt
    _add(text, spans, start, len(text))
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
